import { Fragment } from 'preact';
import { VOICEMAIL_TARGET_SECONDS } from '../../lib/voicemail-timing';
import type { EmailText, Scripts } from '../../lib/follow-up-scripts';
import type { ToolCopy } from './copy';
import EmailBlock from './EmailBlock';
import ScriptBlock from './ScriptBlock';

/** The scripts as shown: the competing-offer email always, as a draft until a real deadline is given. */
export type ShownScripts = Omit<Scripts, 'competingOffer'> & { competingOffer: EmailText };

interface Props {
  scripts: ShownScripts;
  /** True while the competing-offer email is a draft with a [gap] for the deadline. */
  draft: boolean;
  /** On the tool's own page each section's id is its slug, for links straight to it. */
  standalone: boolean;
  idPrefix: string;
  level: 2 | 3 | 4;
  copy: ToolCopy;
  announce: (message: string) => void;
}

/** How long the voicemail takes to say, and a warning when it runs past what people listen to. */
function VoicemailTiming({ seconds }: { seconds: number }) {
  const over = seconds > VOICEMAIL_TARGET_SECONDS;
  return (
    <p class={over ? 'cs-timing cs-timing--over' : 'cs-timing'}>
      About {seconds} seconds at an easy pace.
      {over && ` That’s longer than the ${VOICEMAIL_TARGET_SECONDS} seconds most people will listen to. Keep your number slow and clear, and shorten the rest where you can.`}
    </p>
  );
}

/** The scripts, group by group, with a list of links to each group first. */
export default function ScriptList({ scripts, draft, standalone, idPrefix, level, copy, announce }: Props) {
  const Heading = `h${level}` as 'h2';
  return (
    <div class="cs-scripts">
      <nav class="cs-jump" aria-label="Scripts">
        <ul role="list">
          {copy.groups.map((group) => (
            <li key={group.slug}>
              <a href={`#${idPrefix}-${group.slug}-title`}>{group.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {copy.groups.map((group) => (
        <Fragment key={group.slug}>
          <Heading id={`${idPrefix}-${group.slug}-title`}>{group.title}</Heading>
          {group.sections.map(({ key, slug, title, hint, copyName }) => {
            const value = scripts[key];
            const id = `${idPrefix}-${slug}`;
            const anchor = standalone ? slug : undefined;
            return typeof value === 'string' ? (
              <ScriptBlock key={key} id={id} anchor={anchor} title={title} copyName={copyName} hint={hint} text={value} level={level + 1} announce={announce}>
                {key === 'voicemail' && <VoicemailTiming seconds={scripts.voicemailSeconds} />}
              </ScriptBlock>
            ) : (
              <EmailBlock
                key={key}
                id={id}
                anchor={anchor}
                title={title}
                hint={hint}
                email={value}
                level={level + 1}
                announce={announce}
                note={key === 'competingOffer' && draft ? copy.competingOfferNote : undefined}
              />
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
