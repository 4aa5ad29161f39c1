/**
 * The "When should I call?" rules: rules H1–H14 of shared/domain-facts.md as one pure
 * function. No DOM, no clock and no wording: "today" is an argument, every date is an ISO
 * calendar date in the employer's time zone (the caller works out what today is over there),
 * and each call's reason and each error is a code with its dates and values. The planner's
 * message module words them (src/components/planner/messages.en.ts).
 *
 * Where the rules are silent, the choice made is written next to the code that makes it,
 * starting with "Choice:".
 */
import { addDays, daysBetween } from './dates/arithmetic';
import { maxIso, weekdayOfDayNumber } from './dates/day-numbers';
import type { IsoDate } from './dates/iso';
import { firstDayFrom, nthWorkingDayAfter } from './dates/working-days';
import { AFTER_LUNCH, GRACE_WORKING_DAYS, LAST_HOUR_MINUTES, MIN_WINDOW_MINUTES, MONDAY, WEEK_DAYS, minutesOf, type OfficeHours } from './follow-up-rules';
import { validate, type Calendar, type MadeCall, type Normalized } from './plan-input';
import type { CallReason, CallRule, CallWindow, Channel, MoveReason, Plan, PlanError, PlanInput, PlanResult, PlanStep, PlannedCall, SkipReason, StepStatus } from './plan-types';

export * from './plan-types';

const clock = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/**
 * H5: after lunch (13:30–15:00) and the last working hour, both inside office hours.
 *
 * Choice: the lunch window is set by the clock, not by the office's opening time, and is cut
 * where the last hour begins so the two never overlap; a piece shorter than 30 minutes is
 * dropped. Emails get the whole office day: the timing rule is about calls.
 */
export function callWindows(officeHours: OfficeHours, channel: Channel = 'phone'): CallWindow[] {
  if (channel === 'email') return [{ start: officeHours.start, end: officeHours.end, label: 'office-hours' }];
  const open = minutesOf(officeHours.start);
  const close = minutesOf(officeHours.end);
  const lastStart = Math.max(open, close - LAST_HOUR_MINUTES);
  const windows: CallWindow[] = [];
  const lunchStart = Math.max(open, minutesOf(AFTER_LUNCH.start));
  const lunchEnd = Math.min(minutesOf(AFTER_LUNCH.end), lastStart);
  if (lunchEnd - lunchStart >= MIN_WINDOW_MINUTES) windows.push({ start: clock(lunchStart), end: clock(lunchEnd), label: 'after-lunch' });
  windows.push({ start: clock(lastStart), end: clock(close), label: 'last-hour' });
  return windows;
}

/** A call day found, with the reasons days were passed over on the way. */
interface Found {
  date: IsoDate;
  skipped: SkipReason[];
}

/** Why `day` is no call day, or null. A call-back day the employer chose may be a Monday (H8). */
function skipReason(cal: Calendar, day: number, mondayOk = false): SkipReason | null {
  // H1: never on the interview day or the day after.
  if (day === cal.interviewDay || day === cal.interviewDay + 1) return 'too-soon';
  if (!cal.workingDays.has(weekdayOfDayNumber(day))) return 'not-working';
  if (cal.closed.has(day)) return 'closed';
  // F1: a working day that is a Monday is still not a call day.
  if (!mondayOk && weekdayOfDayNumber(day) === MONDAY) return 'monday';
  return null;
}

/** The first allowed call day on or after `from` (a working day, if `mondayOk`). */
function nextCallDay(cal: Calendar, from: IsoDate, mondayOk = false): Found | null {
  const skipped: SkipReason[] = [];
  const date = firstDayFrom(from, (day) => {
    const reason = skipReason(cal, day, mondayOk);
    if (reason !== null && !skipped.includes(reason)) skipped.push(reason);
    return reason === null;
  });
  return date ? { date, skipped } : null;
}

/** The first call from a date the employer will decide by: H3, or H4 for the keen. */
function fromNamedDate(cal: Calendar, named: IsoDate, keen: boolean): Found | null {
  if (keen) return nextCallDay(cal, named);
  const graceEnd = nthWorkingDayAfter(cal, named, GRACE_WORKING_DAYS);
  return graceEnd ? nextCallDay(cal, graceEnd) : null;
}

interface FirstCall {
  found: Found;
  rule: CallRule;
  reason: CallReason;
}

const attemptsOf = (calls: MadeCall[]) => calls.filter((call) => call.reached !== 'front-desk').length;

/**
 * H8 and H12: the last call you made named a day. A call-back day (or any day the front desk
 * named) is kept if it is a working day, Monday included; a decide-by day plans as H3/H4.
 */
