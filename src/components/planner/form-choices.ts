/**
 * The values of the form's choices, in the order shown, and their labels from the form's
 * wording (`form.<family>.<value>` in messages.en.ts). Apart from PlannerForm.tsx so the unit
 * tests can check that every choice has its words.
 */
import type { NewDateKind, Reached } from '../../lib/plan-types';
import { isEmailOnly, TOLD, type Told, type Touch } from '../../lib/planner-state';
import type { FormKey, FormMessages } from './messages.en';

export { TOLD };
// H13: no answer is pre-selected ('' is not among the choices).
export const TOUCHES: readonly Exclude<Touch, ''>[] = ['phone', 'email', 'no-calls', 'agency'];
export const REACHED: readonly Reached[] = ['contact', 'voicemail', 'front-desk'];
export const KINDS: readonly NewDateKind[] = ['decide-by', 'call-back'];
/** ISO weekday numbers, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Each choice with its label. */
export function labelled<T extends Told | Exclude<Touch, ''> | Reached | NewDateKind>(ui: FormMessages, family: 'told' | 'touch' | 'reached' | 'kind', values: readonly T[]): [T, string][] {
  return values.map((value) => [value, ui[`form.${family}.${value}` as FormKey]]);
}

/** The channel the plan's tries go by, the suffix of the form's `.phone` and `.email` keys. */
export const channelOf = (touch: Touch): 'phone' | 'email' => (isEmailOnly(touch) ? 'email' : 'phone');
