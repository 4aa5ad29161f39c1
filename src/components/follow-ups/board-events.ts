/**
 * The board's calendar events: the planner's own (src/lib/plan-text.ts), each titled with
 * its company. Used by the .ics file and by the Google and Outlook links for one step.
 */
import type { Plan } from '../../lib/follow-up-plan';
import { newFileId, planToEvents, type PlanEvent } from '../planner/plan-text';


/** Event text is kept to ASCII (see plan-text.ts): accents are dropped, other letters become "?". */
function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '?');
}

export interface PlannedApp {
  company: string;
  tz: string;
  plan: Plan;
}

/** The events of one application, titled with its company. */
export function boardEvents(item: PlannedApp, userZone: string, now: number): PlanEvent[] {
  const company = ascii(item.company).slice(0, 60);
  return planToEvents(item.plan, item.tz, userZone, newFileId(), now).map((event) => ({
    ...event,
    title: `${company}: ${event.title}`,
    alarms: event.alarms.map((alarm) => ({ ...alarm, description: `${company}: ${alarm.description}` })),
  }));
}

