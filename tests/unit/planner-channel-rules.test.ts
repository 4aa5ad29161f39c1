import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planFollowUp, type CallRecord, type Plan, type PlanInput } from '../../src/lib/follow-up-plan';
import { addDays, fromDayNumber, isoWeekday, toDayNumber, type IsoDate } from '../../src/lib/dates';
import { callWhy, planToEvents, planToText, stepText } from '../../src/components/planner/plan-text';

// Rules H8 (revised), H12, H13 and H14. March 2026: Tue 3, Mon 9, Tue 10, Mon 16, Tue 17.
// Runs again under six time zones (scripts/unit-all-tz.mjs).

function planOf(input: PlanInput): Plan {
  const result = planFollowUp(input);
  if (!result.ok) throw new Error(`Expected a plan, got ${JSON.stringify(result.errors)}`);
  return result.plan;
}

const planned = (plan: Plan) => plan.calls.filter((call) => !call.made).map((call) => call.date);

describe('H8 revised: a call-back day or a decide-by day', () => {
  it.each<[string, CallRecord, string[]]>([
    // [what they said on the call of Tue 10 March, the call made, the calls still planned]
    ['decide by Mon 16 (two working days’ grace)', { date: '2026-03-10', newDate: '2026-03-16', newDateKind: 'decide-by' }, ['2026-03-18']],
    ['a date with no kind, from an old link: read as decide-by', { date: '2026-03-10', newDate: '2026-03-16' }, ['2026-03-18']],
    ['call back on Monday 16: a Monday is kept', { date: '2026-03-10', newDate: '2026-03-16', newDateKind: 'call-back' }, ['2026-03-16']],
    ['call back on Thu 12', { date: '2026-03-10', newDate: '2026-03-12', newDateKind: 'call-back' }, ['2026-03-12']],
    ['call back on Saturday 14: the next working day, Monday', { date: '2026-03-10', newDate: '2026-03-14', newDateKind: 'call-back' }, ['2026-03-16']],
  ])('%s', (_name, call, expected) => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-10', calls: [call] });
    expect(planned(plan)).toEqual(expected);
    expect(plan.calls[0].made).toBe(true);
    // Either way, the call that got the date counts as an attempt: one call left of two.
    expect(plan.calls.filter((c) => !c.made)).toHaveLength(1);
  });

  it('a call-back day on a closed day moves to the next working day', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-10', closedDates: ['2026-03-12'], calls: [{ date: '2026-03-10', newDate: '2026-03-12', newDateKind: 'call-back' }] });
    expect(planned(plan)).toEqual(['2026-03-13']);
  });

  it('a call-back day is never the interview day or the day after (H1)', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-03', calls: [{ date: '2026-03-03', newDate: '2026-03-04', newDateKind: 'call-back' }] });
    expect(planned(plan)[0]).toBe('2026-03-05');
  });

  it('says which kind of date it was', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-10', calls: [{ date: '2026-03-10', newDate: '2026-03-16', newDateKind: 'call-back' }] });
    expect(plan.calls[1]).toMatchObject({ rule: 'H8', reason: { code: 'call-back', date: '2026-03-16' } });
    expect(callWhy(plan.calls[0], plan)).toMatch(/asked you to call back on Mon, Mar 16/);
    expect(callWhy(plan.calls[1], plan)).toMatch(/call back on Mon, Mar 16/);
  });
});

