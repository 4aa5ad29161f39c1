/**
 * Small pieces the board's screens share: a labelled field with hint and error, and a
 * GOV.UK-style error summary. Choice: local until the island kit (src/components/shared/)
 * lands from the scripts branch; the props match what that kit is planned to take.
 */
import type { ComponentChildren } from 'preact';
import { M } from './messages-detail.en';

export interface ShownError {
  /** The id of the field the summary links to. */
  id: string;
  message: string;
}

export function describedBy(id: string, hint: boolean, error?: ShownError): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function Field(props: { id: string; label: string; hint?: string; error?: ShownError; children: ComponentChildren; group?: boolean }) {
  const { id, label, hint, error } = props;
  const Wrap = props.group ? 'fieldset' : 'div';
  return (
    <Wrap class={`fu-field${error ? ' fu-field--error' : ''}`} aria-describedby={props.group ? describedBy(id, !!hint, error) : undefined}>
      {props.group ? <legend>{label}</legend> : <label for={id}>{label}</label>}
      {hint && (
        <p class="fu-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="fu-error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error.message}
        </p>
      )}
      {props.children}
    </Wrap>
  );
}

/** Takes the focus when shown (the parent focuses `#<id>`); each link moves to its field. */
export function ErrorSummary({ id, errors }: { id: string; errors: ShownError[] }) {
  if (!errors.length) return null;
  const go = (event: Event, target: string) => {
    const field = document.getElementById(target);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="fu-summary" id={id} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{M.problem}</h3>
      <ul>
        {errors.map((error) => (
          <li key={error.id}>
            <a href={`#${error.id}`} onClick={(event) => go(event, error.id)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The id of the box for a field named by the rules module ("rounds.0.date" → fu-rounds-0-date). */
export const fieldId = (field: string) => `fu-${field.replace(/\./g, '-')}`;

export const inputValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;

/** Radio buttons for one choice, each labelled from the messages. */
export function Radios<V extends string>(props: { name: string; value: V; options: readonly V[]; label: (option: V) => string; onChange: (value: V) => void; describedBy?: string }) {
  return (
    <div class="fu-radios">
      {props.options.map((option) => {
        const id = `${props.name}-${option || 'none'}`;
        return (
          <div class="fu-radio" key={option}>
            <input type="radio" id={id} name={props.name} value={option} checked={props.value === option} onChange={() => props.onChange(option)} />
            <label for={id}>{props.label(option)}</label>
          </div>
        );
      })}
    </div>
  );
}
