import { describe, expect, it } from 'vitest';
import { createEvents, type EventAttributes } from 'ics';
import { zonedInstant } from '../../src/lib/zoned-time';
import { planFollowUp, type Plan, type PlanInput } from '../../src/lib/follow-up-plan';
import { joinAdjacent, planToEvents, planToText, relativeDay, statusWords, stepText, windowsText, zoneLabel } from '../../src/components/planner/plan-text';

function planOf(input: PlanInput): Plan {
  const result = planFollowUp(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

const plan = planOf({ interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-03' });

describe(`plan text and calendar export (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('names zones and relative days', () => {
    expect(zoneLabel('America/New_York')).toBe('New York time');
    expect(relativeDay('2026-03-10', '2026-03-03')).toBe('in 7 days');
    expect(relativeDay('2026-03-02', '2026-03-03')).toBe('yesterday');
  });

  it.each([
    ['America/New_York', 'America/New_York', '1:30 PM–3:00 PM or 4:00 PM–5:00 PM New York time'],
    ['America/New_York', 'America/Los_Angeles', '1:30 PM–3:00 PM or 4:00 PM–5:00 PM New York time (10:30 AM–12:00 PM or 1:00 PM–2:00 PM your time)'],
    ['America/New_York', 'America/Toronto', '1:30 PM–3:00 PM or 4:00 PM–5:00 PM New York time'],
    ['Europe/London', 'Pacific/Kiritimati', '1:30 PM–3:00 PM or 4:00 PM–5:00 PM London time (3:30 AM–5:00 AM Wed or 6:00 AM–7:00 AM Wed your time)'],
  ])('windows in %s seen from %s', (zone, user, expected) => {
    expect(windowsText('2026-03-10', plan.calls[0].windows, zone, user)).toBe(expected);
  });

  it('reads windows that touch as one, on the page and in the calendar', () => {
    const shortDay = planOf({ interviewDate: '2026-03-03', promisedDate: '2026-03-06', today: '2026-03-03', officeHours: { start: '09:00', end: '16:00' } });
    const windows = shortDay.calls[0].windows;
    expect(windows.map((w) => `${w.start}-${w.end}`)).toEqual(['13:30-15:00', '15:00-16:00']);
    expect(joinAdjacent(windows).map((w) => `${w.start}-${w.end}`)).toEqual(['13:30-16:00']);
    expect(windowsText('2026-03-10', windows, 'America/New_York', 'America/New_York')).toBe('1:30 PM–4:00 PM New York time');
    expect(windowsText('2026-03-10', windows, 'America/New_York', 'America/Chicago')).toBe('1:30 PM–4:00 PM New York time (12:30 PM–3:00 PM your time)');
    const [, call] = planToEvents(shortDay, 'UTC', 'UTC', 'f');
    expect(call.start).toEqual([2026, 3, 10, 13, 30]);
    expect(call.end).toEqual([2026, 3, 10, 16, 0]);
    // Windows with a gap stay apart.
    expect(joinAdjacent(plan.calls[0].windows)).toHaveLength(2);
  });

  it('copies the whole plan as text, one line per step', () => {
    const text = planToText(plan, 'America/New_York', 'America/New_York', 'https://example.test/tools/when-to-call/?interview=2026-03-03');
    expect(text).toContain('Tuesday, March 10, 2026: Call 1 of 2 (coming up)');
    expect(text).toContain('Tuesday, March 17, 2026: Call 2 of 2 (coming up)');
    expect(text).toContain('Tuesday, March 24, 2026: No answer? Treat it as a no');
    expect(text).toContain('Plan: https://example.test/');
  });

  it('builds a valid iCalendar file whose events match the plan', () => {
    const events = planToEvents(plan, 'America/New_York', 'Europe/London', 'a1b2c3');
    const { error, value } = createEvents(events as EventAttributes[], { productId: 'callback-kit' });
    expect(error).toBeNull();
    // RFC 5545: lines end in CRLF and are folded at 75 octets.
    for (const line of value!.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const ics = value!.replace(/\r\n[ \t]/g, '');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('VERSION:2.0');
    const starts = [...ics.matchAll(/^DTSTART(?:;VALUE=DATE)?:(\S+)$/gm)].map((m) => m[1]);
    // Thank-you (all day), two calls at 1:30 PM New York (18:30Z before the US change, 17:30Z after), the stop day.
    expect(starts).toEqual(['20260304', '20260310T173000Z', '20260317T173000Z', '20260324']);
    expect(ics.match(/BEGIN:VALARM/g)?.length).toBe(4);
    expect(ics).toContain('UID:2026-03-03-call-1-a1b2c3@callback-kit');
  });

  it('gives two downloads different event ids, so one plan never overwrites another in a calendar', () => {
    const uids = (fileId: string) => planToEvents(plan, 'UTC', 'UTC', fileId).map((event) => event.uid);
    const first = uids('aaaaaa');
    const second = uids('bbbbbb');
    expect(new Set(first).size).toBe(first.length);
    expect(first.filter((uid) => second.includes(uid))).toEqual([]);
  });

  it('gives email-only plans all-day reminders rather than office-hours blocks', () => {
    const emailPlan = planOf({ interviewDate: '2026-03-03', today: '2026-03-03', channel: 'email' });
    const calls = planToEvents(emailPlan, 'America/New_York', 'America/New_York', 'e').filter((event) => event.uid.includes('-call-'));
    expect(calls.length).toBe(2);
    for (const event of calls) {
      expect(event.start).toHaveLength(3);
      expect(event.startInputType).toBeUndefined();
    }
  });

  it('leaves out calls already made and a thank-you whose window has passed', () => {
    const later = planOf({ interviewDate: '2026-03-03', today: '2026-03-12', calls: [{ date: '2026-03-10' }] });
    const titles = planToEvents(later, 'UTC', 'UTC', 'x').map((event) => event.title);
    expect(titles).toEqual(['Follow-up: call 2 of 2', 'No answer? Treat it as a no']);
  });

  // The thank-you step is dated by its deadline (the day after the interview) and due from the
  // interview day: its words must name the right days whatever today is.
  it.each([
    ['2026-11-20', 'ahead', 'upcoming', 'coming up', 'Send it on the day of your interview, or this day at the latest:'],
    ['2026-11-22', 'today', 'due', 'due now', 'Send it today or tomorrow:'],
    ['2026-11-23', 'yesterday', 'due', 'today', 'Send it today:'],
    ['2026-11-25', 'two days ago', 'missed', 'missed', 'The usual window has passed.'],
  ] as const)('thank-you note seen on %s (interview %s)', (today, _when, status, words, detail) => {
    const p = planOf({ interviewDate: '2026-11-22', today });
    const step = p.steps.find((s) => s.kind === 'thank-you')!;
    expect(step.date).toBe('2026-11-23');
    expect(step.status).toBe(status);
    expect(statusWords(step, today)).toBe(words);
    expect(stepText(step, p).detail.startsWith(detail)).toBe(true);
    expect(planToText(p, 'UTC', 'UTC')).toContain(`Monday, November 23, 2026: ${stepText(step, p).title} (${words})`);
  });

  it('puts the thank-you reminder on its last day, in words that hold on that day', () => {
    const p = planOf({ interviewDate: '2026-11-22', today: '2026-11-22' });
    const [thanks] = planToEvents(p, 'UTC', 'UTC', 't');
    expect(thanks.start).toEqual([2026, 11, 23]);
    expect(thanks.description).toMatch(/^Last day to send it/);
  });

  it('does not promise grace on the day they named when you chose to call on it', () => {
    const keen = planOf({ interviewDate: '2026-11-20', promisedDate: '2026-11-25', keen: true, today: '2026-11-22' });
    const patient = planOf({ interviewDate: '2026-11-20', promisedDate: '2026-11-25', today: '2026-11-22' });
    const promised = (p: Plan) => stepText(p.steps.find((s) => s.kind === 'promised')!, p).detail;
    expect(keen.calls[0].date).toBe('2026-11-25');
    expect(promised(keen)).not.toMatch(/grace/);
    expect(promised(keen)).toMatch(/call from this day/);
    expect(promised(patient)).toMatch(/grace/);
  });

  it.each([
    // [max calls, calls made (the last one got a new date), what the new date's step says]
    [2, ['2026-10-28', '2026-11-04'], /allow a third call/],
    [3, ['2026-10-28', '2026-11-04', '2026-11-12'], /three calls, the most/],
    [3, ['2026-10-28', '2026-11-04'], /starts again from this date/],
  ] as const)('a new date with %i calls allowed after %j: the step says what follows', (maxCalls, dates, detail) => {
    const calls = dates.map((date, i) => (i === dates.length - 1 ? { date, newDate: '2026-12-01' } : { date }));
    const p = planOf({ interviewDate: '2026-10-20', today: '2026-11-22', maxCalls, calls });
    const step = p.steps.find((s) => s.kind === 'new-date')!;
    expect(stepText(step, p).detail).toMatch(detail);
    // "Starts again" only when a call is planned from it.
    expect(p.calls.some((call) => !call.made)).toBe(/starts again/.test(stepText(step, p).detail));
  });

  it.each([
    // [the employer's time now, Tue 24 Nov 2026 in New York (EST, UTC-5), the call's block in UTC]
    ['10:00', [2026, 11, 24, 18, 30], [2026, 11, 24, 20, 0]],
    ['14:59', [2026, 11, 24, 18, 30], [2026, 11, 24, 20, 0]],
    ['15:30', [2026, 11, 24, 21, 0], [2026, 11, 24, 22, 0]],
    // Late in the day the last window stays, rather than no block at all.
    ['16:45', [2026, 11, 24, 21, 0], [2026, 11, 24, 22, 0]],
  ])('a call due today, file made at %s: the block is the first window not yet over', (time, start, end) => {
    const today = planOf({ interviewDate: '2026-11-10', today: '2026-11-24', now: time });
    expect(today.calls[0].date).toBe('2026-11-24');
    const now = zonedInstant('2026-11-24', time, 'America/New_York');
    const [call, later] = planToEvents(today, 'America/New_York', 'America/New_York', 'n', now).filter((event) => event.uid.includes('-call-'));
    expect([call.start, call.end]).toEqual([start, end]);
    // Later calls keep their first window.
    expect(later.start).toEqual([2026, 12, 1, 18, 30]);
  });
});
