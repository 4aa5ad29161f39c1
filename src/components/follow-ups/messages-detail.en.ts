/**
 * The board's words for the add/edit form, the Today view and one application (US English).
 * Loaded with the planner engine; the first load's words are in messages.en.ts.
 */
import type { ErrorCode } from '../../lib/follow-ups-model';
import { M as SHELL, fill } from './messages.en';

export const D = {
  icsAll: 'Download calendar file for all open applications',
  exportCsv: 'Download a spreadsheet (CSV)',
  print: 'Print activity record',
  removeAll: 'Delete everything',
  yours: 'Your applications ({count})',
  open: 'Open {company}',
  warnTitle: 'Keep a backup',
  warnText: 'Browsers such as Safari may delete a site’s data after a few weeks without a visit, unless the site is added to your home screen. A backup file keeps your board safe.',
  warnDone: 'Got it',
  todayEmpty: 'Nothing to do today. Keep applying for other jobs while you wait.',
  'group.due': 'Due today',
  'group.overdue': 'Overdue',
  'group.treat-as-no': 'Time to treat it as a no',
  'group.this-week': 'Coming this week',
  'action.call': 'Call {company} (call {attempt})',
  'action.email': 'Email {company} (email {attempt})',
  'action.thank-you': 'Send {company} a thank-you note',
  'action.debrief': 'Debrief with the recruiter for {company}',
  'action.close': 'No answer from {company}: treat it as a no',
  recruiter: 'Contact the recruiter, not the employer.',
  movedFrom: 'It was due {date}.',
  closeNoAnswer: 'Close as no answer',
  closingNote: 'Closing note script',
  unplanned: 'The board can’t plan {company}: {problem} Edit it to fix this.',
  // The form
  formAdd: 'Add an application',
  formEdit: 'Edit {company}',
  required: 'Only the company and an interview date are needed. Add the rest when you have it.',
  company: 'Company',
  role: 'Job title',
  contactName: 'Contact’s name',
  contactEmail: 'Contact’s email',
  contactPhone: 'Contact’s phone',
  arrangedBy: 'Who arranged the interview?',
  'arrangedBy.employer': 'The employer',
  'arrangedBy.agency': 'A recruitment agency',
  arrangedHint: 'With an agency, every follow-up goes to the recruiter.',
  channel: 'How have they been in touch?',
  'channel.': 'Not sure',
  'channel.phone': 'By phone',
  'channel.email': 'By email only',
  'channel.no-calls': 'They asked not to be called',
  'channel.agency': 'Through the agency',
  channelHint: 'Follow up the way they asked. “By email only” or “no calls” makes the plan email-only.',
  rounds: 'Interviews',
  roundDate: 'Date of interview {n}',
  roundKind: 'Kind of interview {n}',
  'round.phone-screen': 'Phone screen',
  'round.first': 'First interview',
  'round.final': 'Final interview',
  'round.other': 'Other',
  addRound: 'Add another interview',
  removeRound: 'Remove interview {n}',
  told: 'Did they say when you’d hear back?',
  'told.none': 'No, they didn’t say',
  'told.date': 'Yes, they gave a date',
  'told.end-of-week': '“By the end of the week”',
  'told.next-week': '“Next week”',
  'told.two-weeks': '“Within two weeks”',
  promised: 'The date they gave',
  region: 'Region, for public holidays',
  regionNone: 'None',
  tz: 'Employer’s time zone',
  notes: 'Notes',
  save: 'Save',
  cancel: 'Cancel',
  problem: 'There is a problem',
  dateHint: 'For example, 2026-03-10',
  // Errors: by field, then by code
  'err.company.required': 'Enter the company’s name',
  'err.rounds.0.date.required': 'Enter the date of your interview',
  'err.promised.required': 'Enter the date they said you would hear back by',
  'err.promised.before-interview': 'The date they gave must be on or after your first interview',
  'err.contactEmail.invalid-email': 'Enter an email address like name@example.com',
  'err.log.date.required': 'Enter the date',
  'err.log.date.after-today': 'The date can’t be after today',
  'err.log.newDate.before-new-date': 'The new date must be on or after the day they gave it',
  'err.invalid-date': '{label} must be a real date, like 2026-03-10',
  'err.too-long': '{label} must be {max} characters or fewer',
  'err.other': 'Check {label}',
  // One application
  back: 'Back to all applications',
  edit: 'Edit details',
  plan: 'Plan',
  history: 'What happened',
  historyEmpty: 'Nothing logged yet. Log each call or email here, with what came of it.',
  statusLabel: 'Status',
  changeStatus: 'Change status',
  toPlanner: 'Open in the planner',
  toScripts: 'Open the call and email scripts',
  scriptsHint: 'This fills the scripts with these details and remembers them on that page (you can forget them there).',
  log: 'Log a call or email',
  logKind: 'What did you do?',
  'kind.call': 'Called',
  'kind.email': 'Emailed',
  'kind.thank-you': 'Sent a thank-you note',
  logDate: 'Date',
  outcome: 'What happened?',
  'outcome.reached': 'Spoke to them / they replied',
  'outcome.voicemail': 'Left a voicemail',
  'outcome.front-desk': 'Reached only the front desk or a colleague, no message left',
  'outcome.no-reply': 'No answer or no reply',
  'outcome.sent': 'Sent',
  frontDeskHint: 'Reaching only the front desk doesn’t count as a try.',
  newDate: 'Did they give a new date? (optional)',
  newDateKind: 'What kind of date?',
  'newDateKind.call-back': 'A day to call back',
  'newDateKind.decide-by': 'A day they will decide by',
  logNote: 'Note (optional)',
  logSave: 'Log it',
  remove: 'Delete {company}',
  // Reminders
  reminders: 'Reminders',
  icsOne: 'Download calendar file for {company}',
  google: 'Add the next step to Google Calendar (sends its text to Google)',
  outlook: 'Add the next step to Outlook.com (sends its text to Microsoft)',
  nextStep: 'Next step: {title}, {date}',
  // Backup
  recordTitle: 'Job-search activity record',
  // Storage
} as const;

/** The detail screens' words, plus the first load's (statuses, "Open …"). */
export const M = { ...SHELL, ...D };
export type MessageKey = keyof typeof M;

/** The activity record's columns, on paper and in the CSV. */
export const RECORD_HEADERS = ['Date', 'Company', 'Job title', 'Contact', 'Activity', 'Outcome', 'Note', 'Status'];

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(M[key], values);
}

const LABELS: Record<string, MessageKey> = {
  company: 'company', role: 'role', contactName: 'contactName', contactEmail: 'contactEmail', contactPhone: 'contactPhone',
  promised: 'promised', notes: 'notes', region: 'region', tz: 'tz', date: 'logDate', newDate: 'newDate', note: 'logNote',
};

/** The message for a field's error code, specific where one is written, else by code. */
export function errorText(field: string, code: ErrorCode, values: Record<string, string | number> = {}): string {
  const own = `err.${field}.${code}`;
  if (own in M) return t(own as MessageKey, values);
  const round = /^rounds\.(\d+)\.date$/.exec(field);
  const label = round ? t('roundDate', { n: Number(round[1]) + 1 }) : M[LABELS[field.replace(/^log\./, '')] ?? 'company'];
  if (code === 'invalid-date' || code === 'too-long') return t(`err.${code}`, { ...values, label });
  return t('err.other', { label: label.toLowerCase() });
}
