/**
 * Dates in words, by `Intl.DateTimeFormat` for a locale the caller passes in (the tool's
 * message module names it). Pinned to UTC at noon, so the machine's zone can't shift the day.
 */
import { parseIsoDate } from './iso';

export const SHORT_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };
export const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' };

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and options, pinned to UTC: building one is slow, and lists format many dates. */
export function utcFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** A calendar date in words, "Tue, Mar 10" by default (in `en-US`). Text that isn't a date comes back as it is. */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = SHORT_DATE): string {
  const parts = parseIsoDate(iso);
  if (!parts) return String(iso);
  return utcFormat(locale, options).format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12)));
}

/** "Tuesday, March 10, 2026" in `en-US`. */
export function formatLongDate(iso: string, locale: string): string {
  return formatDate(iso, locale, LONG_DATE);
}
