/**
 * The form's details and "Remember my details on this device": restores saved details on
 * load, saves as they type while the box is ticked, and says what happened, on screen and
 * out loud (a note that follows the reader's own action is read out).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_DETAILS, forgetDetails, loadDetails, saveDetails, type FormDetails } from '../../lib/script-details-store';
import { browserStorage } from '../shared/local-store';
import type { ToolCopy } from './copy';

type Notes = ToolCopy['storageNotes'];

export function useSavedDetails(notes: Notes, announce: (message: string) => void, onRestore: () => void) {
  const [details, setDetails] = useState<FormDetails>({ ...DEFAULT_DETAILS });
  const [remember, setRememberState] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  // The latest details, for handlers that may run twice before a re-render.
  const latest = useRef(details);
  latest.current = details;

  useEffect(() => {
    const loaded = loadDetails(browserStorage());
    if (loaded.status === 'ok') {
      setDetails(loaded.details);
      setRememberState(true);
      setNote(notes.restored);
      onRestore();
    } else if (loaded.status === 'corrupt') {
      forgetDetails(browserStorage());
      setNote(notes.corrupt);
    }
  }, []);

  function tell(message: string) {
    setNote(message);
    announce(message);
  }

  function update(field: keyof FormDetails, value: string) {
    const current = latest.current;
    const next: FormDetails =
      field === 'tone'
        ? { ...current, tone: value === 'formal' ? 'formal' : 'warm' }
        : field === 'askFeedback'
          ? { ...current, askFeedback: value === 'yes' }
          : { ...current, [field]: value };
    latest.current = next;
    setDetails(next);
    if (remember && saveDetails(browserStorage(), next) === 'unavailable') {
      setRememberState(false);
      tell(notes.failed);
    }
  }

  function setRemember(checked: boolean) {
    const ok = checked ? saveDetails(browserStorage(), details) === 'saved' : forgetDetails(browserStorage());
    setRememberState(checked && ok);
    tell(!ok ? notes.failed : checked ? notes.saving : notes.stopped);
  }

  function forget() {
    const removed = forgetDetails(browserStorage());
    setRememberState(false);
    setDetails({ ...DEFAULT_DETAILS });
    tell(removed ? notes.removed : notes.cleared);
  }

  return { details, update, remember, setRemember, note, forget };
}
