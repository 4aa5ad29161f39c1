import type { EmailText } from '../../lib/follow-up-scripts';
import { buildMailto } from '../../lib/contact-links';
import { CopyButton } from '../shared/CopyButton';
import PrintButton from './PrintButton';

interface Props {
  id: string;
  title: string;
  hint: string;
  email: EmailText;
  level: number;
  announce: (message: string) => void;
  /** The section's own id on the tool page, for links straight to it (#ask-for-time). */
  anchor?: string;
  /** Shown above the email, e.g. why it still has a gap. */
  note?: string;
}

/** An email: subject and body shown as text, a Copy button for each, and a mailto: link. */
export default function EmailBlock({ id, title, hint, email, level, announce, anchor, note }: Props) {
  const Heading = `h${Math.min(level, 6)}` as 'h3';
  return (
    <section class="cs-script cs-email" id={anchor} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <p class="cs-hint">{hint}</p>
      {note && <p class="cs-timing cs-timing--over">{note}</p>}
      <p class="cs-subject">
        <span class="cs-subject-label">Subject:</span> <span id={`${id}-subject`}>{email.subject}</span>
      </p>
      <div class="cs-text" id={`${id}-text`}>
        {email.body}
      </div>
      <div class="cs-actions">
        <CopyButton text={email.subject} label="Copy subject" context={title.toLowerCase()} what={`${title} subject`} announce={announce} />
        <CopyButton text={email.body} label="Copy email text" context={title.toLowerCase()} what={`${title} text`} announce={announce} />
        <a class="button cs-mailto" href={buildMailto({ subject: email.subject, body: email.body })}>
          Open in email app<span class="visually-hidden">: {title.toLowerCase()}</span>
        </a>
        <PrintButton title={title} />
      </div>
    </section>
  );
}
