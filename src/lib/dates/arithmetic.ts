/**
 * Date arithmetic on ISO calendar dates, done by date-fns on UTC dates (see iso.ts for why).
 * Every function takes and returns `IsoDate`s or whole numbers. Years are in years.ts, day
 * numbers and weeks in day-numbers.ts: separate modules, so a page whose first load needs
 * only these few doesn't carry the others (a module reached by two islands is shipped whole).
 */
import { addDays as addDaysFns } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getISODay } from 'date-fns/getISODay';
import { fromUtcDate, toUtcDate, type IsoDate } from './iso';

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcDate(addDaysFns(toUtcDate(iso), days));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  return getISODay(toUtcDate(iso));
}
