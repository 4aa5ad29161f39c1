import { describe, expect, it } from 'vitest';
import { planFollowUp, type PlanErrorCode, type PlanInput } from '../../src/lib/follow-up-plan';
import type { FormError } from '../../src/lib/planner-input';
import { MESSAGES, t, type MessageKey } from '../../src/components/planner/messages.en';
import { callWhy, errorText, planToText, stepText } from '../../src/components/planner/plan-text';
import { fill } from '../../src/i18n/t';

// The planner's wording lives in one message module; the rules return codes. These tests
// prove both halves: every key renders, and the rules' output holds no prose.

/** Every value a message may name, so any slot left in the output is one nobody fills. */
const ALL_VALUES = { try: 'call', Try: 'Call', tries: 'calls', done: 'made', next: 'the next call day', n: 2, total: 3, date: 'Tue, Mar 10', from: 'Mon, Mar 9', entry: 'Friday', max: 2000, reasons: 'no Mondays', city: 'London', start: '1:30 PM', end: '3:00 PM', times: '1:30 PM–3:00 PM', zone: 'London time', there: '1:30 PM London time', title: 'Call 1 of 2', status: 'done', when: 'today', link: 'https://example.com', rule: 'H3', list: 'Christmas', name: 'Christmas', detail: 'Detail.' };

// Compile-time: every error code the rules or the form can return is listed here.
const PLAN_CODES: Record<PlanErrorCode, true> = {
  'form-empty': true, unreadable: true, 'today-unreadable': true, 'now-unreadable': true, 'interview-missing': true, 'interview-not-a-date': true,
  'interview-too-old': true, 'interview-too-far': true, 'promised-not-a-date': true, 'promised-before-interview': true, 'promised-too-far': true,
  'keen-invalid': true, 'max-calls-invalid': true, 'channel-invalid': true, 'arranged-by-invalid': true, 'working-days-invalid': true,
  'working-days-empty': true, 'working-days-only-monday': true, 'closed-not-a-list': true, 'closed-too-many': true, 'closed-not-a-date': true,
  'no-call-day': true, 'opens-invalid': true, 'closes-invalid': true, 'office-day-too-short': true, 'calls-not-a-list': true, 'calls-too-many': true,
  'call-missing': true, 'call-not-a-date': true, 'call-before-interview': true, 'call-after-today': true, 'new-date-not-a-date': true,
  'new-date-before-call': true, 'new-date-too-far': true, 'new-date-kind-invalid': true, 'reached-invalid': true,
};
const FORM_CODES: Record<FormError['code'] | 'region-failed', true> = { 'closed-range': true, 'closed-entry': true, 'promised-missing': true, 'tz-missing': true, 'region-failed': true };

describe('the planner’s English message module', () => {
  it.each(Object.keys(MESSAGES) as MessageKey[])('%s renders with no slot left empty', (key) => {
    const text = t(key, ALL_VALUES);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/[{}]|undefined|NaN/);
  });

  it.each([...Object.keys(PLAN_CODES), ...Object.keys(FORM_CODES)])('error %s has a message, for calls and for emails', (code) => {
    expect(MESSAGES).toHaveProperty(`error.${code}`);
    for (const channel of ['phone', 'email']) {
      const text = errorText(code, { channel, n: 1, entry: 'Friday', max: 2000 });
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('fills named slots and leaves unknown ones visible', () => {
    expect(fill('{Try} {n} of {total}', { Try: 'Call', n: 1, total: 2 })).toBe('Call 1 of 2');
    expect(fill('Hello {name}')).toBe('Hello {name}');
  });
});

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const CASES: PlanInput[] = [
  { interviewDate: '2026-03-03', today: '2026-03-03' },
  { interviewDate: '2026-03-03', today: '2026-03-20', promisedDate: '2026-03-06', keen: true, maxCalls: 3, closedDates: ['2026-03-10'] },
  { interviewDate: '2026-03-03', today: '2026-03-10', now: '17:30', calls: [{ date: '2026-03-10', reached: 'front-desk', newDate: '2026-03-16' }] },
  { interviewDate: '2026-03-03', today: '2026-03-10', channel: 'email', arrangedBy: 'agency', offerEmail: true, calls: [{ date: '2026-03-05', newDate: '2026-03-16', newDateKind: 'call-back' }] },
  { interviewDate: '2026-03-02', today: '2026-03-20', calls: [{ date: '2026-03-10', reached: 'voicemail' }, { date: '2026-03-17', newDate: '2026-03-19' }] },
];

describe('planFollowUp returns codes, not prose', () => {
  it.each(CASES)('plan %#: every string is a code, a date or a time', (input) => {
    const result = planFollowUp(input);
    expect(result.ok).toBe(true);
    for (const text of strings(result)) expect(text).toMatch(/^[A-Za-z0-9:._-]+$/);
    // …and the message module words every step and reason of it.
    if (!result.ok) return;
    const { plan } = result;
    for (const step of plan.steps) expect(Object.values(stepText(step, plan)).join(' ')).not.toMatch(/[{}]|undefined/);
    for (const call of plan.calls) expect(callWhy(call, plan)).toMatch(/^[A-Z].*\.$/);
    expect(planToText(plan, 'UTC', 'UTC')).not.toMatch(/[{}]|undefined/);
  });

  it('errors are fields, codes and values', () => {
    const result = planFollowUp({ interviewDate: '2026-02-30', today: '2026-03-10', workingDays: [1], closedDates: ['Friday'], calls: [{ date: '2026-03-11' }] } as PlanInput);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const error of result.errors) {
      expect(Object.keys(error).sort()).toEqual(error.values ? ['code', 'field', 'values'] : ['code', 'field']);
      expect(strings(error.code).concat(strings(error.field))).toEqual([error.code, error.field]);
      expect(error.code).toMatch(/^[a-z-]+$/);
    }
    expect(result.errors.map((error) => error.code)).toEqual(['interview-not-a-date', 'working-days-only-monday', 'closed-not-a-date', 'call-after-today']);
  });
});
