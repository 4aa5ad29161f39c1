/**
 * Lists of calendar dates typed by a person (the planner's closed days).
 *
 * The date arithmetic itself lives in the date core, `src/lib/dates/`, for the reasons that
 * matter here too: a calendar date has no time zone, and `new Date('2026-03-08')` is UTC
 * midnight, which is still 7 March in Los Angeles, while adding "one day" of milliseconds
 * across a daylight-saving change lands on the wrong date in some zones (Lord Howe shifts by
 * half an hour). So no date here is ever read as local time: the core parses ISO strings
 * itself and does its arithmetic with date-fns on UTC dates.
 */
import { addDays, daysBetween } from './dates/arithmetic';
import { isIsoDate, type IsoDate } from './dates/iso';

/** Choice: a range is capped so a typo in a year can't produce thousands of days. */
export const MAX_RANGE_DAYS = 62;

export type DateListResult = { ok: true; dates: IsoDate[] } | { ok: false; entry: string; reason: 'date' | 'range' };

/**
 * Reads a list of dates typed by a person: ISO dates separated by commas, semicolons or
 * new lines, and ranges written `2026-12-24 to 2027-01-01` (or with "–"/"--"). Returns the
 * dates, sorted and without repeats, or the first entry that isn't a date.
 */
export function parseDateList(text: string, maxRangeDays = MAX_RANGE_DAYS): DateListResult {
  const dates = new Set<IsoDate>();
  const entries = String(text ?? '')
    .split(/[\n,;]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const range = /^(\S+)\s*(?:to|–|—|--|\.\.)\s*(\S+)$/i.exec(entry);
    if (range) {
      const [, from, to] = range;
      if (!isIsoDate(from) || !isIsoDate(to)) return { ok: false, entry, reason: 'date' };
      const length = daysBetween(from, to);
      if (length < 0 || length > maxRangeDays) return { ok: false, entry, reason: 'range' };
      for (let i = 0; i <= length; i += 1) dates.add(addDays(from, i));
    } else if (isIsoDate(entry)) {
      dates.add(entry);
    } else {
      return { ok: false, entry, reason: 'date' };
    }
  }
  return { ok: true, dates: [...dates].sort() };
}
