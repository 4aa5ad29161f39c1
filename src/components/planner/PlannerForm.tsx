/**
 * The planner's form: labels, hints and GOV.UK-style errors. It renders; Planner.tsx decides.
 * Every word comes from the `ui` prop (the `form.` keys of messages.en.ts, sent by Planner.astro).
 */
import type { ComponentChildren, ComponentType } from 'preact';
import type { ErrorSummary } from '../shared/ErrorSummary';
import { describedBy, Field } from '../shared/Field';
import { KIT_MESSAGES } from '../shared/messages.en';
import { zoneChoices } from '../shared/time-zones';
import { formatLongDate } from '../../lib/dates/format';
import { isIsoDate, type IsoDate } from '../../lib/dates/iso';
import { MAX_CALL_RECORDS } from '../../lib/follow-up-rules';
import { newCall, promisedFromTold, type FormState, type MadeCall, type Told } from '../../lib/planner-state';
import { fill } from '../../i18n/t';
import { REGIONS } from '../../data/regions';
import { channelOf, KINDS, labelled, REACHED, TOLD, TOUCHES, WEEKDAYS } from './form-choices';
import type { FieldError } from './form-plan';
import { LOCALE } from './locale';
import type { FormMessages } from './messages.en';

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
  ui: FormMessages;
}

/** What a part of the form needs: the state, a way to change it, its errors by element id, its words. */
interface PartProps {
  form: FormState;
  update: (patch: Partial<FormState>) => void;
  err: (id: string) => FieldError | undefined;
  ui: FormMessages;
}


type Input = HTMLInputElement;
const value = (event: Event) => (event.currentTarget as Input).value;
const checked = (event: Event) => (event.currentTarget as Input).checked;

