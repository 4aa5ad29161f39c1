/**
 * The "When should I call?" island. It renders and wires events; the rules live in
 * src/lib/follow-up-plan.ts, the form and URL state in src/lib/planner-state.ts and the
 * wording in src/lib/plan-text.ts. "Today" is read from the browser's clock here, at the edge,
 * in the employer's time zone, and passed in.
 */
import { Component } from 'preact';
import type { Plan } from '../../lib/follow-up-plan';
import { fieldId, isAdvancedField, stateFromQuery, stateToQuery, toPlanInput, type FormState } from '../../lib/planner-state';
import { isTimeZone, wallClock } from '../../lib/zoned-time';
import { parseDateList } from '../../lib/calendar-dates';
import { isIsoDate, type IsoDate } from '../../lib/dates/iso';
import { holidaysUrl } from '../../data/regions';
import { PlannerForm, type FieldError } from './PlannerForm';

type Engine = typeof import('./plan-engine');
let engine: Promise<Engine> | null = null;
/** The rules and the plan's view load on first use (see plan-engine.ts). */
function loadEngine(): Promise<Engine> {
  engine ??= import('./plan-engine').catch((error) => {
    engine = null;
    throw error;
  });
  return engine;
}

export interface PlannerProps {
  /** Level of the plan's heading: 2 on the tool page, 3 inside a guide section. */
  headingLevel: 2 | 3;
  /** Where each rule is explained, by rule id (H1…H11). */
  ruleLinks: Record<string, string>;
}

interface State {
  form: FormState;
  ready: boolean;
  userZone: string;
  errors: FieldError[];
  plan: Plan | null;
  notice: string;
  holidays: { code: string; dates: { date: string; name: string }[] } | null;
  holidayNote: string;
  moreOpen: boolean;
}

type HolidayFile = { holidays: { date: string; name: string }[] };
const holidayCache = new Map<string, Promise<HolidayFile>>();

function loadHolidays(code: string): Promise<HolidayFile> {
  let file = holidayCache.get(code);
  if (!file) {
    file = fetch(holidaysUrl(code)).then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<HolidayFile>;
    });
    // A failed load may be retried on the next try.
    file.catch(() => holidayCache.delete(code));
    holidayCache.set(code, file);
  }
  return file;
}

// Summary order follows the form's order.
const ORDER = ['pl-interview', 'pl-told', 'pl-promised', 'pl-keen', 'pl-region', 'pl-tz', 'pl-day', 'pl-closed', 'pl-open', 'pl-close', 'pl-third', 'pl-email', 'pl-call', 'pl-new'];
const rank = (id: string) => ORDER.findIndex((prefix) => id.startsWith(prefix)) * 10 + Number(id.slice(-1).replace(/\D/, '0'));

function browserZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

// A class rather than hooks: it keeps preact/hooks off the page, inside a 16 KB budget.
export default class Planner extends Component<PlannerProps, State> {
  focusNext: string | null = null;
  submitted = '';
  title = '';
  engine: Engine | null = null;

  constructor(props: PlannerProps) {
    super(props);
    this.state = {
      form: stateFromQuery('', 'UTC').state,
      ready: false,
      userZone: 'UTC',
      errors: [],
      plan: null,
      notice: '',
      holidays: null,
      holidayNote: '',
      moreOpen: false,
    };
  }

  componentDidMount() {
    this.title = document.title;
    this.setState({ userZone: browserZone(), ready: true });
    this.restore(false);
    addEventListener('popstate', this.onPop);
  }

  componentWillUnmount() {
    removeEventListener('popstate', this.onPop);
  }

  componentDidUpdate() {
    const id = this.focusNext;
    this.focusNext = null;
    if (id) document.getElementById(id)?.focus();
  }

  onPop = () => this.restore(true);

  /** Reads the form from the address bar: on load, reload, back and forward. */
  restore(fromHistory: boolean) {
    const { state, ignored, present } = stateFromQuery(location.search, browserZone());
    this.submitted = location.search.slice(1);
    this.setState({
      form: state,
      notice: ignored.length
        ? `Part of the link couldn’t be read, so we left it out: ${ignored.join(', ')}. Check the form, then make your plan again.`
        : '',
      plan: null,
      errors: [],
      // A link that sets any of the folded settings opens them, so nothing is hidden.
      moreOpen: this.state.moreOpen || /(^|[?&])(days|closed|open|close|calls|email|made)=/.test(location.search),
    });
    if (state.region) this.pickRegion(state.region);
    if (present && state.interview) void this.makePlan(state, false);
    else if (fromHistory) this.setTitle(false);
  }

