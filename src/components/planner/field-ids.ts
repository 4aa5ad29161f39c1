/**
 * The planner form's element ids, by the field names the rules and the form state use, and
 * their order on the page (for the error summary). Loaded with the rules (plan-engine.ts).
 */
import type { Told } from '../../lib/planner-state';

/** The id of each made call's boxes, by the field's last part. */
const CALL_IDS: Record<string, string> = { date: 'call', newDate: 'new', newDateKind: 'kind', reached: 'reached' };

const IDS: Record<string, string> = {
  interviewDate: 'pl-interview',
  today: 'pl-interview',
  input: 'pl-interview',
  keen: 'pl-keen',
  maxCalls: 'pl-third',
  channel: 'pl-touch-phone',
  arrangedBy: 'pl-touch-phone',
  workingDays: 'pl-day-1',
  closedDates: 'pl-closed',
  'officeHours.start': 'pl-open',
  'officeHours.end': 'pl-close',
  calls: 'pl-call-0',
  tz: 'pl-tz',
  region: 'pl-region',
};

/** Where each error's link in the summary takes the focus. */
export function fieldId(field: string, told: Told): string {
  const call = /^calls\.(\d)\.(date|newDate|newDateKind|reached)$/.exec(field);
  if (call) return `pl-${CALL_IDS[call[2]]}-${call[1]}`;
  if (field === 'promisedDate') return told === 'date' ? 'pl-promised' : 'pl-told-none';
  return IDS[field] ?? 'pl-interview';
}

/** Fields inside the folded "More settings" section, which must open to show an error. */
export function isAdvancedField(field: string): boolean {
  return /^(workingDays|closedDates|officeHours|calls|maxCalls)/.test(field);
}

// Summary order follows the form's order.
const ORDER = ['pl-interview', 'pl-told', 'pl-promised', 'pl-keen', 'pl-touch', 'pl-region', 'pl-tz', 'pl-day', 'pl-closed', 'pl-open', 'pl-close', 'pl-third', 'pl-call', 'pl-new', 'pl-kind', 'pl-reached'];

/** Sorts error ids into the form's order; calls by their number first. */
export function fieldRank(id: string): number {
  const call = /^pl-(call|new|kind|reached)-(\d)$/.exec(id);
  if (call) return ORDER.indexOf('pl-call') * 10 + Number(call[2]) + ORDER.indexOf(`pl-${call[1]}`) / 100;
  return ORDER.findIndex((prefix) => id.startsWith(prefix)) * 10;
}
