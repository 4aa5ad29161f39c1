/**
 * "Save to my follow-ups" from the planner: its form as a board application, and the board's
 * stored text with it added. Pure, for the planner's island to load on use (a dynamic import
 * after a plan is made): it asks for the company (the board needs one), then writes the text
 * this returns under the board's storage key and links to /tools/follow-ups/#app-<id>.
 */
import type { IsoDate } from './dates/iso';
import { applicationErrors, type Application, type ContactChannel, type FieldError, type HistoryEntry } from './follow-ups-model';
import { parseStore, serialiseStore, MAX_APPLICATIONS, type ReadCode } from './follow-ups-store';
export { BOARD_STORAGE_KEY } from './follow-ups-store';
import { isEmailOnly, type FormState, type MadeCall } from './planner-state';

const OUTCOME = { contact: 'reached', voicemail: 'voicemail', 'front-desk': 'front-desk' } as const;

function historyOf(calls: MadeCall[], emailOnly: boolean, newId: () => string): HistoryEntry[] {
  return calls
    .filter((call) => call.date !== '')
    .map((call) => ({
      id: newId(),
      kind: emailOnly ? 'email' : 'call',
      date: call.date as IsoDate,
      outcome: emailOnly ? 'sent' : OUTCOME[call.reached],
      ...(call.newDate ? { newDate: call.newDate as IsoDate, newDateKind: call.kind } : {}),
    }));
}

/** The planner's form, with the company (and job title) the person typed, as an application. */
export function applicationFromPlanner(
  state: FormState,
  details: { company: string; role?: string },
  ctx: { id: string; now: string; newId: () => string },
): { ok: true; app: Application } | { ok: false; errors: FieldError[] } {
  const channel: ContactChannel = state.touch;
  const emailOnly = isEmailOnly(channel);
  const draft = {
    id: ctx.id, company: details.company.trim(), role: (details.role ?? '').trim(),
    contactName: '', contactEmail: '', contactPhone: '',
    arrangedBy: channel === 'agency' ? 'agency' : 'employer',
    channel,
    rounds: [{ date: state.interview, kind: 'first' }],
    told: state.told,
    promised: state.told === 'date' ? state.promised : '',
    region: state.region, tz: state.tz, notes: '',
    history: historyOf(state.calls, emailOnly, ctx.newId),
    status: 'waiting', createdAt: ctx.now, updatedAt: ctx.now,
  } as const;
  const errors = applicationErrors({ ...draft, rounds: [...draft.rounds], history: draft.history });
  return errors.length ? { ok: false, errors } : { ok: true, app: { ...draft, rounds: [...draft.rounds], history: draft.history } as Application };
}

/**
 * The board's stored text with `app` added. A board that can't be read (damaged, or from a
 * newer version) is never written over: the code says why, and the planner sends the person
 * to the board instead.
 */
export function addToBoard(stored: string | null, app: Application): { ok: true; text: string } | { ok: false; code: ReadCode | 'too-many' } {
  const read = parseStore(stored);
  if (!read.ok && read.code !== 'empty') return { ok: false, code: read.code };
  const apps = read.ok ? read.applications : [];
  if (apps.length >= MAX_APPLICATIONS) return { ok: false, code: 'too-many' };
  return { ok: true, text: serialiseStore([...apps, app]) };
}
