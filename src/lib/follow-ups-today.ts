/**
 * The board's plans and its Today view. Each application becomes the planner's input (the
 * latest interview round, what they said, the calls and emails logged) and gets its plan
 * from `planFollowUp`, the same rules as /tools/when-to-call/. Pure: today comes in as a
 * function of the employer's time zone, and each region's holidays as loaded data.
 */
import { addDays } from './dates/arithmetic';
import type { IsoDate } from './dates/iso';
import { MAX_CALL_RECORDS, MAX_CALLS_LIMIT } from './follow-up-rules';
import { planFollowUp } from './follow-up-plan';
import type { Plan, PlanError, PlanInput } from './plan-types';
import { callRecord } from './planner-input';
import { isOpen, latestInterview, type Application, type HistoryEntry } from './follow-ups-model';
import { madeCall, plannerForm, promisedDate } from './follow-ups-planner';
import { isEmailOnly, stateToQuery } from './planner-state';
import { byDate } from './dates/order';

export interface BoardContext {
  /** Today in a time zone (the island passes `todayIn(zone, Date.now())`). */
  todayIn: (timeZone: string) => IsoDate;
  /** The public holidays of a region, or [] when none is chosen or they haven't loaded. */
  holidays: (region: string) => IsoDate[];
}

/**
 * The calls and emails since the latest interview, for the planner. It counts the tries
 * itself (H12: reaching only the front desk isn't one) and takes at most three tries and six
 * records; after that, only the latest ones can shape the plan.
 */
export function attempts(app: Application, interview: IsoDate, today: IsoDate): HistoryEntry[] {
  const made = app.history
    .filter((entry) => entry.kind !== 'thank-you' && entry.date >= interview && entry.date <= today)
    .sort(byDate);
  const kept: HistoryEntry[] = [];
  let tries = 0;
  for (const entry of made.reverse()) {
    const isTry = entry.outcome !== 'front-desk';
    if (kept.length === MAX_CALL_RECORDS || (isTry && tries === MAX_CALLS_LIMIT)) break;
    if (isTry) tries += 1;
    kept.unshift(entry);
  }
  return kept;
}

/** The planner's input for an application on a given day. */
export function planInputFor(app: Application, today: IsoDate, holidays: IsoDate[]): PlanInput {
  const interview = latestInterview(app);
  // H13: email-only when they asked not to be called, or have only ever emailed.
  const email = isEmailOnly(app.channel);
  return {
    interviewDate: interview,
    today,
    promisedDate: promisedDate(app, interview, holidays),
    closedDates: holidays,
    channel: email ? 'email' : 'phone',
    // H13: not knowing how they have been in touch (or going through an agency) plans calls
    // and offers each one's email version.
    ...(app.channel === '' || app.channel === 'agency' ? { offerEmail: true } : {}),
    // H14: with an agency, every follow-up goes to the recruiter.
    arrangedBy: app.arrangedBy === 'agency' || app.channel === 'agency' ? 'agency' : 'employer',
    calls: attempts(app, interview, today).map((entry) => callRecord(madeCall(entry), email)),
  };
}

export type PlanOutcome = { ok: true; plan: Plan; today: IsoDate } | { ok: false; errors: PlanError[]; today: IsoDate };

export function planFor(app: Application, ctx: BoardContext): PlanOutcome {
  const today = ctx.todayIn(app.tz);
  const result = planFollowUp(planInputFor(app, today, ctx.holidays(app.region)));
  return result.ok ? { ok: true, plan: result.plan, today } : { ok: false, errors: result.errors, today };
}

export type TodayGroup = 'overdue' | 'due' | 'treat-as-no' | 'this-week';
export const TODAY_GROUPS: readonly TodayGroup[] = ['due', 'overdue', 'treat-as-no', 'this-week'];

/** What to do: H14 sends every follow-up to the recruiter, and swaps the note for a debrief. */
export type TodayAction = 'call' | 'email' | 'thank-you' | 'debrief' | 'close';

export interface TodayItem {
  id: string;
  group: TodayGroup;
  action: TodayAction;
  date: IsoDate;
  /** The day the rules first gave, when it has passed (H10). */
  movedFrom?: IsoDate;
  attempt?: number;
}

export interface TodayView {
  groups: Record<TodayGroup, TodayItem[]>;
  /** Open applications the planner can't plan (an interview over a year ago, say). */
  unplanned: { id: string; errors: PlanError[] }[];
  open: number;
}

/** Choice: "this week" is the next seven days, so a Friday still shows the coming Thursday. */
export const WEEK_AHEAD = 7;

function thankYouSent(app: Application, interview: IsoDate): boolean {
  return app.history.some((entry) => entry.kind === 'thank-you' && entry.date >= interview);
}

/** The Today view's items for one open application. */
export function itemsFor(app: Application, plan: Plan, today: IsoDate): TodayItem[] {
  const items: TodayItem[] = [];
  const id = app.id;
  // H7: the plan has run out; offer to close it.
  if (plan.treatAsNoOn <= today) return [{ id, group: 'treat-as-no', action: 'close', date: plan.treatAsNoOn }];
  // H9, or with an agency H14's debrief with the recruiter in its place.
  const thanks = plan.steps.find((step) => step.kind === 'thank-you' || step.kind === 'debrief');
  if (thanks?.status === 'due' && !thankYouSent(app, plan.interviewDate)) {
    items.push({ id, group: 'due', action: thanks.kind === 'debrief' ? 'debrief' : 'thank-you', date: thanks.date });
  }
  const next = plan.calls.find((call) => !call.made);
  if (next) {
    const action = plan.channel === 'email' ? 'email' : 'call';
    const base = { id, action, date: next.date, attempt: next.attempt, ...(next.movedFrom ? { movedFrom: next.movedFrom } : {}) } as const;
    if (next.movedFrom) items.push({ ...base, group: 'overdue' });
    else if (next.date === today) items.push({ ...base, group: 'due' });
    else if (next.date <= addDays(today, WEEK_AHEAD)) items.push({ ...base, group: 'this-week' });
  }
  return items;
}


/** Groups every open application's next step for the Today view. */
export function buildTodayView(apps: Application[], ctx: BoardContext): TodayView {
  const groups: Record<TodayGroup, TodayItem[]> = { overdue: [], due: [], 'treat-as-no': [], 'this-week': [] };
  const unplanned: TodayView['unplanned'] = [];
  const open = apps.filter(isOpen);
  for (const app of open) {
    const result = planFor(app, ctx);
    if (!result.ok) {
      unplanned.push({ id: app.id, errors: result.errors });
      continue;
    }
    for (const item of itemsFor(app, result.plan, result.today)) groups[item.group].push(item);
  }
  for (const list of Object.values(groups)) list.sort(byDate);
  return { groups, unplanned, open: open.length };
}

/** The planner's link for an application, so one click opens it there with its details. */
export function plannerHref(app: Application, today: IsoDate): string {
  const interview = latestInterview(app);
  return `/tools/when-to-call/?${stateToQuery(plannerForm(app, interview, attempts(app, interview, today)))}`;
}
