/**
 * "My follow-ups": the board island. It holds the state and decides; the screens render.
 * Storage goes through board-storage.ts; the planner engine, the calendar file and the CSV
 * writer load on use.
 */
import { Component } from 'preact';
import type { IsoDate } from '../../lib/dates/iso';
import type { Application, HistoryEntry, Status } from '../../lib/follow-ups-model';
import { parseStore, serialiseStore } from '../../lib/follow-ups-store';
import { todayIn } from '../../lib/zoned-time';
import { browserZone } from '../shared/time-zones';
import { Backup } from './Backup';
import { newId } from './new-id';
import { askToPersist, loadBoard, readFlag, saveBoard, watchBoard, writeFlag, WARNED_KEY, type StorageProblem } from './board-storage';
import { M, t } from './messages.en';

type Engine = typeof import('./board-engine');
type BoardRoot = import('./board-engine').BoardRoot;
type Screen = { kind: 'board' } | { kind: 'form'; id: string | null } | { kind: 'app'; id: string };

interface State {
  ready: boolean;
  apps: Application[];
  problem: StorageProblem | null;
  screen: Screen;
  engine: Engine | null;
  holidays: Record<string, IsoDate[]>;
  status: string;
  undo: Application[] | null;
  pending: Application[] | null;
  warned: boolean;
  userZone: string;
  /** Set while the activity record is wanted in the page (to print it). */
  record: boolean;
}

// A class rather than hooks: it keeps preact/hooks off the page's first load.
export default class FollowUps extends Component<object, State> implements BoardRoot {
  focusNext: string | null = null;
  newId = newId;

  get userZone() {
    return this.state.userZone;
  }
  unwatch: (() => void) | null = null;

  constructor(props: object) {
    super(props);
    this.state = {
      ready: false, apps: [], problem: null, screen: { kind: 'board' },
      engine: null, holidays: {}, status: '', undo: null, pending: null, warned: true, userZone: 'UTC', record: false,
    };
  }

  componentDidMount() {
    const loaded = loadBoard();
    const open = /^#app-(.+)$/.exec(location.hash)?.[1];
    const screen: Screen = open && loaded.apps.some((app) => app.id === open) ? { kind: 'app', id: open } : { kind: 'board' };
    this.setState({ ready: true, apps: loaded.apps, problem: loaded.problem, userZone: browserZone(), warned: readFlag(WARNED_KEY), screen });
    if (loaded.apps.length) this.loadEngine(loaded.apps);
    this.unwatch = watchBoard((fresh) => {
      this.setState({ apps: fresh.apps, problem: fresh.problem, status: M.synced });
      if (fresh.apps.length) this.loadEngine(fresh.apps);
    });
  }

  componentWillUnmount() {
    this.unwatch?.();
  }

  componentDidUpdate() {
    const id = this.focusNext;
    this.focusNext = null;
    if (id) document.getElementById(id)?.focus();
  }

  engineLoad: Promise<Engine | null> | null = null;

  /** The planner engine and the board's screens, loaded once; resolves to null if it can't load. */
  loadEngine(apps: Application[]): Promise<Engine | null> {
    this.engineLoad ??= import('./board-engine').then(
      (engine) => {
        this.setState({ engine });
        return engine;
      },
      () => {
        // Offline without the cache, say: let the next try load it again.
        this.engineLoad = null;
        this.setState({ status: M.loadFailed });
        return null;
      },
    );
    this.engineLoad.then((engine) => engine && this.loadHolidays(engine, apps));
    return this.engineLoad;
  }

  /** Each region's public holidays, fetched once (the planner's files; cached offline). */
  loadHolidays(engine: Engine, apps: Application[]) {
    const wanted = [...new Set(apps.map((app) => app.region))].filter((code) => code && !(code in this.state.holidays));
    for (const code of wanted) {
      this.setState((s) => ({ holidays: { ...s.holidays, [code]: [] } }));
      // Choice: without the file (offline before the first visit), the plan goes ahead without holidays.
      engine.fetchHolidays(code).then((dates) => this.setState((s) => ({ holidays: { ...s.holidays, [code]: dates } })), () => undefined);
    }
  }

