/**
 * The "When should I call?" rules: rules H1–H11 of shared/domain-facts.md as one pure
 * function. No DOM and no clock: "today" is an argument, and every date is an ISO calendar
 * date in the employer's time zone (the caller works out what today is over there).
 *
 * Where the rules are silent, the choice made is written next to the code that makes it,
 * starting with "Choice:".
 */
import { addDays, addYears, daysBetween, maxIso, toDayNumber, weekdayOfDayNumber } from './dates/arithmetic';
import { formatDate } from './dates/format';
import { isIsoDate, type IsoDate } from './dates/iso';
import { firstDayFrom, nthWorkingDayAfter, type WorkWeek } from './dates/working-days';
import {
  AFTER_LUNCH,
  DEFAULT_MAX_CALLS,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WORKING_DAYS,
  GRACE_WORKING_DAYS,
  LAST_HOUR_MINUTES,
  MAX_CALLS_LIMIT,
  MIN_WINDOW_MINUTES,
  MONDAY,
  TIME_PATTERN,
  WEEK_DAYS,
  minutesOf,
  type OfficeHours,
} from './follow-up-rules';

export type { OfficeHours } from './follow-up-rules';

export type Channel = 'phone' | 'email';
export type StepStatus = 'done' | 'missed' | 'due' | 'upcoming';
/** The rule that set a call's date: H2/H3/H4 for the first call, H6 later, H8 after a new date. */
export type CallRule = 'H2' | 'H3' | 'H4' | 'H6' | 'H8' | 'made';

/** A call already made, as entered: dates are checked by `planFollowUp` (H11). */
export interface CallRecord {
  /** The day you made the call (ISO). */
  date: string;
  /** A new date the employer gave on that call, if any (H8). */
  newDate?: string;
}

/** A call already made, once checked. */
interface MadeCall {
  date: IsoDate;
  newDate?: IsoDate;
}

/**
 * What the planner is asked. Dates are ISO strings as entered, not yet checked: this is the
 * edge where `planFollowUp` checks them (H11), so they are typed `string`, not `IsoDate`.
 */
export interface PlanInput {
  interviewDate: string;
  /** Today in the employer's time zone. */
  today: string;
  /**
   * The employer's wall-clock time now ('HH:mm'), if known. Once their office has closed,
   * today's call times are gone, so a call due today moves on (H10).
   */
  now?: string;
  /** The date they said you would hear back by. */
  promisedDate?: string;
  /** Call on the promised day itself (H4). */
  keen?: boolean;
  maxCalls?: 2 | 3;
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
  workingDays?: number[];
  /** The user's closed days and the chosen region's public holidays. */
  closedDates?: string[];
  officeHours?: OfficeHours;
  channel?: Channel;
  calls?: CallRecord[];
}

export interface CallWindow {
  start: string;
  end: string;
  label: 'after-lunch' | 'last-hour' | 'office-hours';
}

export interface PlannedCall {
  /** 1 for the first attempt, counting calls already made. */
  attempt: number;
  date: IsoDate;
  windows: CallWindow[];
  rule: CallRule;
  /** The reason for this date, in plain words. */
  why: string;
  status: StepStatus;
  /** True for a call you told the planner you already made. */
  made: boolean;
  /** The date the rules gave before it was moved because it had passed (H10). */
  movedFrom?: IsoDate;
  /** A new date the employer gave on this call (H8). */
  newDate?: IsoDate;
}

export type StepKind = 'interview' | 'thank-you' | 'promised' | 'new-date' | 'call' | 'treat-as-no';

export interface PlanStep {
  kind: StepKind;
  date: IsoDate;
  status: StepStatus;
  /** For `call` steps: the index into `plan.calls`. */
  callIndex?: number;
}

export interface Plan {
  interviewDate: IsoDate;
  today: IsoDate;
  promisedDate?: IsoDate;
  keen: boolean;
  channel: Channel;
  maxCalls: 2 | 3;
  officeHours: OfficeHours;
  /** Send the thank-you note by this day (H9). */
  thankYouBy: IsoDate;
  calls: PlannedCall[];
  /** With no answer by this day, treat it as a no and keep applying (H7). */
  treatAsNoOn: IsoDate;
  /** Everything above in date order, as the page shows it. */
  steps: PlanStep[];
}

