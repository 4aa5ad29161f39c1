/**
 * "My follow-ups": the application model and its validation. Pure: no DOM and no clock; the
 * island passes today and the time. Errors come back as codes (`{ field, code, values }`);
 * the wording lives in src/components/follow-ups/messages.en.ts.
 *
 * One check serves both doors in: the add/edit form (`applicationFromForm`) and an imported
 * backup (`readApplication`), so a file can never hold what the form would refuse.
 */
import { isIsoDate, type IsoDate } from './dates/iso';
import type { Told } from './planner-state';
import { isTimeZone } from './zoned-time';
import { regionByCode } from '../data/regions';

/** H14: who arranged the interview. With an agency, every follow-up goes to the recruiter. */
/**
 * The planner form's answers to "did they say when you'd hear back?" (planner-state.ts TOLD).
 * Choice: listed here too, type-checked against the planner's type and tested equal, so the
 * board's first load needn't carry the planner's URL code.
 */
export const TOLD_CODES = ['none', 'date', 'end-of-week', 'next-week', 'two-weeks'] as const satisfies readonly Told[];

export type ArrangedBy = 'employer' | 'agency';
export const ARRANGED_BY: readonly ArrangedBy[] = ['employer', 'agency'];

/**
 * H13: how they asked to be contacted, or how they have been in touch. '' = not known, which
 * plans calls and offers the email version beside each.
 */
export type ContactChannel = '' | 'phone' | 'email' | 'no-calls' | 'agency';
export const CHANNELS: readonly ContactChannel[] = ['', 'phone', 'email', 'no-calls', 'agency'];

export type RoundKind = 'phone-screen' | 'first' | 'final' | 'other';
export const ROUND_KINDS: readonly RoundKind[] = ['phone-screen', 'first', 'final', 'other'];

export type HistoryKind = 'call' | 'email' | 'thank-you';
export const HISTORY_KINDS: readonly HistoryKind[] = ['call', 'email', 'thank-you'];

/**
 * What came of a call or email. H12: 'front-desk' (only a receptionist or colleague, no
 * message for your contact) is not an attempt; a voicemail or a conversation is.
 */
export type Outcome = 'reached' | 'voicemail' | 'front-desk' | 'no-reply' | 'sent';
export const OUTCOMES: readonly Outcome[] = ['reached', 'voicemail', 'front-desk', 'no-reply', 'sent'];

/** H8: a call-back day ("call me on the 14th") or a decide-by day ("we'll decide by the 14th"). */
export type NewDateKind = 'call-back' | 'decide-by';
export const NEW_DATE_KINDS: readonly NewDateKind[] = ['call-back', 'decide-by'];

export type Status = 'waiting' | 'offer' | 'rejected' | 'withdrawn' | 'closed-no-answer';
export const STATUSES: readonly Status[] = ['waiting', 'offer', 'rejected', 'withdrawn', 'closed-no-answer'];

export interface Round {
  date: IsoDate;
  kind: RoundKind;
}

export interface HistoryEntry {
  id: string;
  kind: HistoryKind;
  date: IsoDate;
  outcome: Outcome;
  /** A new date they gave (H8), with its kind. */
  newDate?: IsoDate;
  newDateKind?: NewDateKind;
  note?: string;
}

export interface Application {
  id: string;
  company: string;
  role: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  arrangedBy: ArrangedBy;
  channel: ContactChannel;
  rounds: Round[];
  /** What they said about hearing back, as the planner's form asks it. */
  told: Told;
  promised: IsoDate | '';
  /** A region code from src/data/regions.ts, or '' for none. */
  region: string;
  /** The employer's IANA time zone. */
  tz: string;
  notes: string;
  history: HistoryEntry[];
  status: Status;
  /** ISO instants (`2026-12-01T13:40:00.000Z`): merging keeps the newest. */
  createdAt: string;
  updatedAt: string;
}

/** What an edge (the form, a file) hands in before the checks: dates still plain text. */
export type RoundDraft = { date: string; kind: RoundKind };
export type HistoryDraft = Omit<HistoryEntry, 'date' | 'newDate'> & { date: string; newDate?: string };
export type ApplicationDraft = Omit<Application, 'rounds' | 'history' | 'promised'> & { rounds: RoundDraft[]; history: HistoryDraft[]; promised: string };

