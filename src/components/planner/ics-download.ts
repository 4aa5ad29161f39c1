/**
 * Loaded only when someone asks for the calendar file (a dynamic import in PlanView), so
 * the `ics` library stays off the page's first load.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Plan } from '../../lib/plan-types';
import { t } from './messages.en';
import { newFileId, planToEvents } from './plan-text';

export function makeIcs(plan: Plan, zone: string, userZone: string): string {
  const { error, value } = createEvents(planToEvents(plan, zone, userZone, newFileId(), Date.now()) as EventAttributes[], {
    productId: 'callback-kit/when-to-call',
    calName: t('event.calendar'),
  });
  if (error || !value) throw error ?? new Error('No calendar data');
  return value;
}
