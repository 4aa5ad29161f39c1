/**
 * The checklist's saved progress, as plain functions: no DOM, no storage, no clock.
 *
 * Progress is the list of ticked item ids. It is keyed by id, not by position or wording, so
 * an item whose text is reworded keeps its tick and an item removed from the YAML simply drops
 * out the next time the list is read. The island does the storage calls and hands the raw
 * string to `parse`, and what `serialise` returns back to storage.
 */

/** The version written by `serialise`. Raise it, and teach `migrate` the old shape, when the shape changes. */
export const STATE_VERSION = 1;

/** Ticked item ids, always in checklist order and without repeats. */
export type Ticks = readonly string[];

/** What `parse` found in storage. */
export type LoadStatus =
  /** Nothing saved yet. */
  | 'empty'
  /** Saved by this version. */
  | 'ok'
  /** Saved in an older shape and upgraded. */
  | 'migrated'
  /** Unreadable: not JSON, or not a shape any version wrote. */
  | 'corrupt'
  /** Written by a newer version of the site than this one. */
  | 'newer';

export interface Loaded {
  ticks: Ticks;
  status: LoadStatus;
  /** How many saved ids were dropped because no item has them any more. */
  dropped: number;
}

export interface Progress {
  done: number;
  total: number;
  /** "7 of 18 done" */
  label: string;
}

/** The current stored shape. */
interface StoredV1 {
  version: 1;
  done: string[];
}

/** The localStorage key for a checklist: namespaced, and versioned so a new format can start clean. */
export function storageKey(checklistId: string): string {
  return `callback-kit:checklist:${checklistId}:v1`;
}

/** Keeps only known ids, once each, in checklist order. */
function normalise(ids: Iterable<unknown>, itemIds: readonly string[]): { ticks: Ticks; dropped: number } {
  const wanted = new Set<unknown>(ids);
  const ticks = itemIds.filter((id) => wanted.has(id));
  let dropped = 0;
  for (const id of wanted) if (typeof id !== 'string' || !itemIds.includes(id)) dropped += 1;
  return { ticks, dropped };
}

/** Ticks `id` if it is not ticked, unticks it if it is. Unknown ids change nothing. */
export function toggle(ticks: Ticks, id: string, itemIds: readonly string[]): Ticks {
  return setTicked(ticks, id, !ticks.includes(id), itemIds);
}

/** Sets one item's tick. Unknown ids change nothing. */
export function setTicked(ticks: Ticks, id: string, ticked: boolean, itemIds: readonly string[]): Ticks {
  if (!itemIds.includes(id)) return ticks;
  const next = new Set(ticks);
  if (ticked) next.add(id);
  else next.delete(id);
  return normalise(next, itemIds).ticks;
}

/** How far through the list the reader is. */
export function progress(ticks: Ticks, itemIds: readonly string[]): Progress {
  const done = normalise(ticks, itemIds).ticks.length;
  const total = itemIds.length;
  return { done, total, label: `${done} of ${total} done` };
}

/** The string to store for these ticks. */
export function serialise(ticks: Ticks): string {
  const stored: StoredV1 = { version: STATE_VERSION, done: [...ticks] };
  return JSON.stringify(stored);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((each) => typeof each === 'string');
}

/**
 * Upgrades any shape a version of the site has written to the current one.
 * Returns null for data no version wrote, and 'newer' for a version above ours: we cannot know
 * what it means, so we neither trust nor rewrite it until the reader changes a tick.
 *
 * Version 1 stores `{"version": 1, "done": [ids]}`. An object with no version that maps ids to
 * true/false (`{"send-thanks": true}`) is read as version 0: no released build wrote it, but it
 * is the obvious hand-made or first-draft shape, and accepting it keeps the upgrade path tested
 * before a real version 2 needs it.
 */
export function migrate(data: unknown): { stored: StoredV1; from: number } | 'newer' | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (!('version' in record)) {
    const entries = Object.entries(record);
    if (!entries.every(([, value]) => typeof value === 'boolean')) return null;
    return { stored: { version: 1, done: entries.filter(([, value]) => value).map(([id]) => id) }, from: 0 };
  }
  const { version } = record;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return null;
  if (version > STATE_VERSION) return 'newer';
  return isStringArray(record.done) ? { stored: { version: 1, done: record.done }, from: 1 } : null;
}

/**
 * Reads what storage held (`null` when nothing) against the checklist's current item ids.
 * Never throws: anything unreadable comes back as no ticks with status 'corrupt'.
 */
export function parse(raw: string | null, itemIds: readonly string[]): Loaded {
  if (raw === null || raw === '') return { ticks: [], status: 'empty', dropped: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ticks: [], status: 'corrupt', dropped: 0 };
  }
  const upgraded = migrate(data);
  if (upgraded === null) return { ticks: [], status: 'corrupt', dropped: 0 };
  if (upgraded === 'newer') return { ticks: [], status: 'newer', dropped: 0 };
  const { ticks, dropped } = normalise(upgraded.stored.done, itemIds);
  return { ticks, status: upgraded.from === STATE_VERSION ? 'ok' : 'migrated', dropped };
}

/** True when both hold the same ticks (both are in checklist order). */
export function sameTicks(a: Ticks, b: Ticks): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
