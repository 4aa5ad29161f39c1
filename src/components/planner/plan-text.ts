/**
 * The plan in words: each call's reason, step titles and details for the page, the
 * copy-as-text version, the calendar events and the error messages. The rules give codes and
 * dates; the sentences come from messages.en.ts through `t()`; dates and times go through
 * Intl in its LOCALE (no locale data bundled).
 */
import { addDays, daysBetween } from '../../lib/dates/arithmetic';
import { formatDate, formatLongDate } from '../../lib/dates/format';
import { parseIsoDate, type IsoDate } from '../../lib/dates/iso';
import { MAX_CALLS_LIMIT } from '../../lib/follow-up-rules';
import type { CallWindow, Channel, ErrorValues, Plan, PlanError, PlannedCall, PlanStep } from '../../lib/plan-types';
import { formatClock, wallClock, zonedInstant } from '../../lib/zoned-time';
import { LOCALE, t, type MessageKey } from './messages.en';
import type { CalendarEvent } from '../../lib/calendar-links';

const short = (date: IsoDate) => formatDate(date, LOCALE);
export const longDate = (date: IsoDate) => formatLongDate(date, LOCALE);

/** The words for one try in this channel, as named values for the messages. */
export function tryWords(channel: Channel) {
  return {
    try: t(`try.${channel}`),
    Try: t(`Try.${channel}`),
    tries: t(`tries.${channel}`),
    done: t(`done.${channel}`),
    next: t(`next-day.${channel}`),
  };
}

/** An error's message, worded for the channel of the plan it belongs to. */
export function errorText(code: string, values: ErrorValues = {}): string {
  const channel: Channel = values.channel === 'email' ? 'email' : 'phone';
  return t(`error.${code}` as MessageKey, { ...tryWords(channel), ...values });
}

export const planErrorText = (error: PlanError) => errorText(error.code, error.values);

