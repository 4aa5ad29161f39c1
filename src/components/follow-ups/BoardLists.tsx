/** The list of applications, the one-time backup warning and the backup actions; loaded with the planner engine. */
import type { Application } from '../../lib/follow-ups-model';
import { M, t } from './messages-detail.en';

export function AppList({ apps, open }: { apps: Application[]; open: (id: string) => void }) {
  return (
    <section aria-labelledby="fu-list-title">
      <h2 id="fu-list-title">{t('yours', { count: apps.length })}</h2>
      <ul class="fu-list" role="list">
        {apps.map((app) => (
          <li key={app.id}>
            <button type="button" class="fu-link" id={`fu-open-${app.id}`} onClick={() => open(app.id)}>
              {app.company}
            </button>{' '}
            <span class="fu-hint">
              {app.role && `${app.role} · `}
              {M[`status.${app.status}`]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Shown once: browsers such as Safari may clear a site's data; a backup keeps the board safe. */
export function BackupWarning({ save, dismiss }: { save: () => void; dismiss: () => void }) {
  return (
    <div class="fu-warning" role="note" aria-labelledby="fu-warn-title">
      <h2 id="fu-warn-title">{M.warnTitle}</h2>
      <p>{M.warnText}</p>
      <div class="fu-actions">
        <button type="button" class="button" onClick={save}>
          {M.exportJson}
        </button>
        <button type="button" class="button button--secondary" onClick={dismiss}>
          {M.warnDone}
        </button>
      </div>
    </div>
  );
}

/** What a board with applications can do: back it up, export it, print it, put it in a calendar, delete it. */
export function BackupActions(props: { exportJson: () => void; ics: () => void; csv: () => void; print: () => void; removeAll: () => void }) {
  return (
    <>
      <div class="fu-actions">
        <button type="button" class="button" onClick={props.exportJson}>
          {M.exportJson}
        </button>
        <button type="button" class="button button--secondary" onClick={props.ics}>
          {M.icsAll}
        </button>
        <button type="button" class="button button--secondary" onClick={props.csv}>
          {M.exportCsv}
        </button>
        <button type="button" class="button button--secondary" onClick={props.print}>
          {M.print}
        </button>
      </div>
      <p>
        <button type="button" class="button button--secondary fu-danger" onClick={props.removeAll}>
          {M.removeAll}
        </button>
      </p>
    </>
  );
}
