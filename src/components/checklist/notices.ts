/**
 * What the checklist tells the reader about saving, each at most once per visit. Handed to the
 * island as props by Checklist.astro, so the wording travels in the page's HTML, not in the
 * JavaScript bundle (the checklist page has 10 KB of JavaScript in all).
 */
export type Notice = 'unavailable' | 'full' | 'corrupt';

const UNSAVED = 'so your ticks will last only until you leave or reload this page.';

export const NOTICES: Record<Notice, string> = {
  unavailable: `Your browser is not letting this page save anything, ${UNSAVED}`,
  full: `Your browser’s storage is full, ${UNSAVED}`,
  corrupt: 'We couldn’t read the ticks saved on this device, so the list starts empty. New ticks will be saved as usual.',
};
