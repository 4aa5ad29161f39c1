import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addYears,
  daysBetween,
  firstDayFrom,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  isoWeeksBetween,
  MAX_YEAR,
  MIN_YEAR,
  nthWorkingDayAfter,
  parseIsoDate,
  toDayNumber,
  weekdayOfDayNumber,
  yearBefore,
  type IsoDate,
  type WorkWeek,
} from '../../src/lib/dates';
import { planFollowUp } from '../../src/lib/follow-up-plan';
import { checkScriptDates } from '../../src/lib/follow-up-scripts';

// The date core. Runs again under six time zones (scripts/unit-all-tz.mjs).
const MON_FRI: WorkWeek = { workingDays: new Set([1, 2, 3, 4, 5]), closed: new Set() };

const isoDate = fc
  .integer({ min: toDayNumber(`${MIN_YEAR + 2}-01-01`), max: toDayNumber(`${MAX_YEAR - 2}-12-31`) })
  .map((day) => fromDayNumber(day));

describe(`date core (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    [`${MIN_YEAR}-01-01`, true],
    [`${MIN_YEAR - 1}-12-31`, false],
    [`${MAX_YEAR}-12-31`, true],
    [`${MAX_YEAR + 1}-01-01`, false],
    ['0202-11-24', false],
    ['9999-12-31', false],
    ['2027-02-29', false],
    ['2028-02-29', true],
    ['2026-04-31', false],
  ])('one year range for the whole site: %s is a date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
    expect(parseIsoDate(value) !== null).toBe(expected);
  });

  it('splits a date into its parts, and refuses anything but a strict ISO string', () => {
    expect(parseIsoDate('2026-03-10')).toEqual({ year: 2026, month: 3, day: 10 });
    for (const value of [undefined, null, 20260310, new Date(0), '2026-03-10 ', '2026-03-10T12:00']) expect(parseIsoDate(value)).toBeNull();
  });

  it.each([
    // The case: an interview on 2027-02-28, seen on 2028-02-29.
    ['2028-02-29', '2027-02-28'],
    ['2028-03-01', '2027-03-01'],
    ['2026-03-10', '2025-03-10'],
    ['2025-02-28', '2024-02-28'],
  ])('a year before %s is %s', (today, expected) => {
    expect(yearBefore(today as IsoDate)).toBe(expected);
  });

  it('gives planner and scripts one answer for an interview on 2027-02-28 seen on 2028-02-29', () => {
    const plan = planFollowUp({ interviewDate: '2027-02-28', today: '2028-02-29' });
    expect(plan.ok).toBe(true);
    expect(checkScriptDates({ interviewDate: '2027-02-28' }, '2028-02-29')).toEqual([]);
    // A day earlier is more than a year ago for both.
    const older = planFollowUp({ interviewDate: '2027-02-27', today: '2028-02-29' });
    expect(older.ok).toBe(false);
    expect(checkScriptDates({ interviewDate: '2027-02-27' }, '2028-02-29').map((note) => note.problem)).toEqual(['interview-old']);
  });

  it.each([
    ['2026-03-10', '2026-03-15', 0],
    ['2026-03-10', '2026-03-16', 1],
    ['2026-03-16', '2026-03-09', -1],
    ['2026-12-30', '2027-01-03', 0],
    ['2026-12-30', '2027-01-04', 1],
  ])('isoWeeksBetween(%s, %s) is %i (weeks run Monday to Sunday)', (from, to, weeks) => {
    expect(isoWeeksBetween(from as IsoDate, to as IsoDate)).toBe(weeks);
  });

  it.each([
    // Tuesday + 2 working days = Thursday; Friday + 2 = Tuesday; Thursday + 2 over a closed Friday.
    ['2026-03-03', 2, [], '2026-03-05'],
    ['2026-03-06', 2, [], '2026-03-10'],
    ['2026-03-05', 2, ['2026-03-06'], '2026-03-10'],
    ['2026-03-07', 1, [], '2026-03-09'],
  ])('nthWorkingDayAfter(%s, %i), closed %j, is %s', (from, n, closed, expected) => {
    const week: WorkWeek = { ...MON_FRI, closed: new Set((closed as IsoDate[]).map(toDayNumber)) };
    expect(nthWorkingDayAfter(week, from as IsoDate, n as number)).toBe(expected);
  });

  it('finds no working day in a week with none, and stops searching', () => {
    expect(nthWorkingDayAfter({ workingDays: new Set(), closed: new Set() }, '2026-03-03', 1)).toBeNull();
    expect(firstDayFrom('2026-03-03', () => false)).toBeNull();
    expect(firstDayFrom('2026-03-03', (day) => weekdayOfDayNumber(day) === 1)).toBe('2026-03-09');
  });

  it('adds days and counts them back, the same in every zone (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (date, days) => {
        const later = addDays(date, days);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(days);
        expect(isoWeekday(later)).toBe(weekdayOfDayNumber(toDayNumber(date) + days));
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
      { numRuns: 500 },
    );
  });

  it('puts a year before on the same month and day, or 28 February for 29 February (property)', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const before = yearBefore(date);
        expect(before).toBe(addYears(date, -1));
        expect(Number(before.slice(0, 4))).toBe(Number(date.slice(0, 4)) - 1);
        expect(before.slice(5)).toBe(date.slice(5) === '02-29' ? '02-28' : date.slice(5));
        const gap = daysBetween(before, date);
        expect(gap === 365 || gap === 366).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('planner and scripts agree on which interviews are more than a year ago (property)', () => {
    const near = fc.tuple(isoDate, fc.integer({ min: 355, max: 375 })).map(([today, back]) => [today, addDays(today, -back)] as const);
    fc.assert(
      fc.property(near, ([today, interview]) => {
        const plannerOld = planFollowUp({ interviewDate: interview, today }).ok === false;
        const scriptsOld = checkScriptDates({ interviewDate: interview }, today).some((note) => note.problem === 'interview-old');
        expect(scriptsOld).toBe(plannerOld);
        expect(plannerOld).toBe(interview < yearBefore(today));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps UTC under a fake clock whose Date constructor returns a native Date (Playwright, Sinon)', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-10T12:00:00Z') });
    vi.resetModules();
    try {
      const core = await import('../../src/lib/dates');
      expect(core.isIsoDate('2026-03-06')).toBe(true);
      expect(core.addDays('2026-03-07', 1)).toBe('2026-03-08');
      expect(core.isoWeekday('2026-03-08')).toBe(7);
      expect(core.daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    } finally {
      vi.useRealTimers();
      vi.resetModules();
    }
  });
});
