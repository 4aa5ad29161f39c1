import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { callWindows, planFollowUp, type Plan, type PlanInput } from '../../src/lib/follow-up-plan';
import { addDays, daysBetween, fromDayNumber, isoWeekday, toDayNumber } from '../../src/lib/dates';
import type { IsoDate } from '../../src/lib/dates';
import { callWhy, planErrorText } from '../../src/components/planner/plan-text';

/** A date the test knows is ISO (the planner's input is plain strings, checked by planFollowUp). */
const iso = (date: string) => date as IsoDate;

// March 2026: Mon 2, Tue 3, Fri 6, Mon 9, Tue 10, Tue 17, Tue 24, Tue 31.
// US daylight saving starts Sun 8 March 2026, the UK's on Sun 29 March, Lord Howe's ends
// Sun 5 April: several cases cross one of them. The whole file runs under several TZ values.

function planOf(input: PlanInput): Plan {
  const result = planFollowUp(input);
  if (!result.ok) throw new Error(`Expected a plan, got ${JSON.stringify(result.errors)}`);
  return result.plan;
}

const plannedDates = (plan: Plan) => plan.calls.filter((call) => !call.made).map((call) => call.date);

interface Example {
  name: string;
  input: PlanInput;
  calls: string[];
  rule: string;
  treatAsNoOn: string;
}

