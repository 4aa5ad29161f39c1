/**
 * The interactive checklist. It renders; the rules live in src/lib/checklist-state.ts, and
 * storage, the announcer and printing come from the island kit (../shared). The server renders the same list, so without
 * JavaScript the reader still gets every item, with working (unsaved) boxes, and can print it.
 */
import { Component, createRef, type RefObject } from 'preact';
import type { ChecklistGroup } from '../../lib/checklist-schema';
import { parse, progress, sameTicks, serialise, setTicked, storageKey, type Ticks } from '../../lib/checklist-state';
import { Announcer } from '../shared/Announcer';
import type { Notice } from './notices';
import { readRaw, writeRaw } from '../shared/local-store';
import { printPart } from '../shared/print-part';

export interface ChecklistProps {
  /** The checklist id; part of the storage key. */
  checklistId: string;
  groups: ChecklistGroup[];
  /** Level of each group's heading: 2 on the tool page, 3 inside a guide section. */
  headingLevel: 2 | 3;
  /** Prefix for every id this instance writes, so two instances never clash. */
  idPrefix: string;
  /** What the reader is told when saving fails or saved ticks can't be read (see notices.ts). */
  notices: Record<Notice, string>;
}

interface State {
  ticks: Ticks;
  /** False in the server render and until storage has been read; shown as data-ready. */
  mounted: boolean;
  confirming: boolean;
  /** The ticks a reset removed, while that reset can still be undone. */
  undo: Ticks | null;
}

// A class rather than hooks: it keeps preact/hooks (about 1 KB brotli) off the page, and the
// page's JavaScript budget is 10 KB in all.
export default class Checklist extends Component<ChecklistProps, State> {
  state: State = { ticks: [], mounted: false, confirming: false, undo: null };
  itemIds = this.props.groups.flatMap((group) => group.items.map((item) => item.id));
  key = storageKey(this.props.checklistId);
  canSave = true;
  told = new Set<Notice>();
  focusNext: RefObject<HTMLElement> | null = null;
  question = createRef<HTMLParagraphElement>();
  undoButton = createRef<HTMLButtonElement>();
  resetButton = createRef<HTMLButtonElement>();
  announcer = createRef<Announcer>();

  componentDidMount() {
    const raw = readRaw(this.key);
    if (raw === undefined) {
      this.canSave = false;
      this.tell('unavailable');
    } else {
      const loaded = parse(raw, this.itemIds);
      this.setState({ ticks: loaded.ticks });
      if (loaded.status === 'corrupt' || loaded.status === 'newer') this.tell('corrupt');
      // Rewrite upgraded or trimmed data now, so every tab reads the current shape.
      if (loaded.status === 'migrated' || loaded.dropped > 0) this.save(loaded.ticks);
    }
    this.setState({ mounted: true });
    window.addEventListener('storage', this.onStorage);
  }

  componentWillUnmount() {
    window.removeEventListener('storage', this.onStorage);
  }

  // Move focus only once the element it goes to has been rendered.
  componentDidUpdate() {
    const target = this.focusNext;
    this.focusNext = null;
    target?.current?.focus();
  }

  /** Another tab changed the ticks: follow it. `key` is null when that tab cleared all storage. */
  onStorage = (event: StorageEvent) => {
    if (event.key !== this.key && event.key !== null) return;
    const ticks = parse(event.key === null ? null : event.newValue, this.itemIds).ticks;
    this.setState({ ticks: sameTicks(this.state.ticks, ticks) ? this.state.ticks : ticks, undo: null, confirming: false });
  };

  tell(kind: Notice) {
    if (this.told.has(kind)) return;
    this.told.add(kind);
    this.announcer.current?.say(this.props.notices[kind]);
  }

  save(ticks: Ticks) {
    if (!this.canSave) return;
    const problem = writeRaw(this.key, serialise(ticks));
    if (problem) {
      this.canSave = false;
      this.tell(problem);
    }
  }

  commit(ticks: Ticks, focus: RefObject<HTMLElement> | null = null) {
    this.focusNext = focus;
    this.setState({ ticks, undo: null, confirming: false });
    this.save(ticks);
  }

