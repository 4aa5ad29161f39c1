/**
 * The script generator island. It renders and wires events; the rules live in
 * src/lib/follow-up-scripts.ts and the scripts' English words in scripts.en.ts (both loaded
 * on first use, see engine.ts), saving in
 * src/lib/script-details-store.ts, and the labels in copy.ts (page HTML, not this bundle).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormDetails } from '../../lib/script-details-store';
import { Announcer } from '../shared/Announcer';
import CallCard from './CallCard';
import type { ToolCopy } from './copy';
import DetailsForm from './DetailsForm';
import { currentEngine, loadEngine, type Engine } from './engine';
import { loadPhoneCheck } from './phone-check';
import ScriptList, { type ShownScripts } from './ScriptList';
import { scriptsFromPage } from './scripts-from-page';
import StoragePanel from './StoragePanel';
import { useLinkedScriptHeld } from './use-linked-script-held';
import { useSavedDetails } from './use-saved-details';

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

/**
 * Today, read again when the page comes back into view or is used: a phone keeps a tab open
 * for days, and a script must never say "yesterday" about last week.
 */
function useToday(buildDate: string): string {
  const [today, setToday] = useState(buildDate);
  useEffect(() => {
    const refresh = () => setToday(localToday());
    refresh();
    document.addEventListener('visibilitychange', refresh);
    document.addEventListener('focusin', refresh);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      document.removeEventListener('focusin', refresh);
    };
  }, []);
  return today;
}

/** The engine once it is here, and a function that asks for it (and says so if it can't load). */
function useEngine(onFail: () => void): [Engine | null, () => void] {
  const [engine, setEngine] = useState(currentEngine);
  const load = () => {
    if (!engine) void loadEngine().then((loaded) => (loaded ? setEngine(loaded) : onFail()));
  };
  return [engine, load];
}

/** The phone number's problem, checked on leaving the box and, once shown, as they type. */
function usePhoneCheck() {
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const check = async (value: string) => {
    const problem = await loadPhoneCheck();
    if (problem) setPhoneError(problem(value));
  };
  return { phoneError, setPhoneError, check };
}

/**
 * The moment chosen in the form. A link to one script (#ask-for-time, or a heading's id) picks
 * the moment it belongs to, so the form asks for what that script needs.
 */
function useMoment(copy: ToolCopy, idPrefix: string) {
  const [value, set] = useState(copy.groups[0].slug);
  useEffect(() => {
    const pick = () => {
      const hash = decodeURIComponent(location.hash.slice(1));
      const ids = (slug: string) => [slug, `${idPrefix}-${slug}-title`];
      const group = copy.groups.find((each) => ids(each.slug).includes(hash) || each.sections.some((section) => ids(section.slug).includes(hash)));
      if (group) set(group.slug);
    };
    pick();
    addEventListener('hashchange', pick);
    return () => removeEventListener('hashchange', pick);
  }, []);
  return { value, set };
}

/** The scripts to show, the date notes for the form, and whether the competing-offer email is a draft. */
function useShownScripts(engine: Engine | null, details: FormDetails, today: string, idPrefix: string, copy: ToolCopy) {
  // Until the engine is here, the scripts are the server's, read back from the page.
  const pageScripts = useMemo(() => (engine ? null : scriptsFromPage(idPrefix, copy)), [engine]);
  const built = engine ? engine.buildScripts(details, today) : pageScripts!;
  // (Read from the page, a script the page doesn't show is missing; it is never shown either.)
  const competingOffer = built.competingOffer ?? engine?.competingOfferDraft(details, today) ?? { subject: '', body: '' };
  const scripts: ShownScripts = { ...built, competingOffer };
  return { scripts, draft: !engine || built.competingOffer === null, dateNotes: engine ? engine.checkScriptDates(details, today) : [] };
}

export default function CallScripts({ buildDate, headingLevel, idPrefix, copy, standalone }: Props) {
  const [ready, setReady] = useState(false);
  const today = useToday(buildDate);
  const announcer = useRef<Announcer>(null);
  const announce = (message: string) => announcer.current?.say(message);
  const [engine, loadScripts] = useEngine(() => announce(copy.engineFailed));
  const phone = usePhoneCheck();
  const saved = useSavedDetails(copy.storageNotes, announce, loadScripts);
  const { details } = saved;

  useEffect(() => setReady(true), []);
  useLinkedScriptHeld();

  const moment = useMoment(copy, idPrefix);
  const { scripts, draft, dateNotes } = useShownScripts(engine, details, today, idPrefix, copy);

  function onChange(field: keyof FormDetails, value: string) {
    saved.update(field, value);
    // Once a message shows, re-check as they type so it clears the moment the number is fixed.
    if (field === 'phone' && phone.phoneError) void phone.check(value);
  }

  function onForget() {
    saved.forget();
    phone.setPhoneError(null);
  }

  const cardHeading = [details.role.trim(), details.company.trim()].filter(Boolean).join(' at ') || 'Follow-up call';
  return (
    <div class={ready ? 'cs-root cs-root--ready' : 'cs-root'}>
      <Announcer ref={announcer} />
      {/* The form only works with JavaScript. In a guide the server leaves it out (fewer bytes in
          the article) and it appears on hydration, before the tool scrolls into view. On the tool
          page it is above the fold, so the server sends it, hidden when scripting is off, and
          hydration no longer pushes the scripts down the page. */}
      {(ready || standalone) && (
        // Inert until hydrated, so nothing typed in the first moments is lost to hydration.
        <div class="cs-setup" inert={!ready} onFocusIn={loadScripts}>
          <DetailsForm
            idPrefix={idPrefix}
            details={details}
            onChange={onChange}
            phoneError={phone.phoneError}
            dateNotes={dateNotes}
            onPhoneFocus={() => void loadPhoneCheck()}
            onPhoneBlur={() => void phone.check(details.phone)}
            level={headingLevel}
            copy={copy}
            moment={moment.value}
            onMoment={moment.set}
          />
          <StoragePanel idPrefix={idPrefix} remember={saved.remember} onRememberChange={saved.setRemember} note={saved.note} onForget={onForget} />
        </div>
      )}
      <ScriptList scripts={scripts} draft={draft} standalone={standalone} idPrefix={idPrefix} level={headingLevel} copy={copy} announce={announce} />
      {(standalone || ready) && <CallCard scripts={scripts} heading={cardHeading} />}
    </div>
  );
}
