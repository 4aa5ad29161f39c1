import type { DateNote } from '../../lib/follow-up-scripts';
import type { FormDetails, TextField } from '../../lib/script-details-store';
import type { FieldCopy, ToolCopy } from './copy';

interface Props {
  idPrefix: string;
  details: FormDetails;
  onChange: (field: TextField | 'tone', value: string) => void;
  phoneError: string | null;
  /** Problems and advice for the date boxes (checkScriptDates), shown at each box. */
  dateNotes: DateNote[];
  onPhoneFocus: () => void;
  onPhoneBlur: () => void;
  level: number;
  copy: ToolCopy;
}

export default function DetailsForm({ idPrefix, details, onChange, phoneError, dateNotes, onPhoneFocus, onPhoneBlur, level, copy }: Props) {
  const Legend = `h${Math.min(level, 6)}` as 'h3';

  function input(spec: FieldCopy) {
    const id = `${idPrefix}-${spec.field}`;
    const isPhone = spec.field === 'phone';
    const isDate = spec.type === 'date';
    const note = dateNotes.find((candidate) => candidate.field === spec.field);
    const message = note && copy.dateMessages[note.problem];
    const error = isPhone ? phoneError : note?.kind === 'error' ? message : null;
    const advice = note?.kind === 'advice' ? message : null;
    const describedBy = [spec.hint && `${id}-hint`, (error || advice) && `${id}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div class={error ? 'cs-field cs-field--error' : 'cs-field'} key={spec.field}>
        <label for={id}>{spec.label}</label>
        {spec.hint && (
          <p class="cs-field-hint" id={`${id}-hint`}>
            {spec.hint}
          </p>
        )}
        {/* Always in the page, so a message that appears as they type is read out. */}
        {(isPhone || isDate) && (
          <p class={advice ? 'cs-field-advice' : 'cs-field-error'} id={`${id}-error`} aria-live="polite">
            {error && (
              <>
                <span class="visually-hidden">Error:</span> {error}
              </>
            )}
            {advice}
          </p>
        )}
        <input
          id={id}
          name={spec.field}
          type={spec.type}
          value={details[spec.field]}
          autocomplete={spec.autocomplete}
          spellcheck={spec.type === 'text' ? true : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => onChange(spec.field, (event.currentTarget as HTMLInputElement).value)}
          onFocus={isPhone ? onPhoneFocus : undefined}
          onBlur={isPhone ? onPhoneBlur : undefined}
        />
      </div>
    );
  }

  return (
    // A group, not a <form>: nothing is submitted, every script updates as you type.
    <div class="cs-form" role="group" aria-labelledby={`${idPrefix}-form-title`}>
      <Legend id={`${idPrefix}-form-title`}>Your details</Legend>
      <p class="cs-hint">Every script below updates as you type. Leave a box empty and the script shows a gap in [square brackets] for you to fill.</p>
      <fieldset class="cs-fieldset">
        <legend>About you</legend>
        {copy.aboutYou.map(input)}
      </fieldset>
      <fieldset class="cs-fieldset">
        <legend>About the job</legend>
        {copy.aboutTheJob.map(input)}
      </fieldset>
      <fieldset class="cs-fieldset cs-tones">
        <legend>Tone</legend>
        {copy.tones.map((tone) => {
          const id = `${idPrefix}-tone-${tone.value}`;
          return (
            <div class="cs-radio" key={tone.value}>
              <input
                type="radio"
                id={id}
                name={`${idPrefix}-tone`}
                value={tone.value}
                checked={details.tone === tone.value}
                aria-describedby={`${id}-hint`}
                onChange={() => onChange('tone', tone.value)}
              />
              <label for={id}>{tone.label}</label>
              <span class="cs-field-hint" id={`${id}-hint`}>
                {tone.hint}
              </span>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
