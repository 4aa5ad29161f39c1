/**
 * The planner form, as the rules read it: `toPlanInput` turns what was typed into a
 * `PlanInput`, with the problems only the form can have as coded errors. Loaded with the
 * rules, not with the form (see components/planner/plan-engine.ts).
 */
import { parseDateList } from './calendar-dates';
import type { IsoDate } from './dates/iso';
import { DEFAULT_MAX_CALLS, MAX_CALLS_LIMIT } from './follow-up-rules';
import type { ArrangedBy, CallRecord, Channel, PlanInput } from './plan-types';
import { isEmailOnly, promisedFromTold, type FormState, type MadeCall, type Touch } from './planner-state';
import { isTimeZone } from './zoned-time';

/** An error on a form field that the rules module doesn't know about, as a code (the planner's messages word it). */
export interface FormError {
  field: 'closedDates' | 'promisedDate' | 'tz';
  code: 'closed-range' | 'closed-entry' | 'promised-missing' | 'tz-missing';
  values?: Readonly<Record<string, string>>;
}

/**
 * Builds the planner's input from the form. Problems only the form can have (a closed-days
 * line that isn't a date, a missing promised date) come back as errors on those fields.
 */
export function toPlanInput(state: FormState, today: IsoDate, holidays: IsoDate[]): { input: PlanInput; errors: FormError[] } {
  const errors: FormError[] = [];
  const list = parseDateList(state.closed);
  if (!list.ok) errors.push({ field: 'closedDates', code: list.reason === 'range' ? 'closed-range' : 'closed-entry', values: { entry: list.entry } });
  if (state.told === 'date' && !state.promised) errors.push({ field: 'promisedDate', code: 'promised-missing' });
  if (!isTimeZone(state.tz)) errors.push({ field: 'tz', code: 'tz-missing' });
  const closedDates = [...(list.ok ? list.dates : []), ...holidays];
  const input: PlanInput = {
    interviewDate: state.interview,
    today,
    promisedDate: promisedFromTold(state.told, state.interview, state.promised, state.days, closedDates),
    // The choice shows only when someone named a day: a promise, or a new date on a call.
    keen: state.keen && (state.told !== 'none' || state.calls.some((call) => call.newDate !== '')),
    maxCalls: state.third ? MAX_CALLS_LIMIT : DEFAULT_MAX_CALLS,
    workingDays: state.days,
    closedDates,
    officeHours: { start: state.open, end: state.close },
    ...channelOf(state.touch),
    calls: state.calls.map((call) => callRecord(call, isEmailOnly(state.touch))),
  };
  return { input, errors };
}

/**
 * H13 and H14: an email-only plan for "mostly by email" and "they asked me not to call"; the
 * recruiter as the contact when an agency arranged it. Left unanswered (or with the agency),
 * the plan is for calls and offers the email version beside each.
 */
function channelOf(touch: Touch): { channel: Channel; offerEmail?: true; arrangedBy?: ArrangedBy } {
  if (touch === '') return { channel: 'phone', offerEmail: true };
  if (touch === 'agency') return { channel: 'phone', offerEmail: true, arrangedBy: 'agency' };
  return { channel: isEmailOnly(touch) ? 'email' : 'phone', arrangedBy: 'employer' };
}

/** A call as the planner reads it: only what differs from the defaults. An email reaches no front desk. */
export function callRecord(call: MadeCall, emailOnly: boolean): CallRecord {
  return {
    date: call.date,
    ...(call.newDate ? { newDate: call.newDate, newDateKind: call.kind } : {}),
    ...(!emailOnly && call.reached !== 'contact' ? { reached: call.reached } : {}),
  };
}
