/**
 * The island kit's only calls to the browser's storage, apart from its versioned encoders
 * (local-store.ts re-exports these). Nothing here throws: storage that is switched off,
 * blocked or full comes back as a value the island can explain.
 *
 * Choice: a module of its own so an island that keeps its own format (the follow-ups board)
 * can use these three calls without the encoders.
 */

/** The subset of the Web Storage API we use (tests pass a fake). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why a write failed. */
export type WriteProblem = 'unavailable' | 'full';

/** localStorage, or null where merely reading the property throws (blocked cookies, some private modes). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored text, null when nothing is stored, or undefined when the browser won't let us read. */
export function readRaw(key: string, storage = browserStorage()): string | null | undefined {
  try {
    return storage!.getItem(key);
  } catch {
    return undefined;
  }
}

/** Stores the text; null when saved, or why it wasn't. */
export function writeRaw(key: string, value: string, storage = browserStorage()): WriteProblem | null {
  try {
    storage!.setItem(key, value);
    return null;
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
  }
}

/** Removes the stored text. False when the browser wouldn't let us. */
export function removeRaw(key: string, storage = browserStorage()): boolean {
  try {
    storage!.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
