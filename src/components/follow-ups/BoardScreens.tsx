/**
 * The board's screens that need the planner engine: the add/edit form and one application.
 * They keep their own form state and call back into the island (FollowUps.tsx) to save.
 */
import { useEffect, useState } from 'preact/hooks';
import { applicationFromForm, emptyForm, formFromApplication } from '../../lib/follow-ups-form';
import type { IsoDate } from '../../lib/dates/iso';
import type { Application, HistoryEntry, Status } from '../../lib/follow-ups-model';
import { planFor, plannerHref, type BoardContext } from '../../lib/follow-ups-today';
import { AppDetail } from './AppDetail';
import { BoardForm } from './BoardForm';
import { errorText } from './messages-detail.en';
import { fieldId, type ShownError } from './ui';

/** What the screens need from the island. */
export interface BoardRoot {
  app(id: string): Application | undefined;
  saveApp(app: Application, isNew: boolean): void;
  cancelForm(id: string | null): void;
  back(id: string): void;
  startForm(id: string | null): void;
  remove(id: string): void;
  log(id: string, entry: HistoryEntry): void;
  setStatus(id: string, status: Status): void;
  downloadIcs(apps: Application[]): void;
  openScripts(app: Application): void;
  board(): BoardContext;
  userToday(): IsoDate;
  newId(): string;
  userZone: string;
}

export function FormScreen({ root, id }: { root: BoardRoot; id: string | null }) {
  const base = id ? root.app(id) : undefined;
  const [form, setForm] = useState(() => (base ? formFromApplication(base) : emptyForm(root.userZone)));
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [tries, setTries] = useState(0);
  useEffect(() => {
    // The heading takes the focus when the form opens; after a failed save the kit's summary does.
    document.getElementById('fu-form-title')?.focus();
  }, []);
  const submit = (event: Event) => {
    event.preventDefault();
    const result = applicationFromForm(form, { id: root.newId(), now: new Date().toISOString(), base });
    if (result.ok) return root.saveApp(result.app, !base);
    const seen = new Set<string>();
    setErrors(
      result.errors
        .map((e) => ({ id: fieldId(e.field), message: errorText(e.field, e.code, e.values) }))
        .filter((e) => !seen.has(e.id) && seen.add(e.id)),
    );
    setTries(tries + 1);
  };
  return (
    <BoardForm
      form={form}
      errors={errors}
      attempt={tries}
      editing={base ? base.company : null}
      userZone={root.userZone}
      update={(patch) => setForm({ ...form, ...patch })}
      submit={submit}
      cancel={() => root.cancelForm(id)}
    />
  );
}

export function AppScreen({ root, id }: { root: BoardRoot; id: string }) {
  const app = root.app(id);
  if (!app) return null;
  const outcome = planFor(app, root.board());
  return (
    <AppDetail
      app={app}
      outcome={outcome}
      plannerHref={plannerHref(app, outcome.today)}
      userZone={root.userZone}
      userToday={root.userToday()}
      newId={root.newId}
      actions={{
        back: () => root.back(id),
        edit: () => root.startForm(id),
        remove: () => root.remove(id),
        log: (entry) => root.log(id, entry),
        status: (status) => root.setStatus(id, status),
        ics: () => root.downloadIcs([app]),
        toScripts: () => root.openScripts(app),
      }}
    />
  );
}