  onToggle(id: string, checked: boolean) {
    this.commit(setTicked(this.state.ticks, id, checked, this.itemIds));
  }

  askReset = () => {
    this.focusNext = this.question;
    this.setState({ confirming: true });
  };

  cancelReset = () => {
    this.focusNext = this.resetButton;
    this.setState({ confirming: false });
  };

  confirmReset = () => {
    const before = this.state.ticks;
    this.commit([], this.undoButton);
    this.setState({ undo: before });
  };

  undoReset = () => {
    this.commit(this.state.undo ?? [], this.resetButton);
  };

  /** Prints the page's title and the list alone, so the button does the same inside a long guide. */
  printList = () => printPart('cl-printing');

  render({ groups, headingLevel, idPrefix }: ChecklistProps, { ticks, mounted, confirming, undo }: State) {
    const { done, total, label } = progress(ticks, this.itemIds);
    const Heading = `h${headingLevel}` as 'h2' | 'h3';
    const id = (suffix: string) => `${idPrefix}-${suffix}`;

    return (
      <div class="cl" data-ready={mounted ? '' : undefined}>
        {/* Rendered on the server too, so nothing moves when the island wakes up; CSS hides it
            when scripting is off, since it can't work then. */}
        <div class="cl-toolbar">
          <div class="cl-progress">
            <p id={id('progress')} class="cl-progress-label" aria-live="polite">
              {label}
            </p>
            <progress max={total} value={done} aria-labelledby={id('progress')} />
          </div>
          <div class="cl-actions">
            <button
              ref={this.resetButton}
              type="button"
              class="button button--secondary"
              onClick={this.askReset}
              disabled={done === 0 || confirming}
              aria-expanded={confirming}
              aria-controls={id('confirm')}
            >
              Clear all ticks
            </button>
            <button type="button" class="button button--secondary" onClick={this.printList}>
              Print a blank copy
            </button>
          </div>
          <div id={id('confirm')} class="cl-confirm" hidden={!confirming}>
            {confirming && (
              <div
                role="group"
                aria-labelledby={id('question')}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') this.cancelReset();
                }}
              >
                <p id={id('question')} ref={this.question} tabIndex={-1} class="cl-question">
                  Clear all {done} {done === 1 ? 'tick' : 'ticks'}? You can undo this straight after.
                </p>
                <div class="cl-actions">
                  <button type="button" class="button" onClick={this.confirmReset}>
                    Yes, clear them
                  </button>
                  <button type="button" class="button button--secondary" onClick={this.cancelReset}>
                    No, keep them
                  </button>
                </div>
              </div>
            )}
          </div>
          {undo && (
            <p class="cl-undo">
              <span id={id('undo-message')}>
                Cleared {undo.length} {undo.length === 1 ? 'tick' : 'ticks'}.
              </span>{' '}
              <button ref={this.undoButton} type="button" class="button button--secondary" onClick={this.undoReset} aria-describedby={id('undo-message')}>
                Undo
              </button>
            </p>
          )}
        </div>
        <Announcer ref={this.announcer} class="cl-notice" />
        {groups.map((group) => (
          <fieldset class="cl-group" key={group.id}>
            <legend>
              <Heading id={id(group.id)} class="cl-group-title">
                {group.title}
              </Heading>
            </legend>
            <ul class="cl-list" role="list">
              {group.items.map((item) => {
                const boxId = id(`item-${item.id}`);
                return (
                  <li class="cl-item" key={item.id}>
                    <input
                      type="checkbox"
                      id={boxId}
                      name={item.id}
                      checked={ticks.includes(item.id)}
                      onChange={(event) => this.onToggle(item.id, event.currentTarget.checked)}
                      aria-describedby={`${boxId}-why`}
                    />
                    <div class="cl-body">
                      <label for={boxId} class="cl-label">
                        {item.text}
                      </label>
                      {/* Only the reason describes the box: the link repeats the item's text. */}
                      <p class="cl-why">
                        <span id={`${boxId}-why`}>{item.why}</span>
                        {item.link && (
                          <>
                            {' '}
                            <a href={item.link}>
                              Read more<span class="visually-hidden"> about “{item.text}”</span>
                            </a>
                          </>
                        )}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    );
  }
}
