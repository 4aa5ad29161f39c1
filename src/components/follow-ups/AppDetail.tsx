/**
 * One application: its plan, its history, logging a call or email, status, reminders and
 * links to the planner and scripts. Loaded with the planner engine, on use.
 */
import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/dates/format';
import type { IsoDate } from '../../lib/dates/iso';
import { googleCalendarUrl, outlookCalendarUrl } from '../../lib/calendar-links';
import { HISTORY_KINDS, NEW_DATE_KINDS, OUTCOMES, STATUSES, historyErrors, type Application, type HistoryDraft, type HistoryEntry, type HistoryKind, type NewDateKind, type Outcome, type Status } from '../../lib/follow-ups-model';
import type { PlanOutcome } from '../../lib/follow-ups-today';
import { planErrorText, statusWords, stepText, windowsText } from '../planner/plan-text';
import { boardEvents } from './board-events';
import { M, errorText, t } from './messages-detail.en';
import { LOCALE } from './messages.en';
import { Choice, ErrorSummary, Field, describedBy, inputValue, type ShownError } from './ui';

export interface DetailActions {
  back: () => void;
  edit: () => void;
  remove: () => void;
  log: (entry: HistoryEntry) => void;
  status: (status: Status) => void;
  ics: () => void;
  toScripts: () => void;
}

interface Props {
  app: Application;
  outcome: PlanOutcome;
  plannerHref: string;
  userZone: string;
  userToday: IsoDate;
  newId: () => string;
  actions: DetailActions;
}

function PlanSteps({ outcome, tz, userZone }: { outcome: PlanOutcome; tz: string; userZone: string }) {
  if (!outcome.ok) return <p class="fu-notice">{outcome.errors.map(planErrorText).join('. ')}.</p>;
  const { plan } = outcome;
  return (
    <ol class="fu-steps" role="list">
      {plan.steps.map((step, index) => {
        const { title, detail } = stepText(step, plan);
        const call = step.kind === 'call' ? plan.calls[step.callIndex ?? 0] : null;
        const when = call && !call.made ? windowsText(call.date, call.windows, tz, userZone) : '';
        return (
          <li key={index} class={`fu-step fu-step--${step.status}`}>
            <p>
              <strong>{formatDate(step.date, LOCALE)}</strong>: {title} <span class="fu-hint">({statusWords(step, plan.today)})</span>
            </p>
            {when && <p class="fu-hint">{when}</p>}
            {detail && <p class="fu-hint">{detail}</p>}
          </li>
        );
      })}
    </ol>
  );
}

function NextStepLinks({ app, outcome, userZone }: { app: Application; outcome: PlanOutcome; userZone: string }) {
  if (!outcome.ok) return null;
  // The first event ahead: a call in its window, or an all-day reminder.
  const [next] = boardEvents({ company: app.company, tz: app.tz, plan: outcome.plan }, userZone, Date.now());
  if (!next) return null;
  return (
    <>
      <p>{t('nextStep', { title: next.title, date: formatDate(`${next.start[0]}-${String(next.start[1]).padStart(2, '0')}-${String(next.start[2]).padStart(2, '0')}`, LOCALE) })}</p>
      <ul class="fu-links" role="list">
        <li>
          <a href={googleCalendarUrl(next)} rel="noopener noreferrer" target="_blank">{M.google}</a>
        </li>
        <li>
          <a href={outlookCalendarUrl(next)} rel="noopener noreferrer" target="_blank">{M.outlook}</a>
        </li>
      </ul>
    </>
  );
}

function historyLine(entry: HistoryEntry): string {
  const parts = [`${formatDate(entry.date, LOCALE)}: ${M[`kind.${entry.kind}`]}`];
  if (entry.kind !== 'thank-you') parts.push(M[`outcome.${entry.outcome}`]);
  if (entry.newDate) parts.push(`${M[`newDateKind.${entry.newDateKind ?? 'decide-by'}`]}: ${formatDate(entry.newDate, LOCALE)}`);
  return parts.join(' · ');
}