  /** Saves a new board (unless the saved one must not be written over) and says so. */
  commit(apps: Application[], status: string, focus: string | null, undo: Application[] | null = null) {
    const keep = this.state.problem === 'damaged' || this.state.problem === 'newer';
    const problem = keep ? this.state.problem : saveBoard(apps);
    this.focusNext = focus;
    this.setState({ apps, status, undo, problem });
    if (apps.length) this.loadEngine(apps);
  }

  show(screen: Screen, focus: string | null) {
    this.focusNext = focus;
    history.replaceState(null, '', screen.kind === 'app' ? `#app-${screen.id}` : location.pathname + location.search);
    this.setState({ screen, status: '', undo: null });
  }

  app(id: string) {
    return this.state.apps.find((app) => app.id === id);
  }

  startForm = async (id: string | null) => {
    await this.loadEngine(this.state.apps);
    this.show({ kind: 'form', id }, null);
  };

  cancelForm = (id: string | null) => (id ? this.show({ kind: 'app', id }, 'fu-detail-title') : this.show({ kind: 'board' }, 'fu-add'));

  back = (id: string) => this.show({ kind: 'board' }, `fu-open-${id}`);

  saveApp = (saved: Application, isNew: boolean) => {
    const apps = isNew ? [...this.state.apps, saved] : this.state.apps.map((app) => (app.id === saved.id ? saved : app));
    const status = t('saved', { company: saved.company });
    this.commit(apps, status, null);
    this.show({ kind: 'app', id: saved.id }, 'fu-detail-title');
    this.setState({ status });
  };

  openScripts = (app: Application) => {
    this.state.engine?.fillScriptDetails(app);
    location.href = '/tools/call-scripts/';
  };

  change(id: string, patch: (app: Application) => Application, status: string, focus: string | null) {
    const now = new Date().toISOString();
    this.commit(this.state.apps.map((app) => (app.id === id ? { ...patch(app), updatedAt: now } : app)), status, focus);
  }

  setStatus = (id: string, status: Status, focus: string | null = 'fu-status') => {
    const app = this.app(id);
    if (app) this.change(id, (a) => ({ ...a, status }), t('statusChanged', { company: app.company, status: M[`status.${status}`] }), focus);
  };

  log = (id: string, entry: HistoryEntry) => {
    const app = this.app(id);
    if (app) this.change(id, (a) => ({ ...a, history: [...a.history, entry] }), t('logged', { company: app.company }), 'fu-status');
  };

  remove = (id: string | null) => {
    const before = this.state.apps;
    const what = id ? this.app(id)?.company ?? '' : M.allApps;
    this.commit(id ? before.filter((app) => app.id !== id) : [], t('removed', { what }), 'fu-undo', before);
    this.show({ kind: 'board' }, 'fu-undo');
    this.setState({ status: t('removed', { what }), undo: before });
  };

  undo = () => {
    const restored = this.state.undo;
    if (!restored) return;
    const gone = restored.find((app) => !this.state.apps.some((a) => a.id === app.id));
    this.commit(restored, t('undone', { what: restored.length - this.state.apps.length > 1 ? M.allApps : gone?.company ?? '' }), gone ? `fu-open-${gone.id}` : 'fu-status');
  };

  importText = (text: string) => {
    const read = parseStore(text);
    if (!read.ok) {
      const values = { n: (read.index ?? 0) + 1, field: read.detail?.field ?? '' };
      this.commit(this.state.apps, t(`read.${read.code}`, values), 'fu-status');
      return;
    }
    if (this.state.apps.length === 0) return this.finishImport(read.applications, 'replace');
    this.focusNext = 'fu-import-ask';
    this.setState({ pending: read.applications, status: '' });
  };

  finishImport = async (incoming: Application[] | null, how: 'merge' | 'replace') => {
    if (!incoming) return;
    this.setState({ pending: null });
    if (how === 'replace') return this.commit(incoming, t('replaced', { count: incoming.length }), 'fu-status', this.state.apps.length ? this.state.apps : null);
    // A merge needs a board with applications, so the engine is loaded or on its way.
    const engine = await this.loadEngine(this.state.apps);
    if (!engine) return;
    const merged = engine.mergeApplications(this.state.apps, incoming);
    this.commit(merged.applications, t('imported', { added: merged.added, updated: merged.updated }), 'fu-status', this.state.apps);
  };

  exportJson = () => this.state.engine?.download(`my-follow-ups-${this.userToday()}.json`, 'application/json', serialiseStore(this.state.apps));

