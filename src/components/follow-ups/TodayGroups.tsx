/** The Today view: what is due, overdue, at its "treat it as a no" day, and coming this week. */
import { formatDate } from '../../lib/dates/format';
import type { Application } from '../../lib/follow-ups-model';
import { TODAY_GROUPS, type TodayItem, type TodayView } from '../../lib/follow-ups-today';
import { planErrorText } from '../planner/plan-text';
import { M, t } from './messages-detail.en';
import { LOCALE } from './messages.en';

interface Props {
  view: TodayView;
  apps: Application[];
  open: (id: string) => void;
  closeNoAnswer: (id: string) => void;
}

function Item({ item, app, props }: { item: TodayItem; app: Application; props: Props }) {
  const company = app.company;
  return (
    <li class="fu-item">
      <p class="fu-item-what">
        <strong>{t(`action.${item.action}`, { company, attempt: item.attempt ?? 1 })}</strong>
        {' '}
        <span class="fu-date">{formatDate(item.date, LOCALE)}</span>
      </p>
      {item.movedFrom && <p class="fu-hint">{t('movedFrom', { date: formatDate(item.movedFrom, LOCALE) })}</p>}
      {app.arrangedBy === 'agency' && item.action !== 'close' && <p class="fu-hint">{M.recruiter}</p>}
      <div class="fu-actions">
        <button type="button" class="button button--secondary" onClick={() => props.open(app.id)}>
          {t('open', { company })}
        </button>
        {item.action === 'close' && (
          <>
            <button type="button" class="button" onClick={() => props.closeNoAnswer(app.id)}>
              {M.closeNoAnswer}
            </button>
            <a href="/tools/call-scripts/#closing-note">{M.closingNote}</a>
          </>
        )}
      </div>
    </li>
  );
}

export function TodayGroups(props: Props) {
  const { view, apps } = props;
  const byId = new Map(apps.map((app) => [app.id, app]));
  const shown = TODAY_GROUPS.filter((group) => view.groups[group].length > 0);
  return (
    <div class="fu-today">
      {shown.length === 0 && <p>{M.todayEmpty}</p>}
      {shown.map((group) => (
        <section key={group} aria-labelledby={`fu-group-${group}`}>
          <h3 id={`fu-group-${group}`}>{M[`group.${group}`]}</h3>
          <ul class="fu-items" role="list">
            {view.groups[group].map((item) => {
              const app = byId.get(item.id);
              return app ? <Item key={`${item.id}-${item.action}`} item={item} app={app} props={props} /> : null;
            })}
          </ul>
        </section>
      ))}
      {view.unplanned.map(({ id, errors }) => (
        <p key={id} class="fu-notice">
          {t('unplanned', { company: byId.get(id)?.company ?? '', problem: errors[0] ? `${planErrorText(errors[0])}.` : '' })}
        </p>
      ))}
    </div>
  );
}
