/**
 * The board's words (US English), in two modules: this one, for what the page shows on first
 * load, and messages-detail.en.ts, loaded with the planner engine, for the form, the Today
 * view and one application. Components look sentences up with `t(key, values)`; the rules
 * modules return codes, never words.
 */
/** The locale every date on the board is written in. */
export const LOCALE = 'en-US';

export const M = {
  today: 'Today',
  firstTitle: 'Start with your latest interview',
  firstText: 'Add the company and the date of the interview. The board works out when to follow up, using the same rules as the planner, and shows here what is due each day.',
  add: 'Add an application',
  loading: 'Working out your dates…',
  loadFailed: 'Part of the board couldn’t load. Check your connection and reload the page.',
  'status.waiting': 'Waiting',
  'status.offer': 'Offer',
  'status.rejected': 'Rejected',
  'status.withdrawn': 'Withdrawn',
  'status.closed-no-answer': 'Closed: no answer',
  statusChanged: '{company}: status is now {status}.',
  logged: 'Logged for {company}.',
  removed: 'Deleted {what}.',
  allApps: 'all applications',
  undo: 'Undo',
  undone: 'Restored {what}.',
  saved: 'Saved {company}.',
  icsNone: 'No open application has a step ahead.',
  backup: 'Backups and records',
  backupText: 'Your board lives only in this browser. Save a backup file now and then, and to move to a new phone, open the file there.',
  exportJson: 'Save a backup file',
  importJson: 'Open a backup file',
  importAsk: 'This file has {count} applications. Add them to your board, or replace your board with them?',
  merge: 'Add to my board',
  replace: 'Replace my board',
  imported: 'Opened the backup: {added} added, {updated} updated.',
  replaced: 'Replaced your board with the backup: {count} applications.',
  persist: 'Ask this browser to keep my board',
  persistHint: 'Browsers may clear a site’s data when space runs low. This asks yours not to.',
  persistYes: 'Your browser will keep the board when space runs low.',
  persistNo: 'Your browser said no or didn’t answer. Keep a backup file.',
  'read.empty': 'That file is empty. Nothing was changed.',
  'read.too-large': 'That file is too large to be a board backup. Nothing was changed.',
  'read.not-json': 'That isn’t a board backup file (it isn’t JSON). Nothing was changed.',
  'read.foreign': 'That file isn’t a backup from this board. Nothing was changed.',
  'read.newer-version': 'That backup comes from a newer version of this site. Reload the page and try again. Nothing was changed.',
  'read.damaged': 'That backup is damaged and can’t be read. Nothing was changed.',
  'read.too-many': 'That backup has too many applications. Nothing was changed.',
  'read.bad-application': 'Application {n} in that file can’t be read ({field}). Nothing was changed.',
  'storage.unavailable': 'This browser isn’t letting the board save (storage is off or blocked). It works for now, but closing the page loses it. Save a backup file.',
  'storage.full': 'This browser’s storage is full, so your last change wasn’t saved. Save a backup file, then free some space.',
  'storage.damaged': 'Your saved board couldn’t be read. It was left as it is, and nothing will be saved over it. Open a backup file to restore your board.',
  'storage.newer': 'Your board was saved by a newer version of this site. Reload the page. Until then, changes here aren’t saved.',
  synced: 'Updated from another tab.',
} as const;

export type MessageKey = keyof typeof M;

/** A message with its {named} values filled in. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(M[key], values);
}

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
