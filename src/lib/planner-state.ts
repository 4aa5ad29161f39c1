/**
 * The planner form's state: what the person typed (kept as typed, so nothing is lost on an
 * error), how it lives in the URL query, and how it becomes a `PlanInput`. Pure: the island
 * passes in the browser's time zone and today's date.
 */
import { parseDateList } from './calendar-dates';
import { addDays, isoWeekday } from './dates/arithmetic';
import { isIsoDate, type IsoDate } from './dates/iso';
import { DEFAULT_MAX_CALLS, DEFAULT_OFFICE_HOURS, DEFAULT_WORKING_DAYS, MAX_CALLS_LIMIT, TIME_PATTERN, WEEK_DAYS } from './follow-up-rules';
import type { PlanInput } from './follow-up-plan';
import { isTimeZone } from './zoned-time';
import { regionByCode } from '../data/regions';

/** What they said about hearing back. */
export type Told = 'none' | 'date' | 'end-of-week' | 'next-week' | 'two-weeks';
export const TOLD: readonly Told[] = ['none', 'date', 'end-of-week', 'next-week', 'two-weeks'];

export interface MadeCall {
  date: string;
  newDate: string;
}

export interface FormState {
  interview: string;
  told: Told;
  promised: string;
  keen: boolean;
  region: string;
  tz: string;
  days: number[];
  closed: string;
  open: string;
  close: string;
  third: boolean;
  email: boolean;
  calls: MadeCall[];
}

export function defaultState(timeZone: string): FormState {
  return {
    interview: '',
    told: 'none',
    promised: '',
    keen: false,
    region: '',
    tz: timeZone,
    days: [...DEFAULT_WORKING_DAYS],
    closed: '',
    open: DEFAULT_OFFICE_HOURS.start,
    close: DEFAULT_OFFICE_HOURS.end,
    third: false,
    email: false,
    calls: [],
  };
}

/** Field names as the page shows them, for the notice about ignored link parameters. */
const PARAM_LABELS: Record<string, string> = {
  interview: 'interview date',
  told: 'what they told you',
  promised: 'the date they gave',
  keen: 'call on the day',
  region: 'region',
  tz: 'time zone',
  days: 'working days',
  closed: 'closed days',
  open: 'opening time',
  close: 'closing time',
  calls: 'number of calls',
  email: 'email only',
  made: 'calls you made',
};

const MAX_TEXT = 2000;

/**
 * Reads the form from a URL query. Anything malformed is left at its default and named in
 * `ignored`; `present` says whether the link carried a plan at all.
 */
export function stateFromQuery(search: string, timeZone: string): { state: FormState; ignored: string[]; present: boolean } {
  const state = defaultState(timeZone);
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored, present: false };
  }
  const bad = (key: string) => ignored.push(PARAM_LABELS[key] ?? key);
  const get = (key: string) => params.get(key);
  let present = false;

  const readDate = (key: 'interview' | 'promised') => {
    const value = get(key);
    if (value === null) return;
    present = true;
    if (isIsoDate(value)) state[key] = value;
    else bad(key);
  };
  readDate('interview');
  readDate('promised');

  const told = get('told');
  if (told !== null) {
    if ((TOLD as readonly string[]).includes(told)) state.told = told as Told;
    else bad('told');
  } else if (state.promised) state.told = 'date';

  const flag = (key: 'keen' | 'email') => {
    const value = get(key);
    if (value === null) return;
    if (value === '1' || value === '0') state[key] = value === '1';
    else bad(key);
  };
  flag('keen');
  flag('email');

  const calls = get('calls');
  if (calls !== null) {
    if (calls === '2' || calls === '3') state.third = calls === '3';
    else bad('calls');
  }

  const region = get('region');
  if (region !== null) {
    if (region === '' || regionByCode(region)) state.region = region;
    else bad('region');
  }

  const tz = get('tz');
  if (tz !== null) {
    if (isTimeZone(tz)) state.tz = tz;
    else bad('tz');
  }

  const days = get('days');
  if (days !== null) {
    if (/^[1-7]{1,7}$/.test(days)) state.days = [...new Set(days.split('').map(Number))].sort();
    else bad('days');
  }

  const closed = get('closed');
  if (closed !== null) {
    // Any text fits the box, so a bad line is kept and explained at the field, not dropped.
    if (closed.length <= MAX_TEXT) state.closed = closed;
    else bad('closed');
  }

  for (const key of ['open', 'close'] as const) {
    const value = get(key);
    if (value === null) continue;
    if (TIME_PATTERN.test(value)) state[key] = value;
    else bad(key);
  }

  // made=2026-03-10~2026-03-16,2026-03-17 : each call, with the new date it got after "~".
  const made = get('made');
  if (made !== null && made !== '') {
    const entries = made.split(',');
    const parsed = entries.map((entry) => entry.split('~'));
    const valid =
      entries.length <= 3 &&
      // A row with only its new date filled in yet (date left blank) is kept, as typed.
      parsed.every(
        ([date, newDate, extra]) =>
          (isIsoDate(date) || (date === '' && isIsoDate(newDate))) && (newDate === undefined || isIsoDate(newDate)) && extra === undefined,
      );
    if (valid) state.calls = parsed.map(([date, newDate]) => ({ date, newDate: newDate ?? '' }));
    else bad('made');
  }

  return { state, ignored, present };
}

