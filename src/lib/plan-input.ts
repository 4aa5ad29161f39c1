/**
 * H11: the planner's input checked once, at the edge. Every field gets at most one error
 * code, and a clean input comes back only when there are none.
 */
import { toDayNumber } from './dates/day-numbers';
import { addYears, yearBefore } from './dates/years';
import { isIsoDate, type IsoDate } from './dates/iso';
import type { WorkWeek } from './dates/working-days';
import {
  DEFAULT_MAX_CALLS,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WORKING_DAYS,
  LAST_HOUR_MINUTES,
  MAX_CALLS_LIMIT,
  MAX_CALL_RECORDS,
  MONDAY,
  TIME_PATTERN,
  minutesOf,
  type OfficeHours,
} from './follow-up-rules';
import type { ArrangedBy, Channel, ErrorValues, NewDateKind, PlanError, PlanErrorCode, PlanField, Reached } from './plan-types';
import { byDate } from './dates/order';

// Choice: a cap on list sizes keeps a pasted novel from freezing the page; real use is
// a few dozen holidays plus a handful of closed days.
const MAX_CLOSED_DATES = 2000;

/** The calendar H1 and the working-day searches use: the work week and the interview day. */
export interface Calendar extends WorkWeek {
  interviewDay: number;
}

/** A call already made, once checked; the H8 and H12 defaults filled in. */
export interface MadeCall {
  date: IsoDate;
  newDate?: IsoDate;
  newDateKind: NewDateKind;
  reached: Reached;
}

export interface Normalized {
  interviewDate: IsoDate;
  today: IsoDate;
  now?: string;
  promisedDate?: IsoDate;
  keen: boolean;
  maxCalls: 2 | 3;
  channel: Channel;
  emailAlternative: boolean;
  arrangedBy: ArrangedBy;
  officeHours: OfficeHours;
  cal: Calendar;
  calls: MadeCall[];
}

type Add = (field: PlanField, code: PlanErrorCode, values?: ErrorValues) => void;
type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** One of a few allowed values, the default when blank, or an error. */
function oneOf<T>(raw: unknown, allowed: readonly T[], fallback: T, onBad: () => void): T {
  if (isBlank(raw)) return fallback;
  if (allowed.includes(raw as T)) return raw as T;
  onBad();
  return fallback;
}

/** H11: the interview within a year either side of today, by the calendar. */
function readInterview(raw: Raw, today: IsoDate | undefined, add: Add): IsoDate | undefined {
  const value = raw.interviewDate;
  if (isBlank(value)) return void add('interviewDate', 'interview-missing');
  if (!isIsoDate(value)) return void add('interviewDate', 'interview-not-a-date');
  if (!today) return undefined;
  // The same day a year before is fine (29 February: see yearBefore).
  if (value < yearBefore(today)) return void add('interviewDate', 'interview-too-old');
  if (value > addYears(today, 1)) return void add('interviewDate', 'interview-too-far');
  return value;
}

function readPromised(raw: Raw, interview: IsoDate | undefined, add: Add): IsoDate | undefined {
  const value = raw.promisedDate;
  if (isBlank(value)) return undefined;
  if (!isIsoDate(value)) return void add('promisedDate', 'promised-not-a-date');
  if (!interview) return undefined;
  if (value < interview) return void add('promisedDate', 'promised-before-interview');
  // Choice: H11 is silent on far promises; more than a year out is almost surely a typo.
  if (value > addYears(interview, 1)) return void add('promisedDate', 'promised-too-far');
  return value;
}

function readWorkingDays(raw: Raw, channel: Channel, add: Add): Set<number> {
  const list = raw.workingDays;
  if (list === undefined) return new Set(DEFAULT_WORKING_DAYS);
  if (!Array.isArray(list) || list.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) add('workingDays', 'working-days-invalid');
  else if (list.length === 0) add('workingDays', 'working-days-empty');
  else if (list.every((day) => day === MONDAY)) add('workingDays', 'working-days-only-monday', { channel });
  else return new Set(list as number[]);
  return new Set(DEFAULT_WORKING_DAYS);
}

function readClosed(raw: Raw, add: Add): Set<number> {
  const closed = new Set<number>();
  const list = raw.closedDates;
  if (list === undefined) return closed;
  if (!Array.isArray(list)) add('closedDates', 'closed-not-a-list');
  else if (list.length > MAX_CLOSED_DATES) add('closedDates', 'closed-too-many', { max: MAX_CLOSED_DATES });
  else {
    const bad = list.find((date) => !isIsoDate(date));
    if (bad !== undefined) add('closedDates', 'closed-not-a-date', { entry: String(bad) });
    else for (const date of list as IsoDate[]) closed.add(toDayNumber(date));
  }
  return closed;
}

function readOfficeHours(raw: Raw, add: Add): OfficeHours {
  const hours = raw.officeHours;
  if (hours === undefined) return DEFAULT_OFFICE_HOURS;
  const start = isRecord(hours) ? hours.start : undefined;
  const end = isRecord(hours) ? hours.end : undefined;
  const startOk = typeof start === 'string' && TIME_PATTERN.test(start);
  const endOk = typeof end === 'string' && TIME_PATTERN.test(end);
  if (!startOk) add('officeHours.start', 'opens-invalid');
  if (!endOk) add('officeHours.end', 'closes-invalid');
  if (!startOk || !endOk) return DEFAULT_OFFICE_HOURS;
  // Choice: H5 needs a "last working hour", so the office day must be at least an hour.
  if (minutesOf(end) - minutesOf(start) < LAST_HOUR_MINUTES) {
    add('officeHours.end', 'office-day-too-short');
    return DEFAULT_OFFICE_HOURS;
  }
  return { start, end };
}

