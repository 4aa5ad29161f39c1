/**
 * The planner form's state: what the person typed (kept as typed, so nothing is lost on an
 * error) and how it lives in the URL query. planner-input.ts turns it into a `PlanInput`.
 * Pure: the island passes in the browser's time zone.
 */
import { addDays, isoWeekday } from './dates/arithmetic';
import { isIsoDate, type IsoDate } from './dates/iso';
import { DEFAULT_OFFICE_HOURS, DEFAULT_WORKING_DAYS, MAX_CALL_RECORDS, TIME_PATTERN, WEEK_DAYS } from './follow-up-rules';
import type { NewDateKind, Reached } from './plan-types';
import { isTimeZone } from './zoned-time';
import { regionByCode } from '../data/regions';

/** What they said about hearing back. */
export type Told = 'none' | 'date' | 'end-of-week' | 'next-week' | 'two-weeks';
export const TOLD: readonly Told[] = ['none', 'date', 'end-of-week', 'next-week', 'two-weeks'];

/** H13: how they have been in touch; '' until answered (no answer is pre-selected). */
export type Touch = '' | 'phone' | 'email' | 'no-calls' | 'agency';
export const TOUCH: readonly Touch[] = ['phone', 'email', 'no-calls', 'agency'];

/** A call you made, as typed. `kind` and `reached` hold their defaults (H8 decide-by, H12 contact) until changed. */
export interface MadeCall {
  date: string;
  newDate: string;
  kind: NewDateKind;
  reached: Reached;
}

export const newCall = (): MadeCall => ({ date: '', newDate: '', kind: 'decide-by', reached: 'contact' });

/** An email-only plan (H13): they only ever emailed, or asked not to be called. */
export const isEmailOnly = (touch: Touch) => touch === 'email' || touch === 'no-calls';

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
  touch: Touch;
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
    touch: '',
    calls: [],
  };
}

const MAX_TEXT = 2000;

type Read = <K extends keyof FormState>(key: string, field: K, parse: (value: string) => FormState[K] | undefined) => void;

/** Reads one parameter into one field; a value `parse` refuses leaves the default and names the parameter. */
function paramReader(params: URLSearchParams, state: FormState, ignored: string[]): Read {
  return (key, field, parse) => {
    const value = params.get(key);
    if (value === null) return;
    const parsed = parse(value);
    if (parsed === undefined) ignored.push(key);
    else state[field] = parsed;
  };
}

const dateParam = (value: string) => (isIsoDate(value) ? value : undefined);
const timeParam = (value: string) => (TIME_PATTERN.test(value) ? value : undefined);
const flagParam = (value: string) => (value === '1' || value === '0' ? value === '1' : undefined);

/**
 * Reads the form from a URL query. Anything malformed is left at its default and its
 * parameter named in `ignored`; `present` says whether the link carried a plan at all.
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
  const read = paramReader(params, state, ignored);
  read('interview', 'interview', dateParam);
  read('promised', 'promised', dateParam);
  read('told', 'told', (value) => ((TOLD as readonly string[]).includes(value) ? (value as Told) : undefined));
  if (!params.has('told') && state.promised) state.told = 'date';
  read('keen', 'keen', flagParam);
  readTouch(params, state, (key) => ignored.push(key));
  read('calls', 'third', (value) => (value === '2' || value === '3' ? value === '3' : undefined));
  read('region', 'region', (value) => (value === '' || regionByCode(value) ? value : undefined));
  read('tz', 'tz', (value) => (isTimeZone(value) ? value : undefined));
  read('days', 'days', (value) => (/^[1-7]{1,7}$/.test(value) ? [...new Set(value.split('').map(Number))].sort() : undefined));
  // Any text fits the box, so a bad line is kept and explained at the field, not dropped.
  read('closed', 'closed', (value) => (value.length <= MAX_TEXT ? value : undefined));
  read('open', 'open', timeParam);
  read('close', 'close', timeParam);
  if (params.get('made') !== '') read('made', 'calls', (value) => readMade(value) ?? undefined);
  return { state, ignored, present: params.has('interview') || params.has('promised') };
}

/** contact=phone|email|no-calls|agency (H13). Links made before it carry email=1 for "they asked me not to call". */
function readTouch(params: URLSearchParams, state: FormState, bad: (key: string) => void) {
  const touch = params.get('contact');
  const email = params.get('email');
  if (touch !== null) {
    if ((TOUCH as readonly string[]).includes(touch)) state.touch = touch as Touch;
    else bad('contact');
  } else if (email !== null) {
    if (email === '1' || email === '0') state.touch = email === '1' ? 'no-calls' : '';
    else bad('email');
  }
}

// made=2026-03-10~2026-03-16~b,2026-03-17~~f : each call, the new date it got after "~", and
// after a second "~" its flags: b = a call-back day (H8), v = a voicemail, f = only the front
// desk (H12). Links made before the flags have none: decide-by days and calls that reached the contact.
const FLAGS = /^b?[vf]?$/;

function readMade(made: string): MadeCall[] | null {
  const parsed = made.split(',').map((entry) => entry.split('~'));
  const valid =
    parsed.length <= MAX_CALL_RECORDS &&
    // A row with only its new date filled in yet (date left blank) is kept, as typed.
    parsed.every(
      ([date, newDate = '', flags = '', extra]) =>
        (isIsoDate(date) || (date === '' && isIsoDate(newDate))) && (newDate === '' || isIsoDate(newDate)) && FLAGS.test(flags) && extra === undefined,
    );
  if (!valid) return null;
  return parsed.map(([date, newDate = '', flags = '']) => ({
    date,
    newDate,
    kind: flags.includes('b') ? 'call-back' : 'decide-by',
    reached: flags.includes('v') ? 'voicemail' : flags.includes('f') ? 'front-desk' : 'contact',
  }));
}

function writeMade(calls: MadeCall[]): string {
  return calls
    .filter((call) => call.date || call.newDate)
    .map((call) => {
      const flags = `${call.kind === 'call-back' ? 'b' : ''}${call.reached === 'voicemail' ? 'v' : call.reached === 'front-desk' ? 'f' : ''}`;
      return flags ? `${call.date}~${call.newDate}~${flags}` : call.newDate ? `${call.date}~${call.newDate}` : call.date;
    })
    .join(',');
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
  if (state.touch) params.set('contact', state.touch);
  const made = writeMade(state.calls);
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
