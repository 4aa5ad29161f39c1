/**
 * The two pieces of the planner's form logic the board needs: turning "by the end of the
 * week" and friends into a date, and the planner's link for an application.
 *
 * Choice: these repeat src/lib/planner-state.ts (`promisedFromTold`, `stateToQuery`) for the
 * board's fixed Monday-to-Friday week instead of importing it. Importing it split that module
 * out of the planner's own chunk, and the extra request put the planner's pages over their
 * 16 KB budget. tests/unit/follow-ups-planner.test.ts checks both against the planner's own
 * functions over generated input, so the copies can't drift apart unnoticed.
 */
import { addDays, isoWeekday } from './dates/arithmetic';
import type { IsoDate } from './dates/iso';
import { WEEK_DAYS } from './follow-up-rules';
import type { Application, HistoryEntry } from './follow-ups-model';
import type { Told } from './planner-state';

const works = (date: IsoDate) => isoWeekday(date) <= 5;

/** The last open day of the Monday-to-Friday week that starts on or after `from`. */
function endOfWeek(from: IsoDate, shut: Set<string>): { end: IsoDate; open: IsoDate } {
  let date = from;
  for (let i = 0; i < WEEK_DAYS && !works(date); i += 1) date = addDays(date, 1);
  const start = date;
  for (let i = 0; i < WEEK_DAYS - 1 && works(addDays(date, 1)); i += 1) date = addDays(date, 1);
  let open = date;
  while (open > start && shut.has(open)) open = addDays(open, -1);
  return { end: date, open: shut.has(open) ? date : open };
}

/** The date they said you'd hear back by, counted from the interview (the planner's reading). */
export function promisedDate(told: Told, interview: IsoDate, promised: string, closed: readonly IsoDate[]): IsoDate | undefined {
  if (told === 'date') return (promised || undefined) as IsoDate | undefined;
  if (told === 'none') return undefined;
  if (told === 'two-weeks') return addDays(interview, 2 * WEEK_DAYS);
  const shut = new Set<string>(closed);
  const week = endOfWeek(interview, shut);
  // After a weekend interview, the coming week already is "next week".
  const named = told === 'next-week' && works(interview) ? endOfWeek(addDays(week.end, 1), shut) : week;
  return named.open < interview ? interview : named.open;
}

/** H13 and H14 as the planner's one question ("how have they been in touch?"). */
export function plannerTouch(app: Application): Application['channel'] {
  return app.arrangedBy === 'agency' && app.channel === '' ? 'agency' : app.channel;
}

/** One logged call in the planner's `made` list: date~newDate~flags (b call-back, v voicemail, f front desk). */
function madeEntry(call: HistoryEntry): string {
  const reached = call.kind === 'call' && (call.outcome === 'voicemail' || call.outcome === 'front-desk') ? call.outcome : 'contact';
  const flags = `${call.newDate && call.newDateKind === 'call-back' ? 'b' : ''}${reached === 'voicemail' ? 'v' : reached === 'front-desk' ? 'f' : ''}`;
  const newDate = call.newDate ?? '';
  return flags ? `${call.date}~${newDate}~${flags}` : newDate ? `${call.date}~${newDate}` : call.date;
}

/** The planner's address for an application: its latest round, promise, region, zone, channel and calls. */
export function plannerQuery(app: Application, interview: IsoDate, calls: HistoryEntry[]): string {
  const params = new URLSearchParams();
  params.set('interview', interview);
  if (app.told !== 'none') params.set('told', app.told);
  if (app.told === 'date' && app.promised) params.set('promised', app.promised);
  if (app.region) params.set('region', app.region);
  params.set('tz', app.tz);
  const touch = plannerTouch(app);
  if (touch) params.set('contact', touch);
  const made = calls.map(madeEntry).join(',');
  if (made) params.set('made', made);
  return params.toString();
}
