import { describe, expect, it } from 'vitest';
import { REGIONS, regionByCode } from '../../src/data/regions';
import { regionHolidays } from '../../src/lib/region-holidays';
import { isIsoDate } from '../../src/lib/dates';

describe('region holiday files', () => {
  it('lists the required regions and at least four more, with unique codes', () => {
    const codes = REGIONS.map((region) => region.code);
    for (const code of ['US', 'GB-ENG', 'GB-SCT', 'CA-ON', 'AU-NSW', 'IE', 'IN', 'DE']) expect(codes).toContain(code);
    expect(codes.length).toBeGreaterThanOrEqual(12);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}(-[A-Z]{2,3})?$/);
  });

  it.each(REGIONS.map((region) => [region.code, region] as const))('%s has public holidays in each of three years', (_code, region) => {
    const file = regionHolidays(region, 2026, 3);
    expect(file.region).toBe(region.code);
    expect(file.years).toEqual([2026, 2027, 2028]);
    for (const year of file.years) expect(file.holidays.filter((h) => h.date.startsWith(String(year))).length).toBeGreaterThanOrEqual(3);
    for (const holiday of file.holidays) {
      expect(isIsoDate(holiday.date)).toBe(true);
      expect(holiday.name.length).toBeGreaterThan(0);
    }
    const dates = file.holidays.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it.each([
    ['US', '2026-05-25', 'Memorial Day'],
    ['US', '2026-07-03', 'Independence Day (substitute day)'],
    ['US', '2026-11-26', 'Thanksgiving Day'],
    ['GB-ENG', '2026-08-31', 'Summer bank holiday'],
    ['GB-SCT', '2026-08-03', 'Summer bank holiday'],
    ['CA-ON', '2026-02-16', 'Family Day'],
    ['AU-NSW', '2026-01-26', 'Australia Day'],
    ['DE', '2026-10-03', 'National Holiday'],
  ])('%s includes %s (%s)', (code, date, name) => {
    const file = regionHolidays(regionByCode(code)!, 2026, 3);
    expect(file.holidays).toContainEqual({ date, name });
  });

  it('leaves out observances and optional days', () => {
    const us = regionHolidays(regionByCode('US')!, 2026, 1).holidays.map((h) => h.name);
    expect(us).not.toContain("Valentine's Day");
    expect(us).not.toContain('Christmas Eve');
    const england = regionHolidays(regionByCode('GB-ENG')!, 2026, 1).holidays.map((h) => h.date);
    expect(england).not.toContain('2026-08-03');
  });
});
