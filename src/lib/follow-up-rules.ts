/**
 * The follow-up rules' numbers, in one place (shared/domain-facts.md, rules H1–H14). The
 * planner, the script generator and the forms import them; nothing else writes them down.
 */

/** H2, H6, H7 and F11: a week, in calendar days. */
export const WEEK_DAYS = 7;

/** H3 (E2): the grace after a named date, in working days. */
export const GRACE_WORKING_DAYS = 2;

/** H6 (S4): two calls by default. */
export const DEFAULT_MAX_CALLS = 2;

/** H6 (S3): the user may allow a third call, never more. */
export const MAX_CALLS_LIMIT = 3;

/** H12: front-desk calls don't count, so the list of calls made may hold that many again beside the attempts. */
export const MAX_CALL_RECORDS = 2 * MAX_CALLS_LIMIT;

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const MONDAY = 1;

/** A working day is Monday to Friday unless the user says otherwise. */
export const DEFAULT_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];

export interface OfficeHours {
  /** Wall-clock 'HH:mm' in the employer's time zone. */
  start: string;
  end: string;
}

/** Choice: office hours when the user gives none. */
export const DEFAULT_OFFICE_HOURS: Readonly<OfficeHours> = { start: '09:00', end: '17:00' };

/** H5: the after-lunch call window, clipped to office hours. */
export const AFTER_LUNCH: Readonly<OfficeHours> = { start: '13:30', end: '15:00' };

/** H5: the last working hour, in minutes. */
export const LAST_HOUR_MINUTES = 60;

/** Choice: a call window shorter than this is dropped. */
export const MIN_WINDOW_MINUTES = 30;

/** A wall-clock time, 'HH:mm' on a 24-hour clock. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for an 'HH:mm' time, or NaN. */
export function minutesOf(time: string): number {
  const match = TIME_PATTERN.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}
