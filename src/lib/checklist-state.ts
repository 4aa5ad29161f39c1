/**
 * The checklist's saved progress, as plain functions: no DOM, no storage, no clock.
 *
 * Progress is the list of ticked item ids. It is keyed by id, not by position or wording, so
 * an item whose text is reworded keeps its tick and an item removed from the YAML simply drops
 * out the next time the list is read. The island does the storage calls and hands the raw
 * string to `parse`, and what `serialise` returns back to storage.
 */
import { decode, encode, upgrade, type StoreSpec } from '../components/shared/local-store';

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

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((each) => typeof each === 'string');
}

/**
 * How ticks are stored, in the island kit's versioned store (components/shared/local-store.ts).
 *
 * Version 1 stores `{"version": 1, "done": [ids]}`. An object with no version that maps ids to
 * true/false (`{"send-thanks": true}`) is read as version 0: no released build wrote it, but it
 * is the obvious hand-made or first-draft shape, and accepting it keeps the upgrade path tested
 * before a real version 2 needs it.
 */
const SPEC: StoreSpec<string[]> = {
  version: STATE_VERSION,
  read(data, from) {
    if (from > 0) return isStringArray(data.done) ? data.done : null;
    const entries = Object.entries(data);
    return entries.every(([, value]) => typeof value === 'boolean') ? entries.filter(([, value]) => value).map(([id]) => id) : null;
  },
  write: (done) => ({ done }),
};

/** The string to store for these ticks. */
export function serialise(ticks: Ticks): string {
  return encode(SPEC, [...ticks]);
}

/**
 * Upgrades any shape a version of the site has written to the current one.
 * Returns null for data no version wrote, and 'newer' for a version above ours: we cannot know
 * what it means, so we neither trust nor rewrite it until the reader changes a tick.
 */
export function migrate(data: unknown): { stored: StoredV1; from: number } | 'newer' | null {
  const upgraded = upgrade(SPEC, data);
  return upgraded && upgraded !== 'newer' ? { stored: { version: 1, done: upgraded.value }, from: upgraded.from } : upgraded;
}

/**
 * Reads what storage held (`null` when nothing) against the checklist's current item ids.
 * Never throws: anything unreadable comes back as no ticks with status 'corrupt'.
 */
export function parse(raw: string | null, itemIds: readonly string[]): Loaded {
  const decoded = decode(SPEC, raw);
  if (!('value' in decoded)) return { ticks: [], status: decoded.status, dropped: 0 };
  return { ...normalise(decoded.value, itemIds), status: decoded.status };
}

/** True when both hold the same ticks (both are in checklist order). */
export function sameTicks(a: Ticks, b: Ticks): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
