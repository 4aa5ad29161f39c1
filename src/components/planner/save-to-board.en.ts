/**
 * The words of the planner's "Save to my follow-ups" (US English), looked up with `t()`.
 * Codes come from src/lib/follow-ups-from-planner.ts and src/lib/follow-ups-model.ts.
 */
import { translator } from '../../i18n/t';

export const SAVE_TO_BOARD = {
  open: 'Save to my follow-ups',
  intro: 'Keep this plan on your follow-ups board, with the other applications you are waiting to hear about. It stays in this browser.',
  company: 'Company',
  companyHint: 'The board lists your applications by company.',
  role: 'Job title (optional)',
  save: 'Save to my follow-ups',
  cancel: 'Cancel',
  'error.company.required': 'Enter the name of the company',
  'error.company.too-long': 'The company’s name must be {max} characters or fewer',
  'error.role.too-long': 'The job title must be {max} characters or fewer',
  /** The plan itself can't become an application (it changed since, say): rare. */
  'error.plan': 'This plan can’t be saved as it is. Make your plan again, then save it.',
  saved: 'Saved {company} to your follow-ups, with this plan.',
  openSaved: 'See {company} on my follow-ups',
  'refused.damaged': 'Your follow-ups board couldn’t be read, so nothing was saved over it. Open the board to see what to do.',
  'refused.newer-version': 'Your follow-ups board was saved by a newer version of this site, so nothing was saved. Reload this page and try again.',
  'refused.too-many': 'Your follow-ups board is full, so nothing was saved. Close or delete some applications there first.',
  'refused.unavailable': 'This browser isn’t letting the site save anything (storage is off or blocked), so nothing was saved.',
  'refused.full': 'This browser’s storage is full, so nothing was saved. Save a backup of your board, then free some space.',
  'refused.load': 'Saving couldn’t start. Check your connection and try again.',
  openBoard: 'Open my follow-ups',
} as const;

export type SaveToBoardKey = keyof typeof SAVE_TO_BOARD;

export const t = translator(SAVE_TO_BOARD);
