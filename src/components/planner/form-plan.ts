/**
 * From the form to a plan or its errors, worded: loaded with the rules (plan-engine.ts), so
 * the page's first load carries only the form.
 */
import type { IsoDate } from '../../lib/dates/iso';
import { planFollowUp } from '../../lib/follow-up-plan';
import type { Plan } from '../../lib/plan-types';
import { toPlanInput } from '../../lib/planner-input';
import type { FormState } from '../../lib/planner-state';
import { fieldId, fieldRank, isAdvancedField } from './field-ids';
import { errorText } from './plan-text';

/** An error as the form shows it: at the element with this id, in the summary, in words. */
export interface FieldError {
  id: string;
  message: string;
  /** The field is inside "More settings", which must open to show it. */
  advanced?: boolean;
}

interface Coded {
  field: string;
  code: string;
  values?: Readonly<Record<string, string | number>>;
}

/**
 * The plan for the form as typed, `today` and `now` being the employer's; or every error,
 * worded, one per element, in the form's order. `regionFailed`: the region's holidays
 * couldn't be loaded, so there is no plan until they are (or no region is chosen).
 */
export function planForForm(form: FormState, today: IsoDate, now: string, holidays: IsoDate[], regionFailed = false): { plan: Plan | null; errors: FieldError[] } {
  const { input, errors: formErrors } = toPlanInput(form, today, holidays);
  // The employer's time now: after their office closes, a call due today moves on (H10).
  input.now = now;
  const result = planFollowUp(input);
  const coded: Coded[] = [...(regionFailed ? [{ field: 'region', code: 'region-failed' }] : []), ...formErrors, ...(result.ok ? [] : result.errors)];
  const errors: FieldError[] = [];
  for (const error of coded) {
    const id = fieldId(error.field, form.told);
    if (!errors.some((e) => e.id === id)) errors.push({ id, message: errorText(error.code, error.values), advanced: isAdvancedField(error.field) });
  }
  errors.sort((a, b) => fieldRank(a.id) - fieldRank(b.id));
  return { plan: result.ok && errors.length === 0 ? result.plan : null, errors };
}
