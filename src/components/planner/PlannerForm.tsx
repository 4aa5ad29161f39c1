/** The planner's form: labels, hints and GOV.UK-style errors. It renders; Planner.tsx decides. */
import type { ComponentChildren } from 'preact';
import { formatLongDate } from '../../lib/dates/format';
import { isIsoDate, type IsoDate } from '../../lib/dates/iso';
import { MAX_CALLS_LIMIT } from '../../lib/follow-up-rules';
import { promisedFromTold, type FormState, type MadeCall, type Told } from '../../lib/planner-state';
import { REGIONS } from '../../data/regions';

export interface FieldError {
  id: string;
  message: string;
  advanced?: boolean;
}

interface Props {
  form: FormState;
  ready: boolean;
  errors: FieldError[];
  update: (patch: Partial<FormState>) => void;
  submit: (event: Event) => void;
  holidayNote: string;
  moreOpen: boolean;
  toggleMore: (open: boolean) => void;
  userZone: string;
  /** Closed days and the region's holidays, for "by the end of the week" and friends. */
  closed: IsoDate[];
  headingLevel: 2 | 3;
  /** Starts loading the rules as soon as someone begins to fill in the form. */
  warm: () => void;
}

const TOLD_LABELS: [Told, string][] = [
  ['none', 'No, they didn’t say'],
  ['date', 'Yes, they gave a date'],
  ['end-of-week', '“By the end of the week”'],
  ['next-week', '“Next week”'],
  ['two-weeks', '“Within two weeks”'],
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Input = HTMLInputElement;
const value = (event: Event) => (event.currentTarget as Input).value;
const checked = (event: Event) => (event.currentTarget as Input).checked;

function ErrorMessage({ error }: { error?: FieldError }) {
  return error ? (
    <p class="pl-error-message" id={`${error.id}-error`}>
      <span class="visually-hidden">Error: </span>
      {error.message}
    </p>
  ) : null;
}

/** aria-describedby for a field: its hint and its error, when there are any. */
function describedBy(id: string, hint: boolean, error?: FieldError): string | undefined {
  return [hint && `${id}-hint`, error && `${error.id}-error`].filter(Boolean).join(' ') || undefined;
}

function Field(props: { id: string; label: string; hint?: string; error?: FieldError; children: ComponentChildren }) {
  return (
    <div class={`pl-field${props.error ? ' pl-field--error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="pl-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      <ErrorMessage error={props.error} />
      {props.children}
    </div>
  );
}

/** GOV.UK error summary: takes the focus, and each link moves the focus to its field. */
function ErrorSummary({ errors, level }: { errors: FieldError[]; level: 2 | 3 }) {
  if (!errors.length) return null;
  const go = (event: Event, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    (field.closest('fieldset, .pl-field') ?? field).scrollIntoView({ block: 'start' });
  };
  return (
    <div class="pl-error-summary" id="pl-errors" tabIndex={-1} role="alert" aria-labelledby="pl-errors-title">
      {level === 2 ? <h2 id="pl-errors-title">There is a problem</h2> : <h3 id="pl-errors-title">There is a problem</h3>}
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

function zones(current: string, userZone: string): string[] {
  let list: string[] = [];
  try {
    list = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    // Older browsers: the current and browser zones only.
  }
  return [...new Set([current, userZone, 'UTC', ...list])].filter(Boolean).sort();
}

export function PlannerForm(props: Props) {
  const { form, update, errors } = props;
  const err = (id: string) => errors.find((error) => error.id === id);
  const promised = form.told !== 'date' && isIsoDate(form.interview) ? promisedFromTold(form.told, form.interview, '', form.days, props.closed) : undefined;
  const setCall = (index: number, patch: Partial<MadeCall>) =>
    update({ calls: form.calls.map((call, i) => (i === index ? { ...call, ...patch } : call)) });
  const dayError = err('pl-day-1');
  const toldError = err('pl-told-none');
  const interviewError = err('pl-interview');
  const promisedError = err('pl-promised');
  // The choice applies to a promised date and to a new date given on a call. With no promise,
  // it shows under the calls, once one of them has a new date.
  const keenChoice = (
    <div class="pl-choice pl-single">
      <input type="checkbox" id="pl-keen" name="keen" checked={form.keen} onChange={(e) => update({ keen: checked(e) })} aria-describedby="pl-keen-hint" />
      <label for="pl-keen">I’d rather {form.email ? 'email' : 'call'} on the day they named</label>
      <p class="pl-hint" id="pl-keen-hint">
        Otherwise the plan gives them two working days’ grace first.
      </p>
    </div>
  );

  return (
    <form class="pl-form" noValidate onSubmit={props.submit} onFocusIn={props.warm} inert={!props.ready} aria-label="Your interview">
      <ErrorSummary errors={errors} level={props.headingLevel} />

      <Field id="pl-interview" label="When was your interview?" hint="Or when it will be: you can plan ahead." error={interviewError}>
        <input
          type="date"
          id="pl-interview"
          name="interview"
          value={form.interview}
          onInput={(e) => update({ interview: value(e) })}
          aria-describedby={describedBy('pl-interview', true, interviewError)}
          aria-invalid={interviewError ? 'true' : undefined}
        />
      </Field>

      <fieldset class={`pl-fieldset${toldError || promisedError ? ' pl-field--error' : ''}`} aria-describedby={describedBy('pl-told', false, toldError)}>
        <legend>Did they say when you’d hear back?</legend>
        <ErrorMessage error={toldError} />
        <div class="pl-radios">
          {TOLD_LABELS.map(([told, label]) => (
            <div class="pl-choice" key={told}>
              <input
                type="radio"
                id={`pl-told-${told}`}
                name="told"
                value={told}
                checked={form.told === told}
                onChange={() => update({ told })}
              />
              <label for={`pl-told-${told}`}>{label}</label>
              {told === 'date' && form.told === 'date' && (
                <div class="pl-conditional">
                  <Field id="pl-promised" label="The date they gave" hint="The day they said you would hear back by." error={promisedError}>
                    <input
                      type="date"
                      id="pl-promised"
                      name="promised"
                      value={form.promised}
                      onInput={(e) => update({ promised: value(e) })}
                      aria-describedby={describedBy('pl-promised', true, promisedError)}
                      aria-invalid={promisedError ? 'true' : undefined}
                    />
                  </Field>
                </div>
              )}
            </div>
          ))}
        </div>
        {promised && <p class="pl-derived">That means by {formatLongDate(promised, 'en-US')}.</p>}
      </fieldset>

      {form.told !== 'none' && keenChoice}

      <Field id="pl-region" label="Where is the employer?" hint="We skip that region’s public holidays." error={err('pl-region')}>
        <select
          id="pl-region"
          name="region"
          onChange={(e) => update({ region: value(e) })}
          aria-describedby={describedBy('pl-region', true, err('pl-region'))}
        >
          <option value="" selected={!form.region}>
            None (I’ll add closed days myself)
          </option>
          {REGIONS.map((region) => (
            <option value={region.code} key={region.code} selected={form.region === region.code}>
              {region.name}
            </option>
          ))}
        </select>
        {/* Always in the page, so each change to the note is read out. */}
        <p class="pl-hint" role="status">
          {props.holidayNote}
        </p>
      </Field>

      <Field id="pl-tz" label="Employer’s time zone" hint="Call times are given in the employer’s time. We start with yours." error={err('pl-tz')}>
        <select id="pl-tz" name="tz" onChange={(e) => update({ tz: value(e) })} aria-describedby={describedBy('pl-tz', true, err('pl-tz'))}>
          {(props.ready ? zones(form.tz, props.userZone) : [form.tz]).map((zone) => (
            <option value={zone} key={zone} selected={zone === form.tz}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </Field>

      <details class="pl-more" open={props.moreOpen} onToggle={(e) => props.toggleMore((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>More settings: working days, closed days, office hours, {form.email ? 'emails you’ve sent' : 'calls you’ve made'}</summary>

        <fieldset class={`pl-fieldset${dayError ? ' pl-field--error' : ''}`} aria-describedby={`pl-days-hint${dayError ? ' pl-day-1-error' : ''}`}>
          <legend>The employer’s working days</legend>
          <p class="pl-hint" id="pl-days-hint">
            {form.email ? 'Emails' : 'Calls'} only go on working days, never on a Monday.
          </p>
          <ErrorMessage error={dayError} />
          <div class="pl-days">
            {WEEKDAYS.map((name, i) => (
              <div class="pl-choice" key={name}>
                <input
                  type="checkbox"
                  id={`pl-day-${i + 1}`}
                  name="days"
                  value={i + 1}
                  checked={form.days.includes(i + 1)}
                  onChange={(e) =>
                    update({ days: checked(e) ? [...form.days, i + 1].sort() : form.days.filter((day) => day !== i + 1) })
                  }
                />
                <label for={`pl-day-${i + 1}`}>{name}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <Field
          id="pl-closed"
          label="Days the office is closed"
          hint="One date or range a line, like 2026-12-24 or 2026-12-28 to 2026-12-31. The region’s public holidays are added for you."
          error={err('pl-closed')}
        >
          <textarea
            id="pl-closed"
            name="closed"
            rows={3}
            value={form.closed}
            onInput={(e) => update({ closed: value(e) })}
            aria-describedby={describedBy('pl-closed', true, err('pl-closed'))}
            aria-invalid={err('pl-closed') ? 'true' : undefined}
          />
        </Field>

        <fieldset class="pl-fieldset">
          <legend>Office hours, in the employer’s time</legend>
          <div class="pl-row">
            {(['open', 'close'] as const).map((key) => (
              <Field key={key} id={`pl-${key}`} label={key === 'open' ? 'Opens' : 'Closes'} error={err(`pl-${key}`)}>
                <input
                  type="time"
                  id={`pl-${key}`}
                  name={key}
                  value={form[key]}
                  onInput={(e) => update({ [key]: value(e) })}
                  aria-describedby={describedBy(`pl-${key}`, false, err(`pl-${key}`))}
                  aria-invalid={err(`pl-${key}`) ? 'true' : undefined}
                />
              </Field>
            ))}
          </div>
        </fieldset>

        <div class="pl-choice pl-single">
          <input type="checkbox" id="pl-third" name="third" checked={form.third} onChange={(e) => update({ third: checked(e) })} aria-describedby="pl-third-hint" />
          <label for="pl-third">Allow a third call</label>
          <p class="pl-hint" id="pl-third-hint">
            Two calls is the usual limit; some advisers allow three.
          </p>
        </div>

        <div class="pl-choice pl-single">
          <input type="checkbox" id="pl-email" name="email" checked={form.email} onChange={(e) => update({ email: checked(e) })} />
          <label for="pl-email">They asked me not to call: plan emails instead</label>
        </div>

        <fieldset class="pl-fieldset" aria-describedby="pl-made-hint">
          <legend>{form.email ? 'Emails you’ve already sent' : 'Calls you’ve already made'}</legend>
          <p class="pl-hint" id="pl-made-hint">
            Each one counts as a try. If they gave you a new date, add it: the plan starts again from there.
          </p>
          <ErrorMessage error={err('pl-call-0') && !form.calls.length ? err('pl-call-0') : undefined} />
          {form.calls.map((call, i) => (
            <div class="pl-call" key={i}>
              <Field id={`pl-call-${i}`} label={form.email ? `Email ${i + 1}: the day you sent it` : `Call ${i + 1}: the day you called`} error={err(`pl-call-${i}`)}>
                <input
                  type="date"
                  id={`pl-call-${i}`}
                  value={call.date}
                  onInput={(e) => setCall(i, { date: value(e) })}
                  aria-describedby={describedBy(`pl-call-${i}`, false, err(`pl-call-${i}`))}
                  aria-invalid={err(`pl-call-${i}`) ? 'true' : undefined}
                />
              </Field>
              <Field id={`pl-new-${i}`} label={`${form.email ? 'Email' : 'Call'} ${i + 1}: new date they gave (optional)`} error={err(`pl-new-${i}`)}>
                <input
                  type="date"
                  id={`pl-new-${i}`}
                  value={call.newDate}
                  onInput={(e) => setCall(i, { newDate: value(e) })}
                  aria-describedby={describedBy(`pl-new-${i}`, false, err(`pl-new-${i}`))}
                  aria-invalid={err(`pl-new-${i}`) ? 'true' : undefined}
                />
              </Field>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  update({ calls: form.calls.filter((_, j) => j !== i) });
                  // The button is gone: keep the keyboard user's place in the list.
                  requestAnimationFrame(() => document.getElementById('pl-add-call')?.focus());
                }}
              >
                Remove {form.email ? 'email' : 'call'} {i + 1}
              </button>
            </div>
          ))}
          {form.calls.length < MAX_CALLS_LIMIT && (
            <button
              type="button"
              id="pl-add-call"
              class="button button--secondary"
              onClick={() => {
                update({ calls: [...form.calls, { date: '', newDate: '' }] });
                requestAnimationFrame(() => document.getElementById(`pl-call-${form.calls.length}`)?.focus());
              }}
            >
              {form.email ? 'Add an email you sent' : 'Add a call you made'}
            </button>
          )}
          {form.told === 'none' && form.calls.some((call) => call.newDate) && keenChoice}
        </fieldset>
      </details>

      <button type="submit" class="button pl-submit">
        Make my plan
      </button>
    </form>
  );
}
