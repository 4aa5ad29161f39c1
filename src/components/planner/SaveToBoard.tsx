/**
 * "Save to my follow-ups" under a plan (issue 14): asks for the company (the board needs one)
 * and, if they like, the job title, then adds the planner's form to the board kept in this
 * browser and links to it there. The saving (save-to-board.ts, with the board's rules, its
 * store and the kit's storage calls) loads on use, when the form opens, so a plan's view stays
 * as light as it was.
 */
import { Component } from 'preact';
import { ErrorSummary } from '../shared/ErrorSummary';
import { describedBy, Field } from '../shared/Field';
import type { FieldError } from '../../lib/follow-ups-model';
import type { Plan } from '../../lib/plan-types';
import type { Outcome, Refusal } from './save-to-board';
import { t, type SaveToBoardKey } from './save-to-board.en';

const BOARD = '/tools/follow-ups/';
const COMPANY = 'pl-save-company';
const ROLE = 'pl-save-role';

const load = () => import('./save-to-board');

const fieldId = (field: string) => (field === 'role' ? ROLE : COMPANY);
const refusalText = (why: Refusal) => t(why === 'plan' ? 'error.plan' : `refused.${why}`);
const errorText = (error: FieldError) => t(`error.${error.field}.${error.code}` as SaveToBoardKey, error.values);

interface Props {
  /** The heading level of the form's title, one below the plan's. */
  level: 3 | 4;
  /** The plan shown: a new one starts the offer afresh. */
  plan: Plan;
}

interface State {
  open: boolean;
  company: string;
  role: string;
  errors: FieldError[];
  attempt: number;
  done: Exclude<Outcome, { kind: 'invalid' }> | null;
}

// A class rather than hooks, as the rest of the planner: it keeps preact/hooks off the page.
export class SaveToBoard extends Component<Props, State> {
  state: State = { open: false, company: '', role: '', errors: [], attempt: 0, done: null };
  status: HTMLDivElement | null = null;

  componentDidUpdate(previous: Props) {
    if (previous.plan !== this.props.plan && this.state.done) this.setState({ done: null });
  }

  toggle = (open: boolean) => {
    // Start loading as the form opens, so saving is quick.
    if (open) load().catch(() => undefined);
    this.setState({ open, done: null, errors: [] });
  };

  submit = async (event: Event) => {
    event.preventDefault();
    const company = this.state.company.trim();
    if (!company) return this.setState({ errors: [{ field: 'company', code: 'required' }], attempt: this.state.attempt + 1 });
    const outcome: Outcome = await load().then((engine) => engine.saveToBoard(company, this.state.role)).catch(() => ({ kind: 'refused', why: 'load' }) as const);
    if (outcome.kind === 'invalid') {
      const errors = outcome.errors.filter((error) => error.field === 'company' || error.field === 'role');
      if (errors.length) return this.setState({ errors, attempt: this.state.attempt + 1 });
    }
    const done = outcome.kind === 'invalid' ? ({ kind: 'refused', why: 'plan' } as const) : outcome;
    // The form goes (unless trying again may help), so the focus moves to what happened.
    this.setState({ done, errors: [], open: done.kind === 'refused' && done.why === 'load' }, () => this.status?.focus());
  };

  /** The company and job title, with their errors. */
  renderForm(level: Props['level']) {
    const { company, role, errors, attempt } = this.state;
    const Heading = `h${level}` as 'h3';
    const errorOf = (field: string) => errors.find((error) => error.field === field);
    const companyError = errorOf('company') && errorText(errorOf('company')!);
    const roleError = errorOf('role') && errorText(errorOf('role')!);
    return (
    <form id="pl-save-form" class="pl-save-form" noValidate onSubmit={this.submit} aria-labelledby="pl-save-title">
      <Heading id="pl-save-title">{t('open')}</Heading>
      <p class="pl-hint">{t('intro')}</p>
      {/* Its heading sits under the form's title (h4 at most in the kit). */}
      <ErrorSummary id="pl-save-errors" level={4} attempt={attempt} errors={errors.map((error) => ({ id: fieldId(error.field), message: errorText(error) }))} />
      <Field id={COMPANY} label={t('company')} hint={t('companyHint')} error={companyError}>
        <input
          type="text"
          id={COMPANY}
          name="company"
          autocomplete="organization"
          value={company}
          onInput={(event) => this.setState({ company: (event.currentTarget as HTMLInputElement).value })}
          aria-describedby={describedBy(COMPANY, t('companyHint'), companyError)}
          aria-invalid={companyError ? 'true' : undefined}
        />
      </Field>
      <Field id={ROLE} label={t('role')} error={roleError}>
        <input
          type="text"
          id={ROLE}
          name="role"
          autocomplete="organization-title"
          value={role}
          onInput={(event) => this.setState({ role: (event.currentTarget as HTMLInputElement).value })}
          aria-describedby={describedBy(ROLE, false, roleError)}
          aria-invalid={roleError ? 'true' : undefined}
        />
      </Field>
      <div class="pl-actions">
        <button type="submit" class="button">
          {t('save')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => this.toggle(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
    );
  }

  render({ level }: Props, { open, done }: State) {
    return (
      <div class="pl-save">
        <div role="status" tabIndex={-1} ref={(el) => {
            this.status = el;
          }}>
          {done?.kind === 'saved' && (
            <p>
              {t('saved', { company: done.company })} <a href={`${BOARD}#app-${done.id}`}>{t('openSaved', { company: done.company })}</a>
            </p>
          )}
          {done?.kind === 'refused' && (
            <p>
              {refusalText(done.why)} <a href={BOARD}>{t('openBoard')}</a>
            </p>
          )}
        </div>
        {done?.kind === 'saved' ? null : !open ? (
          <p class="pl-actions">
            <button type="button" class="button button--secondary" aria-expanded="false" aria-controls="pl-save-form" onClick={() => this.toggle(true)}>
              {t('open')}
            </button>
          </p>
        ) : (
          this.renderForm(level)
        )}
      </div>
    );
  }
}
