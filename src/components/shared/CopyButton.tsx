/**
 * A Copy button: copies the text, says so out loud through the island's announcer, and shows
 * "✓ Copied" (or how to copy by hand) beside the button for a few seconds. The visible note is
 * hidden from screen readers, who hear the announcement instead, so nothing is read twice.
 */
import { Component } from 'preact';
import { copyText } from './clipboard';

interface Props {
  /** The text to copy, exactly as shown; a function when it is made at the moment of copying. */
  text: string | (() => string);
  /** Button label, e.g. "Copy voicemail". */
  label: string;
  /** Says what was copied, e.g. "Voicemail": "Voicemail copied." */
  what: string;
  /** Added to the button's accessible name when two buttons share a label. */
  context?: string;
  announce: (message: string) => void;
  /** Where the text isn't on screen (a plan made on click), show it for copying by hand. */
  onFailed?: (text: string) => void;
}

type Result = 'idle' | 'copied' | 'failed';

export class CopyButton extends Component<Props, { result: Result }> {
  state = { result: 'idle' as Result };
  timer: ReturnType<typeof setTimeout> | undefined;

  onClick = async () => {
    const { text, what, announce, onFailed } = this.props;
    const value = typeof text === 'function' ? text() : text;
    const ok = await copyText(value);
    if (!ok) onFailed?.(value);
    this.setState({ result: ok ? 'copied' : 'failed' });
    announce(ok ? `${what} copied.` : `Couldn't copy the ${what.toLowerCase()}. Select the text and copy it yourself.`);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.setState({ result: 'idle' }), ok ? 4000 : 10000);
  };

  componentWillUnmount() {
    clearTimeout(this.timer);
  }

  render({ label, context }: Props, { result }: { result: Result }) {
    return (
      <span class="kit-copy">
        <button type="button" class="button button--secondary" onClick={this.onClick}>
          {label}
          {context && <span class="visually-hidden"> ({context})</span>}
        </button>
        {result === 'copied' && (
          <span class="kit-copy-done" aria-hidden="true">
            ✓ Copied
          </span>
        )}
        {result === 'failed' && (
          <span class="kit-copy-failed" aria-hidden="true">
            Couldn’t copy. Select the text and copy it yourself.
          </span>
        )}
      </span>
    );
  }
}
