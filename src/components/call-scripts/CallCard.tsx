import type { Scripts } from '../../lib/follow-up-scripts';

interface Props {
  scripts: Scripts;
  heading: string;
}

/**
 * The one-page call card. Hidden on screen; the print stylesheet shows it in place of the
 * page, so a printout holds what you need by the phone and room for notes.
 */
export default function CallCard({ scripts, heading }: Props) {
  const blocks: Array<[string, string]> = [
    ['Opening the call', scripts.callOpener],
    ['If you get voicemail', scripts.voicemail],
    ['If someone else answers', scripts.receptionist],
    ['“We haven’t decided yet”', scripts.notDecided],
    ['“We chose someone else”', scripts.notSelected],
    ['“We’d like to offer you the job”', scripts.offer],
  ];
  return (
    <div class="cs-card" aria-hidden="true">
      <p class="cs-card-title">{heading}</p>
      <div class="cs-card-grid">
        {blocks.map(([title, text]) => (
          <div class="cs-card-block" key={title}>
            <p class="cs-card-block-title">{title}</p>
            <div class="cs-card-text">{text}</div>
          </div>
        ))}
        <div class="cs-card-block cs-card-notes">
          <p class="cs-card-block-title">Notes</p>
          <p class="cs-card-note-line">Date and time of the call:</p>
          <p class="cs-card-note-line">Who I spoke to:</p>
          <p class="cs-card-note-line">What they said:</p>
          <p class="cs-card-note-line">&nbsp;</p>
          <p class="cs-card-note-line">Next step, and when:</p>
        </div>
      </div>
    </div>
  );
}
