/**
 * Everything the board needs once there is something to plan: the planner's rules, the
 * Today view and one application's screen. FollowUps.tsx loads it with a dynamic import when
 * the board has an application, which keeps the empty page's first load small.
 */
import type { Application } from '../../lib/follow-ups-model';
import { handOff } from '../../lib/script-handoff';
import { browserStorage } from '../shared/raw-storage';
import { planFor, type BoardContext } from '../../lib/follow-ups-today';
export { buildTodayView } from '../../lib/follow-ups-today';
export { mergeApplications } from '../../lib/follow-ups-merge';
import { holidaysUrl } from '../../data/regions';
import type { IsoDate } from '../../lib/dates/iso';

/** A region's public holidays from the planner's file (/holidays/<code>.json; cached offline). */
export async function fetchHolidays(code: string): Promise<IsoDate[]> {
  const response = await fetch(holidaysUrl(code));
  const file = (response.ok ? await response.json() : {}) as { holidays?: { date: IsoDate }[] };
  return (file.holidays ?? []).map((holiday) => holiday.date);
}
export { TodayGroups } from './TodayGroups';
export { AppList, BackupActions, BackupWarning } from './BoardLists';
export { Record } from './Record';
// The activity record prints with the kit's helper; the print button shows once this has loaded.
export { printPart } from '../shared/print-part';
import { toCsv } from '../../lib/csv';
import { activityRows } from '../../lib/follow-ups-record';
import { recordCells } from './Record';
import { RECORD_HEADERS } from './messages-detail.en';

/** The activity record as a spreadsheet (CSV), the same rows as the printed one. */
export function recordCsv(apps: Application[]): string {
  return toCsv([RECORD_HEADERS, ...activityRows(apps).map((row) => recordCells(row))]);
}
export { AppScreen, FormScreen, type BoardRoot } from './BoardScreens';

/** Saves text as a file (a backup, a calendar file, the CSV); every such button shows once this has loaded. */
export function download(name: string, type: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Fills the script generator's saved details with this application. False if storage refused. */
export function fillScriptDetails(app: Application): boolean {
  return handOff(browserStorage(), app) === 'saved';
}

/** One .ics file of every open application's steps ahead, or null when none has any. */
export async function icsFile(apps: Application[], ctx: BoardContext, userZone: string): Promise<string | null> {
  const items = apps.flatMap((app) => {
    const outcome = planFor(app, ctx);
    return outcome.ok && app.status === 'waiting' ? [{ company: app.company, tz: app.tz, plan: outcome.plan }] : [];
  });
  if (!items.length) return null;
  const { makeBoardIcs } = await import('./board-ics');
  return makeBoardIcs(items, userZone, Date.now());
}
