/** The planner's form: labels, hints and GOV.UK-style errors. It renders; Planner.tsx decides. */
import type { ComponentChildren, ComponentType } from 'preact';
import type { ErrorSummary } from '../shared/ErrorSummary';
import { describedBy, Field } from '../shared/Field';
import { zoneChoices } from '../shared/time-zones';
import { formatLongDate } from '../../lib/dates/format';
import { isIsoDate, type IsoDate } from '../../lib/dates/iso';
import { MAX_CALL_RECORDS } from '../../lib/follow-up-rules';
import type { NewDateKind, Reached } from '../../lib/plan-types';
import { isEmailOnly, newCall, promisedFromTold, type FormState, type MadeCall, type Told, type Touch } from '../../lib/planner-state';
import { REGIONS } from '../../data/regions';
import type { FieldError } from './form-plan';
import { LOCALE } from './locale';

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
  /** Counts the plans asked for, so the error summary takes the focus again on each. */
  attempt: number;
  /**
   * The kit's error summary, which comes with the rules (plan-engine.ts): errors only exist once
   * the rules have run, so the form's first load doesn't carry it.
   */
  Summary?: ComponentType<ErrorSummary['props']>;
}

/** What a part of the form needs: the state, a way to change it, and its errors by element id. */
interface PartProps {
  form: FormState;
  update: (patch: Partial<FormState>) => void;
  err: (id: string) => FieldError | undefined;
}

const TOLD_LABELS: [Told, string][] = [
  ['none', 'No, they didn’t say'],
  ['date', 'Yes, they gave a date'],
  ['end-of-week', '“By the end of the week”'],
  ['next-week', '“Next week”'],
  ['two-weeks', '“Within two weeks”'],
];

// H13: no answer is pre-selected.
const TOUCH_LABELS: [Exclude<Touch, ''>, string][] = [
  ['phone', 'Mostly by phone'],
  ['email', 'Mostly by email'],
  ['no-calls', 'They asked me not to call'],
  ['agency', 'A recruitment agency arranged it'],
];

const REACHED_LABELS: [Reached, string][] = [
  ['contact', 'The person I’m following up with'],
  ['voicemail', 'Their voicemail: I left a message'],
  ['front-desk', 'Only the front desk or a colleague, with no message for them'],
];