/** An error in a fieldset (its description), styled as the kit's field messages. */
function FieldsetError({ error }: { error?: FieldError }) {
  return error ? (
    <p class="kit-error" id={`${error.id}-error`}>
      <span class="visually-hidden">{KIT_MESSAGES.errorPrefix}</span> {error.message}
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
  ui: FormMessages;
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

function ToldQuestion({ form, update, err, ui, closed }: PartProps & { closed: IsoDate[] }) {
  const promised = form.told !== 'date' && isIsoDate(form.interview) ? promisedFromTold(form.told, form.interview, '', form.days, closed) : undefined;
  const promisedError = err('pl-promised');
  const dateBox = (told: Told) =>
    told === 'date' &&
    form.told === 'date' && (
      <div class="pl-conditional">
        <InputField id="pl-promised" type="date" name="promised" label={ui['form.promised']} hint={ui['form.promised.hint']} error={promisedError} value={form.promised} set={(promised) => update({ promised })} />
      </div>
    );
  return (
    <Radios
      ui={ui}
      name="told"
      legend={ui['form.told']}
      error={err('pl-told-none')}
      innerError={promisedError}
      value={form.told}
      options={labelled(ui, 'told', TOLD)}
      set={(told) => update({ told })}
      under={dateBox}
      after={promised && isIsoDate(promised) && <p class="pl-derived">{fill(ui['form.promised.means'], { date: formatLongDate(promised, LOCALE) })}</p>}
    />
  );
}

/** H4: the choice applies to a promised date and to a new date given on a call. */
function KeenChoice({ form, update, ui }: Pick<PartProps, 'form' | 'update' | 'ui'>) {
  return (
    <div class="pl-choice pl-single">
      <input type="checkbox" id="pl-keen" name="keen" checked={form.keen} onChange={(e) => update({ keen: checked(e) })} aria-describedby="pl-keen-hint" />
      <label for="pl-keen">{ui[`form.keen.${channelOf(form.touch)}`]}</label>
      <p class="kit-hint" id="pl-keen-hint">
        {ui['form.keen.hint']}
      </p>
    </div>
  );
}

/** H13 and H14: follow the employer's channel, or the recruiter. */
function TouchQuestion({ form, update, err, ui }: PartProps) {
  return (
    <Radios
      ui={ui}
      name="touch"
      legend={ui['form.touch']}
      hint={ui['form.touch.hint']}
      error={err('pl-touch-phone')}
      value={form.touch}
      options={labelled(ui, 'touch', TOUCHES)}
      set={(touch) => update({ touch })}
    />
  );
}

function WhereFields({ form, update, err, ui, holidayNote, ready, userZone }: PartProps & { holidayNote: string; ready: boolean; userZone: string }) {
  return (
    <>
      <Field id="pl-region" label={ui['form.region']} hint={ui['form.region.hint']} error={err('pl-region')?.message}>
        <select id="pl-region" name="region" onChange={(e) => update({ region: value(e) })} aria-describedby={describedBy('pl-region', 'hint', err('pl-region')?.message)}>
          <option value="" selected={!form.region}>
            {ui['form.region.none']}
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
      <Field id="pl-tz" label={ui['form.tz']} hint={ui['form.tz.hint']} error={err('pl-tz')?.message}>
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

function WorkingDays({ form, update, err, ui }: PartProps) {
  const dayError = err('pl-day-1');
  return (
    <fieldset class={`pl-fieldset${dayError ? ' kit-field--error' : ''}`} aria-describedby={`pl-days-hint${dayError ? ' pl-day-1-error' : ''}`}>
      <legend>{ui['form.days']}</legend>
      <p class="kit-hint" id="pl-days-hint">
        {ui[`form.days.hint.${channelOf(form.touch)}`]}
      </p>
      <FieldsetError error={dayError} />
      <div class="pl-days">
        {WEEKDAYS.map((day) => (
          <div class="pl-choice" key={day}>
            <input
              type="checkbox"
              id={`pl-day-${day}`}
              name="days"
              value={day}
              checked={form.days.includes(day)}
              onChange={(e) => update({ days: checked(e) ? [...form.days, day].sort() : form.days.filter((other) => other !== day) })}
            />
            <label for={`pl-day-${day}`}>{ui[`form.day.${day}`]}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function OfficeSettings({ form, update, err, ui }: PartProps) {
  return (
    <>
      <Field
        id="pl-closed"
        label={ui['form.closed']}
        hint={ui['form.closed.hint']}
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
        <legend>{ui['form.hours']}</legend>
        <div class="pl-row">
          {(['open', 'close'] as const).map((key) => (
            <InputField key={key} id={`pl-${key}`} type="time" name={key} label={ui[`form.hours.${key}`]} error={err(`pl-${key}`)} value={form[key]} set={(time) => update({ [key]: time })} />
          ))}
        </div>
      </fieldset>
      <div class="pl-choice pl-single">
        <input type="checkbox" id="pl-third" name="third" checked={form.third} onChange={(e) => update({ third: checked(e) })} aria-describedby="pl-third-hint" />
        <label for="pl-third">{ui['form.third']}</label>
        <p class="kit-hint" id="pl-third-hint">
          {ui['form.third.hint']}
        </p>
      </div>
    </>
  );
}

/** One call you made: its day, whom it reached (H12), and any new date with its kind (H8). */
function CallRow({ call, i, form, err, ui, setCall, remove }: { call: MadeCall; i: number; setCall: (patch: Partial<MadeCall>) => void; remove: () => void } & Omit<PartProps, 'update'>) {
  const channel = channelOf(form.touch);
  const n = { n: i + 1 };
  return (
    <div class="pl-call">
      <InputField id={`pl-call-${i}`} type="date" label={fill(ui[`form.call.date.${channel}`], n)} error={err(`pl-call-${i}`)} value={call.date} set={(date) => setCall({ date })} />
      {channel === 'phone' && (
        <SelectField id={`pl-reached-${i}`} label={fill(ui['form.call.reached'], n)} error={err(`pl-reached-${i}`)} value={call.reached} options={labelled(ui, 'reached', REACHED)} set={(reached) => setCall({ reached })} />
      )}
      <InputField id={`pl-new-${i}`} type="date" label={fill(ui[`form.call.new.${channel}`], n)} error={err(`pl-new-${i}`)} value={call.newDate} set={(newDate) => setCall({ newDate })} />
      {call.newDate && call.reached !== 'front-desk' && (
        <SelectField id={`pl-kind-${i}`} label={fill(ui[`form.call.kind.${channel}`], n)} error={err(`pl-kind-${i}`)} value={call.kind} options={labelled(ui, 'kind', KINDS)} set={(kind) => setCall({ kind })} />
      )}
      <button type="button" class="button button--secondary" onClick={remove}>
        {fill(ui[`form.call.remove.${channel}`], n)}
      </button>
    </div>
  );
}

function MadeCalls({ form, update, err, ui }: PartProps) {
  const channel = channelOf(form.touch);
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
      <legend>{ui[`form.made.${channel}`]}</legend>
      <p class="kit-hint" id="pl-made-hint">
        {ui[`form.made.hint.${channel}`]}
      </p>
      <FieldsetError error={err('pl-call-0') && !form.calls.length ? err('pl-call-0') : undefined} />
      {form.calls.map((call, i) => (
        <CallRow key={i} call={call} i={i} form={form} err={err} ui={ui} setCall={(patch) => setCall(i, patch)} remove={() => remove(i)} />
      ))}
      {form.calls.length < MAX_CALL_RECORDS && (
        <button type="button" id="pl-add-call" class="button button--secondary" onClick={add}>
          {ui[`form.call.add.${channel}`]}
        </button>
      )}
      {form.told === 'none' && form.calls.some((call) => call.newDate) && <KeenChoice form={form} update={update} ui={ui} />}
    </fieldset>
  );
}

function MoreSettings(props: PartProps & { open: boolean; toggle: (open: boolean) => void }) {
  return (
    <details class="pl-more" open={props.open} onToggle={(e) => props.toggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{props.ui[`form.more.${channelOf(props.form.touch)}`]}</summary>
      <WorkingDays {...props} />
      <OfficeSettings {...props} />
      <MadeCalls {...props} />
    </details>
  );
}

export function PlannerForm(props: Props) {
  const { form, update, errors, ui } = props;
  const err = (id: string) => errors.find((error) => error.id === id);
  const part = { form, update, err, ui };
  return (
    <form class="pl-form" noValidate onSubmit={props.submit} onFocusIn={props.warm} inert={!props.ready} aria-label={ui['form.label']}>
      {props.Summary && <props.Summary id="pl-errors" errors={errors} level={props.headingLevel} attempt={props.attempt} />}
      <InputField id="pl-interview" type="date" name="interview" label={ui['form.interview']} hint={ui['form.interview.hint']} error={err('pl-interview')} value={form.interview} set={(interview) => update({ interview })} />
      <ToldQuestion {...part} closed={props.closed} />
      {form.told !== 'none' && <KeenChoice form={form} update={update} ui={ui} />}
      <TouchQuestion {...part} />
      <WhereFields {...part} holidayNote={props.holidayNote} ready={props.ready} userZone={props.userZone} />
      <MoreSettings {...part} open={props.moreOpen} toggle={props.toggleMore} />
      <button type="submit" class="button pl-submit">
        {ui['form.submit']}
      </button>
    </form>
  );
}