const examples: Example[] = [
  {
    name: 'H3 check: interview Tue, promise Fri → the following Tuesday (S3)',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-03' },
    calls: ['2026-03-10', '2026-03-17'],
    rule: 'H3',
    treatAsNoOn: '2026-03-24',
  },
  {
    name: 'H2: no date promised → a week after the interview',
    input: { interviewDate: '2026-03-03', today: '2026-03-03' },
    calls: ['2026-03-10', '2026-03-17'],
    rule: 'H2',
    treatAsNoOn: '2026-03-24',
  },
  {
    name: 'H2 + F1: a Monday interview → a week later is a Monday, so Tuesday',
    input: { interviewDate: '2026-03-02', today: '2026-03-02' },
    calls: ['2026-03-10', '2026-03-17'],
    rule: 'H2',
    treatAsNoOn: '2026-03-24',
  },
  {
    name: 'H2 across the US and UK clock changes: Thursday to Thursday',
    input: { interviewDate: '2026-03-26', today: '2026-03-26' },
    calls: ['2026-04-02', '2026-04-09'],
    rule: 'H2',
    treatAsNoOn: '2026-04-16',
  },
  {
    name: 'H3: promise Wed → two working days later is Friday',
    input: { interviewDate: '2026-03-02', promisedDate: '2026-03-04', today: '2026-03-02' },
    calls: ['2026-03-06', '2026-03-13'],
    rule: 'H3',
    treatAsNoOn: '2026-03-20',
  },
  {
    name: 'H3 + F1: promise Thu → grace ends Monday, so Tuesday',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-05', today: '2026-03-04' },
    calls: ['2026-03-10', '2026-03-17'],
    rule: 'H3',
    treatAsNoOn: '2026-03-24',
  },
  {
    name: 'H3: a promise for the interview day itself (Thu) → Tuesday',
    input: { interviewDate: '2026-03-05', promisedDate: '2026-03-05', today: '2026-03-05' },
    calls: ['2026-03-10', '2026-03-17'],
    rule: 'H3',
    treatAsNoOn: '2026-03-24',
  },
  {
    name: 'H3 + holiday: US Memorial Day does not count as a working day',
    input: { interviewDate: '2026-05-19', promisedDate: '2026-05-22', today: '2026-05-19', closedDates: ['2026-05-25'] },
    calls: ['2026-05-27', '2026-06-03'],
    rule: 'H3',
    treatAsNoOn: '2026-06-10',
  },
  {
    name: 'H4: keen, promise Fri → call on Friday itself',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-06', keen: true, today: '2026-03-03' },
    calls: ['2026-03-06', '2026-03-13'],
    rule: 'H4',
    treatAsNoOn: '2026-03-20',
  },
  {
    name: 'H4 + F1: keen, promise Mon → Tuesday',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-09', keen: true, today: '2026-03-03' },
    calls: ['2026-03-10', '2026-03-17'],
    rule: 'H4',
    treatAsNoOn: '2026-03-24',
  },
  {
    name: 'H4 + H1: keen, promise the day after the interview → the day after that',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-04', keen: true, today: '2026-03-03' },
    calls: ['2026-03-05', '2026-03-12'],
    rule: 'H4',
    treatAsNoOn: '2026-03-19',
  },
  {
    name: 'H6: a third call when allowed, a week apart each',
    input: { interviewDate: '2026-03-03', today: '2026-03-03', maxCalls: 3 },
    calls: ['2026-03-10', '2026-03-17', '2026-03-24'],
    rule: 'H2',
    treatAsNoOn: '2026-03-31',
  },
  {
    name: 'Closed day: the planned Tuesday is closed → Wednesday, then a week later',
    input: { interviewDate: '2026-03-03', today: '2026-03-03', closedDates: ['2026-03-10'] },
    calls: ['2026-03-11', '2026-03-18'],
    rule: 'H2',
    treatAsNoOn: '2026-03-25',
  },
  {
    name: 'Year end: Christmas and the substitute Boxing Day closed',
    input: { interviewDate: '2026-12-21', today: '2026-12-21', closedDates: ['2026-12-25', '2026-12-28'] },
    calls: ['2026-12-29', '2027-01-05'],
    rule: 'H2',
    treatAsNoOn: '2027-01-12',
  },
  {
    name: 'Tuesday–Saturday week: a Saturday is a call day',
    input: { interviewDate: '2026-03-07', today: '2026-03-07', workingDays: [2, 3, 4, 5, 6] },
    calls: ['2026-03-14', '2026-03-21'],
    rule: 'H2',
    treatAsNoOn: '2026-03-28',
  },
  {
    name: 'Sunday–Thursday week: grace counts Sunday and Monday, Monday is skipped',
    input: { interviewDate: '2026-03-01', promisedDate: '2026-03-05', today: '2026-03-01', workingDays: [7, 1, 2, 3, 4] },
    calls: ['2026-03-10', '2026-03-17'],
    rule: 'H3',
    treatAsNoOn: '2026-03-24',
  },
  {
    name: 'H10: today Fri 20 March, the first call (Tue 10) is overdue → today',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-20' },
    calls: ['2026-03-20', '2026-03-27'],
    rule: 'H3',
    treatAsNoOn: '2026-04-03',
  },
  {
    name: 'H10: today is a Saturday → the next call day is Tuesday (across Lord Howe’s change)',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-21' },
    calls: ['2026-03-24', '2026-03-31'],
    rule: 'H3',
    treatAsNoOn: '2026-04-07',
  },
  {
    name: 'H10: today Fri 20 March at 17:30, after the office closed → the next call day, Tue 24',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-20', now: '17:30' },
    calls: ['2026-03-24', '2026-03-31'],
    rule: 'H3',
    treatAsNoOn: '2026-04-07',
  },
  {
    name: 'H10: today Fri 20 March at 16:30, the last hour is still open → today',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-20', now: '16:30' },
    calls: ['2026-03-20', '2026-03-27'],
    rule: 'H3',
    treatAsNoOn: '2026-04-03',
  },
  {
    name: 'H10: a call due today (Tue 10) at 18:00, office closed → Wed 11',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-10', now: '18:00' },
    calls: ['2026-03-11', '2026-03-18'],
    rule: 'H3',
    treatAsNoOn: '2026-03-25',
  },
  {
    name: 'H8: a call got a new date (Mon 16) → two working days after it',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-12', calls: [{ date: '2026-03-10', newDate: '2026-03-16' }] },
    calls: ['2026-03-18'],
    rule: 'H8',
    treatAsNoOn: '2026-03-25',
  },
  {
    name: 'H8 + H4: keen, new date Mon 16 → Tuesday',
    input: { interviewDate: '2026-03-03', keen: true, today: '2026-03-12', maxCalls: 3, calls: [{ date: '2026-03-10', newDate: '2026-03-16' }] },
    calls: ['2026-03-17', '2026-03-24'],
    rule: 'H8',
    treatAsNoOn: '2026-03-31',
  },
  {
    name: 'H6 after a call you made with no answer',
    input: { interviewDate: '2026-03-03', today: '2026-03-11', calls: [{ date: '2026-03-10' }] },
    calls: ['2026-03-17'],
    rule: 'H6',
    treatAsNoOn: '2026-03-24',
  },
  {
    name: 'An early call does not cancel the promise: the next try still waits for its grace',
    input: { interviewDate: '2026-03-03', promisedDate: '2026-03-20', today: '2026-03-06', calls: [{ date: '2026-03-05' }] },
    calls: ['2026-03-24'],
    rule: 'H3',
    treatAsNoOn: '2026-03-31',
  },
];

