/**
 * The polite announcer: a status region that is always in the page (empty, and taking no room
 * when styled with :empty), so the first message is read out too. `say` empties it first and
 * fills it a moment later, so the same message twice in a row is read twice.
 * A class rather than hooks, so islands that avoid preact/hooks (the checklist) can use it.
 */
import { Component } from 'preact';

interface Props {
  /** Visible messages get a class of the island's; by default the region is visually hidden. */
  class?: string;
}

export class Announcer extends Component<Props, { message: string }> {
  state = { message: '' };
  timer: ReturnType<typeof setTimeout> | undefined;

  say(message: string) {
    this.setState({ message: '' });
    clearTimeout(this.timer);
    // A separate change, so screen readers hear the new text even when it is the same as before.
    this.timer = setTimeout(() => this.setState({ message }), 50);
  }

  componentWillUnmount() {
    clearTimeout(this.timer);
  }

  render() {
    return (
      <p role="status" class={this.props.class ?? 'visually-hidden'}>
        {this.state.message}
      </p>
    );
  }
}
