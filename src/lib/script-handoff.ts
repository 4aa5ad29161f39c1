/**
 * Hands an application to the script generator: its saved details with the company, role,
 * contact and dates filled in from the board, and the person's own name, phone and email kept.
 * Read and written with the script generator's own store (src/lib/script-details-store.ts).
 */
import { loadDetails, saveDetails, type FormDetails, type SaveStatus, type StorageLike } from './script-details-store';
import { latestInterview, type Application } from './follow-ups-model';

/** The saved details with this application's filled in (what was saved before is kept). */
export function handoffDetails(saved: FormDetails, app: Application): FormDetails {
  return {
    ...saved,
    company: app.company,
    role: app.role,
    interviewerName: app.contactName,
    interviewDate: latestInterview(app) ?? '',
    promisedDate: app.told === 'date' ? app.promised : '',
  };
}

/** Fills the script generator's saved details with this application; never throws. */
export function handOff(storage: StorageLike | null | undefined, app: Application): SaveStatus {
  return saveDetails(storage, handoffDetails(loadDetails(storage).details, app));
}