  userToday() {
    return todayIn(this.state.userZone, Date.now());
  }

  board() {
    const now = Date.now();
    return { todayIn: (zone: string) => todayIn(zone, now), holidays: (code: string) => this.state.holidays[code] ?? [] };
  }

  persist = async () => {
    const granted = await askToPersist();
    this.setState({ status: granted ? M.persistYes : M.persistNo });
  };

  dismissWarning = () => {
    writeFlag(WARNED_KEY);
    this.focusNext = 'fu-backup-title';
    this.setState({ warned: true });
  };

  render() {
    const { screen, status, undo, problem, ready } = this.state;
    return (
      <div class="fu" data-ready={ready ? '' : undefined}>
        <div class="fu-status" id="fu-status" tabIndex={-1} role="status">
          {status && <p>{status}</p>}
          {status && undo && (
            <button type="button" class="button button--secondary" id="fu-undo" onClick={this.undo}>
              {M.undo}
            </button>
          )}
        </div>
        {problem && <p class="fu-notice">{M[`storage.${problem}`]}</p>}
        {screen.kind === 'form' && this.renderForm(screen.id)}
        {screen.kind === 'app' && this.renderApp(screen.id)}
        {/* The server renders the empty board too, so nothing shifts when the island starts;
            until then its controls are hidden (follow-ups.css), since none could work. */}
        {screen.kind === 'board' && this.renderBoard()}
        {this.state.record && this.state.engine && <this.state.engine.Record apps={this.state.apps} />}
      </div>
    );
  }

  renderForm(id: string | null) {
    const { engine } = this.state;
    return engine ? <engine.FormScreen key={id ?? 'new'} root={this} id={id} /> : <p>{M.loading}</p>;
  }

  renderApp(id: string) {
    const { engine } = this.state;
    return engine ? <engine.AppScreen root={this} id={id} /> : <p>{M.loading}</p>;
  }

  async downloadIcs(apps: Application[]) {
    const engine = await this.loadEngine(apps);
    if (!engine) return;
    const file = await engine.icsFile(apps, this.board(), this.state.userZone);
    if (file) engine.download(`follow-ups-${this.userToday()}.ics`, 'text/calendar', file);
    else this.setState({ status: M.icsNone });
  }

  renderBoard() {
    const { apps, engine, warned, pending } = this.state;
    const open = (id: string) => {
      this.show({ kind: 'app', id }, 'fu-detail-title');
      this.loadEngine(apps);
    };
    return (
      <>
        <section aria-labelledby="fu-today-title">
          <h2 id="fu-today-title">{M.today}</h2>
          {apps.length === 0 ? (
            <div class="fu-empty">
              <h3>{M.firstTitle}</h3>
              <p>{M.firstText}</p>
            </div>
          ) : engine ? (
            <engine.TodayGroups view={engine.buildTodayView(apps, this.board())} apps={apps} open={open} closeNoAnswer={(id) => this.setStatus(id, 'closed-no-answer')} />
          ) : (
            <p>{M.loading}</p>
          )}
          <button type="button" class="button" id="fu-add" onClick={() => this.startForm(null)}>
            {M.add}
          </button>
        </section>
        {apps.length > 0 && engine && <engine.AppList apps={apps} open={open} />}
        {apps.length > 0 && engine && !warned && <engine.BackupWarning save={this.exportJson} dismiss={this.dismissWarning} />}
        <Backup pending={pending} importText={this.importText} choose={(how) => this.finishImport(pending, how)} persist={this.persist}>
          {apps.length > 0 && engine && (
            <engine.BackupActions exportJson={this.exportJson} ics={() => this.downloadIcs(apps)} csv={() => this.exportCsv()} print={this.printRecord} removeAll={() => this.remove(null)} />
          )}
        </Backup>
      </>
    );
  }

  /** Puts the record in the page for the printer, prints it alone, and takes it out after. */
  printRecord = () => {
    const engine = this.state.engine;
    if (engine) this.setState({ record: true }, () => engine.printPart('kit-printing-part', document.getElementById('fu-record'), () => this.setState({ record: false })));
  };

  exportCsv() {
    const engine = this.state.engine;
    if (engine) engine.download(`job-search-activity-${this.userToday()}.csv`, 'text/csv', engine.recordCsv(this.state.apps));
  }

}
