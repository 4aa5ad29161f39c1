/**
 * Date arithmetic on ISO calendar dates, done by date-fns on UTC dates (see iso.ts for why).
 * Every function takes and returns `IsoDate`s or whole numbers.
 */
import { addDays as addDaysFns } from 'date-fns/addDays';
import { addYears as addYearsFns } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getISODay } from 'date-fns/getISODay';
import { fromUtcDate, toUtcDate, type IsoDate } from './iso';

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcDate(addDaysFns(toUtcDate(iso), days));
}

/**
 * The same calendar day `years` later (or earlier, for a negative number). 29 February
 * becomes 28 February in a year without one: date-fns keeps the month and takes its last day.
 */
export function addYears(iso: IsoDate, years: number): IsoDate {
  return fromUtcDate(addYearsFns(toUtcDate(iso), years));
}

/**
 * "A year before" a date, the one way the site counts it (H11: an interview "more than a year
 * ago"). Seen on 2028-02-29, a year before is 2027-02-28, so an interview on 2027-02-28 is
 * still within the year, in the planner and in the scripts alike.
 */
export function yearBefore(iso: IsoDate): IsoDate {
  return addYears(iso, -1);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  return getISODay(toUtcDate(iso));
}

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
