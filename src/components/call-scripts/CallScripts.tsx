import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildScripts, checkScriptDates, VOICEMAIL_TARGET_SECONDS } from '../../lib/follow-up-scripts';
import {
  DEFAULT_DETAILS,
  forgetDetails,
  loadDetails,
  saveDetails,
  type FormDetails,
  type StorageLike,
  type TextField,
} from '../../lib/script-details-store';
import CallCard from './CallCard';
import type { ToolCopy } from './copy';
import DetailsForm from './DetailsForm';
import EmailBlock from './EmailBlock';
import ScriptBlock from './ScriptBlock';
import { loadPhoneCheck } from './phone-check';

interface Props {
  /** The build date, ISO. Only used for the first (server) render, which has no dates in it. */
  buildDate: string;
  /** Level of the tool's own headings: 2 on its page, 3 or 4 inside a guide section. */
  headingLevel: 2 | 3 | 4;
  idPrefix: string;
  /** Labels, hints and section titles (see copy.ts). */
  copy: ToolCopy;
  /**
   * True on the tool's own page: the call card is rendered on the server too, so printing
   * works without JavaScript. Inside a guide it is added once the island runs, which keeps
   * the guide's HTML small (printing the card there needs the button anyway).
   */
  standalone: boolean;
}

/** Today in the user's own calendar, as ISO YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** localStorage, or null where merely touching it throws (some privacy modes, blocked cookies). */
function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export default function CallScripts({ buildDate, headingLevel, idPrefix, copy, standalone }: Props) {
  const [ready, setReady] = useState(false);
  const [today, setToday] = useState(buildDate);
  const [details, setDetails] = useState<FormDetails>({ ...DEFAULT_DETAILS });
  const [remember, setRemember] = useState(false);
  const [storageNote, setStorageNote] = useState<string | null>(null);
  const notes = copy.storageNotes;
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The latest details, for handlers that may run twice before a re-render.
  const latest = useRef(details);
  latest.current = details;
  const phoneTouched = useRef(false);
  const announceTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    setReady(true);
    // A phone keeps a tab open for days: read the date again when the page comes back into
    // view or is used, so a script never says "yesterday" about last week.
    const refresh = () => setToday(localToday());
    refresh();
    document.addEventListener('visibilitychange', refresh);
    document.addEventListener('focusin', refresh);
    const loaded = loadDetails(browserStorage());
    if (loaded.status === 'ok') {
      setDetails(loaded.details);
      setRemember(true);
      setStorageNote(notes.restored);
    } else if (loaded.status === 'corrupt') {
      forgetDetails(browserStorage());
      setStorageNote(notes.corrupt);
    }
    return () => {
      window.clearTimeout(announceTimer.current);
      document.removeEventListener('visibilitychange', refresh);
      document.removeEventListener('focusin', refresh);
    };
  }, []);

  const scripts = useMemo(() => buildScripts(details, today), [details, today]);
  const dateNotes = useMemo(() => checkScriptDates(details, today), [details, today]);

  function announce(message: string) {
    // Clear first, so the same message twice in a row is read twice.
    setAnnouncement('');
    window.clearTimeout(announceTimer.current);
    announceTimer.current = window.setTimeout(() => setAnnouncement(message), 50);
  }

  /** Shows a note under "Remember my details" and reads it out: it follows the reader's own action. */
  function note(message: string) {
    setStorageNote(message);
    announce(message);
  }

  async function checkPhone(value: string) {
    const check = await loadPhoneCheck();
    if (check) setPhoneError(check(value));
  }

  function update(field: TextField | 'tone', value: string) {
    const current = latest.current;
    const next: FormDetails =
      field === 'tone' ? { ...current, tone: value === 'formal' ? 'formal' : 'warm' } : { ...current, [field]: value };
    latest.current = next;
    setDetails(next);
    // Once a message shows, re-check as they type so it clears the moment the number is fixed.
    if (field === 'phone' && phoneError) void checkPhone(value);
    if (remember && saveDetails(browserStorage(), next) === 'unavailable') {
      setRemember(false);
      note(notes.failed);
    }
  }

  function onRememberChange(checked: boolean) {
    if (checked) {
      if (saveDetails(browserStorage(), details) === 'saved') {
        setRemember(true);
        note(notes.saving);
      } else {
        setRemember(false);
        note(notes.failed);
      }
    } else {
      setRemember(false);
      note(forgetDetails(browserStorage()) ? notes.stopped : notes.failed);
    }
  }

  function onForget() {
    const removed = forgetDetails(browserStorage());
    setRemember(false);
    setDetails({ ...DEFAULT_DETAILS });
    setPhoneError(null);
    note(removed ? notes.removed : notes.cleared);
  }

  /** Prints the call card alone, even where the tool sits inside a longer guide. */
  function printCard() {
    const root = document.documentElement;
    root.classList.add('cs-printing');
    window.addEventListener('afterprint', () => root.classList.remove('cs-printing'), { once: true });
    window.print();
  }

  function onPhoneFocus() {
    if (!phoneTouched.current) {
      phoneTouched.current = true;
      void loadPhoneCheck();
    }
  }

  const level = headingLevel;
  const sub = headingLevel + 1;
  const over = scripts.voicemailSeconds > VOICEMAIL_TARGET_SECONDS;
  const cardHeading = [details.role.trim(), details.company.trim()].filter(Boolean).join(' at ') || 'Follow-up call';

  return (
    <div class={ready ? 'cs-root cs-root--ready' : 'cs-root'}>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>

      {/* The form only works with JavaScript. In a guide the server leaves it out (fewer bytes in
          the article) and it appears on hydration, before the tool scrolls into view. On the tool
          page it is above the fold, so the server sends it, hidden when scripting is off, and
          hydration no longer pushes the scripts down the page. */}
      {(ready || standalone) && (
        // Inert until hydrated, so nothing typed in the first moments is lost to hydration.
        <div class="cs-setup" inert={!ready}>
          <DetailsForm
            idPrefix={idPrefix}
            details={details}
            onChange={update}
            phoneError={phoneError}
            dateNotes={dateNotes}
            onPhoneFocus={onPhoneFocus}
            onPhoneBlur={() => void checkPhone(details.phone)}
            level={level}
            copy={copy}
          />
          <div class="cs-storage">
            <div class="cs-checkbox">
              <input
                type="checkbox"
                id={`${idPrefix}-remember`}
                checked={remember}
                aria-describedby={`${idPrefix}-remember-hint`}
                onChange={(event) => onRememberChange((event.currentTarget as HTMLInputElement).checked)}
              />
              <label for={`${idPrefix}-remember`}>Remember my details on this device</label>
            </div>
            <p class="cs-field-hint" id={`${idPrefix}-remember-hint`}>
              Off unless you turn it on. Only this browser keeps them; don’t use it on a shared computer.
            </p>
            {storageNote && <p class="cs-storage-note">{storageNote}</p>}
            <p class="cs-actions">
              <button type="button" class="button button--secondary" onClick={onForget}>
                Forget my details
              </button>
              <button type="button" class="button button--secondary" onClick={printCard}>
                Print call card
              </button>
            </p>
          </div>
        </div>
      )}

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

        {copy.groups.map((group) => {
          const H = `h${level}` as 'h2';
          return (
            <Fragment key={group.slug}>
              <H id={`${idPrefix}-${group.slug}-title`}>{group.title}</H>
              {group.sections.map(({ key, slug, title, hint, copyName }) => {
                const value = scripts[key];
                const id = `${idPrefix}-${slug}`;
                return typeof value === 'string' ? (
                  <ScriptBlock key={key} id={id} title={title} copyName={copyName} hint={hint} text={value} level={sub} announce={announce}>
                    {key === 'voicemail' && (
                      <p class={over ? 'cs-timing cs-timing--over' : 'cs-timing'}>
                        About {scripts.voicemailSeconds} seconds at an easy pace.
                        {over && ` That’s longer than the ${VOICEMAIL_TARGET_SECONDS} seconds most people will listen to. Keep your number slow and clear, and shorten the rest where you can.`}
                      </p>
                    )}
                  </ScriptBlock>
                ) : (
                  <EmailBlock key={key} id={id} title={title} hint={hint} email={value} level={sub} announce={announce} />
                );
              })}
            </Fragment>
          );
        })}
      </div>

      {(standalone || ready) && <CallCard scripts={scripts} heading={cardHeading} />}
    </div>
  );
}
