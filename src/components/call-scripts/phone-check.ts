/**
 * Loads the phone check (libphonenumber-js and our messages) on first use of the phone field,
 * so the page's first load stays small. If it can't load (offline, blocked), checking is
 * skipped and the scripts keep working with whatever was typed.
 */
import { loadOnce } from '../shared/load-once';

type Check = (typed: string) => string | null;

export const loadPhoneCheck = loadOnce<Check>(() => import('./phone-problem').then((module) => module.phoneProblem));
