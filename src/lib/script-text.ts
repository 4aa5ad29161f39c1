/**
 * What every script is written from: the user's details, filled in or shown as [placeholders],
 * with the dates already said the way people say them (see scriptContext in
 * follow-up-scripts.ts), and the small helpers that join sentences and paragraphs.
 * Each script is a function of this context, in its own module by moment.
 */

import { PHONE_PLACEHOLDER } from './voicemail-timing';

/** The text shown in place of each empty field. */
export const PLACEHOLDERS = {
  yourName: '[your name]',
  phone: PHONE_PLACEHOLDER,
  email: '[your email]',
  role: '[job title]',
  company: '[company]',
  interviewerName: "[interviewer's name]",
  interviewDate: '[interview date]',
  scheduledCallDate: '[day of the planned call]',
  recruiterName: "[recruiter's name]",
  answerBy: "[the day you'll answer by]",
  reason: '[one short, honest reason]',
  refereeName: "[referee's name]",
} as const;

/** A date as said after a verb ("last Tuesday, March 3") and after "by" or "of". */
export interface DatePhrase {
  on: string;
  bare: string;
}

export interface EmailText {
  subject: string;
  body: string;
}

export interface ScriptContext {
  formal: boolean;
  name: string;
  phone: string;
  /** The phone number grouped for reading aloud. */
  spokenPhone: string;
  email: string;
  role: string;
  company: string;
  /** The interviewer, as the user greets them. */
  them: string;
  /** "the Analyst role" (warm) or "the Analyst position" (formal). */
  job: string;
  interview: DatePhrase;
  /** The day they said they would decide, when given and sound. */
  promised: DatePhrase | null;
  /** True once that day has come (or when none was given): "so I thought I'd check in". */
  promiseDue: boolean;
  /** The day of a call they set up and missed: the promised day once it has come, else a placeholder. */
  scheduledCall: DatePhrase;
  /** Another offer's reply deadline, when given, sound and not past. */
  deadline: DatePhrase | null;
  /** "before this Friday, March 13", or "today" on the day itself. */
  beforeDeadline: string | null;
  /** The other offer must be answered within a week: don't offer to call again next week. */
  deadlineThisWeek: boolean;
  /** The agency recruiter (H14, P1). */
  recruiter: string;
  /** True when the user named a recruiter: withdrawing goes to them first (R3). */
  hasRecruiter: boolean;
  /** The day you will answer an offer by (L3). */
  answerBy: DatePhrase;
  /** A short honest reason, as the user wrote it, or null when left empty. */
  reason: string | null;
  referee: string;
  askFeedback: boolean;
  /** Closing line, then name, phone and email, one to a line. */
  signature(closing: string): string;
}

/** The text typed, trimmed, or null when nothing real was typed. */
export function filled(value: string | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A date phrase in the middle of a sentence: "last Tuesday, March 3, when ..." needs the closing comma. */
export function midSentence(phrase: string): string {
  return phrase.includes(',') ? `${phrase},` : phrase;
}

/** Ends a sentence on something the user typed: "Acme Inc." gets no second full stop. */
export function stop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

type Part = string | false | null | undefined;

export function joinSentences(...parts: Part[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

export function paragraphs(...parts: Part[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}
