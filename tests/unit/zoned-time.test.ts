import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/lib/dates';
import { formatClock, isTimeZone, todayIn, wallClock, zonedInstant } from '../../src/lib/zoned-time';

describe(`zoned time (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('knows real zones', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });

  it.each([
    // 2026-03-10T03:30Z is still the 9th in Los Angeles, already the 10th in Kathmandu.
    ['2026-03-10T03:30:00Z', 'America/Los_Angeles', '2026-03-09'],
    ['2026-03-10T03:30:00Z', 'Asia/Kathmandu', '2026-03-10'],
    ['2026-03-09T10:30:00Z', 'Pacific/Kiritimati', '2026-03-10'],
    ['2026-03-09T10:30:00Z', 'Pacific/Pago_Pago', '2026-03-08'],
    ['2026-12-31T23:59:59Z', 'UTC', '2026-12-31'],
  ])('at %s, today in %s is %s', (now, zone, today) => {
    expect(todayIn(zone, Date.parse(now))).toBe(today);
  });

  it.each([
    ['2026-03-10', '13:30', 'America/New_York', '2026-03-10T17:30:00.000Z'],
    ['2026-03-06', '13:30', 'America/New_York', '2026-03-06T18:30:00.000Z'],
    ['2026-03-10', '16:00', 'Europe/London', '2026-03-10T16:00:00.000Z'],
    ['2026-03-31', '16:00', 'Europe/London', '2026-03-31T15:00:00.000Z'],
    ['2026-04-07', '13:30', 'Australia/Lord_Howe', '2026-04-07T03:00:00.000Z'],
    ['2026-03-31', '13:30', 'Australia/Lord_Howe', '2026-03-31T02:30:00.000Z'],
    ['2026-03-10', '13:30', 'Asia/Kathmandu', '2026-03-10T07:45:00.000Z'],
    ['2026-03-10', '16:00', 'Pacific/Kiritimati', '2026-03-10T02:00:00.000Z'],
    // The skipped hour on the US spring-forward day resolves to just after the gap.
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // The repeated hour in the autumn: its first occurrence.
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    expect(new Date(zonedInstant(date as IsoDate, time, zone)).toISOString()).toBe(iso);
  });

  it('round-trips wall-clock times that exist', () => {
    for (const zone of ['America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/London']) {
      for (const date of ['2026-01-15', '2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01']) {
        for (const time of ['09:00', '13:30', '16:00', '17:00']) {
          expect(wallClock(zonedInstant(date as IsoDate, time, zone), zone)).toMatchObject({ date, time });
        }
      }
    }
  });

  it('formats a wall-clock time in US English', () => {
    expect(formatClock('13:30', 'en-US')).toBe('1:30 PM');
    expect(formatClock('09:00', 'en-US')).toBe('9:00 AM');
  });
});
