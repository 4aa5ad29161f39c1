/**
 * The plan in words: step titles and details for the page, the copy-as-text version and the
 * calendar events. Pure; formatting goes through Intl (no locale data bundled).
 */
import { addDays, daysBetween } from './dates/arithmetic';
import { formatDate, formatLongDate } from './dates/format';
import { parseIsoDate, type IsoDate } from './dates/iso';
import type { CallWindow, Plan, PlanStep } from './follow-up-plan';
import { formatClock, wallClock, zonedInstant } from './zoned-time';
import { MAX_CALLS_LIMIT } from './follow-up-rules';

/** "New York time" from "America/New_York". */
export function zoneLabel(timeZone: string): string {
  return `${(timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ')} time`;
}

export function relativeDay(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

const LOCALE = 'en-US';
const range = (start: string, end: string) => `${formatClock(start, LOCALE)}–${formatClock(end, LOCALE)}`;

/**
 * Windows that touch read as one: an office that closes at 4:00 PM gives "after lunch" until
 * 3:00 PM and "the last hour" from 3:00 PM, which is simply 1:30 PM to 4:00 PM.
 */
export function joinAdjacent(windows: CallWindow[]): CallWindow[] {
  const joined: CallWindow[] = [];
  for (const window of windows) {
    const previous = joined.at(-1);
    if (previous && previous.end === window.start) joined[joined.length - 1] = { ...previous, end: window.end };
    else joined.push(window);
  }
  return joined;
}

/**
 * The windows in the employer's zone, and in the user's own zone when that differs:
 * "1:30–3:00 PM or 4:00–5:00 PM New York time (10:30 AM–12:00 PM your time)".
 */
export function windowsText(date: IsoDate, rawWindows: CallWindow[], timeZone: string, userZone: string): string {
  const windows = joinAdjacent(rawWindows);
  if (windows.length === 0) return '';
  const there = `${windows.map((w) => range(w.start, w.end)).join(' or ')} ${zoneLabel(timeZone)}`;
  if (userZone === timeZone) return there;
  const local = windows.map((w) => {
    const start = wallClock(zonedInstant(date, w.start, timeZone), userZone);
    const end = wallClock(zonedInstant(date, w.end, timeZone), userZone);
    const shift = start.date === date ? '' : ` ${formatDate(start.date, LOCALE, { weekday: 'short' })}`;
    return `${range(start.time, end.time)}${shift}`;
  });
  // The same wall-clock times in both zones (same offset that day) need no second reading.
  if (local.join() === windows.map((w) => range(w.start, w.end)).join()) return there;
  return `${there} (${local.join(' or ')} your time)`;
}

export interface StepText {
  title: string;
  detail: string;
}

/** Title and one line of detail for a step; call steps add their windows and "why" on the page. */
export function stepText(step: PlanStep, plan: Plan): StepText {
  const email = plan.channel === 'email';
  switch (step.kind) {
    case 'interview':
      return { title: 'Your interview', detail: '' };
    case 'thank-you': {
      if (step.status === 'missed') {
        return { title: 'Thank-you note', detail: 'The usual window has passed. If you haven’t sent one, a short note now still helps.' };
      }
      // The step is dated by its deadline, the day after the interview: say which days that
      // leaves, so "today or tomorrow" is never read from the deadline itself.
      const when =
        step.date === plan.today
          ? 'Send it today'
          : plan.today === plan.interviewDate
            ? 'Send it today or tomorrow'
            : 'Send it on the day of your interview, or this day at the latest';
      return { title: 'Send a thank-you note', detail: `${when}: thank each interviewer and say you’re still keen.` };
    }
    case 'promised':
      return {
        title: 'The day they named',
        detail: plan.keen
          ? `If they get in touch, great. If not, you chose not to wait: the plan has you ${email ? 'email' : 'call'} from this day.`
          : 'If they get in touch, great. If not, the plan gives them a little grace before you follow up.',
      };
    case 'new-date': {
      if (plan.calls.some((call) => !call.made)) return { title: 'The new date they gave you', detail: 'The plan starts again from this date.' };
      // Every try is used up, so no call follows this date: say so, and what would allow one.
      const tries = email ? 'emails' : 'calls';
      return {
        title: 'The new date they gave you',
        detail:
          plan.calls.length >= MAX_CALLS_LIMIT
            ? `You’ve made three ${tries}, the most the plan allows. If they don’t get in touch, let it go a week after this date.`
            : `You’ve used the ${tries} in your plan, so none is planned from this date. To follow up once more, allow a third ${email ? 'email' : 'call'} in More settings.`,
      };
    }
    case 'call': {
      const call = plan.calls[step.callIndex ?? 0];
      const verb = email ? 'Email' : 'Call';
      if (call.made) return { title: email ? 'You emailed' : 'You called', detail: call.why };
      const total = Math.max(plan.calls.length, plan.maxCalls);
      return { title: `${verb} ${call.attempt} of ${total}`, detail: call.why };
    }
    case 'treat-as-no':
      return {
        title: 'No answer? Treat it as a no',
        detail: 'Stop following up and put your energy into other applications. If they get back to you later, treat it as a bonus.',
      };
  }
}

const STATUS_WORDS = { done: 'done', missed: 'missed', due: 'today', upcoming: 'coming up' } as const;

/**
 * The status of a step in a few words. A step is due on its own date, except the thank-you
 * note, which is due from the interview day while dated by its deadline: that is "due now".
 */
export function statusWords(step: PlanStep, today: IsoDate): string {
  return step.status === 'due' && step.date !== today ? 'due now' : STATUS_WORDS[step.status];
}

/** The whole plan as plain text, for the clipboard. */
export function planToText(plan: Plan, timeZone: string, userZone: string, link?: string): string {
  const lines = [`My follow-up plan (interview on ${formatLongDate(plan.interviewDate, LOCALE)})`, ''];
  for (const step of plan.steps) {
    const { title, detail } = stepText(step, plan);
    lines.push(`${formatLongDate(step.date, LOCALE)}: ${title} (${statusWords(step, plan.today)})`);
    if (step.kind === 'call') {
      const call = plan.calls[step.callIndex ?? 0];
      const when = windowsText(call.date, call.windows, timeZone, userZone);
      if (when) lines.push(`  When: ${when}`);
    }
    if (detail) lines.push(`  ${detail}`);
  }
  lines.push('', 'Keep applying for other jobs while you wait.');
  if (link) lines.push(`Plan: ${link}`);
  return lines.join('\n');
}

type DateArray = [number, number, number] | [number, number, number, number, number];

/** The fields of an `ics` event that this site uses (the library's own type is richer). */
export interface PlanEvent {
  uid: string;
  title: string;
  description: string;
  start: DateArray;
  end: DateArray;
  startInputType?: 'utc';
  startOutputType?: 'utc';
  endInputType?: 'utc';
  endOutputType?: 'utc';
  alarms: { action: 'display'; description: string; trigger: { minutes?: number; hours?: number; before: boolean } }[];
}

function dayArray(date: IsoDate): [number, number, number] {
  const parts = parseIsoDate(date)!;
  return [parts.year, parts.month, parts.day];
}

function utcArray(instant: number): [number, number, number, number, number] {
  const d = new Date(instant);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/**
 * The `ics` library folds lines at 75 characters, but RFC 5545 counts octets: keeping the
 * event text to ASCII (plain dashes and apostrophes) keeps every line within the limit.
 */
function ascii(text: string): string {
  return text.replace(/[–—]/g, '-').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[^\x20-\x7e\n]/g, ' ');
}

/**
 * Calendar events for what is still ahead: the thank-you note (unless its window has
 * passed), each planned call in its first window (UTC times, so every calendar app shows
 * them at the employer's hour, converted to the user's zone), and the day to treat it as a no.
 * All-day events remind at 9 AM; calls 30 minutes before. `fileId` is unique to one download.
 * A call due today goes in its first window that `now` hasn't passed.
 */
export function planToEvents(plan: Plan, timeZone: string, userZone: string, fileId: string, now?: number): PlanEvent[] {
  const events: PlanEvent[] = [];
  // Calendar apps treat a known UID as an update of that event. The file id keeps two plans
  // (two interviews on the same day, say) from overwriting each other's reminders.
  const uid = (what: string) => `${plan.interviewDate}-${what}-${fileId}@callback-kit`;
  const allDay = (what: string, date: IsoDate, title: string, description: string): PlanEvent => ({
    uid: uid(what),
    title: ascii(title),
    description: ascii(description),
    start: dayArray(date),
    end: dayArray(addDays(date, 1)),
    alarms: [{ action: 'display', description: ascii(title), trigger: { hours: 9, before: false } }],
  });
  const thanks = plan.steps.find((step) => step.kind === 'thank-you');
  if (thanks && thanks.status !== 'missed') {
    // The calendar shows this on the deadline itself, whatever day the file was made.
    events.push(allDay('thank-you', plan.thankYouBy, 'Send your thank-you note', 'Last day to send it: thank each interviewer and say you’re still keen.'));
  }
  plan.calls.forEach((call, index) => {
    if (call.made) return;
    const step: PlanStep = { kind: 'call', date: call.date, status: call.status, callIndex: index };
    const { title, detail } = stepText(step, plan);
    // A call due today goes in the first window not yet over (`now`, when given, is the
    // instant the file is made): a block that has already passed would never remind anyone.
    const windows = joinAdjacent(call.windows);
    const first = windows.find((w) => now === undefined || zonedInstant(call.date, w.end, timeZone) > now) ?? windows[windows.length - 1];
    const name = `Follow-up: ${title.toLowerCase()}`;
    // An email can go any time that day: an all-day reminder, not an eight-hour busy block.
    if (plan.channel === 'email') {
      events.push(allDay(`call-${call.attempt}`, call.date, name, detail));
      return;
    }
    events.push({
      uid: uid(`call-${call.attempt}`),
      title: ascii(name),
      description: ascii(`Good times: ${windowsText(call.date, call.windows, timeZone, userZone)}. ${detail}`),
      start: utcArray(zonedInstant(call.date, first.start, timeZone)),
      end: utcArray(zonedInstant(call.date, first.end, timeZone)),
      startInputType: 'utc',
      startOutputType: 'utc',
      endInputType: 'utc',
      endOutputType: 'utc',
      alarms: [{ action: 'display', description: ascii(name), trigger: { minutes: 30, before: true } }],
    });
  });
  const stop = plan.steps.find((step) => step.kind === 'treat-as-no')!;
  events.push(allDay('treat-as-no', plan.treatAsNoOn, 'No answer? Treat it as a no', stepText(stop, plan).detail));
  return events;
}
