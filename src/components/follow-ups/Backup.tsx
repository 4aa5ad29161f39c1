/** Backups and records: the JSON backup out and in, CSV, print, calendar file, delete all. */
import { M, t } from './messages.en';
import type { Application } from '../../lib/follow-ups-model';

interface Props {
  count: number;
  /** An opened backup waiting for "add to" or "replace". */
  pending: Application[] | null;
  exportJson: () => void;
  importText: (text: string) => void;
  choose: (how: 'merge' | 'replace') => void;
  csv: () => void;
  ics: () => void;
  print: () => void;
  persist: () => void;
  removeAll: () => void;
}

function readFile(event: Event, then: (text: string) => void) {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  // A file that can't be read as text gets the same "not a backup" answer as garbage.
  file?.text().then(then, () => then('\u0000'));
}

export function Backup(props: Props) {
  const has = props.count > 0;
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
        {has && (
          <button type="button" class="button" onClick={props.exportJson}>
            {M.exportJson}
          </button>
        )}
        <span class="fu-file">
          <label for="fu-import">{M.importJson}</label>
          <input type="file" id="fu-import" accept=".json,application/json" onChange={(event) => readFile(event, props.importText)} />
        </span>
      </div>
      {has && (
        <div class="fu-actions">
          <button type="button" class="button button--secondary" onClick={props.ics}>
            {M.icsAll}
          </button>
          <button type="button" class="button button--secondary" onClick={props.csv}>
            {M.exportCsv}
          </button>
          <button type="button" class="button button--secondary" onClick={props.print}>
            {M.print}
          </button>
        </div>
      )}
      <p>
        <button type="button" class="button button--secondary" aria-describedby="fu-persist-hint" onClick={props.persist}>
          {M.persist}
        </button>
        <span class="fu-hint" id="fu-persist-hint"> {M.persistHint}</span>
      </p>
      {has && (
        <p>
          <button type="button" class="button button--secondary fu-danger" onClick={props.removeAll}>
            {M.removeAll}
          </button>
        </p>
      )}
    </section>
  );
}
