import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/lib/calendar-links';
import type { PlanEvent } from '../../src/components/planner/plan-text';

const timed: PlanEvent = {
  uid: 'u', title: 'Acme: call 1 of 2', description: 'Good times: 1:30 PM & later <b>', start: [2026, 3, 10, 18, 30], end: [2026, 3, 10, 20, 0],
  startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc', alarms: [],
};
const allDay: PlanEvent = { uid: 'u', title: 'No answer? Treat it as a no', description: 'Stop.', start: [2026, 3, 24], end: [2026, 3, 25], alarms: [] };

describe('calendar links for one step', () => {
  it('Google: UTC times or all-day dates, text encoded', () => {
    const url = new URL(googleCalendarUrl(timed));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('dates')).toBe('20260310T183000Z/20260310T200000Z');
    expect(url.searchParams.get('details')).toBe('Good times: 1:30 PM & later <b>');
    expect(new URL(googleCalendarUrl(allDay)).searchParams.get('dates')).toBe('20260324/20260325');
  });

  it('Outlook: ISO times, all-day flagged', () => {
    const url = new URL(outlookCalendarUrl(timed));
    expect(url.host).toBe('outlook.live.com');
    expect(url.searchParams.get('startdt')).toBe('2026-03-10T18:30:00Z');
    expect(url.searchParams.get('subject')).toBe('Acme: call 1 of 2');
    expect(url.searchParams.has('allday')).toBe(false);
    const day = new URL(outlookCalendarUrl(allDay));
    expect([day.searchParams.get('startdt'), day.searchParams.get('allday')]).toEqual(['2026-03-24', 'true']);
  });
});