/** "New York time" from "America/New_York". */
export function zoneLabel(timeZone: string): string {
  return t('zone.label', { city: (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ') });
}

export function relativeDay(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return t('day.today');
  if (days === 1) return t('day.tomorrow');
  if (days === -1) return t('day.yesterday');
  return days > 0 ? t('day.ahead', { n: days }) : t('day.ago', { n: -days });
}

const range = (start: string, end: string) => t('time.range', { start: formatClock(start, LOCALE), end: formatClock(end, LOCALE) });

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
  const inZone = windows.map((w) => range(w.start, w.end));
  const there = t('time.there', { times: inZone.join(t('time.or')), zone: zoneLabel(timeZone) });
  if (userZone === timeZone) return there;
  const local = windows.map((w) => {
    const start = wallClock(zonedInstant(date, w.start, timeZone), userZone);
    const end = wallClock(zonedInstant(date, w.end, timeZone), userZone);
    const shift = start.date === date ? '' : ` ${formatDate(start.date, LOCALE, { weekday: 'short' })}`;
    return `${range(start.time, end.time)}${shift}`;
  });
  // The same wall-clock times in both zones (same offset that day) need no second reading.
  if (local.join() === inZone.join()) return there;
  return t('time.yours', { there, times: local.join(t('time.or')) });
}

/** The key of a call's reason, before its moves. */
function reasonKey(call: PlannedCall): MessageKey {
  const reason = call.reason;
  switch (reason.code) {
    case 'made':
      if (reason.reached === 'front-desk') return reason.newDate ? 'why.made.front-desk.call-back' : 'why.made.front-desk';
      if (reason.newDate) return reason.newDateKind === 'call-back' ? 'why.made.call-back' : 'why.made.new-date';
      return reason.reached === 'voicemail' ? 'why.made.voicemail' : 'why.made';
    case 'promised':
    case 'new-date':
      return reason.keen ? `why.${reason.code}.keen` : `why.${reason.code}`;
    case 'call-back':
      return call.rule === 'H12' ? 'why.call-back.front-desk' : 'why.call-back';
    default:
      return `why.${reason.code}`;
  }
}

/** Why a call is on its date, in a sentence or three: its rule, the days passed over, and any H10 move. */
export function callWhy(call: PlannedCall, plan: Plan): string {
  const words = tryWords(plan.channel);
  const reason = call.reason;
  const date = 'date' in reason ? short(reason.date) : 'newDate' in reason && reason.newDate ? short(reason.newDate) : '';
  const parts = [t(reasonKey(call), { ...words, date })];
  if (call.skipped.length > 0) {
    parts.push(t('moved.skipped', { ...words, reasons: call.skipped.map((skip) => t(`skip.${skip}`)).join(', ') }));
  }
  if (call.movedFrom && call.movedBecause) parts.push(t(`moved.${call.movedBecause}`, { ...words, from: short(call.movedFrom) }));
  if (!call.made && plan.contact === 'recruiter') parts.push(t('why.recruiter'));
  if (!call.made && plan.emailAlternative) parts.push(t('why.email-alternative'));
  return parts.join(' ');
}

export interface StepText {
  title: string;
  detail: string;
}

/** H9's note, or H14's debrief: the words that hold whatever day it is. */
function afterInterviewText(step: PlanStep, plan: Plan): StepText {
  if (step.kind === 'debrief') {
    if (step.status === 'missed') return { title: t('step.debrief.missed.title'), detail: t('step.debrief.missed') };
    return { title: t('step.debrief'), detail: t('step.debrief.detail') };
  }
  if (step.status === 'missed') return { title: t('step.thank-you.missed.title'), detail: t('step.thank-you.missed') };
  // The step is dated by its deadline, the day after the interview: say which days that
  // leaves, so "today or tomorrow" is never read from the deadline itself.
  const when = step.date === plan.today ? 'today' : plan.today === plan.interviewDate ? 'today-or-tomorrow' : 'by';
  return { title: t('step.thank-you'), detail: t(`step.thank-you.${when}`) };
}

function newDateText(plan: Plan): string {
  if (plan.calls.some((call) => !call.made)) return t('step.new-date.restart');
  // Every try is used up, so no call follows this date: say so, and what would allow one.
  const words = tryWords(plan.channel);
  const attempts = plan.calls.filter((call) => call.reached !== 'front-desk').length;
  return attempts >= MAX_CALLS_LIMIT ? t('step.new-date.most', words) : t('step.new-date.used', words);
}

function callText(call: PlannedCall, plan: Plan): StepText {
  const detail = callWhy(call, plan);
  if (call.made) return { title: t(call.reached === 'front-desk' ? 'step.made.front-desk' : `step.made.${plan.channel}`), detail };
  const attempts = plan.calls.filter((c) => c.reached !== 'front-desk').length;
  const total = Math.max(attempts, plan.maxCalls);
  const key = plan.contact === 'recruiter' ? 'step.call.recruiter' : 'step.call';
  return { title: t(key, { ...tryWords(plan.channel), n: call.attempt, total }), detail };
}

/** Title and one line of detail for a step; call steps add their windows on the page. */
export function stepText(step: PlanStep, plan: Plan): StepText {
  switch (step.kind) {
    case 'interview':
      return { title: t('step.interview'), detail: '' };
    case 'thank-you':
    case 'debrief':
      return afterInterviewText(step, plan);
    case 'promised':
      return { title: t('step.promised'), detail: plan.keen ? t('step.promised.keen', tryWords(plan.channel)) : t('step.promised.grace') };
    case 'new-date':
      return { title: t('step.new-date'), detail: newDateText(plan) };
    case 'call':
      return callText(plan.calls[step.callIndex], plan);
    case 'treat-as-no':
      return { title: t('step.treat-as-no'), detail: t('step.treat-as-no.detail') };
  }
}

/**
 * The status of a step in a few words. A step is due on its own date, except the thank-you
 * note, which is due from the interview day while dated by its deadline: that is "due now".
 */
export function statusWords(step: PlanStep, today: IsoDate): string {
  return step.status === 'due' && step.date !== today ? t('status.due-now') : t(`status.${step.status}`);
}

/** The whole plan as plain text, for the clipboard. */
export function planToText(plan: Plan, timeZone: string, userZone: string, link?: string): string {
  const lines = [t('text.heading', { date: longDate(plan.interviewDate) }), ''];
  if (plan.contact === 'recruiter') lines.push(t('text.contact'), '');
  for (const step of plan.steps) {
    const { title, detail } = stepText(step, plan);
    lines.push(t('text.step', { date: longDate(step.date), title, status: statusWords(step, plan.today) }));
    if (step.kind === 'call') {
      const call = plan.calls[step.callIndex];
      const when = windowsText(call.date, call.windows, timeZone, userZone);
      if (when) lines.push(t('text.when', { when }));
    }
    if (detail) lines.push(`  ${detail}`);
  }
  lines.push('', t('text.keep-applying'));
  if (link) lines.push(t('text.link', { link }));
  return lines.join('\n');
}

/**
 * The fields of an `ics` event that this site uses (the library's own type is richer): the
 * calendar links' event (title, description, start, end) and what a file adds.
 */
export interface PlanEvent extends CalendarEvent {
  uid: string;
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

interface EventContext {
  plan: Plan;
  timeZone: string;
  userZone: string;
  uid: (what: string) => string;
  now?: number;
}

function allDayEvent(ctx: EventContext, what: string, date: IsoDate, title: string, description: string): PlanEvent {
  return {
    uid: ctx.uid(what),
    title: ascii(title),
    description: ascii(description),
    start: dayArray(date),
    end: dayArray(addDays(date, 1)),
    alarms: [{ action: 'display', description: ascii(title), trigger: { hours: 9, before: false } }],
  };
}

/** A planned call in its first window that `now` (the instant the file is made) hasn't passed; an email all day. */
function callEvent(ctx: EventContext, call: PlannedCall, index: number): PlanEvent {
  const { plan, timeZone, userZone, now } = ctx;
  const { title, detail } = stepText({ kind: 'call', date: call.date, status: call.status, callIndex: index }, plan);
  const name = t('event.call', { title: title.toLowerCase() });
  // An email can go any time that day: an all-day reminder, not an eight-hour busy block.
  if (plan.channel === 'email') return allDayEvent(ctx, `call-${call.attempt}`, call.date, name, detail);
  // A block that has already passed would never remind anyone.
  const windows = joinAdjacent(call.windows);
  const first = windows.find((w) => now === undefined || zonedInstant(call.date, w.end, timeZone) > now) ?? windows[windows.length - 1];
  return {
    uid: ctx.uid(`call-${call.attempt}`),
    title: ascii(name),
    description: ascii(t('event.call.detail', { when: windowsText(call.date, call.windows, timeZone, userZone), detail })),
    start: utcArray(zonedInstant(call.date, first.start, timeZone)),
    end: utcArray(zonedInstant(call.date, first.end, timeZone)),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    alarms: [{ action: 'display', description: ascii(name), trigger: { minutes: 30, before: true } }],
  };
}

/** A short id unique to one calendar file, so its events never replace another plan's. */
export function newFileId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Calendar events for what is still ahead: the thank-you note or recruiter debrief (unless its
 * window has passed), each planned call in its first window (UTC times, so every calendar app
 * shows them at the employer's hour, converted to the user's zone), and the day to treat it
 * as a no. All-day events remind at 9 AM; calls 30 minutes before. `fileId` is unique to one
 * download.
 */
export function planToEvents(plan: Plan, timeZone: string, userZone: string, fileId: string, now?: number): PlanEvent[] {
  // Calendar apps treat a known UID as an update of that event. The file id keeps two plans
  // (two interviews on the same day, say) from overwriting each other's reminders.
  const ctx: EventContext = { plan, timeZone, userZone, now, uid: (what) => `${plan.interviewDate}-${what}-${fileId}@callback-kit` };
  const events: PlanEvent[] = [];
  const after = plan.steps.find((step) => step.kind === 'thank-you' || step.kind === 'debrief');
  if (after?.kind === 'debrief' && after.status !== 'missed') {
    events.push(allDayEvent(ctx, 'debrief', plan.thankYouBy, t('event.debrief'), t('step.debrief.detail')));
  } else if (after && after.status !== 'missed') {
    // The calendar shows this on the deadline itself, whatever day the file was made.
    events.push(allDayEvent(ctx, 'thank-you', plan.thankYouBy, t('event.thank-you'), t('event.thank-you.detail')));
  }
  plan.calls.forEach((call, index) => {
    if (!call.made) events.push(callEvent(ctx, call, index));
  });
  const stop = plan.steps.find((step) => step.kind === 'treat-as-no')!;
  events.push(allDayEvent(ctx, 'treat-as-no', plan.treatAsNoOn, t('step.treat-as-no'), stepText(stop, plan).detail));
  return events;
}
