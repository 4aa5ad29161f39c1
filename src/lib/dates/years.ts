/** Adding years to ISO calendar dates, by date-fns on UTC dates (see iso.ts). */
import { addYears as addYearsFns } from 'date-fns/addYears';
import { fromUtcDate, toUtcDate, type IsoDate } from './iso';

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