describe(`planFollowUp worked examples (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each(examples)('$name', ({ input, calls, rule, treatAsNoOn }) => {
    const plan = planOf(input);
    expect(plannedDates(plan)).toEqual(calls);
    expect(plan.calls.find((call) => !call.made)?.rule).toBe(rule);
    expect(plan.treatAsNoOn).toBe(treatAsNoOn);
    expect(plan.thankYouBy).toBe(addDays(iso(input.interviewDate), 1));
  });

  it('H10: a moved call remembers where it came from, and says why', () => {
    const plan = planOf({ interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-20' });
    expect(plan.calls[0]).toMatchObject({ date: '2026-03-20', movedFrom: '2026-03-10', status: 'due' });
    expect(callWhy(plan.calls[0], plan)).toContain('has passed');
    expect(plan.calls[1].status).toBe('upcoming');
  });

  it('gives statuses relative to today for every step, in date order', () => {
    const plan = planOf({ interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-12', calls: [{ date: '2026-03-10', newDate: '2026-03-16' }] });
    expect(plan.steps.map((step) => [step.kind, step.date, step.status])).toEqual([
      ['interview', '2026-03-03', 'done'],
      ['thank-you', '2026-03-04', 'missed'],
      ['promised', '2026-03-06', 'done'],
      ['call', '2026-03-10', 'done'],
      ['new-date', '2026-03-16', 'upcoming'],
      ['call', '2026-03-18', 'upcoming'],
      ['treat-as-no', '2026-03-25', 'upcoming'],
    ]);
    expect(plan.calls[0]).toMatchObject({ made: true, rule: 'made', status: 'done', newDate: '2026-03-16' });
  });

  it('plans ahead of an interview that is still to come', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-02-20' });
    expect(plan.steps.every((step) => step.status === 'upcoming')).toBe(true);
  });

  it('the thank-you note is due on the interview day and the next day', () => {
    for (const today of ['2026-03-03', '2026-03-04']) {
      expect(planOf({ interviewDate: '2026-03-03', today }).steps[1]).toMatchObject({ kind: 'thank-you', status: 'due' });
    }
  });

  it('with every attempt used, plans no more calls and says when to stop', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-18', calls: [{ date: '2026-03-17' }, { date: '2026-03-10' }] });
    expect(plan.calls.map((call) => [call.date, call.made])).toEqual([['2026-03-10', true], ['2026-03-17', true]]);
    expect(plan.treatAsNoOn).toBe('2026-03-24');
  });

  it('with every attempt used and a new date on the last call, waits a week past that date', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-18', calls: [{ date: '2026-03-10' }, { date: '2026-03-17', newDate: '2026-03-20' }] });
    expect(plannedDates(plan)).toEqual([]);
    expect(plan.treatAsNoOn).toBe('2026-03-27');
  });

  it('email instead of calls keeps the days and offers the office day', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-03', channel: 'email' });
    expect(plannedDates(plan)).toEqual(['2026-03-10', '2026-03-17']);
    expect(plan.calls[0].windows).toEqual([{ start: '09:00', end: '17:00', label: 'office-hours' }]);
    expect(callWhy(plan.calls[0], plan)).toContain('interview');
  });

  it.each<[string, PlanInput]>([
    // [what happened, input]: every reason an email's date moves, in an email-only plan.
    ['a Monday', { interviewDate: '2026-11-16', today: '2026-11-16' }],
    ['a holiday', { interviewDate: '2026-11-19', today: '2026-11-19', closedDates: ['2026-11-26'] }],
    ['a passed date', { interviewDate: '2026-11-10', today: '2026-11-22' }],
    ['a closed office', { interviewDate: '2026-11-10', today: '2026-11-17', now: '17:30' }],
  ])('an email-only plan never speaks of calling when a date moves (%s)', (_name, input) => {
    const plan = planOf({ ...input, channel: 'email', maxCalls: 3, closedDates: [...(input.closedDates ?? []), '2026-12-01', '2026-12-02', '2026-12-08'] });
    const reasons = plan.calls.map((call) => callWhy(call, plan)).join(' ');
    expect(reasons).toMatch(/moves|passed|closed/);
    expect(reasons).not.toMatch(/\bcall/i);
  });

  it.each([
    // [the made call and its new date, keen, the steps on the new date in order]
    [{ date: '2026-11-17', newDate: '2026-12-01' }, true, ['new-date', 'call']],
    [{ date: '2026-11-17', newDate: '2026-11-17' }, true, ['call', 'new-date', 'call']],
  ] as const)('a new date from %j (keen %s) reads before the call planned from it', (made, keen, kinds) => {
    const plan = planOf({ interviewDate: '2026-11-05', today: '2026-11-17', keen, calls: [made] });
    expect(plan.steps.filter((step) => step.date === made.newDate).map((step) => step.kind)).toEqual(kinds);
    const onDay = plan.steps.filter((step) => step.date === made.newDate && step.kind === 'call');
    expect(onDay.map((step) => step.kind === 'call' && plan.calls[step.callIndex].made)).toEqual(kinds.length === 3 ? [true, false] : [false]);
  });

  it('says why a date moved', () => {
    expect(((p) => callWhy(p.calls[0], p))(planOf({ interviewDate: '2026-03-02', today: '2026-03-02' }))).toContain('no Mondays');
    expect(((p) => callWhy(p.calls[0], p))(planOf({ interviewDate: '2026-03-03', today: '2026-03-03', closedDates: ['2026-03-10'] }))).toContain('holidays');
  });
});

describe('H5 call windows', () => {
  it.each([
    ['09:00', '17:00', [['13:30', '15:00'], ['16:00', '17:00']]],
    ['08:00', '16:00', [['13:30', '15:00'], ['15:00', '16:00']]],
    ['08:00', '15:00', [['13:30', '14:00'], ['14:00', '15:00']]],
    ['08:00', '14:45', [['13:45', '14:45']]],
    ['06:00', '12:00', [['11:00', '12:00']]],
    ['14:00', '22:00', [['14:00', '15:00'], ['21:00', '22:00']]],
    ['10:00', '11:00', [['10:00', '11:00']]],
  ])('office %s–%s', (start, end, expected) => {
    expect(callWindows({ start, end }).map((window) => [window.start, window.end])).toEqual(expected);
    expect(planOf({ interviewDate: '2026-03-03', today: '2026-03-03', officeHours: { start, end } }).calls[0].windows.map((w) => [w.start, w.end])).toEqual(expected);
  });
});

describe('H11 bad input: a message at the field, and no plan', () => {
  const today = '2026-03-10';
  it.each<[string, unknown, string[]]>([
    ['a date that does not exist', { interviewDate: '2026-02-30', today }, ['interviewDate']],
    ['no interview date', { interviewDate: '', today }, ['interviewDate']],
    ['an interview more than a year ago', { interviewDate: '2025-03-09', today }, ['interviewDate']],
    ['an interview more than a year ahead', { interviewDate: '2027-03-11', today }, ['interviewDate']],
    ['a promised date before the interview', { interviewDate: '2026-03-03', promisedDate: '2026-03-02', today }, ['promisedDate']],
    ['a promised date that does not exist', { interviewDate: '2026-03-03', promisedDate: '2026-04-31', today }, ['promisedDate']],
    ['only Monday as a working day', { interviewDate: '2026-03-03', today, workingDays: [1] }, ['workingDays']],
    ['no working days', { interviewDate: '2026-03-03', today, workingDays: [] }, ['workingDays']],
    ['a weekday out of range', { interviewDate: '2026-03-03', today, workingDays: [0, 8] }, ['workingDays']],
    ['a closed day that is not a date', { interviewDate: '2026-03-03', today, closedDates: ['2026-03-10', 'Friday'] }, ['closedDates']],
    ['office closing before it opens', { interviewDate: '2026-03-03', today, officeHours: { start: '17:00', end: '09:00' } }, ['officeHours.end']],
    ['an office time that is not a time', { interviewDate: '2026-03-03', today, officeHours: { start: '9am', end: '25:00' } }, ['officeHours.start', 'officeHours.end']],
    ['a call after today', { interviewDate: '2026-03-03', today, calls: [{ date: '2026-03-11' }] }, ['calls.0.date']],
    ['a call before the interview', { interviewDate: '2026-03-03', today, calls: [{ date: '2026-03-02' }] }, ['calls.0.date']],
    ['a new date before its call', { interviewDate: '2026-03-03', today, calls: [{ date: '2026-03-05' }, { date: '2026-03-09', newDate: '2026-03-08' }] }, ['calls.1.newDate']],
    ['four calls', { interviewDate: '2026-03-03', today, calls: [{ date: '2026-03-04' }, { date: '2026-03-05' }, { date: '2026-03-06' }, { date: '2026-03-09' }] }, ['calls']],
    ['four calls allowed', { interviewDate: '2026-03-03', today, maxCalls: 4 }, ['maxCalls']],
    ['an unknown channel', { interviewDate: '2026-03-03', today, channel: 'fax' }, ['channel']],
    ['several problems at once', { interviewDate: '2026-02-30', today, workingDays: [1], officeHours: { start: '09:00', end: '09:30' } }, ['interviewDate', 'workingDays', 'officeHours.end']],
    ['a broken today', { interviewDate: '2026-03-03', today: 'now' }, ['today']],
    ['nothing at all', null, ['input']],
    ['a number', 42, ['input']],
  ])('%s', (_name, input, fields) => {
    const result = planFollowUp(input as PlanInput);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual(fields);
    for (const error of result.errors) expect(planErrorText(error).length).toBeGreaterThan(10);
  });

  it('names the tries as emails in an email-only plan, and as calls otherwise', () => {
    const messages = (channel: 'phone' | 'email') => {
      const result = planFollowUp({ interviewDate: '2026-03-03', today, channel, calls: [{ date: '2026-03-02' }, { date: '2026-03-11' }, { date: '2026-03-05', newDate: '2026-03-04' }] });
      return result.ok ? [] : result.errors.map((error) => planErrorText(error));
    };
    expect(messages('phone')).toEqual([
      'Call 1 must be on or after your interview date',
      'Call 2 can’t be after today. Only list calls you have made',
      'The new date from call 3 must be on or after the day of that call',
    ]);
    expect(messages('email')).toEqual([
      'Email 1 must be on or after your interview date',
      'Email 2 can’t be after today. Only list emails you have sent',
      'The new date from email 3 must be on or after the day of that email',
    ]);
  });

  it('says email, not call, in the working-day errors of an email-only plan', () => {
    const message = (input: PlanInput) => {
      const result = planFollowUp(input);
      return result.ok ? '' : planErrorText(result.errors[0]);
    };
    expect(message({ interviewDate: '2026-03-03', today, workingDays: [1], channel: 'email' })).toMatch(/Mondays are never email days/);
    expect(message({ interviewDate: '2026-03-03', today, workingDays: [1] })).toMatch(/Mondays are never call days/);
    const tuesdays = Array.from({ length: 200 }, (_, i) => addDays('2026-03-10', i * 7));
    expect(message({ interviewDate: '2026-03-03', today, workingDays: [2], closedDates: tuesdays, channel: 'email' })).toMatch(/leave no day to email/);
    expect(message({ interviewDate: '2026-03-03', today, workingDays: [2], closedDates: tuesdays })).toMatch(/leave no day to call/);
  });

  it('accepts an interview exactly a year ago', () => {
    expect(planFollowUp({ interviewDate: '2025-03-10', today }).ok).toBe(true);
  });

  it('settings that leave no call day in reach are an error, not a hang', () => {
    const tuesdays = Array.from({ length: 200 }, (_, i) => addDays('2026-03-10', i * 7));
    const result = planFollowUp({ interviewDate: '2026-03-03', today, workingDays: [2], closedDates: tuesdays });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'closedDates' }] });
  });
});

// Property tests: the invariants the issue lists, over thousands of random inputs.
const RUNS = Number(process.env.PLAN_PROPERTY_RUNS ?? 3000);
const FIRST = toDayNumber('2024-01-01');
const LAST = toDayNumber('2030-12-31');

const inputs = fc
  .record({
    interview: fc.integer({ min: FIRST, max: LAST }),
    todayOffset: fc.integer({ min: -40, max: 300 }),
    promisedOffset: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    keen: fc.boolean(),
    maxCalls: fc.constantFrom<2 | 3>(2, 3),
    workingDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }).filter((days) => days.some((day) => day !== 1)),
    closedOffsets: fc.uniqueArray(fc.integer({ min: -5, max: 200 }), { maxLength: 40 }),
    officeHours: fc.constantFrom({ start: '09:00', end: '17:00' }, { start: '08:30', end: '16:30' }, { start: '07:00', end: '12:00' }, { start: '12:00', end: '20:00' }),
    channel: fc.constantFrom<'phone' | 'email'>('phone', 'email'),
    calls: fc.array(fc.record({ at: fc.nat(), newDelta: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }) }), { maxLength: 3 }),
  })
  .map((r): PlanInput => {
    const interviewDate = fromDayNumber(r.interview);
    const today = fromDayNumber(r.interview + r.todayOffset);
    const span = r.todayOffset;
    const calls =
      span < 0
        ? []
        : r.calls.map(({ at, newDelta }) => {
            const date = fromDayNumber(r.interview + (at % (span + 1)));
            return newDelta === undefined ? { date } : { date, newDate: addDays(date, newDelta) };
          });
    return {
      interviewDate,
      today,
      promisedDate: r.promisedOffset === undefined ? undefined : fromDayNumber(r.interview + r.promisedOffset),
      keen: r.keen,
      maxCalls: r.maxCalls,
      workingDays: r.workingDays,
      closedDates: r.closedOffsets.map((offset) => fromDayNumber(r.interview + offset)),
      officeHours: r.officeHours,
      channel: r.channel,
      calls,
    };
  });

function nthWorkingDayAfter(input: PlanInput, date: string, n: number): string {
  let current = date;
  let count = 0;
  while (count < n) {
    current = addDays(iso(current), 1);
    if (input.workingDays!.includes(isoWeekday(iso(current))) && !input.closedDates!.includes(current)) count += 1;
  }
  return current;
}

describe(`planFollowUp invariants (property, ${RUNS} runs each)`, { timeout: 120_000 }, () => {
  it('never plans a call on a Monday, a non-working or closed day, the interview day or the day after', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = planFollowUp(input);
        if (!result.ok) return;
        for (const call of result.plan.calls.filter((c) => !c.made)) {
          expect(isoWeekday(call.date)).not.toBe(1);
          expect(input.workingDays).toContain(isoWeekday(call.date));
          expect(input.closedDates).not.toContain(call.date);
          expect(call.date).not.toBe(input.interviewDate);
          expect(call.date).not.toBe(addDays(iso(input.interviewDate), 1));
          expect(call.date >= input.today).toBe(true);
          expect(call.status).toBe(call.date === input.today ? 'due' : 'upcoming');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps calls at least seven days apart (unless the employer named a new date) and never more than maxCalls', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = planFollowUp(input);
        if (!result.ok) return;
        const { calls } = result.plan;
        const made = input.calls!.length;
        expect(calls.length).toBe(Math.max(made, input.maxCalls!));
        expect(calls.length).toBeLessThanOrEqual(3);
        calls.forEach((call, i) => {
          expect(call.attempt).toBe(i + 1);
          if (i === 0 || call.made) return;
          const previous = calls[i - 1];
          if (!previous.newDate) expect(daysBetween(previous.date, call.date)).toBeGreaterThanOrEqual(7);
          else expect(call.date >= previous.newDate).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('puts the first call after the promised date’s grace, or a week after the interview', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = planFollowUp(input);
        if (!result.ok || input.calls!.length > 0) return;
        const first = result.plan.calls[0];
        expect(daysBetween(iso(input.interviewDate), first.date)).toBeGreaterThanOrEqual(2);
        if (!input.promisedDate) expect(daysBetween(iso(input.interviewDate), first.date)).toBeGreaterThanOrEqual(7);
        else if (input.keen) expect(first.date >= input.promisedDate).toBe(true);
        else expect(first.date >= nthWorkingDayAfter(input, input.promisedDate, 2)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('treats it as a no one week after the last call, and lists every step in date order', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = planFollowUp(input);
        if (!result.ok) return;
        const { plan } = result;
        const last = plan.calls[plan.calls.length - 1];
        // A week after the last call; when the last call is one already made, a week after
        // the latest date they named, if later (a documented choice).
        const named = last.made ? [last.newDate, input.promisedDate].filter((d): d is string => !!d) : [];
        const from = [last.date, ...named].sort().at(-1)!;
        expect(plan.treatAsNoOn).toBe(addDays(iso(from), 7));
        const dates = plan.steps.map((step) => step.date);
        expect([...dates].sort()).toEqual(dates);
        const stop = plan.steps.findIndex((step) => step.kind === 'treat-as-no');
        expect(plan.steps.findLastIndex((step) => step.kind === 'call')).toBeLessThan(stop);
        expect(plan.steps.filter((step) => step.kind === 'call').length).toBe(plan.calls.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a plan for every valid input near today', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = planFollowUp(input);
        // The generated inputs are all valid, so only "no call day" could fail, and the
        // generator's closed days can't block three years.
        expect(result.ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws, whatever it is given', () => {
    const loose = fc.record(
      {
        interviewDate: fc.oneof(fc.string(), fc.anything(), fc.constant('2026-03-03')),
        today: fc.oneof(fc.string(), fc.anything(), fc.constant('2026-03-10')),
        promisedDate: fc.oneof(fc.string(), fc.anything()),
        keen: fc.anything(),
        maxCalls: fc.anything(),
        workingDays: fc.oneof(fc.anything(), fc.array(fc.integer())),
        closedDates: fc.oneof(fc.anything(), fc.array(fc.string())),
        officeHours: fc.anything(),
        channel: fc.anything(),
        calls: fc.oneof(fc.anything(), fc.array(fc.record({ date: fc.anything(), newDate: fc.anything() }))),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(loose, fc.anything()), (input) => {
        const result = planFollowUp(input as PlanInput);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(typeof planErrorText(error)).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
  });
});
