/**
 * ISO `YYYY-MM-DD` calendar dates: the one parser and the one year range of the site.
 *
 * A calendar date has no time zone. `new Date('2026-03-08')` is UTC midnight, which is still
 * 7 March in Los Angeles, and `new Date(2026, 2, 8)` is local midnight, which some zones skip
 * on a clock change. So every date here becomes a `Date` whose getters and setters all work in
 * UTC (those of `@date-fns/utc`'s `UTCDateMini`), which date-fns functions then keep using.
 * No machine time zone can move a date.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { constructFromSymbol } from 'date-fns/constants';

/**
 * UTCDateMini's UTC getters and setters, and a way for date-fns to make more such dates.
 *
 * Choice: dates get this prototype rather than being made with `new UTCDateMini()`. A
 * replaced global `Date` (the fake clocks of Playwright and Sinon, whose constructor returns
 * a native `Date`) would hand back a date without UTCDateMini's methods, silently local again.
 */
const UTC_DATE: object = Object.create(UTCDateMini.prototype, {
  [constructFromSymbol]: {
    value: (value: Date | number | string) => utcDate(+new Date(value)),
  },
});

/** A `Date` at `time` (milliseconds since 1970) that reads and writes its fields in UTC. */
export function utcDate(time: number): Date {
  return Object.setPrototypeOf(new Date(time), UTC_DATE) as Date;
}

/**
 * An ISO calendar date. A template-literal type: a literal like `'2026-03-10'` fits, a plain
 * `string` does not, so text from a form or a URL must pass `isIsoDate` (or `parseIsoDate`)
 * before any date arithmetic takes it.
 */
export type IsoDate = `${number}-${number}-${number}`;

/** The earliest and latest years accepted anywhere on the site: far outside any real job search. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export interface DateParts {
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a well-formed `YYYY-MM-DD` string of a real calendar date, in any 4-digit year. */
function splitIso(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  // A day that doesn't exist (31 April, 29 February 2027) rolls over into the next month.
  const date = utcDate(0);
  date.setFullYear(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return { year, month, day };
}

/** Splits a strict `YYYY-MM-DD` string of a real calendar date in the site's years, or returns null. */
export function parseIsoDate(value: unknown): DateParts | null {
  const parts = splitIso(value);
  return parts && parts.year >= MIN_YEAR && parts.year <= MAX_YEAR ? parts : null;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

/**
 * The date as a UTC `Date` for date-fns. Arithmetic near the ends of the year range may step
 * outside it, so any 4-digit year is read here; what a person may enter is `parseIsoDate`'s call.
 */
export function toUtcDate(iso: IsoDate): Date {
  const parts = splitIso(iso);
  if (!parts) throw new RangeError(`Not a calendar date: ${String(iso)}`);
  const date = utcDate(0);
  date.setFullYear(parts.year, parts.month - 1, parts.day);
  return date;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The calendar date of a UTC `Date` (or a `UTCDateMini`), as ISO. */
export function fromUtcDate(date: Date): IsoDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` as IsoDate;
}