interface LogState {
  kind: HistoryKind;
  date: string;
  outcome: Outcome;
  newDate: string;
  newDateKind: NewDateKind;
  note: string;
}

/** The history entry a logged call, email or note describes (a thank-you has no outcome or new date). */
function draftFromLog(log: LogState, id: string): HistoryDraft {
  return {
    id,
    kind: log.kind,
    date: log.date.trim(),
    outcome: log.kind === 'thank-you' ? 'sent' : log.outcome,
    ...(log.newDate.trim() && log.kind !== 'thank-you' ? { newDate: log.newDate.trim(), newDateKind: log.newDateKind } : {}),
    ...(log.note.trim() ? { note: log.note.trim() } : {}),
  };
}

/** How a call or email went, and a new date if they gave one (H8, H12). */
function OutcomeFields({ log, set, newError }: { log: LogState; set: (patch: Partial<LogState>) => void; newError: ShownError | undefined }) {
  return (
    <>
      <Field id="fu-log-outcome" label={M.outcome} hint={M.frontDeskHint}>
        <select id="fu-log-outcome" value={log.outcome} aria-describedby="fu-log-outcome-hint" onChange={(event) => set({ outcome: inputValue(event) as Outcome })}>
          {OUTCOMES.filter((o) => o !== 'sent').map((o) => (
            <option key={o} value={o}>
              {M[`outcome.${o}`]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="fu-log-newDate" label={M.newDate} hint={M.dateHint} error={newError?.message}>
        <input id="fu-log-newDate" type="date" value={log.newDate} aria-invalid={newError ? 'true' : undefined} aria-describedby={describedBy('fu-log-newDate', M.dateHint, newError?.message)} onInput={(event) => set({ newDate: inputValue(event) })} />
      </Field>
      {log.newDate && (
        <Choice id="fu-log-newDateKind" legend={M.newDateKind} value={log.newDateKind} options={NEW_DATE_KINDS} label={(k) => M[`newDateKind.${k}`]} onChange={(newDateKind) => set({ newDateKind })} />
      )}
    </>
  );
}

function LogForm({ props }: { props: Props }) {
  const fresh = (): LogState => ({ kind: 'call', date: props.userToday, outcome: 'voicemail', newDate: '', newDateKind: 'decide-by', note: '' });
  const [log, setLog] = useState<LogState>(fresh);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = (patch: Partial<LogState>) => setLog({ ...log, ...patch });
  const submit = (event: Event) => {
    event.preventDefault();
    const entry = draftFromLog(log, props.newId());
    const found = historyErrors(entry, props.userToday).map((e) => ({ id: `fu-log-${e.field}`, message: errorText(`log.${e.field}`, e.code, e.values) }));
    setAttempt(attempt + 1);
    setErrors(found);
    if (found.length) return;
    // The date passed the checks, so the draft is an entry.
    props.actions.log(entry as HistoryEntry);
    setLog(fresh());
  };
  const error = (id: string) => errors.find((e) => e.id === id);
  const dateError = error('fu-log-date');
  const newError = error('fu-log-newDate');
  return (
    <form class="fu-form" noValidate onSubmit={submit} aria-labelledby="fu-log-title">
      <h3 id="fu-log-title">{M.log}</h3>
      <ErrorSummary id="fu-log-errors" errors={errors} level={4} attempt={attempt} />
      <Choice id="fu-log-kind" legend={M.logKind} value={log.kind} options={HISTORY_KINDS} label={(k) => M[`kind.${k}`]} onChange={(kind) => set({ kind })} />
      <Field id="fu-log-date" label={M.logDate} hint={M.dateHint} error={dateError?.message}>
        <input id="fu-log-date" type="date" value={log.date} aria-invalid={dateError ? 'true' : undefined} aria-describedby={describedBy('fu-log-date', M.dateHint, dateError?.message)} onInput={(event) => set({ date: inputValue(event) })} />
      </Field>
      {log.kind !== 'thank-you' && (
        <>
          <OutcomeFields log={log} set={set} newError={newError} />
        </>
      )}
      <Field id="fu-log-note" label={M.logNote} error={error('fu-log-note')?.message}>
        <textarea id="fu-log-note" rows={2} value={log.note} aria-describedby={describedBy('fu-log-note', false, error('fu-log-note')?.message)} onInput={(event) => set({ note: inputValue(event) })} />
      </Field>
      <button type="submit" class="button">
        {M.logSave}
      </button>
    </form>
  );
}

function StatusForm({ props }: { props: Props }) {
  const [status, setStatus] = useState<Status>(props.app.status);
  return (
    <form
      class="fu-inline"
      onSubmit={(event) => {
        event.preventDefault();
        props.actions.status(status);
      }}
    >
      <label for="fu-app-status">{M.statusLabel}</label>{' '}
      <select id="fu-app-status" value={status} onChange={(event) => setStatus(inputValue(event) as Status)}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {M[`status.${s}`]}
          </option>
        ))}
      </select>{' '}
      <button type="submit" class="button button--secondary">
        {M.changeStatus}
      </button>
    </form>
  );
}

/** What happened so far, newest first. */
function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  return (
    <>
      <h3>{M.history}</h3>
      {history.length === 0 ? (
        <p>{M.historyEmpty}</p>
      ) : (
        <ul class="fu-history">
          {[...history].sort((a, b) => (a.date < b.date ? 1 : -1)).map((entry) => (
            <li key={entry.id}>
              {historyLine(entry)}
              {entry.note && <span class="fu-notes"> · {entry.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function AppDetail(props: Props) {
  const { app, actions } = props;
  const company = app.company;
  return (
    <article class="fu-detail" aria-labelledby="fu-detail-title">
      <button type="button" class="button button--secondary" onClick={actions.back}>
        {M.back}
      </button>
      <h2 id="fu-detail-title" tabIndex={-1}>
        {company}
        {app.role && <span class="fu-role"> · {app.role}</span>}
      </h2>
      <p>
        {M.statusLabel}: <strong>{M[`status.${app.status}`]}</strong>
      </p>
      {(app.contactName || app.contactEmail || app.contactPhone) && (
        <p>
          {[app.contactName, app.contactEmail, app.contactPhone].filter(Boolean).join(' · ')}
          {app.arrangedBy === 'agency' && ` (${M['arrangedBy.agency']})`}
        </p>
      )}
      {app.notes && <p class="fu-notes">{app.notes}</p>}
      <div class="fu-actions">
        <button type="button" class="button button--secondary" onClick={actions.edit}>
          {M.edit}
        </button>
        <a href={props.plannerHref}>{M.toPlanner}</a>
      </div>
      <p>
        <button type="button" class="button button--secondary" aria-describedby="fu-scripts-hint" onClick={actions.toScripts}>
          {M.toScripts}
        </button>
        <span class="fu-hint" id="fu-scripts-hint"> {M.scriptsHint}</span>
      </p>
      <h3>{M.plan}</h3>
      <PlanSteps outcome={props.outcome} tz={app.tz} userZone={props.userZone} />
      <h3>{M.reminders}</h3>
      <button type="button" class="button button--secondary" onClick={actions.ics}>
        {t('icsOne', { company })}
      </button>
      <NextStepLinks app={app} outcome={props.outcome} userZone={props.userZone} />
      <HistoryList history={app.history} />
      <LogForm key={app.id} props={props} />
      <StatusForm key={`${app.id}-${app.status}`} props={props} />
      <p>
        <button type="button" class="button button--secondary fu-danger" onClick={actions.remove}>
          {t('remove', { company })}
        </button>
      </p>
    </article>
  );
}
