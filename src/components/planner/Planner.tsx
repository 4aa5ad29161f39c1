/**
 * The "When should I call?" island. It renders and wires events; the rules live in
 * src/lib/follow-up-plan.ts, the form and URL state in src/lib/planner-state.ts, and every word
 * in messages.en.ts: the form's come as the `ui` prop (in the page's HTML, not in this bundle),
 * the plan's load with the rules (through plan-text.ts). "Today" is read from the browser's
 * clock here, at the edge, in the employer's time zone, and passed in.
 */
import { Component } from 'preact';
import type { Plan } from '../../lib/plan-types';
import { stateFromQuery, stateToQuery, type FormState } from '../../lib/planner-state';
import { isTimeZone, wallClock } from '../../lib/zoned-time';
import { browserZone } from '../shared/time-zones';
import { parseDateList } from '../../lib/calendar-dates';
import { isIsoDate, type IsoDate } from '../../lib/dates/iso';
import { fill } from '../../i18n/t';
import { holidaysUrl } from '../../data/regions';
import { PlannerForm } from './PlannerForm';
import type { FieldError } from './form-plan';
import type { FormMessages } from './messages.en';

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
  /** Where each rule is explained, by rule id (H1…H14). */
  ruleLinks: Record<string, string>;
  /** The form's wording and the island's notices (messages.en.ts, sent by Planner.astro). */
  ui: FormMessages;
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
  /** Plans asked for with the button: each one moves the focus to the error summary again. */
  attempt: number;
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
      attempt: 0,
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
      notice: '',
      plan: null,
      errors: [],
      // A link that sets any of the folded settings opens them, so nothing is hidden.
      moreOpen: this.state.moreOpen || /(^|[?&])(days|closed|open|close|calls|made)=/.test(location.search),
    });
    // The names of the parameters come with the rules: a link that can't be read is rare.
    if (ignored.length) void loadEngine().then((engine) => this.setState({ notice: engine.ignoredNotice(ignored) }), () => {});
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
    const { ui } = this.props;
    this.setState({ holidayNote: ui['form.region.loading'] });
    loadHolidays(code).then(
      (file) => {
        if (this.state.form.region !== code) return;
        const years = [...new Set(file.holidays.map((h) => h.date.slice(0, 4)))];
        this.setState({
          holidays: { code, dates: file.holidays },
          holidayNote: fill(ui['form.region.loaded'], { count: file.holidays.length, from: years[0], to: years[years.length - 1] }),
        });
      },
      () => this.setState({ holidayNote: ui['form.region.failed'] }),
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
    let holidays: IsoDate[] = [];
    let regionFailed = false;
    if (form.region) {
      try {
        holidays = (await loadHolidays(form.region)).holidays.map((h) => h.date).filter(isIsoDate);
      } catch {
        regionFailed = true;
      }
    }
    const zone = isTimeZone(form.tz) ? form.tz : this.state.userZone;
    const there = wallClock(Date.now(), zone);
    try {
      this.engine = await loadEngine();
    } catch {
      this.setState({ notice: this.props.ui['form.engine-failed'] });
      return;
    }
    const { plan, errors } = this.engine.planForForm(form, there.date, there.time, holidays, regionFailed);
    // The error summary takes the focus itself, again on each attempt; a plan's heading takes it here.
    if (focus && plan) this.focusNext = 'pl-plan';
    this.setState({ errors, plan, attempt: this.state.attempt + (focus ? 1 : 0), moreOpen: this.state.moreOpen || errors.some((e) => e.advanced) });
    this.setTitle(errors.length > 0);
  }

  setTitle(error: boolean) {
    document.title = error ? fill(this.props.ui['form.title-error'], { title: this.title }) : this.title;
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
          attempt={state.attempt}
          Summary={this.engine?.ErrorSummary}
          ui={props.ui}
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
