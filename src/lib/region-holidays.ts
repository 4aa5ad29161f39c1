/**
 * Build-time only: turns the holiday library's rules into the small per-region files the
 * planner fetches (/holidays/<CODE>.json). Imported by the endpoint in
 * src/pages/holidays/, never by a component, so the library (and its rule data, hundreds
 * of kilobytes) never reaches the browser.
 */
import Holidays from 'date-holidays';
import { addDays } from './dates/arithmetic';
import type { IsoDate } from './dates/iso';
import type { Region } from '../data/regions';

export interface RegionHoliday {
  date: IsoDate;
  name: string;
}

export interface RegionHolidayFile {
  region: string;
  name: string;
  years: number[];
  holidays: RegionHoliday[];
}

const DAY_MS = 86_400_000;

/**
 * Public (bank) holidays only: days most offices close. Observances, optional and school
 * holidays are left out. A holiday that lasts several days gives one entry per day.
 */
export function regionHolidays(region: Region, firstYear: number, years: number): RegionHolidayFile {
  const library = region.subdivision
    ? new Holidays(region.country, region.subdivision, { languages: ['en'], types: ['public'] })
    : new Holidays(region.country, { languages: ['en'], types: ['public'] });
  const seen = new Set<string>();
  const holidays: RegionHoliday[] = [];
  const yearList = Array.from({ length: years }, (_, i) => firstYear + i);
  for (const year of yearList) {
    for (const holiday of library.getHolidays(year) || []) {
      if (holiday.type !== 'public') continue;
      // `date` is the local calendar date ("2026-05-25 00:00:00"); start/end are instants
      // only used for the length.
      const first = holiday.date.slice(0, 10) as IsoDate;
      const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
      for (let i = 0; i < days; i += 1) {
        const date = addDays(first, i);
        const key = `${date} ${holiday.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        holidays.push({ date, name: holiday.name });
      }
    }
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
  return { region: region.code, name: region.name, years: yearList, holidays };
}
