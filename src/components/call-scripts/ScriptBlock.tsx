import type { ComponentChildren } from 'preact';
import { CopyButton } from '../shared/CopyButton';
import PrintButton from './PrintButton';

interface Props {
  id: string;
  title: string;
  /** What the Copy button names, if not the title. */
  copyName?: string;
  /** When to use it, one line. */
  hint: string;
  text: string;
  level: number;
  announce: (message: string) => void;
  /** The section's own id on the tool page, for links straight to it (#voicemail). */
  anchor?: string;
  children?: ComponentChildren;
}

/** One script: heading, when to use it, the text (as text, never HTML) and a Copy button. */
export default function ScriptBlock({ id, title, copyName = title, hint, text, level, announce, anchor, children }: Props) {
  const Heading = `h${Math.min(level, 6)}` as 'h3';
  return (
    <section class="cs-script" id={anchor} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <p class="cs-hint">{hint}</p>
      {children}
      <div class="cs-text" id={`${id}-text`}>
        {text}
      </div>
      <div class="cs-actions">
        <CopyButton text={text} label={`Copy ${copyName.toLowerCase()}`} what={copyName} announce={announce} />
        <PrintButton title={title} />
      </div>
    </section>
  );
}
