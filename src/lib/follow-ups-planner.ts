/**
 * An application as the planner's form, so the board reads dates and builds links with the
 * planner's own functions (src/lib/planner-state.ts): "by the end of the week" and friends
 * become a date by `promisedFromTold`, and the planner's address is `stateToQuery` of this form.
 *
 * Choice: the board keeps the planner's defaults (a Monday-to-Friday week, office hours, two
 * calls); the planner's link carries only the application's own details, so the person can
 * change the rest there.
 */
import type { IsoDate } from './dates/iso';
import type { Application, HistoryEntry } from './follow-ups-model';
import { defaultState, promisedFromTold, type FormState, type MadeCall } from './planner-state';

/** H13 and H14 as the planner's one question ("how have they been in touch?"). */
export function plannerTouch(app: Application): Application['channel'] {
  return app.arrangedBy === 'agency' && app.channel === '' ? 'agency' : app.channel;
}

/** A logged call or email as a call in the planner's form (H8 the new date's kind, H12 whom it reached). */
export function madeCall(entry: HistoryEntry): MadeCall {
  return {
    date: entry.date,
    newDate: entry.newDate ?? '',
    kind: entry.newDate ? entry.newDateKind ?? 'decide-by' : 'decide-by',
    reached: entry.kind === 'call' && (entry.outcome === 'voicemail' || entry.outcome === 'front-desk') ? entry.outcome : 'contact',
  };
}

/** The planner's form for an application: its latest round, promise, region, zone, channel and calls. */
export function plannerForm(app: Application, interview: IsoDate, calls: HistoryEntry[]): FormState {
  return {
    ...defaultState(app.tz),
    interview,
    told: app.told,
    promised: app.promised,
    region: app.region,
    touch: plannerTouch(app),
    calls: calls.map(madeCall),
  };
}

/** The date they said you'd hear back by, counted from the interview as the planner counts it. */
export function promisedDate(app: Application, interview: IsoDate, closed: readonly IsoDate[]): IsoDate | undefined {
  return promisedFromTold(app.told, interview, app.promised, defaultState(app.tz).days, closed) as IsoDate | undefined;
}
