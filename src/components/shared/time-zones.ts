/**
 * The browser's own time zone, and the zones to offer in a select: for every island that asks
 * for an employer's time zone (the planner, the board, "Save to my follow-ups").
 */
import { isTimeZone } from '../../lib/zoned-time';

/** The browser's time zone, or UTC where it can't say (or names one this browser can't use). */
export function browserZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

let known: string[] | undefined;

/** Every zone the browser knows, sorted, with UTC; read once (the forms render on every keystroke). */
function knownZones(): string[] {
  if (!known) {
    let list: string[] = [];
    try {
      list = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
    } catch {
      // Older browsers: the current and browser zones only.
    }
    known = [...new Set(['UTC', ...list])].sort();
  }
  return known;
}

/** Every zone the browser knows, sorted, with the current one, the user's and UTC always there. */
export function zoneChoices(current: string, userZone: string): string[] {
  const zones = knownZones();
  const extra = [current, userZone].filter((zone) => zone && !zones.includes(zone));
  return extra.length ? [...new Set([...zones, ...extra])].sort() : zones;
}
