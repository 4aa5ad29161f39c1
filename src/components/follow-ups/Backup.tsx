/** Backups and records: opening a backup, and asking the browser to keep the board; the rest comes in `children`. */
import type { ComponentChildren } from 'preact';
import { M, t } from './messages.en';
import type { Application } from '../../lib/follow-ups-model';

interface Props {
  /** An opened backup waiting for "add to" or "replace". */
  pending: Application[] | null;
  importText: (text: string) => void;
  choose: (how: 'merge' | 'replace') => void;
  persist: () => void;
  /** The actions on a board that has applications (BackupActions, loaded with the engine). */
  children?: ComponentChildren;
}

function readFile(event: Event, then: (text: string) => void) {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  // A file that can't be read as text gets the same "not a backup" answer as garbage.
  file?.text().then(then, () => then('\u0000'));
}

export function Backup(props: Props) {
  return (
    <section class="fu-backup" aria-labelledby="fu-backup-title">
      <h2 id="fu-backup-title" tabIndex={-1}>
        {M.backup}
      </h2>
      <p>{M.backupText}</p>
      {props.pending && (
        <div class="fu-ask" id="fu-import-ask" tabIndex={-1} role="group" aria-labelledby="fu-import-q">
          <p id="fu-import-q">{t('importAsk', { count: props.pending.length })}</p>
          <div class="fu-actions">
            <button type="button" class="button" onClick={() => props.choose('merge')}>
              {M.merge}
            </button>
            <button type="button" class="button button--secondary" onClick={() => props.choose('replace')}>
              {M.replace}
            </button>
          </div>
        </div>
      )}
      <div class="fu-actions">
        <span class="fu-file">
          <label for="fu-import">{M.importJson}</label>
          <input type="file" id="fu-import" accept=".json,application/json" onChange={(event) => readFile(event, props.importText)} />
        </span>
      </div>
      {props.children}
      <p>
        <button type="button" class="button button--secondary" aria-describedby="fu-persist-hint" onClick={props.persist}>
          {M.persist}
        </button>
        <span class="fu-hint" id="fu-persist-hint"> {M.persistHint}</span>
      </p>
    </section>
  );
}