describe('H12: a call that reached only the front desk is not an attempt', () => {
  it('is listed as made, uses no attempt, and the next try is the next call day', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-10', calls: [{ date: '2026-03-10', reached: 'front-desk' }] });
    expect(plan.calls[0]).toMatchObject({ made: true, reached: 'front-desk' });
    // Still two calls to make: Wednesday (the next call day), then a week later.
    expect(planned(plan)).toEqual(['2026-03-11', '2026-03-18']);
    expect(plan.calls[1]).toMatchObject({ attempt: 1, rule: 'H12', reason: { code: 'front-desk' } });
    expect(stepText({ kind: 'call', date: '2026-03-11', status: 'upcoming', callIndex: 1 }, plan).title).toBe('Call 1 of 2');
    expect(callWhy(plan.calls[0], plan)).toMatch(/only the front desk/);
  });

  it('the day the front desk named is a call-back day, kept even on a Monday', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-10', calls: [{ date: '2026-03-10', reached: 'front-desk', newDate: '2026-03-16' }] });
    // The try after it is a week later, on a call day (Monday the 23rd is not one).
    expect(planned(plan)).toEqual(['2026-03-16', '2026-03-24']);
    expect(plan.calls[1]).toMatchObject({ rule: 'H12', reason: { code: 'call-back' } });
  });

  it('a voicemail counts as an attempt', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-10', calls: [{ date: '2026-03-10', reached: 'voicemail' }] });
    expect(planned(plan)).toEqual(['2026-03-17']);
  });

  it('three real calls and front-desk calls besides are accepted; a fourth real call is not', () => {
    const desk = (date: string): CallRecord => ({ date, reached: 'front-desk' });
    const calls: CallRecord[] = [{ date: '2026-03-10' }, desk('2026-03-11'), { date: '2026-03-17' }, desk('2026-03-18'), { date: '2026-03-24' }];
    expect(planFollowUp({ interviewDate: '2026-03-03', today: '2026-03-25', maxCalls: 3, calls }).ok).toBe(true);
    const four = planFollowUp({ interviewDate: '2026-03-03', today: '2026-03-25', maxCalls: 3, calls: [...calls, { date: '2026-03-25' }] });
    expect(four).toMatchObject({ ok: false, errors: [{ field: 'calls', code: 'calls-too-many' }] });
  });

  it('an unknown answer gets an error at that call (H11)', () => {
    const result = planFollowUp({ interviewDate: '2026-03-03', today: '2026-03-10', calls: [{ date: '2026-03-10', reached: 'someone' as 'contact', newDate: '2026-03-12', newDateKind: 'soon' as 'call-back' }] });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'calls.0.newDateKind' }, { field: 'calls.0.reached' }] });
  });
});

describe('H13: the employer’s channel', () => {
  it('an email-only plan keeps the dates and drops the call windows', () => {
    const calls = planOf({ interviewDate: '2026-03-03', today: '2026-03-03', channel: 'phone' });
    const emails = planOf({ interviewDate: '2026-03-03', today: '2026-03-03', channel: 'email' });
    expect(planned(emails)).toEqual(planned(calls));
    expect(emails.calls[0].windows.map((w) => w.label)).toEqual(['office-hours']);
    expect(calls.calls[0].windows.map((w) => w.label)).toEqual(['after-lunch', 'last-hour']);
  });

  it('with no answer, each call offers its email version', () => {
    const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-03', offerEmail: true });
    expect(plan.emailAlternative).toBe(true);
    expect(callWhy(plan.calls[0], plan)).toMatch(/email version/);
    expect(planOf({ interviewDate: '2026-03-03', today: '2026-03-03', channel: 'email', offerEmail: true }).emailAlternative).toBe(false);
  });
});

describe('H14: an agency arranged the interview', () => {
  const plan = planOf({ interviewDate: '2026-03-03', today: '2026-03-03', arrangedBy: 'agency' });

  it('names the recruiter as the contact and debriefs them in place of the thank-you note', () => {
    expect(plan.contact).toBe('recruiter');
    expect(plan.steps.map((step) => step.kind)).toEqual(['interview', 'debrief', 'call', 'call', 'treat-as-no']);
    expect(plan.steps[1]).toMatchObject({ date: '2026-03-04', status: 'due' });
    // The same dates as H2.
    expect(planned(plan)).toEqual(planned(planOf({ interviewDate: '2026-03-03', today: '2026-03-03' })));
  });

  it('says so on the page, in the text copy and in the calendar file', () => {
    expect(stepText(plan.steps[1], plan).title).toBe('Debrief the recruiter');
    expect(stepText(plan.steps[2], plan).title).toBe('Call the recruiter (1 of 2)');
    expect(planToText(plan, 'UTC', 'UTC')).toMatch(/goes to the recruiter/);
    const titles = planToEvents(plan, 'UTC', 'UTC', 'a').map((event) => event.title);
    expect(titles).toEqual(['Debrief the recruiter', 'Follow-up: call the recruiter (1 of 2)', 'Follow-up: call the recruiter (2 of 2)', 'No answer? Treat it as a no']);
  });

  it('an employer-arranged interview keeps the thank-you note', () => {
    expect(planOf({ interviewDate: '2026-03-03', today: '2026-03-03', arrangedBy: 'employer' }).steps[1].kind).toBe('thank-you');
    expect(planFollowUp({ interviewDate: '2026-03-03', today: '2026-03-03', arrangedBy: 'recruiter' as 'agency' })).toMatchObject({ ok: false, errors: [{ field: 'arrangedBy' }] });
  });
});