export interface FieldError {
  field: string;
  code: ErrorCode;
  values?: Record<string, string | number>;
}

export type ErrorCode =
  | 'required'
  | 'too-long'
  | 'invalid-date'
  | 'invalid-email'
  | 'before-interview'
  | 'after-today'
  | 'before-new-date'
  | 'unknown-region'
  | 'invalid-tz'
  | 'invalid-choice'
  | 'too-many';

/** Choice: generous caps, far above real use, so a pasted book can't fill the storage budget. */
export const MAX_TEXT = 200;
export const MAX_NOTES = 5000;
export const MAX_ROUNDS = 10;
export const MAX_HISTORY = 100;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
// Choice: the loosest check that still catches a phone number typed in the email box; the
// address is only ever shown and put in a mailto link, never sent anywhere by us.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** The latest interview round's date: the planner plans from it (an application has at least one). */
export function latestInterview(app: Pick<Application, 'rounds'>): IsoDate {
  return app.rounds.reduce((latest, round) => (round.date > latest ? round.date : latest), app.rounds[0].date);
}

export function isOpen(app: Pick<Application, 'status'>): boolean {
  return app.status === 'waiting';
}

function checkText(errors: FieldError[], field: string, value: string, max: number): void {
  if (value.length > max) errors.push({ field, code: 'too-long', values: { max } });
}

function checkRounds(errors: FieldError[], rounds: RoundDraft[]): void {
  if (rounds.length > MAX_ROUNDS) errors.push({ field: 'rounds', code: 'too-many', values: { max: MAX_ROUNDS } });
  const dated = rounds.filter((round) => round.date !== '');
  if (dated.length === 0) errors.push({ field: 'rounds.0.date', code: 'required' });
  rounds.forEach((round, index) => {
    if (round.date !== '' && !isIsoDate(round.date)) errors.push({ field: `rounds.${index}.date`, code: 'invalid-date' });
    if (!ROUND_KINDS.includes(round.kind)) errors.push({ field: `rounds.${index}.kind`, code: 'invalid-choice' });
  });
}

function checkHistory(errors: FieldError[], history: HistoryDraft[], today?: IsoDate): void {
  if (history.length > MAX_HISTORY) errors.push({ field: 'history', code: 'too-many', values: { max: MAX_HISTORY } });
  history.forEach((entry, index) => errors.push(...historyErrors(entry, today).map((error) => ({ ...error, field: `history.${index}.${error.field}` }))));
}

/** The checks on one logged call or email; `today` (when known) forbids future entries. */
export function historyErrors(entry: HistoryDraft, today?: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof entry.id !== 'string' || entry.id === '' || entry.id.length > 64) errors.push({ field: 'id', code: 'required' });
  if (!HISTORY_KINDS.includes(entry.kind)) errors.push({ field: 'kind', code: 'invalid-choice' });
  if (!OUTCOMES.includes(entry.outcome)) errors.push({ field: 'outcome', code: 'invalid-choice' });
  if (entry.date === '') errors.push({ field: 'date', code: 'required' });
  else if (!isIsoDate(entry.date)) errors.push({ field: 'date', code: 'invalid-date' });
  else if (today && entry.date > today) errors.push({ field: 'date', code: 'after-today' });
  if (entry.newDate !== undefined) {
    if (!isIsoDate(entry.newDate)) errors.push({ field: 'newDate', code: 'invalid-date' });
    else if (isIsoDate(entry.date) && entry.newDate < entry.date) errors.push({ field: 'newDate', code: 'before-new-date' });
    if (entry.newDateKind !== undefined && !NEW_DATE_KINDS.includes(entry.newDateKind)) errors.push({ field: 'newDateKind', code: 'invalid-choice' });
  }
  if (entry.note !== undefined) checkText(errors, 'note', entry.note, MAX_NOTES);
  return errors;
}

