/**
 * Wall-clock times in a named time zone (IANA), with Intl only: no time-zone database is
 * bundled. The planner's dates and call windows are the employer's; these helpers find
 * "today" over there and show a window in the user's own zone too.
 */
import { parseIsoDate, type IsoDate } from './dates/iso';
import { TIME_PATTERN } from './follow-up-rules';
import { utcFormat } from './dates/format';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // Choice: a fixed locale with Latin digits, only to read the numbers back (never shown).
    format = new Intl.DateTimeFormat('en', {
      numberingSystem: 'latn',
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > 64) return false;
  try {
    formatIn(value);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date and wall-clock time of an instant in a zone. */
export function wallClock(instant: number, timeZone: string): { date: IsoDate; time: string; seconds: number } {
  const parts: Record<string, string> = {};
  for (const part of formatIn(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}` as IsoDate,
    time: `${parts.hour}:${parts.minute}`,
    seconds: Number(parts.second),
  };
}

/** Today's date in a zone, for a given "now" (the caller reads the clock). */
export function todayIn(timeZone: string, now: number): IsoDate {
  return wallClock(now, timeZone).date;
}

function offsetAt(instant: number, timeZone: string): number {
  const { date, time, seconds } = wallClock(instant, timeZone);
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, h, min, seconds) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant when it is `time` on `date` in a zone. Near a clock change, a time that
 * doesn't exist (the skipped hour) resolves to the instant just after the gap, and a time
 * that happens twice to its first occurrence.
 */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): number {
  const parts = parseIsoDate(date);
  if (!parts || !TIME_PATTERN.test(time)) return Number.NaN;
  const [h, min] = time.split(':').map(Number);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, h, min);
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  if (first === second) return first;
  // Two candidates: the earlier one that really shows the wanted time wins (repeated hour);
  // if neither does (skipped hour), take the later one.
  const shows = (instant: number) => wallClock(instant, timeZone).time === time && wallClock(instant, timeZone).date === date;
  const [early, late] = first < second ? [first, second] : [second, first];
  if (shows(early)) return early;
  if (shows(late)) return late;
  return late;
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** "1:30 PM" (in `en-US`), from a wall-clock "HH:mm". */
export function formatClock(time: string, locale: string): string {
  const [h, m] = time.split(':').map(Number);
  return utcFormat(locale, CLOCK).format(new Date(Date.UTC(2000, 0, 1, h, m)));
}