/** Writes the form to a URL query: only what differs from the defaults, plus the zone. */
export function stateToQuery(state: FormState): string {
  const params = new URLSearchParams();
  const defaults = defaultState(state.tz);
  if (state.interview) params.set('interview', state.interview);
  if (state.told !== 'none') params.set('told', state.told);
  if (state.told === 'date' && state.promised) params.set('promised', state.promised);
  if (state.keen) params.set('keen', '1');
  if (state.region) params.set('region', state.region);
  params.set('tz', state.tz);
  if (state.days.join('') !== defaults.days.join('')) params.set('days', state.days.join(''));
  if (state.closed.trim()) params.set('closed', state.closed.trim());
  if (state.open !== defaults.open) params.set('open', state.open);
  if (state.close !== defaults.close) params.set('close', state.close);
  if (state.third) params.set('calls', '3');
  if (state.email) params.set('email', '1');
  const made = state.calls
    .filter((call) => call.date || call.newDate)
    .map((call) => (call.newDate ? `${call.date}~${call.newDate}` : call.date))
    .join(',');
  if (made) params.set('made', made);
  return params.toString();
}

/**
 * Turns "by the end of the week" and friends into a date, counted from the interview.
 *
 * Choice: a "week" is a run of consecutive working days (Monday to Friday by default; Sunday
 * to Thursday for an office that works those days). "The end of the week" is the last day of
 * the run the interview falls in (or the next run, after a weekend interview); "next week" is
 * the last day of the run after that (after a weekend interview, of the coming run); "within two weeks" is 14 days after the interview.
 */
export function promisedFromTold(
  told: Told,
  interview: string,
  promised: string,
  workingDays: number[],
  closed: readonly IsoDate[] = [],
): string | undefined {
  if (told === 'date') return promised || undefined;
  if (told === 'none' || !isIsoDate(interview)) return undefined;
  if (told === 'two-weeks') return addDays(interview, 2 * WEEK_DAYS);
  const days = workingDays.length ? workingDays : DEFAULT_WORKING_DAYS;
  const shut = new Set(closed);
  const works = (date: IsoDate) => days.includes(isoWeekday(date));
  // The end of the run of working days starting on or after `from` (a 7-day week ends 6 days on).
  // Choice: a closed day (Christmas on a Friday) doesn't end the week early or split it, but the
  // week's last day is its last open day; a week closed throughout keeps its usual end.
  const endOfRun = (from: IsoDate) => {
    let date = from;
    for (let i = 0; i < WEEK_DAYS && !works(date); i += 1) date = addDays(date, 1);
    const start = date;
    for (let i = 0; i < WEEK_DAYS - 1 && works(addDays(date, 1)); i += 1) date = addDays(date, 1);
    let open = date;
    while (open > start && shut.has(open)) open = addDays(open, -1);
    return { end: date, open: shut.has(open) ? date : open };
  };
  const week = endOfRun(interview);
  // After a weekend interview, the coming week already is "next week".
  const named = told === 'next-week' && works(interview) ? endOfRun(addDays(week.end, 1)) : week;
  // The day they named is never before the interview.
  return named.open < interview ? interview : named.open;
}

/** An error on a form field that the rules module doesn't know about. */
export interface FormError {
  field: string;
  message: string;
}

/**
 * Builds the planner's input from the form. Problems only the form can have (a closed-days
 * line that isn't a date, a missing promised date) come back as errors on those fields.
 */
export function toPlanInput(state: FormState, today: IsoDate, holidays: IsoDate[]): { input: PlanInput; errors: FormError[] } {
  const errors: FormError[] = [];
  const list = parseDateList(state.closed);
  if (!list.ok) {
    errors.push({
      field: 'closedDates',
      message:
        list.reason === 'range'
          ? `“${list.entry}” is not a range we can use. Write the earlier date first, at most two months apart`
          : `“${list.entry}” is not a date. Write closed days like 2026-12-24, one a line`,
    });
  }
  if (state.told === 'date' && !state.promised) errors.push({ field: 'promisedDate', message: 'Enter the date they said you would hear back by' });
  if (!isTimeZone(state.tz)) errors.push({ field: 'tz', message: 'Choose the employer’s time zone' });
  const closedDates = [...(list.ok ? list.dates : []), ...holidays];
  const input: PlanInput = {
    interviewDate: state.interview,
    today,
    promisedDate: promisedFromTold(state.told, state.interview, state.promised, state.days, closedDates),
    // The choice shows only when someone named a day: a promise, or a new date on a call.
    keen: state.keen && (state.told !== 'none' || state.calls.some((call) => call.newDate !== '')),
    maxCalls: state.third ? MAX_CALLS_LIMIT : DEFAULT_MAX_CALLS,
    workingDays: state.days,
    closedDates,
    officeHours: { start: state.open, end: state.close },
    channel: state.email ? 'email' : 'phone',
    calls: state.calls.map((call) => (call.newDate ? { date: call.date, newDate: call.newDate } : { date: call.date })),
  };
  return { input, errors };
}

/** Where each error's link in the summary takes the focus. */
export function fieldId(field: string, told: Told): string {
  const call = /^calls\.(\d)\.(date|newDate)$/.exec(field);
  if (call) return `pl-${call[2] === 'date' ? 'call' : 'new'}-${call[1]}`;
  const ids: Record<string, string> = {
    interviewDate: 'pl-interview',
    today: 'pl-interview',
    input: 'pl-interview',
    promisedDate: told === 'date' ? 'pl-promised' : 'pl-told-none',
    keen: 'pl-keen',
    maxCalls: 'pl-third',
    channel: 'pl-email',
    workingDays: 'pl-day-1',
    closedDates: 'pl-closed',
    'officeHours.start': 'pl-open',
    'officeHours.end': 'pl-close',
    calls: 'pl-call-0',
    tz: 'pl-tz',
    region: 'pl-region',
  };
  return ids[field] ?? 'pl-interview';
}

/** Fields inside the folded "More settings" section, which must open to show an error. */
export function isAdvancedField(field: string): boolean {
  return /^(workingDays|closedDates|officeHours|calls|maxCalls|channel)/.test(field);
}