// Properties. Interviews in 2026–2027, working days Monday to Friday unless drawn otherwise.
const RUNS = 1500;
const base = fc.record({
  interview: fc.integer({ min: toDayNumber('2026-01-05'), max: toDayNumber('2027-12-20') }),
  span: fc.integer({ min: 2, max: 40 }),
  maxCalls: fc.constantFrom<2 | 3>(2, 3),
  workingDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }).filter((days) => days.some((day) => day !== 1)),
  closed: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }),
  calls: fc.array(fc.record({ at: fc.nat(), reached: fc.constantFrom<'contact' | 'voicemail'>('contact', 'voicemail') }), { maxLength: 2 }),
  desks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
});

describe(`H12 and H8 properties (${RUNS} runs each)`, { timeout: 120_000 }, () => {
  it('front-desk calls never reduce the number of real attempts', () => {
    fc.assert(
      fc.property(base, (r) => {
        const day = (offset: number) => fromDayNumber(r.interview + offset);
        const input: PlanInput = {
          interviewDate: day(0),
          today: day(r.span),
          maxCalls: r.maxCalls,
          workingDays: r.workingDays,
          closedDates: r.closed.map(day),
          calls: r.calls.map((call) => ({ date: day(call.at % (r.span + 1)), reached: call.reached })),
        };
        const without = planFollowUp(input);
        const desks = r.desks.map((at): CallRecord => ({ date: day(at % (r.span + 1)), reached: 'front-desk' }));
        const withDesks = planFollowUp({ ...input, calls: [...input.calls!, ...desks] });
        expect(withDesks.ok).toBe(without.ok);
        if (!without.ok || !withDesks.ok) return;
        const attempts = (plan: Plan) => plan.calls.filter((call) => call.reached !== 'front-desk').length;
        expect(attempts(withDesks.plan)).toBe(attempts(without.plan));
        expect(withDesks.plan.calls.filter((call) => !call.made)).toHaveLength(without.plan.calls.filter((call) => !call.made).length);
      }),
      { numRuns: RUNS },
    );
  });

  it('a call-back day that is a working day other than the interview day and the day after is kept', () => {
    const input = fc.record({
      interview: fc.integer({ min: toDayNumber('2026-01-05'), max: toDayNumber('2027-12-20') }),
      callAt: fc.integer({ min: 0, max: 20 }),
      after: fc.integer({ min: 0, max: 40 }),
      workingDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }).filter((days) => days.some((day) => day !== 1)),
      closed: fc.uniqueArray(fc.integer({ min: 0, max: 70 }), { maxLength: 10 }),
      reached: fc.constantFrom<'contact' | 'voicemail' | 'front-desk'>('contact', 'voicemail', 'front-desk'),
    });
    fc.assert(
      fc.property(input, (r) => {
        const day = (offset: number) => fromDayNumber(r.interview + offset);
        const callDate = day(r.callAt);
        const callBack: IsoDate = addDays(callDate, r.after);
        const closedDates = r.closed.map(day);
        const result = planFollowUp({
          interviewDate: day(0),
          today: callDate,
          workingDays: r.workingDays,
          closedDates,
          maxCalls: 3,
          calls: [{ date: callDate, newDate: callBack, newDateKind: 'call-back', reached: r.reached }],
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const next = result.plan.calls.find((call) => !call.made)!;
        const offset = toDayNumber(callBack) - r.interview;
        const working = r.workingDays.includes(isoWeekday(callBack)) && !closedDates.includes(callBack);
        if (working && offset > 1) expect(next.date).toBe(callBack);
        // Never earlier than the day they named, and never on a closed or non-working day.
        expect(next.date >= callBack).toBe(true);
        expect(r.workingDays).toContain(isoWeekday(next.date));
      }),
      { numRuns: RUNS },
    );
  });
});
