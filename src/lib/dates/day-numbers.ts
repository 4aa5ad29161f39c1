/** Day numbers (days since 1970-01-01) and Monday-to-Sunday weeks, for searches over many days. */
import { addDays, daysBetween } from './arithmetic';
import type { IsoDate } from './iso';

/** ISO strings of 4-digit years sort as dates. */
export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const EPOCH: IsoDate = '1970-01-01';

/**
 * Days since 1970-01-01. Searches over many days (the planner looks up to three years ahead
 * for a call day) step on these numbers rather than re-reading ISO strings each day.
 */
export function toDayNumber(iso: IsoDate): number {
  return daysBetween(EPOCH, iso);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return addDays(EPOCH, dayNumber);
}

/** ISO weekday of a day number (1970-01-01 was a Thursday, ISO 4). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week of a day number. */
function mondayOf(dayNumber: number): number {
  return dayNumber - weekdayOfDayNumber(dayNumber) + 1;
}

/**
 * Monday-to-Sunday weeks from `from`'s week to `to`'s week: 0 in the same week, 1 for the next.
 * Choice: counted on day numbers rather than with date-fns' `differenceInCalendarISOWeeks`,
 * which brings its week-start options along: about 150 bytes on the script page's budget.
 */
export function isoWeeksBetween(from: IsoDate, to: IsoDate): number {
  return (mondayOf(toDayNumber(to)) - mondayOf(toDayNumber(from))) / 7;
}
