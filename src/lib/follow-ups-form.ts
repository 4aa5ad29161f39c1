/**
 * The board's add/edit form as plain data: what the person typed, kept as typed so nothing
 * is lost on an error, and the application it makes. Checked by the model's one set of rules.
 */
import { applicationErrors, type Application, type ApplicationDraft, type FieldError, type RoundDraft } from './follow-ups-model';
import { byDate } from './dates/order';

/**
 * What the add/edit form holds: the application's own fields, dates as typed (strings), so
 * nothing is lost on an error. Derived from `Application`, so a new field can't be forgotten here.
 */
export type ApplicationForm = Omit<Application, 'id' | 'rounds' | 'promised' | 'history' | 'status' | 'createdAt' | 'updatedAt'> & {
  rounds: RoundDraft[];
  promised: string;
};

export function emptyForm(timeZone: string): ApplicationForm {
  return {
    company: '', role: '', contactName: '', contactEmail: '', contactPhone: '',
    arrangedBy: 'employer', channel: '', rounds: [{ date: '', kind: 'first' }],
    told: 'none', promised: '', region: '', tz: timeZone, notes: '',
  };
}

export function formFromApplication(app: Application): ApplicationForm {
  const { company, role, contactName, contactEmail, contactPhone, arrangedBy, channel, rounds, told, promised, region, tz, notes } = app;
  return { company, role, contactName, contactEmail, contactPhone, arrangedBy, channel, rounds: rounds.map((round) => ({ ...round })), told, promised, region, tz, notes };
}

/**
 * The form's answers as an application: a new one (`base` undefined) or an edit that keeps
 * the history, status and id. Blank rounds are dropped; text is trimmed.
 */
export function applicationFromForm(
  form: ApplicationForm,
  ctx: { id: string; now: string; base?: Application },
): { ok: true; app: Application } | { ok: false; errors: FieldError[] } {
  const rounds = form.rounds.map((round) => ({ date: round.date.trim(), kind: round.kind }));
  const app: ApplicationDraft = {
    id: ctx.base?.id ?? ctx.id,
    company: form.company.trim(),
    role: form.role.trim(),
    contactName: form.contactName.trim(),
    contactEmail: form.contactEmail.trim(),
    contactPhone: form.contactPhone.trim(),
    arrangedBy: form.arrangedBy,
    channel: form.channel,
    // Blank rounds are dropped, the rest kept in date order.
    rounds: rounds.filter((round) => round.date !== '').sort(byDate),
    told: form.told,
    promised: form.told === 'date' ? form.promised.trim() : '',
    region: form.region,
    tz: form.tz,
    notes: form.notes.trim(),
    history: ctx.base?.history ?? [],
    status: ctx.base?.status ?? 'waiting',
    createdAt: ctx.base?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  // The form shows the errors against the rounds as typed, so report them before sorting.
  const errors = applicationErrors({ ...app, rounds });
  // Every date passed the checks, so the draft is an application.
  return errors.length ? { ok: false, errors } : { ok: true, app: app as Application };
}