interface CallContext {
  interview?: IsoDate;
  today?: IsoDate;
  channel: Channel;
  add: Add;
}

function readCallDate(record: Raw, n: number, ctx: CallContext): IsoDate | undefined {
  const field: PlanField = `calls.${n - 1}.date`;
  const values = { n, channel: ctx.channel };
  const date = record.date;
  if (isBlank(date)) return void ctx.add(field, 'call-missing', values);
  if (!isIsoDate(date)) return void ctx.add(field, 'call-not-a-date', values);
  if (ctx.interview && date < ctx.interview) return void ctx.add(field, 'call-before-interview', values);
  if (ctx.today && date > ctx.today) return void ctx.add(field, 'call-after-today', values);
  return ctx.interview ? date : undefined;
}

function readNewDate(record: Raw, n: number, date: IsoDate | undefined, ctx: CallContext): IsoDate | undefined {
  const field: PlanField = `calls.${n - 1}.newDate`;
  const values = { n, channel: ctx.channel };
  const named = record.newDate;
  if (isBlank(named)) return undefined;
  if (!isIsoDate(named)) return void ctx.add(field, 'new-date-not-a-date', values);
  if (date && named < date) return void ctx.add(field, 'new-date-before-call', values);
  if (date && named > addYears(date, 1)) return void ctx.add(field, 'new-date-too-far', values);
  return named;
}

/** One call made: its date, the new date it got (H8), and whom it reached (H12). */
function readCall(call: unknown, index: number, ctx: CallContext): MadeCall | undefined {
  const record = isRecord(call) ? call : {};
  const n = index + 1;
  const date = readCallDate(record, n, ctx);
  const newDate = readNewDate(record, n, date, ctx);
  const values = { n, channel: ctx.channel };
  const newDateKind = oneOf<NewDateKind>(record.newDateKind, ['call-back', 'decide-by'], 'decide-by', () =>
    ctx.add(`calls.${index}.newDateKind`, 'new-date-kind-invalid', values),
  );
  const reached = oneOf<Reached>(record.reached, ['contact', 'voicemail', 'front-desk'], 'contact', () =>
    ctx.add(`calls.${index}.reached`, 'reached-invalid', values),
  );
  if (!date) return undefined;
  return { date, ...(newDate ? { newDate } : {}), newDateKind, reached };
}

function readCalls(raw: Raw, ctx: CallContext): MadeCall[] {
  const list = raw.calls;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    ctx.add('calls', 'calls-not-a-list', { channel: ctx.channel });
    return [];
  }
  const attempts = list.filter((call) => !(isRecord(call) && call.reached === 'front-desk')).length;
  if (list.length > MAX_CALL_RECORDS || attempts > MAX_CALLS_LIMIT) {
    ctx.add('calls', 'calls-too-many', { max: MAX_CALLS_LIMIT, channel: ctx.channel });
    return [];
  }
  const calls = list.map((call, index) => readCall(call, index, ctx)).filter((call): call is MadeCall => call !== undefined);
  // Choice: calls may be entered in any order; the plan reads them by date.
  return calls.sort(byDate);
}

/** H11: checks everything and collects one error per field; returns the clean input. */
export function validate(raw: unknown): { errors: PlanError[]; input?: Normalized } {
  if (!isRecord(raw)) return { errors: [{ field: 'input', code: 'form-empty' }] };
  const errors: PlanError[] = [];
  const add: Add = (field, code, values) => errors.push(values ? { field, code, values } : { field, code });
  const today = isIsoDate(raw.today) ? raw.today : void add('today', 'today-unreadable');
  const now = isBlank(raw.now) ? undefined : typeof raw.now === 'string' && TIME_PATTERN.test(raw.now) ? raw.now : void add('now', 'now-unreadable');
  const interviewDate = readInterview(raw, today, add);
  const promisedDate = readPromised(raw, interviewDate, add);
  if (!isBlank(raw.keen) && typeof raw.keen !== 'boolean') add('keen', 'keen-invalid');
  if (!isBlank(raw.offerEmail) && typeof raw.offerEmail !== 'boolean') add('channel', 'channel-invalid');
  const maxCalls = oneOf<2 | 3>(raw.maxCalls, [DEFAULT_MAX_CALLS as 2, MAX_CALLS_LIMIT as 3], DEFAULT_MAX_CALLS as 2, () => add('maxCalls', 'max-calls-invalid'));
  const channel = oneOf<Channel>(raw.channel, ['phone', 'email'], 'phone', () => add('channel', 'channel-invalid'));
  const arrangedBy = oneOf<ArrangedBy>(raw.arrangedBy, ['employer', 'agency'], 'employer', () => add('arrangedBy', 'arranged-by-invalid'));
  const workingDays = readWorkingDays(raw, channel, add);
  const closed = readClosed(raw, add);
  const officeHours = readOfficeHours(raw, add);
  const calls = readCalls(raw, { interview: interviewDate, today, channel, add });
  if (errors.length > 0 || !today || !interviewDate) return { errors };
  return {
    errors,
    input: {
      interviewDate,
      today,
      ...(now ? { now } : {}),
      ...(promisedDate ? { promisedDate } : {}),
      keen: raw.keen === true,
      maxCalls,
      channel,
      // H13: with no answer about the channel, calls come with their email version.
      emailAlternative: raw.offerEmail === true,
      arrangedBy,
      officeHours,
      cal: { interviewDay: toDayNumber(interviewDate), workingDays, closed },
      calls,
    },
  };
}