function afterNewDate(input: Normalized, last: MadeCall & { newDate: IsoDate }): FirstCall | null {
  const rule: CallRule = last.reached === 'front-desk' ? 'H12' : 'H8';
  // Choice: a day the front desk names is a day to call back on, whatever the form says.
  if (last.newDateKind === 'call-back' || last.reached === 'front-desk') {
    const found = nextCallDay(input.cal, last.newDate, true);
    return found && { found, rule, reason: { code: 'call-back', date: last.newDate } };
  }
  // Choice: the week between calls (H6) gives way here, because the employer named the day.
  const found = fromNamedDate(input.cal, last.newDate, input.keen);
  return found && { found, rule, reason: { code: 'new-date', date: last.newDate, keen: input.keen } };
}

/** Choice: if you called before a promised date, that promise still stands: the next try waits for its grace too. */
function promiseStands(input: Normalized, first: FirstCall): FirstCall {
  if (!input.promisedDate) return first;
  const promised = fromNamedDate(input.cal, input.promisedDate, input.keen);
  if (!promised || promised.date <= first.found.date) return first;
  return { found: promised, rule: input.keen ? 'H4' : 'H3', reason: { code: 'promise-stands', date: input.promisedDate } };
}

/** The first call still to make, by the rule that applies, before H10 looks at today. */
function firstCall(input: Normalized): FirstCall | null {
  const { cal, promisedDate, keen } = input;
  const last = input.calls.at(-1);
  if (last?.newDate) return afterNewDate(input, { ...last, newDate: last.newDate });
  if (last) {
    // H12: the front desk isn't an attempt; try again on the next call day. H6: a week after a real one.
    const frontDesk = last.reached === 'front-desk';
    const found = nextCallDay(cal, addDays(last.date, frontDesk ? 1 : WEEK_DAYS));
    const reason: CallReason = frontDesk ? { code: 'front-desk' } : { code: 'week-after-last' };
    return found && promiseStands(input, { found, rule: frontDesk ? 'H12' : 'H6', reason });
  }
  if (promisedDate) {
    const found = fromNamedDate(cal, promisedDate, keen);
    return found && { found, rule: keen ? 'H4' : 'H3', reason: { code: 'promised', date: promisedDate, keen } };
  }
  const found = nextCallDay(cal, addDays(input.interviewDate, WEEK_DAYS));
  return found && { found, rule: 'H2', reason: { code: 'no-date' } };
}

interface Moved {
  found: Found;
  movedFrom?: IsoDate;
  movedBecause?: MoveReason;
}

/** H10: a call whose day has passed (or whose office has closed for today) moves to the next call day from today. */
function moveOverdue(input: Normalized, found: Found): Moved | null {
  const { today, now, officeHours, cal } = input;
  // Choice: once the office has closed today, today is gone for calling too.
  const closedToday = now !== undefined && minutesOf(now) >= minutesOf(officeHours.end);
  const earliest = closedToday ? addDays(today, 1) : today;
  if (found.date >= earliest) return { found };
  const moved = nextCallDay(cal, earliest);
  if (!moved) return null;
  return { found: { date: moved.date, skipped: found.skipped }, movedFrom: found.date, movedBecause: found.date === today ? 'office-closed' : 'passed' };
}

function statusOf(date: IsoDate, today: IsoDate): StepStatus {
  return date < today ? 'done' : date === today ? 'due' : 'upcoming';
}

/** The calls you told the planner you made. A front-desk call is listed but is no attempt (H12). */
function madeCalls(input: Normalized): PlannedCall[] {
  let attempt = 0;
  return input.calls.map((call) => {
    if (call.reached !== 'front-desk') attempt += 1;
    const reason: CallReason = { code: 'made', reached: call.reached, ...(call.newDate ? { newDate: call.newDate, newDateKind: call.newDateKind } : {}) };
    return {
      attempt,
      date: call.date,
      windows: [],
      rule: 'made',
      reason,
      skipped: [],
      status: 'done',
      made: true,
      reached: call.reached,
      ...(call.newDate ? { newDate: call.newDate } : {}),
    };
  });
}

/** H6: each later try a full week after the one before, on an allowed call day. */
function laterCalls(input: Normalized, previous: PlannedCall, count: number): PlannedCall[] | null {
  const calls: PlannedCall[] = [];
  for (let last = previous; calls.length < count; ) {
    const next = nextCallDay(input.cal, addDays(last.date, WEEK_DAYS));
    if (!next) return null;
    last = {
      attempt: last.attempt + 1,
      date: next.date,
      windows: previous.windows,
      rule: 'H6',
      reason: { code: 'later-try' },
      skipped: next.skipped,
      status: statusOf(next.date, input.today),
      made: false,
    };
    calls.push(last);
  }
  return calls;
}

