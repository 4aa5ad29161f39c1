/**
 * A labelled form field in the GOV.UK pattern: label, hint, then the message saying how to fix
 * the value, then the control. `describedBy` gives the control its aria-describedby (hint and
 * message), so a screen reader reads both on reaching it. Plain functions: no hooks.
 */
import type { ComponentChildren } from 'preact';
import { KIT_MESSAGES } from './messages.en';

export interface FieldProps {
  /** The control's id; the hint is `${id}-hint` and the message `${id}-error`. */
  id: string;
  label: string;
  hint?: string;
  /** How to fix the value; shown after a hidden "Error:". */
  error?: string | null;
  /** Advice about a value that is allowed, shown where an error would be. */
  advice?: string | null;
  /**
   * Keep the message in the page while empty, as a polite live region, so a message that appears
   * as they type is read out (a region added together with its text is often not announced).
   */
  live?: boolean;
  children: ComponentChildren;
}

/** aria-describedby for a field's control: its hint and its message, when it has them. */
export function describedBy(id: string, hint?: string | null | false, message?: string | null | false): string | undefined {
  return [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function Field({ id, label, hint, error, advice, live, children }: FieldProps) {
  return (
    <div class={error ? 'kit-field kit-field--error' : 'kit-field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="kit-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {(live || error || advice) && (
        <p class={error || !advice ? 'kit-error' : 'kit-advice'} id={`${id}-error`} aria-live={live ? 'polite' : undefined}>
          {error ? (
            <>
              <span class="visually-hidden">{KIT_MESSAGES.errorPrefix}</span> {error}
            </>
          ) : (
            advice
          )}
        </p>
      )}
      {children}
    </div>
  );
}