export type PlanField =
  | 'input'
  | 'interviewDate'
  | 'today'
  | 'now'
  | 'promisedDate'
  | 'keen'
  | 'maxCalls'
  | 'workingDays'
  | 'closedDates'
  | 'officeHours.start'
  | 'officeHours.end'
  | 'channel'
  | 'calls'
  | `calls.${number}.date`
  | `calls.${number}.newDate`;

export interface PlanError {
  field: PlanField;
  message: string;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: PlanError[] };

// Choice: a cap on list sizes keeps a pasted novel from freezing the page; real use is
// a few dozen holidays plus a handful of closed days.
const MAX_CLOSED_DATES = 2000;

const minutes = minutesOf;
const TIME = TIME_PATTERN;

function clock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * H5: after lunch (13:30–15:00) and the last working hour, both inside office hours.
 *
 * Choice: the lunch window is set by the clock, not by the office's opening time, and is cut
 * where the last hour begins so the two never overlap; a piece shorter than 30 minutes is
 * dropped. Emails get the whole office day: the timing rule is about calls.
 */
export function callWindows(officeHours: OfficeHours, channel: Channel = 'phone'): CallWindow[] {
  const open = minutes(officeHours.start);
  const close = minutes(officeHours.end);
  if (channel === 'email') return [{ start: officeHours.start, end: officeHours.end, label: 'office-hours' }];
  const lastStart = Math.max(open, close - LAST_HOUR_MINUTES);
  const windows: CallWindow[] = [];
  const lunchStart = Math.max(open, minutes(AFTER_LUNCH.start));
  const lunchEnd = Math.min(minutes(AFTER_LUNCH.end), lastStart);
  if (lunchEnd - lunchStart >= MIN_WINDOW_MINUTES) windows.push({ start: clock(lunchStart), end: clock(lunchEnd), label: 'after-lunch' });
  windows.push({ start: clock(lastStart), end: clock(close), label: 'last-hour' });
  return windows;
}

type SkipReason = 'monday' | 'not-working' | 'closed' | 'too-soon';

/** The working calendar, on day numbers, and the interview day H1 keeps calls away from. */
interface Calendar extends WorkWeek {
  interviewDay: number;
}

function skipReason(cal: Calendar, day: number): SkipReason | null {
  // H1: never on the interview day or the day after.
  if (day === cal.interviewDay || day === cal.interviewDay + 1) return 'too-soon';
  if (!cal.workingDays.has(weekdayOfDayNumber(day))) return 'not-working';
  if (cal.closed.has(day)) return 'closed';
  // F1: a working day that is a Monday is still not a call day.
  if (weekdayOfDayNumber(day) === MONDAY) return 'monday';
  return null;
}

/** The first allowed call day on or after `from`, with the reasons days were skipped. */
function nextCallDay(cal: Calendar, from: IsoDate): { date: IsoDate; skipped: SkipReason[] } | null {
  const skipped: SkipReason[] = [];
  const date = firstDayFrom(from, (day) => {
    const reason = skipReason(cal, day);
    if (reason !== null && !skipped.includes(reason)) skipped.push(reason);
    return reason === null;
  });
  return date ? { date, skipped } : null;
}

const SKIP_WORDS: Record<SkipReason, string> = {
  monday: 'no Mondays',
  'not-working': 'only working days',
  closed: 'no closed days or holidays',
  'too-soon': 'not the interview day or the day after',
};

/** What one try is called: "call", or "email" in an email-only plan. Used in every message. */
function tryWord(channel: Channel): 'call' | 'email' {
  return channel === 'email' ? 'email' : 'call';
}

/** "the next call day", or for email-only plans, where no call is made, "the next good day". */
function nextDayWords(channel: Channel): string {
  return channel === 'email' ? 'the next good day' : 'the next call day';
}

function movedWords(skipped: SkipReason[], channel: Channel): string {
  if (skipped.length === 0) return '';
  return ` It moves to ${nextDayWords(channel)} (${skipped.map((reason) => SKIP_WORDS[reason]).join(', ')}).`;
}

