/**
 * The printable activity record (and the words of its CSV export): every interview, call,
 * email and note sent, oldest first. Loaded when someone prints or exports it; hidden on
 * screen, it is what the page prints.
 */
import { formatDate } from '../../lib/dates/format';
import type { Application } from '../../lib/follow-ups-model';
import { activityRows, type ActivityRow } from '../../lib/follow-ups-record';
export { activityRows };
import { M, RECORD_HEADERS } from './messages-detail.en';
import { LOCALE } from './messages.en';
export { RECORD_HEADERS };

/** One row in words; `date` formats the day (ISO in the CSV, so a spreadsheet can sort it). */
export function recordCells(row: ActivityRow, date: (iso: string) => string = (iso) => iso): string[] {
  const act = row.activity;
  const what = act.kind === 'interview' ? M[`round.${act.round}`] : M[`kind.${act.kind}`];
  let outcome = act.kind === 'interview' || act.kind === 'thank-you' ? '' : M[`outcome.${act.outcome}`];
  if (act.kind !== 'interview' && act.newDate) outcome += ` (${M[`newDateKind.${act.newDateKind ?? 'decide-by'}`]}: ${date(act.newDate)})`;
  return [date(row.date), row.company, row.role, row.contact, what, outcome, row.note, M[`status.${row.status}`]];
}

export function Record({ apps }: { apps: Application[] }) {
  const rows = activityRows(apps);
  return (
    <section class="fu-record" id="fu-record" aria-labelledby="fu-record-title">
      <h2 id="fu-record-title">{M.recordTitle}</h2>
      <table>
        <thead>
          <tr>
            {RECORD_HEADERS.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {recordCells(row, (iso) => formatDate(iso, LOCALE, { year: 'numeric', month: 'short', day: 'numeric' })).map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
