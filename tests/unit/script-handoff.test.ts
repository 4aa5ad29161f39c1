import { describe, expect, it } from 'vitest';
import { DETAILS_STORAGE_KEY, DEFAULT_DETAILS, parseDetails, serialiseDetails } from '../../src/lib/script-details-store';
import { SCRIPT_DETAILS_KEY, handoffDetails } from '../../src/lib/script-handoff';
import { makeApp } from './follow-ups-fixtures';

describe('handing an application to the script generator', () => {
  const app = makeApp({
    company: 'Acme', role: 'Analyst', contactName: 'Dana Lee', told: 'date', promised: '2026-03-06',
    rounds: [{ date: '2026-02-24', kind: 'phone-screen' }, { date: '2026-03-03', kind: 'final' }],
  });

  it('uses the script store’s key and a format its parser reads', () => {
    expect(SCRIPT_DETAILS_KEY).toBe(DETAILS_STORAGE_KEY);
    expect(parseDetails(handoffDetails(null, app))).toEqual({
      status: 'ok',
      details: { ...DEFAULT_DETAILS, company: 'Acme', role: 'Analyst', interviewerName: 'Dana Lee', interviewDate: '2026-03-03', promisedDate: '2026-03-06' },
    });
  });

  it('keeps the person’s own saved name, phone, email and tone', () => {
    const saved = serialiseDetails({ ...DEFAULT_DETAILS, yourName: 'Sam', phone: '+1 555 0100', email: 'sam@example.com', company: 'Old Co', tone: 'formal' });
    expect(parseDetails(handoffDetails(saved, app)).details).toMatchObject({ yourName: 'Sam', phone: '+1 555 0100', email: 'sam@example.com', tone: 'formal', company: 'Acme' });
  });

  it('starts clean from unreadable saved text', () => {
    expect(parseDetails(handoffDetails('{not json', makeApp({ told: 'none' }))).details).toMatchObject({ company: 'Acme', promisedDate: '' });
  });
});
