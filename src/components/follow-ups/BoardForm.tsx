/** Add or edit an application. It renders; FollowUps.tsx validates and saves. */
import { ARRANGED_BY, CHANNELS, ROUND_KINDS, TOLD_CODES, type RoundDraft } from '../../lib/follow-ups-model';
import type { ApplicationForm } from '../../lib/follow-ups-form';
import { REGIONS } from '../../data/regions';
import { zoneChoices } from '../shared/time-zones';
import { M, t, type MessageKey } from './messages-detail.en';
import { Choice, ErrorSummary, Field, describedBy, fieldId, inputValue, type ShownError } from './ui';

interface Props {
  form: ApplicationForm;
  errors: ShownError[];
  /** Changes with each submit, so the error summary takes the focus again. */
  attempt: number;
  editing: string | null;
  userZone: string;
  update: (patch: Partial<ApplicationForm>) => void;
  submit: (event: Event) => void;
  cancel: () => void;
}

function text(props: Props, field: 'company' | 'role' | 'contactName' | 'contactEmail' | 'contactPhone', extra: Record<string, string> = {}) {
  const id = fieldId(field);
  const error = props.errors.find((e) => e.id === id);
  return (
    <Field id={id} label={M[field]} error={error?.message}>
      <input
        id={id}
        type={field === 'contactEmail' ? 'email' : field === 'contactPhone' ? 'tel' : 'text'}
        value={props.form[field]}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, false, error?.message)}
        onInput={(event) => props.update({ [field]: inputValue(event) })}
        {...extra}
      />
    </Field>
  );
}

function RoundRow({ props, round, index }: { props: Props; round: RoundDraft; index: number }) {
  const rounds = props.form.rounds;
  const set = (patch: Partial<RoundDraft>) => props.update({ rounds: rounds.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  const id = fieldId(`rounds.${index}.date`);
  const error = props.errors.find((e) => e.id === id);
  const n = index + 1;
  return (
    <div class="fu-round">
      <Field id={id} label={t('roundDate', { n })} hint={M.dateHint} error={error?.message}>
        <input id={id} type="date" value={round.date} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(id, M.dateHint, error?.message)} onInput={(event) => set({ date: inputValue(event) })} />
      </Field>
      <Field id={`${id}-kind`} label={t('roundKind', { n })}>
        <select id={`${id}-kind`} value={round.kind} onChange={(event) => set({ kind: inputValue(event) as RoundDraft['kind'] })}>
          {ROUND_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {M[`round.${kind}`]}
            </option>
          ))}
        </select>
      </Field>
      {index > 0 && (
        <button type="button" class="button button--secondary" onClick={() => props.update({ rounds: rounds.filter((_, i) => i !== index) })}>
          {t('removeRound', { n })}
        </button>
      )}
    </div>
  );
}

/** The interview rounds: one row each, up to ten. */
function RoundsFieldset(props: Props) {
  const { form, update } = props;
  return (
    <fieldset class="kit-field fu-rounds">
      <legend>{M.rounds}</legend>
      {form.rounds.map((round, index) => (
        <RoundRow key={index} props={props} round={round} index={index} />
      ))}
      {form.rounds.length < 10 && (
        <button type="button" class="button button--secondary" onClick={() => update({ rounds: [...form.rounds, { date: '', kind: 'final' }] })}>
          {M.addRound}
        </button>
      )}
    </fieldset>
  );
}

/** What they said about hearing back, and the date when they gave one. */
function HeardBackFields(props: Props) {
  const { form, update, errors } = props;
  const promisedError = errors.find((e) => e.id === 'fu-promised');
  return (
    <>
      <Field id="fu-told" label={M.told}>
        <select id="fu-told" value={form.told} onChange={(event) => update({ told: inputValue(event) as ApplicationForm['told'] })}>
          {TOLD_CODES.map((told) => (
            <option key={told} value={told}>
              {M[`told.${told}`]}
            </option>
          ))}
        </select>
      </Field>
      {form.told === 'date' && (
        <Field id="fu-promised" label={M.promised} hint={M.dateHint} error={promisedError?.message}>
          <input id="fu-promised" type="date" value={form.promised} aria-invalid={promisedError ? 'true' : undefined} aria-describedby={describedBy('fu-promised', M.dateHint, promisedError?.message)} onInput={(event) => update({ promised: inputValue(event) })} />
        </Field>
      )}
    </>
  );
}

/** How they keep in touch, and where and when the employer works (for holidays and call times). */
function ReachFields(props: Props) {
  const { form, update } = props;
  return (
    <>
      <Field id="fu-channel" label={M.channel} hint={M.channelHint}>
        <select id="fu-channel" value={form.channel} aria-describedby="fu-channel-hint" onChange={(event) => update({ channel: inputValue(event) as ApplicationForm['channel'] })}>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {M[`channel.${channel}` as MessageKey]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="fu-region" label={M.region}>
        <select id="fu-region" value={form.region} onChange={(event) => update({ region: inputValue(event) })}>
          <option value="">{M.regionNone}</option>
          {REGIONS.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="fu-tz" label={M.tz}>
        <select id="fu-tz" value={form.tz} onChange={(event) => update({ tz: inputValue(event) })}>
          {zoneChoices(form.tz, props.userZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

export function BoardForm(props: Props) {
  const { form, update, errors } = props;
  return (
    <form class="fu-form" noValidate onSubmit={props.submit} aria-labelledby="fu-form-title">
      <h2 id="fu-form-title" tabIndex={-1}>
        {props.editing ? t('formEdit', { company: props.editing }) : M.formAdd}
      </h2>
      <ErrorSummary id="fu-form-errors" errors={errors} level={3} attempt={props.attempt} />
      <p>{M.required}</p>
      {text(props, 'company', { autocomplete: 'organization' })}
      {text(props, 'role', { autocomplete: 'organization-title' })}
      <RoundsFieldset {...props} />
      <HeardBackFields {...props} />
      {text(props, 'contactName')}
      {text(props, 'contactEmail')}
      {text(props, 'contactPhone')}
      <Choice id="fu-arrangedBy" legend={M.arrangedBy} hint={M.arrangedHint} value={form.arrangedBy} options={ARRANGED_BY} label={(o) => M[`arrangedBy.${o}`]} onChange={(arrangedBy) => update({ arrangedBy })} />
      <ReachFields {...props} />
      <Field id="fu-notes" label={M.notes} error={errors.find((e) => e.id === 'fu-notes')?.message}>
        <textarea id="fu-notes" rows={3} value={form.notes} aria-describedby={describedBy('fu-notes', false, errors.find((e) => e.id === 'fu-notes')?.message)} onInput={(event) => update({ notes: inputValue(event) })} />
      </Field>
      <div class="fu-actions">
        <button type="submit" class="button">
          {M.save}
        </button>
        <button type="button" class="button button--secondary" onClick={props.cancel}>
          {M.cancel}
        </button>
      </div>
    </form>
  );
}
