/**
 * The board's calendar file: every open application's steps ahead, in one .ics file. Loaded
 * only when someone asks for it, so the `ics` library stays off the page's first load.
 */
import { createEvents, type EventAttributes } from 'ics';
import { boardEvents, type PlannedApp } from './board-events';

export function makeBoardIcs(items: PlannedApp[], userZone: string, now: number): string {
  const events = items.flatMap((item) => boardEvents(item, userZone, now));
  const { error, value } = createEvents(events as EventAttributes[], { productId: 'callback-kit/follow-ups', calName: 'My follow-ups' });
  if (error || !value) throw error ?? new Error('No calendar data');
  return value;
}
