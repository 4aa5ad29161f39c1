/**
 * Loads the phone check (libphonenumber-js and our messages) on first use of the phone field,
 * so the page's first load stays small. If it can't load (offline, blocked), checking is
 * skipped and the scripts keep working with whatever was typed.
 */
type Check = (typed: string) => string | null;

let loading: Promise<Check | null> | null = null;

export function loadPhoneCheck(): Promise<Check | null> {
  loading ??= import('./phone-problem').then(
    (module) => module.phoneProblem,
    () => {
      loading = null;
      return null;
    },
  );
  return loading;
}
