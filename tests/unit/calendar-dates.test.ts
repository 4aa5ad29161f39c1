import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDateList } from '../../src/lib/calendar-dates';
import {
  addDays,
  addYears,
  daysBetween,
  formatDate,
  formatLongDate,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  toDayNumber,
  type IsoDate,
} from '../../src/lib/dates';

// These run under several TZ values (scripts/unit-all-tz.mjs): none of them may depend on
// the machine's zone.
/** The machine's local Date for some hour of this calendar day, or null if the zone skipped it. */
function localHourOf(iso: string): Date | null {
  const [y, m, d] = iso.split('-').map(Number);
  for (let hour = 12; hour < 36; hour++) {
    const local = new Date(y, m - 1, d, hour % 24);
    if (local.getFullYear() === y && local.getMonth() === m - 1 && local.getDate() === d) return local;
  }
  return null;
}
const localDayExists = (iso: string) => localHourOf(iso) !== null;
const localWeekday = (iso: string) => {
  const local = localHourOf(iso);
  return local ? local.getDay() || 7 : null;
};

describe(`calendar dates (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('runs in the time zone it was asked to', () => {
    // Guards the multi-zone run (scripts/unit-all-tz.mjs): a TZ the runtime ignored would
    // make those runs prove nothing.
    // Compared through Intl on both sides, which spells aliases alike (Asia/Katmandu).
    const zone = process.env.TZ;
    if (zone) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone);
  });

  it.each([
    ['2026-03-03', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-3-3', false],
    ['20260303', false],
    ['2026-03-03T00:00', false],
    ['', false],
    [' 2026-03-03', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    // Across the daylight-saving changes of the zones the tests run in.
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-04-04', 1, '2026-04-05'],
    ['2026-10-03', 2, '2026-10-05'],
    ['2026-10-31', 2, '2026-11-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-10', -7, '2026-03-03'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('addDays(%s, %i) is %s', (from, days, expected) => {
    expect(addDays(from as IsoDate, days)).toBe(expected);
  });

  it.each([
    ['2026-03-02', 1],
    ['2026-03-03', 2],
    ['2026-03-08', 7],
    ['2026-10-04', 7],
    ['2027-01-01', 5],
    ['2028-02-29', 2],
    ['1970-01-01', 4],
  ])('isoWeekday(%s) is %i', (date, weekday) => {
    expect(isoWeekday(date as IsoDate)).toBe(weekday);
  });

  it('adds years, with 29 February falling back to the 28th', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2026-03-10', -1)).toBe('2025-03-10');
  });

  it('formats with Intl on the calendar day, whatever the zone', () => {
    expect(formatDate('2026-03-10', 'en-US')).toBe('Tue, Mar 10');
    expect(formatLongDate('2026-03-08', 'en-US')).toBe('Sunday, March 8, 2026');
  });

  it('reads a typed list of dates and ranges', () => {
    expect(parseDateList('2026-12-24\n2026-12-31, 2026-12-24')).toEqual({ ok: true, dates: ['2026-12-24', '2026-12-31'] });
    expect(parseDateList('2026-12-30 to 2027-01-02')).toEqual({
      ok: true,
      dates: ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'],
    });
    expect(parseDateList('')).toEqual({ ok: true, dates: [] });
    expect(parseDateList('2026-12-24; next friday')).toEqual({ ok: false, entry: 'next friday', reason: 'date' });
    expect(parseDateList('2026-12-30 to 2026-12-01')).toMatchObject({ ok: false, reason: 'range' });
    expect(parseDateList('2026-01-01 to 2027-01-01')).toMatchObject({ ok: false, reason: 'range' });
  });

  // Zone-free arithmetic must agree with the machine's local calendar on every day that
  // exists there. Some zones skipped whole days: Kiritimati jumped from 30 December 1994 to
  // 1 January 1995 (UTC-10 to UTC+14), and Samoa skipped 30 December 2011. fast-check found
  // the Kiritimati gap in CI; these dates stay valid calendar dates for the site either way.
  it('agrees with the local calendar, and knows the days some zones skipped', () => {
    for (const iso of ['1994-12-30', '1994-12-31', '1995-01-01', '2011-12-29', '2011-12-30', '2011-12-31']) {
      expect(isIsoDate(iso)).toBe(true);
      expect(localWeekday(iso)).toBe(localDayExists(iso) ? isoWeekday(iso as IsoDate) : null);
    }
    expect(isoWeekday('1994-12-31')).toBe(6);
    expect(isoWeekday('2011-12-30')).toBe(5);
    if (process.env.TZ === 'Pacific/Kiritimati') expect(localDayExists('1994-12-31')).toBe(false);
    if (process.env.TZ === 'UTC') expect(localDayExists('1994-12-31')).toBe(true);
  });

  it('round-trips every day and steps weekdays one by one (property)', () => {
    const day = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2150-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (n, delta) => {
        const iso = fromDayNumber(n);
        expect(isIsoDate(iso)).toBe(true);
        expect(toDayNumber(iso)).toBe(n);
        const later = addDays(iso, delta);
        expect(daysBetween(iso, later)).toBe(delta);
        expect(isoWeekday(later)).toBe(((((isoWeekday(iso) - 1 + delta) % 7) + 7) % 7) + 1);
        expect(localWeekday(iso)).toBe(localDayExists(iso) ? isoWeekday(iso as IsoDate) : null);
      }),
      { numRuns: 3000 },
    );
  });
});
