/**
 * The regions whose public holidays the planner knows. `code` is ISO 3166 style (country,
 * or country-subdivision) and names the data file /holidays/<code>.json; `country` and
 * `subdivision` are the codes the holiday library uses.
 */
export interface Region {
  code: string;
  name: string;
  country: string;
  subdivision?: string;
}

export const REGIONS: readonly Region[] = [
  { code: 'US', name: 'United States (federal holidays)', country: 'US' },
  { code: 'CA-ON', name: 'Canada: Ontario', country: 'CA', subdivision: 'ON' },
  { code: 'CA-BC', name: 'Canada: British Columbia', country: 'CA', subdivision: 'BC' },
  { code: 'GB-ENG', name: 'United Kingdom: England and Wales', country: 'GB', subdivision: 'ENG' },
  { code: 'GB-SCT', name: 'United Kingdom: Scotland', country: 'GB', subdivision: 'SCT' },
  { code: 'GB-NIR', name: 'United Kingdom: Northern Ireland', country: 'GB', subdivision: 'NIR' },
  { code: 'IE', name: 'Ireland', country: 'IE' },
  { code: 'AU-NSW', name: 'Australia: New South Wales', country: 'AU', subdivision: 'NSW' },
  { code: 'AU-VIC', name: 'Australia: Victoria', country: 'AU', subdivision: 'VIC' },
  { code: 'NZ', name: 'New Zealand', country: 'NZ' },
  { code: 'IN', name: 'India (national holidays)', country: 'IN' },
  { code: 'SG', name: 'Singapore', country: 'SG' },
  { code: 'ZA', name: 'South Africa', country: 'ZA' },
  { code: 'DE', name: 'Germany (national holidays)', country: 'DE' },
  { code: 'FR', name: 'France', country: 'FR' },
  { code: 'NL', name: 'Netherlands', country: 'NL' },
  { code: 'ES', name: 'Spain (national holidays)', country: 'ES' },
];

/** How many years of holidays each file holds, from the build year on. */
export const HOLIDAY_YEARS = 3;

export function regionByCode(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code);
}

export function holidaysUrl(code: string): string {
  return `/holidays/${code}.json`;
}
