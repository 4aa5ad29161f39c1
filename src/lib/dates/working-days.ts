/**
 * Steps over working days, on day numbers (see `toDayNumber`). A working day is one of the
 * office's ISO weekdays that is not a closed day; the caller says which those are.
 */
import { addDays } from './arithmetic';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from './day-numbers';
import type { IsoDate } from './iso';

export interface WorkWeek {
  /** ISO weekdays the office works, 1 = Monday … 7 = Sunday. */
  workingDays: ReadonlySet<number>;
  /** Closed days (holidays), as day numbers. */
  closed: ReadonlySet<number>;
}

/** Choice: searching further than about three years for a day means the settings leave none. */
export const SEARCH_LIMIT_DAYS = 3 * 366;

export function isWorkingDayNumber(week: WorkWeek, day: number): boolean {
  return week.workingDays.has(weekdayOfDayNumber(day)) && !week.closed.has(day);
}

/** The first day on or after `from` that `accept` allows, within the search limit, or null. */
export function firstDayFrom(from: IsoDate, accept: (day: number) => boolean): IsoDate | null {
  const start = toDayNumber(from);
  for (let day = start; day <= start + SEARCH_LIMIT_DAYS; day += 1) {
    if (accept(day)) return fromDayNumber(day);
  }
  return null;
}

/** The n-th working day strictly after `date` (n ≥ 1), or null if the week has none. */
export function nthWorkingDayAfter(week: WorkWeek, date: IsoDate, n: number): IsoDate | null {
  let count = 0;
  return firstDayFrom(addDays(date, 1), (day) => isWorkingDayNumber(week, day) && (count += 1) === n);
}

