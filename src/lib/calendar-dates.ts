/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, with arithmetic that never touches the
 * machine's time zone.
 *
 * Why not `Date` or date-fns directly: `new Date('2026-03-08')` is UTC midnight, which is
 * still 7 March in Los Angeles, and adding "one day" of milliseconds across a daylight-saving
 * change lands on the wrong date in some zones (Lord Howe shifts by half an hour). A calendar
 * date has no time zone, so here every date becomes a plain day count since 1970-01-01
 * (computed with `Date.UTC`, which is zone-free) and back.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The earliest and latest years accepted anywhere: far outside any real job search. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** Splits a strict `YYYY-MM-DD` string of a real calendar date, or returns null. */
export function parseIsoDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Days since 1970-01-01 for a valid ISO date (callers validate first). */
export function toDayNumber(iso: IsoDate): number {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not a calendar date: ${String(iso)}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const dayNumber = toDayNumber(iso);
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The same calendar day `years` later; 29 February falls back to 28 February. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not a calendar date: ${String(iso)}`);
  const year = parts.year + years;
  const day = Math.min(parts.day, daysInMonth(year, parts.month));
  return `${pad(year, 4)}-${pad(parts.month)}-${pad(day)}`;
}

/** ISO strings of 4-digit years sort as dates. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * Formats a calendar date with `Intl.DateTimeFormat`, pinned to UTC so the machine's zone
 * can't shift the day. The default style reads "Tue, Mar 10".
 */
export function formatDate(
  iso: IsoDate,
  options: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' },
  locale = 'en-US',
): string {
  const parts = parseIsoDate(iso);
  if (!parts) return String(iso);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12)),
  );
}

/** "Tuesday, March 10, 2026" */
export function formatLongDate(iso: IsoDate, locale = 'en-US'): string {
  return formatDate(iso, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }, locale);
}

/**
 * Reads a list of dates typed by a person: ISO dates separated by commas, semicolons or
 * new lines, and ranges written `2026-12-24 to 2027-01-01` (or with "–"/"--"). Returns the
 * dates, sorted and without repeats, or the first entry that isn't a date. Ranges are capped
 * so a typo in a year can't produce thousands of days.
 */
export function parseDateList(
  text: string,
  maxRangeDays = 62,
): { ok: true; dates: IsoDate[] } | { ok: false; entry: string; reason: 'date' | 'range' } {
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
