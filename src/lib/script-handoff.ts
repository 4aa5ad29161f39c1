/**
 * Hands an application to the script generator: its saved details with the company, role,
 * contact and dates filled in from the board, and the person's own name, phone and email kept.
 *
 * Choice: this writes the format of src/lib/script-details-store.ts without importing it, so
 * that module stays inside the scripts page's own chunk (importing it from the board split it
 * out and pushed that page over its byte budget). tests/unit/script-handoff.test.ts reads
 * the result with the store's own parser, so the two can't drift apart unnoticed.
 */
import { latestInterview, type Application } from './follow-ups-model';

export const SCRIPT_DETAILS_KEY = 'callback-kit:call-scripts:details:v1';
const SCRIPT_DETAILS_VERSION = 1;

function savedDetails(raw: string | null): Record<string, unknown> {
  try {
    const data = JSON.parse(raw ?? '') as { version?: unknown; details?: unknown };
    const details = data?.details;
    if (data?.version === SCRIPT_DETAILS_VERSION && typeof details === 'object' && details !== null && !Array.isArray(details)) return details as Record<string, unknown>;
  } catch {
    // Nothing saved, or something unreadable: start from the application alone.
  }
  return {};
}

export function handoffDetails(saved: string | null, app: Application): string {
  const details = {
    ...savedDetails(saved),
    company: app.company,
    role: app.role,
    interviewerName: app.contactName,
    interviewDate: latestInterview(app) ?? '',
    promisedDate: app.told === 'date' ? app.promised : '',
  };
  return JSON.stringify({ version: SCRIPT_DETAILS_VERSION, details });
}
