import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from './clipboard';

interface Props {
  /** The text to copy, exactly as shown. */
  text: string;
  /** Button label, e.g. "Copy voicemail". */
  label: string;
  /** Spoken after a copy, e.g. "Voicemail copied." */
  announce: (message: string) => void;
  /** Says what was copied, e.g. "Voicemail". */
  what: string;
  /** Added to the button's accessible name when two buttons share a label. */
  context?: string;
}

type Result = 'idle' | 'copied' | 'failed';

export default function CopyButton({ text, label, announce, what, context }: Props) {
  const [result, setResult] = useState<Result>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function onClick() {
    const ok = await copyText(text);
    setResult(ok ? 'copied' : 'failed');
    announce(ok ? `${what} copied.` : `Couldn't copy the ${what.toLowerCase()}. Select the text and copy it yourself.`);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setResult('idle'), ok ? 4000 : 10000);
  }

  return (
    <span class="cs-copy">
      <button type="button" class="button button--secondary cs-copy-button" onClick={onClick}>
        {label}
        {context && <span class="visually-hidden"> ({context})</span>}
      </button>
      {result === 'copied' && <span class="cs-copy-done" aria-hidden="true">✓ Copied</span>}
      {result === 'failed' && (
        <span class="cs-copy-failed" aria-hidden="true">
          Couldn’t copy. Select the text and copy it yourself.
        </span>
      )}
    </span>
  );
}
