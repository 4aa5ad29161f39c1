/**
 * The only code that touches the browser's storage for the board.
 *
 * Choice: localStorage, not IndexedDB (or a wrapper such as idb-keyval). Reads are
 * synchronous, so the board is drawn from saved data on the first render with no flash of an
 * empty board; fifty applications with full histories come to about 100 KB, far inside the
 * ~5 MB localStorage allows; the `storage` event keeps other tabs in sync with no extra code
 * or library bytes; and IndexedDB gains nothing against eviction, since Safari's seven-day
 * rule and the "persistent storage" grant cover all of a site's storage alike. The backup
 * file is the real safeguard, and the page offers it.
 *
 * Every call is wrapped and never throws: storage can be switched off, blocked, full, or hold
 * something we can't read, and the board keeps working from memory in all of those cases. The
 * format and its migrations are the board's own (src/lib/follow-ups-store.ts): its import needs
 * the same reader, with a code for each way a file can be wrong.
 */
import type { Application } from '../../lib/follow-ups-model';
import { BOARD_STORAGE_KEY as BOARD_KEY, parseStore, serialiseStore, type ReadCode } from '../../lib/follow-ups-store';
import { readRaw, removeRaw, writeRaw } from '../shared/raw-storage';

export { BOARD_KEY };
/** Set once the "browsers may delete this" warning has been read. */
export const WARNED_KEY = 'callback-kit:follow-ups:warned';

/** Why the board is working from memory: nothing is saved until the cause goes away. */
export type StorageProblem = 'unavailable' | 'full' | 'damaged' | 'newer';

export type Loaded = { apps: Application[]; problem: StorageProblem | null };

function problemOf(code: ReadCode): StorageProblem | null {
  if (code === 'empty') return null;
  return code === 'newer-version' ? 'newer' : 'damaged';
}

export function loadBoard(): Loaded {
  const raw = readRaw(BOARD_KEY);
  if (raw === undefined) return { apps: [], problem: 'unavailable' };
  const read = parseStore(raw);
  if (read.ok) return { apps: read.applications, problem: null };
  return { apps: [], problem: problemOf(read.code) };
}

/** Saves the board; null when saved, or the reason it was not. */
export function saveBoard(apps: Application[]): StorageProblem | null {
  if (apps.length > 0) return writeRaw(BOARD_KEY, serialiseStore(apps));
  return removeRaw(BOARD_KEY) ? null : 'unavailable';
}

export function readFlag(key: string): boolean {
  return readRaw(key) === '1';
}

/** The flag only saves showing a notice twice; nothing is lost if it can't be written. */
export function writeFlag(key: string): void {
  writeRaw(key, '1');
}

/** Calls `onChange` when another tab saves the board. Returns the unsubscribe. */
export function watchBoard(onChange: (loaded: Loaded) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === BOARD_KEY || event.key === null) onChange(loadBoard());
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}

/**
 * Asks the browser to keep the board when space runs low (and, in some browsers, past
 * Safari-style expiry). Resolves to true if granted, false if not, null where unsupported.
 */
export async function askToPersist(): Promise<boolean | null> {
  try {
    if (!navigator.storage?.persist) return null;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}
