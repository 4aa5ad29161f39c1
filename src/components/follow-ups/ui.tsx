/**
 * The board's form pieces. Text boxes, selects and the error summary are the island kit's
 * (src/components/shared/); the kit has no group of radio buttons yet, so `Choice` is the
 * fieldset version of its Field, with the same hint and error ids.
 */
import type { ComponentChildren } from 'preact';
import { describedBy } from '../shared/Field';
export { Field, describedBy } from '../shared/Field';
export { ErrorSummary, type SummaryError as ShownError } from '../shared/ErrorSummary';

/** The id of the box for a field named by the rules module ("rounds.0.date" → fu-rounds-0-date). */
export const fieldId = (field: string) => `fu-${field.replace(/\./g, '-')}`;

export const inputValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;

/** Radio buttons for one choice, in a fieldset whose legend is the question. */
export function Choice<V extends string>(props: { id: string; legend: string; hint?: string; value: V; options: readonly V[]; label: (option: V) => string; onChange: (value: V) => void; children?: ComponentChildren }) {
  const { id, hint } = props;
  return (
    <fieldset class="kit-field fu-choice" aria-describedby={describedBy(id, hint)}>
      <legend>{props.legend}</legend>
      {hint && (
        <p class="kit-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {props.options.map((option) => {
        const optionId = `${id}-${option || 'none'}`;
        return (
          <div class="fu-radio" key={option}>
            <input type="radio" id={optionId} name={id} value={option} checked={props.value === option} onChange={() => props.onChange(option)} />
            <label for={optionId}>{props.label(option)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
