/**
 * One versioned local store for every island. The pure half (`upgrade`, `decode`, `encode`)
 * turns stored text into a value and back, and knows nothing of the browser; the other half
 * (`readRaw`, `writeRaw`, `removeRaw`, in raw-storage.ts and re-exported here) is the only
 * code that touches localStorage. Nothing here throws: storage that is switched off, blocked, full or holding garbage comes back as a
 * status the island can explain, and the page keeps working from memory.
 *
 * Stored shape: `{"version": N, ...fields}`. An object without a version is read as version 0
 * (a hand-made or first-draft shape), so each tool's spec can upgrade every shape it ever wrote.
 */

export { browserStorage, readRaw, removeRaw, writeRaw, type StorageLike, type WriteProblem } from './raw-storage';

/** How one tool's value is stored. */
export interface StoreSpec<T> {
  /** The version `encode` writes. Raise it, and teach `read` the old shape, when the shape changes. */
  version: number;
  /** Reads what version `from` wrote (0: no version field); null when the data isn't that shape. */
  read(data: Record<string, unknown>, from: number): T | null;
  /** The fields written beside `version`. */
  write(value: T): Record<string, unknown>;
}

export type Decoded<T> =
  /** Written by this version, or upgraded from an older one. */
  | { status: 'ok' | 'migrated'; value: T }
  /** Nothing stored; unreadable; written by a newer version of the site (neither trusted nor rewritten). */
  | { status: 'empty' | 'corrupt' | 'newer' };

/** Upgrades parsed data to a value: with the version it was written in, 'newer', or null for data no version wrote. */
export function upgrade<T>(spec: StoreSpec<T>, data: unknown): { value: T; from: number } | 'newer' | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const from = 'version' in record ? record.version : 0;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0 || (from === 0 && 'version' in record)) return null;
  if (from > spec.version) return 'newer';
  const value = spec.read(record, from);
  return value === null ? null : { value, from };
}

/** Reads stored text (null or '' when nothing is stored). */
export function decode<T>(spec: StoreSpec<T>, raw: string | null | undefined): Decoded<T> {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  const upgraded = upgrade(spec, data);
  if (upgraded === 'newer') return { status: 'newer' };
  if (!upgraded) return { status: 'corrupt' };
  return { status: upgraded.from === spec.version ? 'ok' : 'migrated', value: upgraded.value };
}

/** The text to store for a value, in the current version's shape. */
export function encode<T>(spec: StoreSpec<T>, value: T): string {
  return JSON.stringify({ version: spec.version, ...spec.write(value) });
}
