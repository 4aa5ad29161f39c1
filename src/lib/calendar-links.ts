/**
 * "Add to Google Calendar" and "Add to Outlook.com" links for one plan step. These send the
 * step's title and text to that service when followed, so the page labels them as such.
 * Pure: takes an event as the planner's plan-text.ts builds it for the .ics file.
 */
type DateArray = [number, number, number] | [number, number, number, number, number];

/** What these links need of an event (the planner's calendar events have this shape). */
export interface CalendarEvent {
  title: string;
  description: string;
  /** A day, or a UTC time. */
  start: DateArray;
  end: DateArray;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 20260310 for an all-day date, 20260310T183000Z for a UTC time. */
function compact(parts: DateArray): string {
  const [y, m, d, h, min] = parts;
  const day = `${y}${pad(m)}${pad(d)}`;
  return h === undefined ? day : `${day}T${pad(h)}${pad(min ?? 0)}00Z`;
}

/** 2026-03-10 or 2026-03-10T18:30:00Z, as Outlook takes them. */
function iso(parts: DateArray): string {
  const [y, m, d, h, min] = parts;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  return h === undefined ? day : `${day}T${pad(h)}:${pad(min ?? 0)}:00Z`;
}

export function googleCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${compact(event.start)}/${compact(event.end)}`,
    details: event.description,
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: iso(event.start),
    enddt: iso(event.end),
    body: event.description,
  });
  if (event.start.length === 3) params.set('allday', 'true');
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}
