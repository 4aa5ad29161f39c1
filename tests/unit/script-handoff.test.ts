import { describe, expect, it } from 'vitest';
import { DETAILS_STORAGE_KEY, DEFAULT_DETAILS, loadDetails, parseDetails, serialiseDetails, type StorageLike } from '../../src/lib/script-details-store';
import { handOff } from '../../src/lib/script-handoff';
import { makeApp } from './follow-ups-fixtures';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

describe('handing an application to the script generator', () => {
  const app = makeApp({
    company: 'Acme', role: 'Analyst', contactName: 'Dana Lee', told: 'date', promised: '2026-03-06',
    rounds: [{ date: '2026-02-24', kind: 'phone-screen' }, { date: '2026-03-03', kind: 'final' }],
  });

  it('saves the application’s details where the script generator reads them', () => {
    const storage = memoryStorage();
    expect(handOff(storage, app)).toBe('saved');
    expect(parseDetails(storage.data[DETAILS_STORAGE_KEY])).toEqual({
      status: 'ok',
      details: { ...DEFAULT_DETAILS, company: 'Acme', role: 'Analyst', interviewerName: 'Dana Lee', interviewDate: '2026-03-03', promisedDate: '2026-03-06' },
    });
  });

  it('keeps the person’s own saved name, phone, email and tone', () => {
    const saved = serialiseDetails({ ...DEFAULT_DETAILS, yourName: 'Sam', phone: '+1 555 0100', email: 'sam@example.com', company: 'Old Co', tone: 'formal' });
    const storage = memoryStorage({ [DETAILS_STORAGE_KEY]: saved });
    handOff(storage, app);
    expect(loadDetails(storage).details).toMatchObject({ yourName: 'Sam', phone: '+1 555 0100', email: 'sam@example.com', tone: 'formal', company: 'Acme' });
  });

  it('starts clean from unreadable saved text', () => {
    const storage = memoryStorage({ [DETAILS_STORAGE_KEY]: '{not json' });
    handOff(storage, makeApp({ told: 'none' }));
    expect(loadDetails(storage).details).toMatchObject({ company: 'Acme', promisedDate: '' });
  });

  it('says so when storage refuses, and does not throw', () => {
    const refusing: StorageLike = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => undefined };
    expect(handOff(refusing, app)).toBe('unavailable');
    expect(handOff(null, app)).toBe('unavailable');
  });
});