const short = (date: IsoDate) => formatDate(date, 'en-US');

function statusOf(date: IsoDate, today: IsoDate): StepStatus {
  return date < today ? 'done' : date === today ? 'due' : 'upcoming';
}

interface Normalized {
  interviewDate: IsoDate;
  today: IsoDate;
  now?: string;
  promisedDate?: IsoDate;
  keen: boolean;
  maxCalls: 2 | 3;
  channel: Channel;
  officeHours: OfficeHours;
  cal: Calendar;
  calls: MadeCall[];
}

function dateMessage(label: string, value: unknown): string | null {
  if (isBlank(value)) return `Enter ${label}`;
  if (!isIsoDate(value)) return `${capitalize(label)} must be a real date, like 2026-03-10`;
  return null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** H11: checks everything and collects one message per field; returns the clean input. */
function validate(raw: unknown): { errors: PlanError[]; input?: Normalized } {
  const errors: PlanError[] = [];
  if (!isRecord(raw)) return { errors: [{ field: 'input', message: 'Fill in the form to get a plan' }] };
  const add = (field: PlanField, message: string) => errors.push({ field, message });

  const today = raw.today;
  const todayOk = isIsoDate(today);
  if (!todayOk) add('today', "Today's date could not be read. Check your device's date");

  const now = raw.now;
  if (!isBlank(now) && !(typeof now === 'string' && TIME.test(now))) add('now', "The time now could not be read. Check your device's clock");

  const interviewDate = raw.interviewDate;
  const interviewProblem = dateMessage('the date of your interview', interviewDate);
  const interview = String(interviewDate) as IsoDate;
  let interviewOk = false;
  if (interviewProblem) add('interviewDate', interviewProblem);
  else if (todayOk) {
    // H11: "more than a year ago or ahead", by the calendar: the same day a year before is fine.
    if (interview < addYears(today, -1)) add('interviewDate', 'The interview date must be within the last year. Check the year');
    else if (interview > addYears(today, 1)) add('interviewDate', 'The interview date must be within the next year. Check the year');
    else interviewOk = true;
  }

  let promisedDate: IsoDate | undefined;
  if (!isBlank(raw.promisedDate)) {
    if (!isIsoDate(raw.promisedDate)) add('promisedDate', 'The date they gave must be a real date, like 2026-03-13');
    else if (interviewOk && raw.promisedDate < String(interviewDate)) {
      add('promisedDate', 'The date they gave must be on or after your interview date');
    } else if (interviewOk && raw.promisedDate > addYears(interview, 1)) {
      // Choice: H11 is silent on far promises; more than a year out is almost surely a typo.
      add('promisedDate', 'The date they gave must be within a year of your interview. Check the year');
    } else promisedDate = raw.promisedDate;
  }

  if (!isBlank(raw.keen) && typeof raw.keen !== 'boolean') add('keen', 'Choose whether to call on the day they named');

  let maxCalls = DEFAULT_MAX_CALLS as 2 | 3;
  if (!isBlank(raw.maxCalls)) {
    if (raw.maxCalls === 2 || raw.maxCalls === 3) maxCalls = raw.maxCalls;
    else add('maxCalls', 'Choose two or three calls');
  }

  let channel: Channel = 'phone';
  if (!isBlank(raw.channel)) {
    if (raw.channel === 'phone' || raw.channel === 'email') channel = raw.channel;
    else add('channel', 'Choose phone or email');
  }

  let workingDays = new Set<number>(DEFAULT_WORKING_DAYS);
  if (raw.workingDays !== undefined) {
    const list = raw.workingDays;
    if (!Array.isArray(list) || list.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
      add('workingDays', 'Choose working days from Monday to Sunday');
    } else if (list.length === 0) {
      add('workingDays', 'Choose at least one working day');
    } else if (list.every((day) => day === MONDAY)) {
      add('workingDays', `Choose at least one working day other than Monday: Mondays are never ${tryWord(channel)} days`);
    } else workingDays = new Set(list as number[]);
  }

  const closed = new Set<number>();
  if (raw.closedDates !== undefined) {
    const list = raw.closedDates;
    if (!Array.isArray(list)) add('closedDates', 'Enter closed days as dates, like 2026-12-24');
    else if (list.length > MAX_CLOSED_DATES) add('closedDates', `Enter at most ${MAX_CLOSED_DATES} closed days`);
    else {
      const bad = list.find((date) => !isIsoDate(date));
      if (bad !== undefined) add('closedDates', `“${String(bad)}” is not a real date. Write closed days like 2026-12-24`);
      else for (const date of list as IsoDate[]) closed.add(toDayNumber(date));
    }
  }

  let officeHours = DEFAULT_OFFICE_HOURS;
  if (raw.officeHours !== undefined) {
    const hours = raw.officeHours;
    const start = isRecord(hours) ? hours.start : undefined;
    const end = isRecord(hours) ? hours.end : undefined;
    const startOk = typeof start === 'string' && TIME.test(start);
    const endOk = typeof end === 'string' && TIME.test(end);
    if (!startOk) add('officeHours.start', 'Enter the time the office opens, like 09:00');
    if (!endOk) add('officeHours.end', 'Enter the time the office closes, like 17:00');
    if (startOk && endOk) {
      // Choice: H5 needs a "last working hour", so the office day must be at least an hour.
      if (minutes(end) - minutes(start) < 60) add('officeHours.end', 'The office must close at least an hour after it opens');
      else officeHours = { start, end };
    }
  }

  const calls: MadeCall[] = [];
  // In email-only plans the tries listed are emails, and the messages say so.
  const noun = tryWord(channel);
  const Noun = capitalize(noun);
  if (raw.calls !== undefined) {
    const list = raw.calls;
    if (!Array.isArray(list)) add('calls', 'Enter the calls you made as dates');
    else if (list.length > MAX_CALLS_LIMIT) add('calls', 'List at most three calls: after three tries, treat it as a no');
    else {
      list.forEach((call, index) => {
        const record = isRecord(call) ? call : {};
        const date = (typeof record.date === 'string' ? record.date : '') as IsoDate;
        const interview = interviewOk ? String(interviewDate) : '';
        const problem = dateMessage(`the date of ${noun} ${index + 1}`, record.date);
        let dateOk = false;
        if (problem) add(`calls.${index}.date`, problem);
        else if (interviewOk && date < interview) {
          add(`calls.${index}.date`, `${Noun} ${index + 1} must be on or after your interview date`);
        } else if (todayOk && date > today) {
          add(`calls.${index}.date`, `${Noun} ${index + 1} can’t be after today. Only list ${noun}s you have ${channel === 'email' ? 'sent' : 'made'}`);
        } else dateOk = true;
        let newDate: IsoDate | undefined;
        if (!isBlank(record.newDate)) {
          const named = String(record.newDate) as IsoDate;
          if (!isIsoDate(record.newDate)) add(`calls.${index}.newDate`, `The new date from ${noun} ${index + 1} must be a real date, like 2026-03-20`);
          else if (dateOk && named < date) {
            add(`calls.${index}.newDate`, `The new date from ${noun} ${index + 1} must be on or after the day of that ${noun}`);
          } else if (dateOk && named > addYears(date, 1)) {
            add(`calls.${index}.newDate`, `The new date from ${noun} ${index + 1} must be within a year of that ${noun}. Check the year`);
          } else newDate = named;
        }
        if (dateOk) calls.push(newDate ? { date, newDate } : { date });
      });
    }
  }

  if (errors.length > 0) return { errors };
  // Choice: calls may be entered in any order; the plan reads them by date.
  calls.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    errors,
    input: {
      interviewDate: interviewDate as IsoDate,
      today: today as IsoDate,
      ...(typeof now === 'string' && now ? { now } : {}),
      promisedDate,
      keen: raw.keen === true,
      maxCalls,
      channel,
      officeHours,
      cal: { interviewDay: toDayNumber(interviewDate as IsoDate), workingDays, closed },
      calls,
    },
  };
}

