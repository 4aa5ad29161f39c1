import type { ComponentChildren } from 'preact';

interface Props {
  idPrefix: string;
  remember: boolean;
  onRememberChange: (checked: boolean) => void;
  /** The last thing that happened to the saved details, shown under the box (and announced). */
  note: string | null;
  children: ComponentChildren;
}

/** "Remember my details on this device", what happened to them, and the buttons below. */
export default function StoragePanel({ idPrefix, remember, onRememberChange, note, children }: Props) {
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
      <p class="cs-actions">{children}</p>
    </div>
  );
}