  update = (patch: Partial<FormState>) => {
    const form = { ...this.state.form, ...patch };
    this.setState({ form });
    // The address bar always holds what is typed, so a reload loses nothing.
    history.replaceState(history.state, '', `${location.pathname}?${stateToQuery(form)}`);
    if ('region' in patch) this.pickRegion(form.region);
  };

  pickRegion(code: string) {
    if (!code) return this.setState({ holidays: null, holidayNote: '' });
    this.setState({ holidayNote: 'Loading public holidays…' });
    loadHolidays(code).then(
      (file) => {
        if (this.state.form.region !== code) return;
        const years = [...new Set(file.holidays.map((h) => h.date.slice(0, 4)))];
        this.setState({
          holidays: { code, dates: file.holidays },
          holidayNote: `The plan will skip ${file.holidays.length} public holidays (${years[0]} to ${years[years.length - 1]}).`,
        });
      },
      () => this.setState({ holidayNote: 'We couldn’t load the public holidays. Check your connection, then make your plan again.' }),
    );
  }

  submit = (event: Event) => {
    event.preventDefault();
    const query = stateToQuery(this.state.form);
    // Each plan made is a history entry: Back returns to the plan before.
    if (query !== this.submitted) {
      history.replaceState(history.state, '', `${location.pathname}${this.submitted ? `?${this.submitted}` : ''}`);
      history.pushState(null, '', `${location.pathname}?${query}`);
      this.submitted = query;
    }
    void this.makePlan(this.state.form, true);
  };

  async makePlan(form: FormState, focus: boolean) {
    const errors: FieldError[] = [];
    let holidays: IsoDate[] = [];
    if (form.region) {
      try {
        holidays = (await loadHolidays(form.region)).holidays.map((h) => h.date).filter(isIsoDate);
      } catch {
        errors.push({ id: 'pl-region', message: 'We couldn’t load the public holidays for that region. Check your connection and try again, or choose “None” and add closed days yourself' });
      }
    }
    const zone = isTimeZone(form.tz) ? form.tz : this.state.userZone;
    const there = wallClock(Date.now(), zone);
    const { input, errors: formErrors } = toPlanInput(form, there.date, holidays);
    // The employer's time now: after their office closes, a call due today moves on (H10).
    input.now = there.time;
    try {
      this.engine = await loadEngine();
    } catch {
      this.setState({ notice: 'The planner couldn’t load. Check your connection, then press “Make my plan” again.' });
      return;
    }
    const result = this.engine.planFollowUp(input);
    const all = [...formErrors, ...(result.ok ? [] : result.errors)];
    for (const error of all) {
      const id = fieldId(error.field, form.told);
      if (!errors.some((e) => e.id === id)) errors.push({ id, message: error.message, advanced: isAdvancedField(error.field) });
    }
    errors.sort((a, b) => rank(a.id) - rank(b.id));
    const plan = errors.length === 0 && result.ok ? result.plan : null;
    if (focus) this.focusNext = plan ? 'pl-plan' : 'pl-errors';
    this.setState({ errors, plan, moreOpen: this.state.moreOpen || errors.some((e) => e.advanced) });
    this.setTitle(errors.length > 0);
  }

  setTitle(error: boolean) {
    document.title = error ? `Error: ${this.title}` : this.title;
  }

  render(props: PlannerProps, state: State) {
    const plan = state.plan;
    const zone = isTimeZone(state.form.tz) ? state.form.tz : state.userZone;
    const typed = parseDateList(state.form.closed);
    const regionDays = state.holidays?.code === state.form.region ? state.holidays.dates.map((h) => h.date).filter(isIsoDate) : [];
    const closed = [...(typed.ok ? typed.dates : []), ...regionDays];
    return (
      <div class="pl" data-ready={state.ready ? '' : undefined}>
        {/* Always in the page, so a notice that appears after "Make my plan" is read out. */}
        <p class="pl-notice" role="status">
          {state.notice}
        </p>
        <PlannerForm
          form={state.form}
          ready={state.ready}
          errors={state.errors}
          update={this.update}
          submit={this.submit}
          holidayNote={state.holidayNote}
          moreOpen={state.moreOpen}
          toggleMore={(open) => this.setState({ moreOpen: open })}
          userZone={state.userZone}
          closed={closed}
          headingLevel={props.headingLevel}
          warm={() => void loadEngine().catch(() => {})}
        />
        {plan && this.engine && (
          <this.engine.PlanView
            plan={plan}
            zone={zone}
            userZone={state.userZone}
            headingLevel={props.headingLevel}
            ruleLinks={props.ruleLinks}
            holidays={!state.form.region ? null : state.holidays?.code === state.form.region ? state.holidays.dates : []}
          />
        )}
      </div>
    );
  }
}
