import type { APIContext, GetStaticPaths } from 'astro';
import { HOLIDAY_YEARS, REGIONS, regionByCode } from '../../data/regions';
import { regionHolidays } from '../../lib/region-holidays';

/**
 * /holidays/<CODE>.json: a region's public holidays for the build year and the next two,
 * written at build time. The planner fetches one only when the person picks that region.
 */
export const getStaticPaths = (() => REGIONS.map((region) => ({ params: { code: region.code } }))) satisfies GetStaticPaths;

export function GET({ params }: APIContext) {
  const region = regionByCode(String(params.code));
  if (!region) return new Response('Unknown region', { status: 404 });
  // The build date decides the years: rebuild at least yearly to keep them current.
  const file = regionHolidays(region, new Date().getFullYear(), HOLIDAY_YEARS);
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
