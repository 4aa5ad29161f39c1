/**
 * The only code that touches localStorage for the checklist. Every call is wrapped: storage can
 * be switched off (a browser setting, some private modes), full, or throw on mere access, and the
 * checklist must keep working from memory in all of those cases.
 */

/** Why saving is not possible. */
export type StorageProblem = 'unavailable' | 'full';

function store(): Storage {
  // Reading the property itself throws a SecurityError when the browser blocks storage.
  return window.localStorage;
}

/** The stored string (null when nothing is stored), or the reason it could not be read. */
export function readStored(key: string): { raw: string | null } | { problem: StorageProblem } {
  try {
    return { raw: store().getItem(key) };
  } catch {
    return { problem: 'unavailable' };
  }
}

/** Saves the string; returns null when saved, or the reason it was not. */
export function writeStored(key: string, value: string): StorageProblem | null {
  try {
    store().setItem(key, value);
    return null;
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
  }
}
