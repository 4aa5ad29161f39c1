import { printPart } from '../shared/print-part';

interface Props {
  idPrefix: string;
  remember: boolean;
  onRememberChange: (checked: boolean) => void;
  /** The last thing that happened to the saved details, shown under the box (and announced). */
  note: string | null;
  onForget: () => void;
}

/** "Remember my details on this device", what happened to them, "Forget my details" and "Print call card". */
export default function StoragePanel({ idPrefix, remember, onRememberChange, note, onForget }: Props) {
  return (
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
      <p class="kit-hint" id={`${idPrefix}-remember-hint`}>
        Off unless you turn it on. Only this browser keeps them; don’t use it on a shared computer.
      </p>
      {note && <p class="cs-storage-note">{note}</p>}
      <p class="cs-actions">
        <button type="button" class="button button--secondary" onClick={onForget}>
          Forget my details
        </button>
        {/* The call card alone, even where the tool sits inside a longer guide. */}
        <button type="button" class="button button--secondary" onClick={() => printPart('cs-printing')}>
          Print call card
        </button>
      </p>
    </div>
  );
}
