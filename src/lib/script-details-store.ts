/**
 * The script generator's "Remember my details on this device", as plain functions.
 *
 * `parseDetails` and `serialiseDetails` are pure. `loadDetails`, `saveDetails` and
 * `forgetDetails` take the storage object as an argument (the island passes `localStorage`,
 * tests pass a fake), and never throw: storage that is disabled, full or holds garbage comes
 * back as a status the island can explain, while the page keeps working from memory.
 */
import type { ScriptDetails, Tone } from './follow-up-scripts';

/** Namespaced, and versioned so a new shape can start clean. */
export const DETAILS_STORAGE_KEY = 'callback-kit:call-scripts:details:v1';

export const DETAILS_VERSION = 1;

/** Longer values are cut to this length when read back: no real name or title comes close. */
export const MAX_FIELD_LENGTH = 20_000;

export const TEXT_FIELDS = [
  'yourName', 'phone', 'email', 'role', 'company', 'interviewerName',
  'interviewDate', 'promisedDate', 'competingOfferDeadline',
] as const satisfies ReadonlyArray<keyof ScriptDetails>;

export type TextField = (typeof TEXT_FIELDS)[number];

/** Every field present: what the form holds. */
export type FormDetails = Record<TextField, string> & { tone: Tone };

export const DEFAULT_DETAILS: Readonly<FormDetails> = Object.freeze({
  yourName: '', phone: '', email: '', role: '', company: '', interviewerName: '',
  interviewDate: '', promisedDate: '', competingOfferDeadline: '', tone: 'warm',
});

export type LoadStatus =
  /** Nothing saved. */
  | 'empty'
  /** Saved details read back. */
  | 'ok'
  /** Something is saved under our key but it is not a shape we wrote. */
  | 'corrupt'
  /** The browser refused to let us read (storage disabled or blocked). */
  | 'unavailable';

export type SaveStatus = 'saved' | 'unavailable';

export interface Loaded {
  details: FormDetails;
  status: LoadStatus;
}

/** The subset of the Web Storage API we use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

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
  return out;
}

export function serialiseDetails(details: ScriptDetails): string {
  return JSON.stringify({ version: DETAILS_VERSION, details: normaliseDetails(details) });
}

export function parseDetails(raw: string | null | undefined): Loaded {
  if (raw === null || raw === undefined || raw === '') return { details: { ...DEFAULT_DETAILS }, status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { details: { ...DEFAULT_DETAILS }, status: 'corrupt' };
  }
  if (
    typeof data !== 'object' || data === null ||
    (data as { version?: unknown }).version !== DETAILS_VERSION ||
    typeof (data as { details?: unknown }).details !== 'object' ||
    (data as { details?: unknown }).details === null
  ) {
    return { details: { ...DEFAULT_DETAILS }, status: 'corrupt' };
  }
  return { details: normaliseDetails((data as { details: unknown }).details), status: 'ok' };
}

export function loadDetails(storage: StorageLike | null | undefined): Loaded {
  let raw: string | null;
  try {
    if (!storage) throw new Error('no storage');
    raw = storage.getItem(DETAILS_STORAGE_KEY);
  } catch {
    return { details: { ...DEFAULT_DETAILS }, status: 'unavailable' };
  }
  return parseDetails(raw);
}

export function saveDetails(storage: StorageLike | null | undefined, details: ScriptDetails): SaveStatus {
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(DETAILS_STORAGE_KEY, serialiseDetails(details));
    return 'saved';
  } catch {
    return 'unavailable';
  }
}

/** Removes the saved copy. Returns false when the browser would not let us. */
export function forgetDetails(storage: StorageLike | null | undefined): boolean {
  try {
    if (!storage) throw new Error('no storage');
    storage.removeItem(DETAILS_STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