const noCallDay = (channel: Channel): PlanError => ({
  field: 'closedDates',
  message: `Your working days and closed days leave no day to ${tryWord(channel)}. Remove some closed days`,
});

/** The first call from a date the employer named: H3, or H4 for the keen. */
function fromNamedDate(cal: Calendar, named: IsoDate, keen: boolean) {
  if (keen) {
    const found = nextCallDay(cal, named);
    return found && { ...found, base: named };
  }
  const graceEnd = nthWorkingDayAfter(cal, named, GRACE_WORKING_DAYS);
  if (!graceEnd) return null;
  const found = nextCallDay(cal, graceEnd);
  return found && { ...found, base: graceEnd };
}

function plan(input: Normalized): PlanResult {
  const { cal, today, interviewDate, promisedDate, keen, maxCalls, channel, officeHours } = input;
  const verb = tryWord(channel);
  const windows = callWindows(officeHours, channel);
  const calls: PlannedCall[] = input.calls.map((call, index) => ({
    attempt: index + 1,
    date: call.date,
    windows: [],
    rule: 'made',
    why: call.newDate ? `You made this ${verb}, and they gave you a new date: ${short(call.newDate)}.` : `You made this ${verb}.`,
    status: 'done',
    made: true,
    ...(call.newDate ? { newDate: call.newDate } : {}),
  }));

  const last = input.calls.at(-1);
  // Choice: calls you already made use up attempts; more than the limit simply means no more.
  const remaining = Math.max(0, maxCalls - input.calls.length);

  if (remaining > 0) {
    let first: { date: IsoDate; skipped: SkipReason[] } | null;
    let rule: CallRule;
    let why: string;
    if (last?.newDate) {
      // H8: the new date restarts the plan as H3/H4 would. Choice: the week between calls
      // (H6) gives way here, because the employer named the day.
      const found = fromNamedDate(cal, last.newDate, keen);
      first = found;
      rule = 'H8';
      why = keen
        ? `On your last ${verb} they gave you a new date, ${short(last.newDate)}, and you chose to ${verb} on the day they name.`
        : `On your last ${verb} they gave you a new date, ${short(last.newDate)}. Give them two working days after it.`;
    } else if (last) {
      // H6: at least seven days after the previous call; that is always a later calendar week.
      first = nextCallDay(cal, addDays(last.date, WEEK_DAYS));
      rule = 'H6';
      why = `Wait a full week after your last ${verb} before you try again.`;
      // Choice: if you called before a promised date, that promise still stands: the next
      // attempt waits for its grace too.
      if (first && promisedDate) {
        const promised = fromNamedDate(cal, promisedDate, keen);
        if (promised && promised.date > first.date) {
          first = promised;
          rule = keen ? 'H4' : 'H3';
          why = `They said you would hear by ${short(promisedDate)}; wait for that before you try again.`;
        }
      }
    } else if (promisedDate) {
      first = fromNamedDate(cal, promisedDate, keen);
      rule = keen ? 'H4' : 'H3';
      why = keen
        ? `They said you would hear by ${short(promisedDate)}, and you chose to ${verb} on that day.`
        : `They said you would hear by ${short(promisedDate)}. Give them two working days after it.`;
    } else {
      first = nextCallDay(cal, addDays(interviewDate, WEEK_DAYS));
      rule = 'H2';
      why = `They didn’t name a day, so wait a full week after your interview.`;
    }
    if (!first) return { ok: false, errors: [noCallDay(channel)] };
    why += movedWords(first.skipped, channel);

    let movedFrom: IsoDate | undefined;
    // Choice: once the office has closed today, today is gone for calling too (H10).
    const closedToday = input.now !== undefined && minutes(input.now) >= minutes(officeHours.end);
    const earliest = closedToday ? addDays(today, 1) : today;
    if (first.date < earliest) {
      // H10: an overdue call moves to the next call day from today.
      movedFrom = first.date;
      const moved = nextCallDay(cal, earliest);
      if (!moved) return { ok: false, errors: [noCallDay(channel)] };
      first = moved;
      why +=
        movedFrom === today
          ? ` Their office has closed for today, so ${verb} on ${nextDayWords(channel)}.`
          : ` That day (${short(movedFrom)}) has passed, so ${verb} on ${nextDayWords(channel)} from today.`;
    }
    calls.push({
      attempt: calls.length + 1,
      date: first.date,
      windows,
      rule,
      why,
      status: statusOf(first.date, today),
      made: false,
      ...(movedFrom ? { movedFrom } : {}),
    });

    for (let i = 1; i < remaining; i += 1) {
      const previous = calls[calls.length - 1].date;
      const next = nextCallDay(cal, addDays(previous, WEEK_DAYS));
      if (!next) return { ok: false, errors: [noCallDay(channel)] };
      calls.push({
        attempt: calls.length + 1,
        date: next.date,
        windows,
        rule: 'H6',
        why: `No answer yet? Wait a full week after the last try, then ${verb} once more.${movedWords(next.skipped, channel)}`,
        status: statusOf(next.date, today),
        made: false,
      });
    }
  }

  const lastCall = calls[calls.length - 1];
  // H7: a week after the last call. Choice: when the last call is one you already made
  // (your attempts are used up), the week counts from the latest date they named, if that
  // is later: the new date from that call, or the promised date you called ahead of.
  let noAnswerFrom = lastCall.date;
  if (lastCall.made) {
    if (lastCall.newDate) noAnswerFrom = maxIso(noAnswerFrom, lastCall.newDate);
    if (promisedDate) noAnswerFrom = maxIso(noAnswerFrom, promisedDate);
  }
  const treatAsNoOn = addDays(noAnswerFrom, WEEK_DAYS);
  // H9: the day of the interview or the next day.
  const thankYouBy = addDays(interviewDate, 1);

  const steps: PlanStep[] = [
    { kind: 'interview', date: interviewDate, status: statusOf(interviewDate, today) },
    {
      kind: 'thank-you',
      date: thankYouBy,
      // Choice: the note is the one action with a deadline behind it, so a past deadline is
      // "missed" (the page still says a late note beats none); it is due from the interview day.
      status: thankYouBy < today ? 'missed' : today >= interviewDate ? 'due' : 'upcoming',
    },
  ];
  if (promisedDate) steps.push({ kind: 'promised', date: promisedDate, status: statusOf(promisedDate, today) });
  calls.forEach((call, callIndex) => {
    steps.push({ kind: 'call', date: call.date, status: call.status, callIndex });
    // Choice: only the latest call you made can still shape the plan, so only its new date
    // is a step; earlier ones stay in that call's "why".
    if (call.newDate && call.date === last?.date && call.made && callIndex === input.calls.length - 1) {
      steps.push({ kind: 'new-date', date: call.newDate, status: statusOf(call.newDate, today) });
    }
  });
  steps.push({ kind: 'treat-as-no', date: treatAsNoOn, status: statusOf(treatAsNoOn, today) });
  const order = ['interview', 'thank-you', 'promised', 'made', 'new-date', 'call', 'treat-as-no'];
  // On one day, a call you made comes before the new date it gave, and a planned call after
  // the date it is planned from.
  const rank = (step: PlanStep) => order.indexOf(step.kind === 'call' && calls[step.callIndex!].made ? 'made' : step.kind);
  // A stable sort: by date, then by the natural order of the kinds.
  steps.sort((a, b) => daysBetween(b.date, a.date) || rank(a) - rank(b));

  return {
    ok: true,
    plan: {
      interviewDate,
      today,
      ...(promisedDate ? { promisedDate } : {}),
      keen,
      channel,
      maxCalls,
      officeHours,
      thankYouBy,
      calls,
      treatAsNoOn,
      steps,
    },
  };
}

/**
 * Plans the follow-up after an interview (rules H1–H11). Never throws: anything malformed
 * comes back as `{ ok: false, errors }` with one message per field, worded for the person.
 */
export function planFollowUp(input: PlanInput): PlanResult {
  try {
    const { errors, input: clean } = validate(input as unknown);
    if (!clean) return { ok: false, errors };
    return plan(clean);
  } catch {
    return { ok: false, errors: [{ field: 'input', message: 'Something in the form could not be read. Check each answer and try again' }] };
  }
}
