/**
 * The activity record: every interview, call, email and note sent, in date order, one row
 * each. People claiming benefits are often asked to show their job-search activity; this is
 * what the board prints and exports as CSV. Codes only: the island words them.
 */
import type { IsoDate } from './dates/iso';
import type { Application, HistoryKind, NewDateKind, Outcome, RoundKind, Status } from './follow-ups-model';
import { byDate } from './dates/order';

export interface ActivityRow {
  date: IsoDate;
  appId: string;
  company: string;
  role: string;
  contact: string;
  activity: { kind: 'interview'; round: RoundKind } | { kind: HistoryKind; outcome: Outcome; newDate?: IsoDate; newDateKind?: NewDateKind };
  note: string;
  status: Status;
}

export function activityRows(apps: Application[]): ActivityRow[] {
  const rows: ActivityRow[] = [];
  for (const app of apps) {
    const common = { appId: app.id, company: app.company, role: app.role, contact: app.contactName, status: app.status };
    for (const round of app.rounds) rows.push({ ...common, date: round.date, activity: { kind: 'interview', round: round.kind }, note: '' });
    for (const entry of app.history) {
      const { kind, outcome, newDate, newDateKind } = entry;
      rows.push({
        ...common,
        date: entry.date,
        activity: { kind, outcome, ...(newDate ? { newDate } : {}), ...(newDateKind ? { newDateKind } : {}) },
        note: entry.note ?? '',
      });
    }
  }
  // Oldest first, as a record is read; within a day, the board's order.
  return rows.sort(byDate);
}