const KIND_LABELS: [NewDateKind, string][] = [
  ['decide-by', 'The day they’ll decide by'],
  ['call-back', 'A day to get back to them on'],
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Input = HTMLInputElement;
const value = (event: Event) => (event.currentTarget as Input).value;
const checked = (event: Event) => (event.currentTarget as Input).checked;

/** An error in a fieldset (its description), styled as the kit's field messages. */
function FieldsetError({ error }: { error?: FieldError }) {
  return error ? (
    <p class="kit-error" id={`${error.id}-error`}>
      <span class="visually-hidden">Error:</span> {error.message}
    </p>
  ) : null;
}

/** aria-describedby for a fieldset: its hint and the error shown in it. */
function fieldsetDescribedBy(id: string, hint: boolean, error?: FieldError): string | undefined {
  return [hint && `${id}-hint`, error && `${error.id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A labelled box (date, time or text) with its hint and error. */
function InputField(props: { id: string; label: string; hint?: string; error?: FieldError; type: string; name?: string; value: string; set: (value: string) => void }) {
  const { id } = props;
  const error = props.error?.message;
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error}>
      <input
        type={props.type}
        id={id}
        name={props.name}
        value={props.value}
        onInput={(e) => props.set(value(e))}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </Field>
  );
}

/** A labelled list of choices, with its error. */
function SelectField<T extends string>(props: { id: string; label: string; error?: FieldError; value: T; options: [T, string][]; set: (value: T) => void }) {
  return (
    <Field id={props.id} label={props.label} error={props.error?.message}>
      <select id={props.id} onChange={(e) => props.set(value(e) as T)} aria-describedby={describedBy(props.id, false, props.error?.message)} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map(([option, label]) => (
          <option value={option} key={option} selected={props.value === option}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A fieldset of radios, none required to be chosen, with its error in the fieldset's description. */
interface RadiosProps<T extends string> {
  name: string;
  legend: string;
  hint?: string;
  error?: FieldError;
  /** An error on a box inside, which marks the whole fieldset too. */
  innerError?: FieldError;
  value: T;
  options: [T, string][];
  set: (value: T) => void;
  /** What shows under one option (a conditional box). */
  under?: (option: T) => ComponentChildren;
  after?: ComponentChildren;
}

function Radios<T extends string>(props: RadiosProps<T>) {
  const { name, error } = props;
  return (
    <fieldset class={`pl-fieldset${error || props.innerError ? ' kit-field--error' : ''}`} aria-describedby={fieldsetDescribedBy(`pl-${name}`, !!props.hint, error)}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="kit-hint" id={`pl-${name}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldsetError error={error} />
      <div class="pl-radios">
        {props.options.map(([option, label]) => (
          <div class="pl-choice" key={option}>
            <input type="radio" id={`pl-${name}-${option}`} name={name} value={option} checked={props.value === option} onChange={() => props.set(option)} />
            <label for={`pl-${name}-${option}`}>{label}</label>
            {props.under?.(option)}
          </div>
        ))}
      </div>
      {props.after}
    </fieldset>
  );
}

function ToldQuestion({ form, update, err, closed }: PartProps & { closed: IsoDate[] }) {
  const promised = form.told !== 'date' && isIsoDate(form.interview) ? promisedFromTold(form.told, form.interview, '', form.days, closed) : undefined;
  const promisedError = err('pl-promised');
  const dateBox = (told: Told) =>
    told === 'date' &&
    form.told === 'date' && (
      <div class="pl-conditional">
        <InputField id="pl-promised" type="date" name="promised" label="The date they gave" hint="The day they said you would hear back by." error={promisedError} value={form.promised} set={(promised) => update({ promised })} />
      </div>
    );
  return (
    <Radios
      name="told"
      legend="Did they say when you’d hear back?"
      error={err('pl-told-none')}
      innerError={promisedError}
      value={form.told}
      options={TOLD_LABELS}
      set={(told) => update({ told })}
      under={dateBox}
      after={promised && isIsoDate(promised) && <p class="pl-derived">That means by {formatLongDate(promised, LOCALE)}.</p>}
    />
  );
}

/** H4: the choice applies to a promised date and to a new date given on a call. */
function KeenChoice({ form, update }: Pick<PartProps, 'form' | 'update'>) {
  return (
    <div class="pl-choice pl-single">
      <input type="checkbox" id="pl-keen" name="keen" checked={form.keen} onChange={(e) => update({ keen: checked(e) })} aria-describedby="pl-keen-hint" />
      <label for="pl-keen">I’d rather {isEmailOnly(form.touch) ? 'email' : 'call'} on the day they named</label>
      <p class="kit-hint" id="pl-keen-hint">
        Otherwise the plan gives them two working days’ grace first.
      </p>
    </div>
  );
}

/** H13 and H14: follow the employer's channel, or the recruiter. */
function TouchQuestion({ form, update, err }: PartProps) {
  return (
    <Radios
      name="touch"
      legend="How have they been in touch?"
      hint="We follow their lead. If they only email, or asked you not to call, the plan keeps the same dates for emails."
      error={err('pl-touch-phone')}
      value={form.touch}
      options={TOUCH_LABELS}
      set={(touch) => update({ touch })}
    />
  );
}

function WhereFields({ form, update, err, holidayNote, ready, userZone }: PartProps & { holidayNote: string; ready: boolean; userZone: string }) {
  return (
    <>
      <Field id="pl-region" label="Where is the employer?" hint="We skip that region’s public holidays." error={err('pl-region')?.message}>
        <select id="pl-region" name="region" onChange={(e) => update({ region: value(e) })} aria-describedby={describedBy('pl-region', 'hint', err('pl-region')?.message)}>
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
        <p class="kit-hint pl-live-hint" role="status">
          {holidayNote}
        </p>
      </Field>
      <Field id="pl-tz" label="Employer’s time zone" hint="Call times are given in the employer’s time. We start with yours." error={err('pl-tz')?.message}>
        <select id="pl-tz" name="tz" onChange={(e) => update({ tz: value(e) })} aria-describedby={describedBy('pl-tz', 'hint', err('pl-tz')?.message)}>
          {(ready ? zoneChoices(form.tz, userZone) : [form.tz]).map((zone) => (
            <option value={zone} key={zone} selected={zone === form.tz}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

function WorkingDays({ form, update, err }: PartProps) {
  const dayError = err('pl-day-1');
  return (
    <fieldset class={`pl-fieldset${dayError ? ' kit-field--error' : ''}`} aria-describedby={`pl-days-hint${dayError ? ' pl-day-1-error' : ''}`}>
      <legend>The employer’s working days</legend>
      <p class="kit-hint" id="pl-days-hint">
        {isEmailOnly(form.touch) ? 'Emails' : 'Calls'} only go on working days, never on a Monday.
      </p>
      <FieldsetError error={dayError} />
      <div class="pl-days">
        {WEEKDAYS.map((name, i) => (
          <div class="pl-choice" key={name}>
            <input
              type="checkbox"
              id={`pl-day-${i + 1}`}
              name="days"
              value={i + 1}
              checked={form.days.includes(i + 1)}
              onChange={(e) => update({ days: checked(e) ? [...form.days, i + 1].sort() : form.days.filter((day) => day !== i + 1) })}
            />
            <label for={`pl-day-${i + 1}`}>{name}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function OfficeSettings({ form, update, err }: PartProps) {
  return (
    <>
      <Field
        id="pl-closed"
        label="Days the office is closed"
        hint="One date or range a line, like 2026-12-24 or 2026-12-28 to 2026-12-31. The region’s public holidays are added for you."
        error={err('pl-closed')?.message}
      >
        <textarea
          id="pl-closed"
          name="closed"
          rows={3}
          value={form.closed}
          onInput={(e) => update({ closed: value(e) })}
          aria-describedby={describedBy('pl-closed', 'hint', err('pl-closed')?.message)}
          aria-invalid={err('pl-closed') ? 'true' : undefined}
        />
      </Field>
      <fieldset class="pl-fieldset">
        <legend>Office hours, in the employer’s time</legend>
        <div class="pl-row">
          {(['open', 'close'] as const).map((key) => (
            <InputField key={key} id={`pl-${key}`} type="time" name={key} label={key === 'open' ? 'Opens' : 'Closes'} error={err(`pl-${key}`)} value={form[key]} set={(time) => update({ [key]: time })} />
          ))}
        </div>
      </fieldset>
      <div class="pl-choice pl-single">
        <input type="checkbox" id="pl-third" name="third" checked={form.third} onChange={(e) => update({ third: checked(e) })} aria-describedby="pl-third-hint" />
        <label for="pl-third">Allow a third call</label>
        <p class="kit-hint" id="pl-third-hint">
          Two calls is the usual limit; some advisers allow three.
        </p>
      </div>
    </>
  );
}

/** One call you made: its day, whom it reached (H12), and any new date with its kind (H8). */
function CallRow({ call, i, form, err, setCall, remove }: { call: MadeCall; i: number; form: FormState; err: PartProps['err']; setCall: (patch: Partial<MadeCall>) => void; remove: () => void }) {
  const email = isEmailOnly(form.touch);
  const Try = email ? 'Email' : 'Call';
  return (
    <div class="pl-call">
      <InputField id={`pl-call-${i}`} type="date" label={email ? `Email ${i + 1}: the day you sent it` : `Call ${i + 1}: the day you called`} error={err(`pl-call-${i}`)} value={call.date} set={(date) => setCall({ date })} />
      {!email && <SelectField id={`pl-reached-${i}`} label={`Call ${i + 1}: who did you reach?`} error={err(`pl-reached-${i}`)} value={call.reached} options={REACHED_LABELS} set={(reached) => setCall({ reached })} />}
      <InputField id={`pl-new-${i}`} type="date" label={`${Try} ${i + 1}: new date they gave (optional)`} error={err(`pl-new-${i}`)} value={call.newDate} set={(newDate) => setCall({ newDate })} />
      {call.newDate && call.reached !== 'front-desk' && (
        <SelectField id={`pl-kind-${i}`} label={`${Try} ${i + 1}: what is that date?`} error={err(`pl-kind-${i}`)} value={call.kind} options={KIND_LABELS} set={(kind) => setCall({ kind })} />
      )}
      <button type="button" class="button button--secondary" onClick={remove}>
        Remove {email ? 'email' : 'call'} {i + 1}
      </button>
    </div>
  );
}

function MadeCalls({ form, update, err }: PartProps) {
  const email = isEmailOnly(form.touch);
  const setCall = (index: number, patch: Partial<MadeCall>) => update({ calls: form.calls.map((call, i) => (i === index ? { ...call, ...patch } : call)) });
  const remove = (index: number) => {
    update({ calls: form.calls.filter((_, j) => j !== index) });
    // The button is gone: keep the keyboard user's place in the list.
    requestAnimationFrame(() => document.getElementById('pl-add-call')?.focus());
  };
  const add = () => {
    update({ calls: [...form.calls, newCall()] });
    requestAnimationFrame(() => document.getElementById(`pl-call-${form.calls.length}`)?.focus());
  };
  return (
    <fieldset class="pl-fieldset" aria-describedby="pl-made-hint">
      <legend>{email ? 'Emails you’ve already sent' : 'Calls you’ve already made'}</legend>
      <p class="kit-hint" id="pl-made-hint">
        Each one counts as a try{email ? '' : ', unless you reached only the front desk'}. If they gave you a new date, add it: the plan starts again from there.
      </p>
      <FieldsetError error={err('pl-call-0') && !form.calls.length ? err('pl-call-0') : undefined} />
      {form.calls.map((call, i) => (
        <CallRow key={i} call={call} i={i} form={form} err={err} setCall={(patch) => setCall(i, patch)} remove={() => remove(i)} />
      ))}
      {form.calls.length < MAX_CALL_RECORDS && (
        <button type="button" id="pl-add-call" class="button button--secondary" onClick={add}>
          {email ? 'Add an email you sent' : 'Add a call you made'}
        </button>
      )}
      {form.told === 'none' && form.calls.some((call) => call.newDate) && <KeenChoice form={form} update={update} />}
    </fieldset>
  );
}

function MoreSettings(props: PartProps & { open: boolean; toggle: (open: boolean) => void }) {
  return (
    <details class="pl-more" open={props.open} onToggle={(e) => props.toggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>More settings: working days, closed days, office hours, {isEmailOnly(props.form.touch) ? 'emails you’ve sent' : 'calls you’ve made'}</summary>
      <WorkingDays {...props} />
      <OfficeSettings {...props} />
      <MadeCalls {...props} />
    </details>
  );
}

export function PlannerForm(props: Props) {
  const { form, update, errors } = props;
  const err = (id: string) => errors.find((error) => error.id === id);
  const part = { form, update, err };
  return (
    <form class="pl-form" noValidate onSubmit={props.submit} onFocusIn={props.warm} inert={!props.ready} aria-label="Your interview">
      {props.Summary && <props.Summary id="pl-errors" errors={errors} level={props.headingLevel} attempt={props.attempt} />}
      <InputField id="pl-interview" type="date" name="interview" label="When was your interview?" hint="Or when it will be: you can plan ahead." error={err('pl-interview')} value={form.interview} set={(interview) => update({ interview })} />
      <ToldQuestion {...part} closed={props.closed} />
      {form.told !== 'none' && <KeenChoice form={form} update={update} />}
      <TouchQuestion {...part} />
      <WhereFields {...part} holidayNote={props.holidayNote} ready={props.ready} userZone={props.userZone} />
      <MoreSettings {...part} open={props.moreOpen} toggle={props.toggleMore} />
      <button type="submit" class="button pl-submit">
        Make my plan
      </button>
    </form>
  );
}