/** Every rule an application must meet, whichever door it came in by. */
export function applicationErrors(app: ApplicationDraft, today?: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  if (app.company.trim() === '') errors.push({ field: 'company', code: 'required' });
  for (const field of ['company', 'role', 'contactName', 'contactEmail', 'contactPhone'] as const) checkText(errors, field, app[field], MAX_TEXT);
  if (app.contactEmail !== '' && !EMAIL.test(app.contactEmail)) errors.push({ field: 'contactEmail', code: 'invalid-email' });
  checkText(errors, 'notes', app.notes, MAX_NOTES);
  if (!ARRANGED_BY.includes(app.arrangedBy)) errors.push({ field: 'arrangedBy', code: 'invalid-choice' });
  if (!CHANNELS.includes(app.channel)) errors.push({ field: 'channel', code: 'invalid-choice' });
  if (!STATUSES.includes(app.status)) errors.push({ field: 'status', code: 'invalid-choice' });
  checkRounds(errors, app.rounds);
  if (!(TOLD_CODES as readonly string[]).includes(app.told)) errors.push({ field: 'told', code: 'invalid-choice' });
  else if (app.told === 'date') {
    const first = app.rounds.map((round) => round.date).filter(isIsoDate).sort()[0];
    if (app.promised === '') errors.push({ field: 'promised', code: 'required' });
    else if (!isIsoDate(app.promised)) errors.push({ field: 'promised', code: 'invalid-date' });
    else if (first && app.promised < first) errors.push({ field: 'promised', code: 'before-interview' });
  }
  if (app.region !== '' && !regionByCode(app.region)) errors.push({ field: 'region', code: 'unknown-region' });
  if (!isTimeZone(app.tz)) errors.push({ field: 'tz', code: 'invalid-tz' });
  checkHistory(errors, app.history, today);
  return errors;
}

const str = (value: unknown): value is string => typeof value === 'string';
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readHistoryEntry(raw: unknown): HistoryDraft | null {
  if (!isRecord(raw) || !str(raw.id) || !str(raw.kind) || !str(raw.date) || !str(raw.outcome)) return null;
  const entry: HistoryDraft = { id: raw.id, kind: raw.kind as HistoryKind, date: raw.date, outcome: raw.outcome as Outcome };
  for (const key of ['newDate', 'newDateKind', 'note'] as const) {
    if (raw[key] === undefined) continue;
    if (!str(raw[key])) return null;
    (entry as unknown as Record<string, string>)[key] = raw[key] as string;
  }
  return entry;
}

const TEXT_KEYS = ['id', 'company', 'role', 'contactName', 'contactEmail', 'contactPhone', 'arrangedBy', 'channel', 'told', 'promised', 'region', 'tz', 'notes', 'status'] as const;

/**
 * One application from a stored or imported file: every field of the right type and every
 * rule met, or the first problem as a code. Unknown extra keys are dropped.
 */
export function readApplication(raw: unknown): { ok: true; app: Application } | { ok: false; error: FieldError } {
  const shape = (field: string): { ok: false; error: FieldError } => ({ ok: false, error: { field, code: 'invalid-choice' } });
  if (!isRecord(raw)) return shape('application');
  for (const key of TEXT_KEYS) if (!str(raw[key])) return shape(key);
  if (!str(raw.id) || raw.id === '' || raw.id.length > 64) return shape('id');
  if (!isInstant(raw.createdAt)) return shape('createdAt');
  if (!isInstant(raw.updatedAt)) return shape('updatedAt');
  // Every saved round has its date (the form drops blank ones), and there is at least one.
  if (!Array.isArray(raw.rounds) || !raw.rounds.every((round) => isRecord(round) && str(round.date) && round.date !== '' && str(round.kind))) return shape('rounds');
  if (!Array.isArray(raw.history)) return shape('history');
  const history = raw.history.map(readHistoryEntry);
  if (history.some((entry) => entry === null)) return shape('history');
  const text = Object.fromEntries(TEXT_KEYS.map((key) => [key, raw[key] as string]));
  const app = {
    ...text,
    rounds: (raw.rounds as RoundDraft[]).map(({ date, kind }) => ({ date, kind })),
    history: history as HistoryDraft[],
    createdAt: raw.createdAt as string,
    updatedAt: raw.updatedAt as string,
  } as ApplicationDraft;
  const [first] = applicationErrors(app);
  // Every date passed the checks, so the draft is an application.
  return first ? { ok: false, error: first } : { ok: true, app: app as Application };
}
