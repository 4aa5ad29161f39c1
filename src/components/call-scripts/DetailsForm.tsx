import type { DateNote } from '../../lib/follow-up-scripts';
import type { FormDetails } from '../../lib/script-details-store';
import { describedBy, Field } from '../shared/Field';
import type { FieldCopy, ToolCopy } from './copy';

interface Props {
  idPrefix: string;
  details: FormDetails;
  onChange: (field: keyof FormDetails, value: string) => void;
  phoneError: string | null;
  /** Problems and advice for the date boxes (checkScriptDates), shown at each box. */
  dateNotes: DateNote[];
  onPhoneFocus: () => void;
  onPhoneBlur: () => void;
  level: number;
  copy: ToolCopy;
  /** The chosen moment (a group slug): the form asks only what its scripts need. */
  moment: string;
  onMoment: (moment: string) => void;
}

/** "Where are you now?": one radio per moment. Choosing one changes only which boxes show. */
function MomentChoice({ idPrefix, copy, moment, onMoment }: Pick<Props, 'idPrefix' | 'copy' | 'moment' | 'onMoment'>) {
  return (
    <fieldset class="cs-fieldset cs-moments">
      <legend>{copy.momentLegend}</legend>
      {copy.groups.map((group) => {
        const id = `${idPrefix}-moment-${group.slug}`;
        return (
          <div class="cs-radio" key={group.slug}>
            <input type="radio" id={id} name={`${idPrefix}-moment`} value={group.slug} checked={moment === group.slug} onChange={() => onMoment(group.slug)} />
            <label for={id}>{group.choice}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** "Ask them for feedback", for the reply to a rejection (M2). */
function FeedbackChoice({ idPrefix, copy, details, onChange }: Pick<Props, 'idPrefix' | 'copy' | 'details' | 'onChange'>) {
  const id = `${idPrefix}-askFeedback`;
  return (
    <div class="cs-checkbox">
      <input type="checkbox" id={id} checked={details.askFeedback} onChange={(event) => onChange('askFeedback', (event.currentTarget as HTMLInputElement).checked ? 'yes' : '')} />
      <label for={id}>{copy.feedbackLabel}</label>
    </div>
  );
}

export default function DetailsForm(props: Props) {
  const { idPrefix, details, onChange, phoneError, dateNotes, onPhoneFocus, onPhoneBlur, level, copy, moment } = props;
  // The scripts of the chosen moment: the form asks for what they need.
  const shown = copy.groups.find((group) => group.slug === moment)?.sections.map((section) => section.slug) ?? [];
  const Legend = `h${Math.min(level, 6)}` as 'h3';

  function input(spec: FieldCopy) {
    const id = `${idPrefix}-${spec.field}`;
    const isPhone = spec.field === 'phone';
    const isDate = spec.type === 'date';
    const note = dateNotes.find((candidate) => candidate.field === spec.field);
    const message = note && copy.dateMessages[note.problem];
    const error = isPhone ? phoneError : note?.kind === 'error' ? message : null;
    const advice = note?.kind === 'advice' ? message : null;
    return (
      <Field key={spec.field} id={id} label={spec.label} hint={spec.hint} error={error} advice={advice} live={isPhone || isDate}>
        <input
          id={id}
          name={spec.field}
          type={spec.type}
          value={details[spec.field]}
          autocomplete={spec.autocomplete}
          spellcheck={spec.type === 'text' ? true : undefined}
          aria-describedby={describedBy(id, spec.hint, error || advice)}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => onChange(spec.field, (event.currentTarget as HTMLInputElement).value)}
          onFocus={isPhone ? onPhoneFocus : undefined}
          onBlur={isPhone ? onPhoneBlur : undefined}
        />
      </Field>
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
      <MomentChoice {...props} />
      {copy.momentFields.filter((spec) => spec.scripts?.some((slug) => shown.includes(slug))).map(input)}
      {shown.includes('rejection-reply') && <FeedbackChoice {...props} />}
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
              <span class="kit-hint" id={`${id}-hint`}>
                {tone.hint}
              </span>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