/** The calls still to make: the first (by its rule, then H10), then the later ones (H6). */
function plannedCalls(input: Normalized, attempts: number): PlannedCall[] | null {
  const remaining = Math.max(0, input.maxCalls - attempts);
  if (remaining === 0) return [];
  const first = firstCall(input);
  const moved = first && moveOverdue(input, first.found);
  if (!first || !moved) return null;
  const call: PlannedCall = {
    attempt: attempts + 1,
    date: moved.found.date,
    windows: callWindows(input.officeHours, input.channel),
    rule: first.rule,
    reason: first.reason,
    skipped: moved.found.skipped,
    status: statusOf(moved.found.date, input.today),
    made: false,
    ...(moved.movedFrom ? { movedFrom: moved.movedFrom, movedBecause: moved.movedBecause } : {}),
  };
  const later = laterCalls(input, call, remaining - 1);
  return later && [call, ...later];
}

/**
 * H7: a week after the last call. Choice: when the last call is one you already made (your
 * attempts are used up), the week counts from the latest date they named, if that is later:
 * the new date from that call, or the promised date you called ahead of.
 */
function treatAsNoOn(input: Normalized, lastCall: PlannedCall): IsoDate {
  let from = lastCall.date;
  if (lastCall.made) {
    if (lastCall.newDate) from = maxIso(from, lastCall.newDate);
    if (input.promisedDate) from = maxIso(from, input.promisedDate);
  }
  return addDays(from, WEEK_DAYS);
}

const STEP_ORDER = ['interview', 'thank-you', 'debrief', 'promised', 'made', 'new-date', 'call', 'treat-as-no'];

/** Every step in date order; on one day, a call you made comes before the new date it gave, and a planned call after the date it is planned from. */
function buildSteps(input: Normalized, calls: PlannedCall[], thankYouBy: IsoDate, stop: IsoDate): PlanStep[] {
  const { interviewDate, today, promisedDate } = input;
  const steps: PlanStep[] = [
    { kind: 'interview', date: interviewDate, status: statusOf(interviewDate, today) },
    // H9, or H14's debrief with an agency. Choice: the note is the one action with a deadline
    // behind it, so a past deadline is "missed"; it is due from the interview day.
    { kind: input.arrangedBy === 'agency' ? 'debrief' : 'thank-you', date: thankYouBy, status: thankYouBy < today ? 'missed' : today >= interviewDate ? 'due' : 'upcoming' },
  ];
  if (promisedDate) steps.push({ kind: 'promised', date: promisedDate, status: statusOf(promisedDate, today) });
  const lastMade = input.calls.length - 1;
  calls.forEach((call, callIndex) => {
    steps.push({ kind: 'call', date: call.date, status: call.status, callIndex });
    // Choice: only the latest call you made can still shape the plan, so only its new date is a step.
    if (call.newDate && call.made && callIndex === lastMade) steps.push({ kind: 'new-date', date: call.newDate, status: statusOf(call.newDate, today) });
  });
  steps.push({ kind: 'treat-as-no', date: stop, status: statusOf(stop, today) });
  const rank = (step: PlanStep) => STEP_ORDER.indexOf(step.kind === 'call' && calls[step.callIndex].made ? 'made' : step.kind);
  // A stable sort: by date, then by the natural order of the kinds.
  return steps.sort((a, b) => daysBetween(b.date, a.date) || rank(a) - rank(b));
}

const noCallDay = (channel: Channel): PlanError => ({ field: 'closedDates', code: 'no-call-day', values: { channel } });

function plan(input: Normalized): PlanResult {
  const made = madeCalls(input);
  const planned = plannedCalls(input, attemptsOf(input.calls));
  if (!planned) return { ok: false, errors: [noCallDay(input.channel)] };
  const calls = [...made, ...planned];
  // H9 and H14: the day of the interview or the next day.
  const thankYouBy = addDays(input.interviewDate, 1);
  const stop = treatAsNoOn(input, calls[calls.length - 1]);
  const { interviewDate, today, promisedDate, keen, channel, emailAlternative, maxCalls, officeHours } = input;
  const result: Plan = {
    interviewDate,
    today,
    ...(promisedDate ? { promisedDate } : {}),
    keen,
    channel,
    emailAlternative: emailAlternative && channel === 'phone',
    contact: input.arrangedBy === 'agency' ? 'recruiter' : 'employer',
    maxCalls,
    officeHours,
    thankYouBy,
    calls,
    treatAsNoOn: stop,
    steps: buildSteps(input, calls, thankYouBy, stop),
  };
  return { ok: true, plan: result };
}

/**
 * Plans the follow-up after an interview (rules H1–H14). Never throws: anything malformed
 * comes back as `{ ok: false, errors }`, one coded error per field.
 */
export function planFollowUp(input: PlanInput): PlanResult {
  try {
    const { errors, input: clean } = validate(input as unknown);
    if (!clean) return { ok: false, errors };
    return plan(clean);
  } catch {
    return { ok: false, errors: [{ field: 'input', code: 'unreadable' }] };
  }
}
