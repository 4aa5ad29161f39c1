/**
 * The script generator's "Remember my details on this device", as plain functions.
 *
 * Built on the island kit's versioned store (components/shared/local-store.ts).
 * `parseDetails` and `serialiseDetails` are pure. `loadDetails`, `saveDetails` and
 * `forgetDetails` take the storage object as an argument (the island passes `localStorage`,
 * tests pass a fake), and never throw: storage that is disabled, full or holds garbage comes
 * back as a status the island can explain, while the page keeps working from memory.
 */
import { decode, encode, readRaw, removeRaw, writeRaw, type StorageLike, type StoreSpec } from '../components/shared/local-store';
import type { ScriptDetails, Tone } from './follow-up-scripts';

/** Namespaced, and versioned so a new shape can start clean. */
export const DETAILS_STORAGE_KEY = 'callback-kit:call-scripts:details:v1';

export const DETAILS_VERSION = 1;

/** Longer values are cut to this length when read back: no real name or title comes close. */
export const MAX_FIELD_LENGTH = 20_000;

export const TEXT_FIELDS = [
  'yourName', 'phone', 'email', 'role', 'company', 'interviewerName',
  'interviewDate', 'promisedDate', 'competingOfferDeadline',
  'recruiterName', 'answerBy', 'reason', 'refereeName',
] as const satisfies ReadonlyArray<keyof ScriptDetails>;

export type TextField = (typeof TEXT_FIELDS)[number];

/** Every field present: what the form holds. */
export type FormDetails = Record<TextField, string> & { tone: Tone; askFeedback: boolean };

export const DEFAULT_DETAILS: Readonly<FormDetails> = Object.freeze({
  yourName: '', phone: '', email: '', role: '', company: '', interviewerName: '',
  interviewDate: '', promisedDate: '', competingOfferDeadline: '',
  recruiterName: '', answerBy: '', reason: '', refereeName: '', tone: 'warm', askFeedback: true,
});

export type LoadStatus =
  /** Nothing saved. */
  | 'empty'
  /** Saved details read back. */
  | 'ok'
  /** Something is saved under our key but it is not a shape we wrote (or a newer site wrote it). */
  | 'corrupt'
  /** The browser refused to let us read (storage disabled or blocked). */
  | 'unavailable';

export type SaveStatus = 'saved' | 'unavailable';

export interface Loaded {
  details: FormDetails;
  status: LoadStatus;
}

export type { StorageLike };

/** Fills the gaps with defaults and drops anything that isn't ours. */
export function normaliseDetails(input: unknown): FormDetails {
  const out: FormDetails = { ...DEFAULT_DETAILS };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return out;
  const record = input as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') out[field] = value.slice(0, MAX_FIELD_LENGTH);
  }
  if (record.tone === 'formal' || record.tone === 'warm') out.tone = record.tone;
  if (typeof record.askFeedback === 'boolean') out.askFeedback = record.askFeedback;
  return out;
}

/**
 * Version 1 stores `{"version": 1, "details": {...}}`. Fields added since (the recruiter, the
 * offer's dates, …) are simply absent from older saves and start empty: no new version needed.
 */
const SPEC: StoreSpec<FormDetails> = {
  version: DETAILS_VERSION,
  read: (data, from) =>
    from === 1 && typeof data.details === 'object' && data.details !== null ? normaliseDetails(data.details) : null,
  write: (details) => ({ details: normaliseDetails(details) }),
};

export function serialiseDetails(details: ScriptDetails): string {
  return encode(SPEC, details as FormDetails);
}

export function parseDetails(raw: string | null | undefined): Loaded {
  const decoded = decode(SPEC, raw);
  return 'value' in decoded
    ? { details: decoded.value, status: 'ok' }
    : { details: { ...DEFAULT_DETAILS }, status: decoded.status === 'empty' ? 'empty' : 'corrupt' };
}

export function loadDetails(storage: StorageLike | null | undefined): Loaded {
  const raw = readRaw(DETAILS_STORAGE_KEY, storage);
  return raw === undefined ? { details: { ...DEFAULT_DETAILS }, status: 'unavailable' } : parseDetails(raw);
}

export function saveDetails(storage: StorageLike | null | undefined, details: ScriptDetails): SaveStatus {
  return writeRaw(DETAILS_STORAGE_KEY, serialiseDetails(details), storage) ? 'unavailable' : 'saved';
}

/** Removes the saved copy. Returns false when the browser would not let us. */
export function forgetDetails(storage: StorageLike | null | undefined): boolean {
  return removeRaw(DETAILS_STORAGE_KEY, storage);
}
