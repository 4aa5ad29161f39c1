/**
 * The GOV.UK error summary: "There is a problem", then one link per error that moves the focus
 * to its field (and scrolls the field's label or fieldset into view, not just the box). It takes
 * the focus when it appears and again on every new attempt (`attempt` changes), so a keyboard or
 * screen-reader user lands on it after pressing the button. A class, so hook-free islands can use it.
 */
import { Component } from 'preact';
import { KIT_MESSAGES } from './messages.en';

export interface SummaryError {
  /** The id of the control to focus. */
  id: string;
  message: string;
}

interface Props {
  id: string;
  errors: SummaryError[];
  /** Heading level inside the island. */
  level: 2 | 3 | 4;
  /** Changes with each submit, so the summary takes the focus again. */
  attempt?: number;
}

export class ErrorSummary extends Component<Props> {
  box: HTMLDivElement | null = null;

  componentDidMount() {
    this.box?.focus();
  }

  componentDidUpdate(previous: Props) {
    if (previous.attempt !== this.props.attempt || !previous.errors.length) this.box?.focus();
  }

  go(event: Event, id: string) {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    (field.closest('fieldset, .kit-field') ?? field).scrollIntoView({ block: 'start' });
  }

  render({ id, errors, level }: Props) {
    if (!errors.length) return null;
    const Heading = `h${level}` as 'h2';
    return (
      <div class="kit-error-summary" id={id} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} ref={(el) => {
          this.box = el;
        }}>
        <Heading id={`${id}-title`}>{KIT_MESSAGES.problem}</Heading>
        <ul>
          {errors.map((error) => (
            <li key={error.id}>
              <a href={`#${error.id}`} onClick={(event) => this.go(event, error.id)}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
}
