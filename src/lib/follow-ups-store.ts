/**
 * The board's file format, used both in the browser's storage and in the backup file:
 * `{ "format": "callback-kit.follow-ups", "version": 1, "applications": [...] }`.
 *
 * Reading never throws and never half-applies: a file is either read whole (migrated to the
 * current version) or refused with one code saying why, and the caller changes nothing.
 */
import { isRecord, readApplication, type Application, type FieldError } from './follow-ups-model';

export const FORMAT = 'callback-kit.follow-ups';
/** Where the board keeps itself in the browser's storage (the planner's "Save to my follow-ups" writes there too). */
export const BOARD_STORAGE_KEY = 'callback-kit:follow-ups';
export const VERSION = 1;
/** Choice: far above fifty applications with full histories (about 2 KB each). */
export const MAX_FILE_CHARS = 5_000_000;
export const MAX_APPLICATIONS = 500;

export interface StoreFile {
  format: typeof FORMAT;
  version: typeof VERSION;
  applications: Application[];
}

export type ReadCode =
  /** Nothing there (an empty file, or nothing saved yet). */
  | 'empty'
  | 'too-large'
  /** Not JSON at all: another kind of file, or damaged. */
  | 'not-json'
  /** JSON, but not one of ours (another app's export, say). */
  | 'foreign'
  /** Ours, from a newer version of the site than this one. */
  | 'newer-version'
  /** Ours, but its version or shape can't be read. */
  | 'damaged'
  | 'too-many'
  /** One application in it breaks a rule (`index` and the field's problem in `detail`). */
  | 'bad-application';

export type ReadResult =
  | { ok: true; applications: Application[]; migratedFrom?: number }
  | { ok: false; code: ReadCode; index?: number; detail?: FieldError };

/**
 * Migrations, each from version n to n + 1, applied in turn. Version 0 is the bare list of
 * applications that the first builds of the board kept (no wrapper): it becomes version 1
 * as it is. A future version 2 adds `2: (file) => …` here and bumps VERSION.
 */
const MIGRATIONS: Record<number, (data: unknown) => unknown> = {
  1: (list) => ({ format: FORMAT, version: 1, applications: list }),
};

function versionOf(data: unknown): number | null {
  if (Array.isArray(data)) return 0;
  if (!isRecord(data)) return null;
  return Number.isInteger(data.version) ? (data.version as number) : null;
}

export function serialiseStore(applications: Application[]): string {
  const file: StoreFile = { format: FORMAT, version: VERSION, applications };
  return JSON.stringify(file, null, 1);
}

/** Reads a stored or imported file. Every application is checked by the model's rules. */
export function parseStore(text: string | null | undefined): ReadResult {
  if (text === null || text === undefined || text.trim() === '') return { ok: false, code: 'empty' };
  if (text.length > MAX_FILE_CHARS) return { ok: false, code: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'not-json' };
  }
  if (!Array.isArray(data) && !(isRecord(data) && data.format === FORMAT)) return { ok: false, code: 'foreign' };
  const from = versionOf(data);
  if (from === null || from < 0) return { ok: false, code: 'damaged' };
  if (from > VERSION) return { ok: false, code: 'newer-version' };
  for (let version = from + 1; version <= VERSION; version += 1) data = MIGRATIONS[version](data);
  const list = (data as { applications?: unknown }).applications;
  if (!Array.isArray(list)) return { ok: false, code: 'damaged' };
  if (list.length > MAX_APPLICATIONS) return { ok: false, code: 'too-many' };
  const applications: Application[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of list.entries()) {
    const read = readApplication(raw);
    if (!read.ok) return { ok: false, code: 'bad-application', index, detail: read.error };
    // Choice: two entries with one id can only come from a hand-edited file; keep the newer.
    if (seen.has(read.app.id)) {
      const at = applications.findIndex((app) => app.id === read.app.id);
      if (read.app.updatedAt > applications[at].updatedAt) applications[at] = read.app;
      continue;
    }
    seen.add(read.app.id);
    applications.push(read.app);
  }
  return from === VERSION ? { ok: true, applications } : { ok: true, applications, migratedFrom: from };
}
