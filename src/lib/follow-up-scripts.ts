/**
 * The script generator's rules: turns a few details about the interview into every piece of
 * text a job seeker needs through the wait (voicemail, call opener, receptionist, replies to
 * each possible answer, emails to the employer or the recruiter, offers, rejections,
 * withdrawing and closing the loop). This module checks the dates and works out the context
 * every script is written from; the wording is in scripts-*.ts, one module per moment.
 *
 * Pure: no DOM, no clock. "Today" is an argument and every date is an ISO YYYY-MM-DD string,
 * compared as a calendar date by the date core (src/lib/dates/), so the output is the same in any time zone.
 *
 * Facts behind the wording: shared/domain-facts.md C1, C3–C10, D1–D4, E5, G1–G4, H13, H14, I–R.
 */
import { isoWeekday } from './dates/arithmetic';
import { isoWeeksBetween, toDayNumber } from './dates/day-numbers';
import { yearBefore } from './dates/years';
import { parseIsoDate as parseCoreDate, type DateParts, type IsoDate } from './dates/iso';
import { nthWorkingDayAfter, type WorkWeek } from './dates/working-days';
import { DEFAULT_WORKING_DAYS, GRACE_WORKING_DAYS, WEEK_DAYS } from './follow-up-rules';

import { filled, PLACEHOLDERS, type DatePhrase, type EmailText, type ScriptContext } from './script-text';
import { askForTime, closingNote, competingOffer, declineOffer, rejectionReply, withdraw } from './scripts-decisions';
import { notDecided, notSelected, offer, positionFilled } from './scripts-answers';
import { callOpener, missedScheduledCall, receptionist, voicemail } from './scripts-call';
import { emailCheckIn, followUpEmail, recruiterCheckIn, recruiterDebrief, referenceHeadsUp, thankYouNote } from './scripts-emails';
import { estimateSpeakingSeconds } from './voicemail-timing';

export { PLACEHOLDERS } from './script-text';
export type { DatePhrase, EmailText } from './script-text';

export { estimateSpeakingSeconds, VOICEMAIL_TARGET_SECONDS, VOICEMAIL_WORDS_PER_MINUTE } from './voicemail-timing';

export type Tone = 'warm' | 'formal';

/** What the user types once. Every field is optional; an empty one becomes a visible placeholder. */
export interface ScriptDetails {
  yourName?: string;
  phone?: string;
  email?: string;
  role?: string;
  company?: string;
  interviewerName?: string;
  /** ISO YYYY-MM-DD. */
  interviewDate?: string;
  /** ISO YYYY-MM-DD: the day they said they would call (or decide). */
  promisedDate?: string;
  /** ISO YYYY-MM-DD: when another employer needs an answer. Turns on the competing-offer wording. */
  competingOfferDeadline?: string;
  /** The agency recruiter who arranged the interview (H14, P1). */
  recruiterName?: string;
  /** ISO YYYY-MM-DD: the day you ask to give your answer to an offer by (L3). */
  answerBy?: string;
  /** One short, honest sentence: why you decline an offer or withdraw (L8, R2). */
  reason?: string;
  /** The referee who agreed to speak for you (O5). */
  refereeName?: string;
  /** Ask for feedback in the reply to a rejection (M2). Yes unless false. */
  askFeedback?: boolean;
  tone?: Tone;
}

export interface Scripts {
  voicemail: string;
  callOpener: string;
  receptionist: string;
  notDecided: string;
  notSelected: string;
  positionFilled: string;
  offer: string;
  missedScheduledCall: string;
  followUpEmail: EmailText;
  thankYouNote: EmailText;
  recruiterDebrief: EmailText;
  recruiterCheckIn: EmailText;
  emailCheckIn: EmailText;
  closingNote: EmailText;
  askForTime: EmailText;
  declineOffer: EmailText;
  rejectionReply: EmailText;
  /** Null unless another offer's reply deadline is given, real and not past (N1, N2: never a bluff). */
  competingOffer: EmailText | null;
  withdraw: EmailText;
  referenceHeadsUp: EmailText;
  /** Estimated time to read the voicemail aloud, in whole seconds. */
  voicemailSeconds: number;
}


const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** DEFAULT_WORKING_DAYS as the date core's work week: the scripts know no office calendar. */
const WORK_WEEK: WorkWeek = { workingDays: new Set(DEFAULT_WORKING_DAYS), closed: new Set() };

interface CalendarDate extends DateParts {
  iso: IsoDate;
  /** Days since 1970-01-01: lets us subtract dates without any time zone involved. */
  serial: number;
  weekday: number; // 0 = Sunday
}

/**
 * Reads a date box's value (ISO YYYY-MM-DD, spaces around it ignored) with the date core, so
 * the scripts accept exactly the dates and years the planner does; null for anything else,
 * including a year half typed ("0202-11-24" on its way to 2026) and dates that don't exist.
 */
export function parseIsoDate(iso: string | undefined): CalendarDate | null {
  const value = typeof iso === 'string' ? iso.trim() : iso;
  const parts = parseCoreDate(value);
  if (!parts) return null;
  const date = value as IsoDate;
  return { ...parts, iso: date, serial: toDayNumber(date), weekday: isoWeekday(date) % 7 };
}

/**
 * A date said the way people say it, relative to today. `on` fits after a verb
 * ("I interviewed with you last Tuesday, March 3" / "... on March 3"); `bare` fits after
 * "by" or "of" ("by this Friday, March 6" / "by March 20").
 */
export function describeDate(iso: string | undefined, today: string, placeholder: string): DatePhrase {
  const date = parseIsoDate(iso);
  const now = parseIsoDate(today);
  if (!date) return { on: `on ${placeholder}`, bare: placeholder };
  const monthDay = `${MONTHS[date.month - 1]} ${date.day}`;
  const weekday = WEEKDAYS[date.weekday];
  if (!now) {
    const full = `${monthDay}, ${date.year}`;
    return { on: `on ${full}`, bare: full };
  }
  const diff = date.serial - now.serial;
  if (diff === 0) return { on: 'today', bare: 'today' };
  if (diff === -1) return { on: 'yesterday', bare: 'yesterday' };
  if (diff === 1) return { on: 'tomorrow', bare: 'tomorrow' };
  const weeks = isoWeeksBetween(now.iso, date.iso);
  const named = `${weekday}, ${monthDay}`;
  if (weeks === 0) {
    // Same Monday-to-Sunday week: "on Tuesday, March 3" behind us, "this Friday, March 6" ahead.
    return diff < 0 ? { on: `on ${named}`, bare: named } : { on: `this ${named}`, bare: `this ${named}` };
  }
  if (weeks === -1) return { on: `last ${named}`, bare: `last ${named}` };
  if (weeks === 1) return { on: `next ${named}`, bare: `next ${named}` };
  const absolute = date.year === now.year ? monthDay : `${monthDay}, ${date.year}`;
  return { on: `on ${absolute}`, bare: absolute };
}

/**
 * Groups a phone number so it can be read aloud without stumbling: "(555) 201-4477" becomes
 * "555 201 4477". Groups the user typed are kept when they are short enough to say in one
 * breath; otherwise the digits are split into threes with a final four (or two and two).
 * An extension is spelled out. Text with no digits at all is returned as typed.
 */
export function groupPhoneForSpeech(phone: string): string {
  const text = phone.trim();
  if (!/\d/.test(text)) return text;
  let main = text;
  let extension = '';
  const ext = /(?:ext\.?|extension|x|#)\s*(\d+)\s*$/i.exec(text);
  if (ext && ext.index > 0) {
    extension = ext[1];
    main = text.slice(0, ext.index);
  }
  const plus = /^\s*\+/.test(main) ? '+' : '';
  // "+44 (0)20 …": the bracketed 0 is dialled only from inside the country; said after the
  // country code it gives a number that doesn't connect, so it is left out.
  if (plus) main = main.replace(/\(\s*0\s*\)/, ' ');
  const typedGroups = main.split(/\D+/).filter(Boolean);
  const digits = typedGroups.join('');
  let groups: string[];
  if (typedGroups.length > 1 && typedGroups.every((g) => g.length <= 4)) {
    groups = typedGroups;
  } else if (!plus && digits.length === 10) {
    groups = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  } else if (digits.length === 11 && digits.startsWith('1')) {
    groups = ['1', digits.slice(1, 4), digits.slice(4, 7), digits.slice(7)];
  } else if (plus && digits.length > 7) {
    // "+442079460958": say the country code on its own, then the rest in short groups.
    const code = COUNTRY_CODE.exec(digits)![0];
    groups = [code, ...chunkDigits(digits.slice(code.length))];
  } else {
    groups = chunkDigits(digits);
  }
  const spoken = plus + groups.join(' ');
  return extension ? `${spoken}, extension ${extension}` : spoken;
}

/**
 * The country code at the start of an international number: 1 and 7 are one digit, the
 * two-digit codes are listed, every other code has three digits (ITU-T E.164 assignments).
 */
const COUNTRY_CODE = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3})/;

function chunkDigits(digits: string): string[] {
  if (digits.length <= 4) return [digits];
  const groups: string[] = [];
  let rest = digits;
  while (rest.length > 4) {
    // Leave a tail of 4 (or 2 + 2 below) rather than a lone digit at the end.
    if (rest.length === 5) {
      groups.push(rest.slice(0, 3));
      rest = rest.slice(3);
      break;
    }
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  groups.push(rest);
  return groups;
}

/** The date fields, each checked against today and against each other. */
export type DateField = 'interviewDate' | 'promisedDate' | 'competingOfferDeadline' | 'answerBy';

/**
 * What is wrong with one date box. The wording lives with the tool's other interface text
 * (components/call-scripts/copy.ts), so it travels in the page's HTML, not in this bundle.
 */
export type DateProblem =
  /** The interview date is after today: the scripts are for after the interview. */
  | 'interview-ahead'
  /** The interview date is more than a year ago, as the planner counts it (H11): surely the wrong year. */
  | 'interview-old'
  /** Less than a week since the interview and no day promised: too soon to call (F2, F11; advice). */
  | 'interview-recent'
  /** The promised day is before the interview. */
  | 'promise-before-interview'
  /** The promised day is still ahead: too soon to chase (advice; the date is kept). */
  | 'promise-ahead'
  /** The other offer's reply deadline has passed. */
  | 'deadline-passed'
  /** The day you'd answer an offer by has passed. */
  | 'answer-by-passed'
  /** More than a week to answer an offer: ask for a short window, two or three working days (L3; advice). */
  | 'answer-by-far';

/**
 * A note for one date box. An `error` means the scripts leave that date out (the interview
 * date becomes its [placeholder]) until it is fixed; `advice` keeps the date.
 */
export interface DateNote {
  field: DateField;
  kind: 'error' | 'advice';
  problem: DateProblem;
}

interface ParsedDates {
  now: CalendarDate;
  interview: CalendarDate | null;
  promised: CalendarDate | null;
  deadline: CalendarDate | null;
  answerBy: CalendarDate | null;
}

/** Another offer that must be answered before `serial` is reason to ask now (E3). */
function answerDueBefore({ deadline, now }: ParsedDates, serial: number): boolean {
  return deadline !== null && deadline.serial >= now.serial && deadline.serial < serial;
}

function interviewNote(dates: ParsedDates): DateNote | null {
  const { now, interview, promised } = dates;
  if (!interview) return null;
  const note = (kind: DateNote['kind'], problem: DateProblem): DateNote => ({ field: 'interviewDate', kind, problem });
  if (interview.serial > now.serial) return note('error', 'interview-ahead');
  // The same day a year ago is still fine, counted as the planner counts it (H11).
  if (interview.iso < yearBefore(now.iso)) return note('error', 'interview-old');
  const recent = now.serial - interview.serial < WEEK_DAYS;
  return !promised && recent && !answerDueBefore(dates, interview.serial + WEEK_DAYS) ? note('advice', 'interview-recent') : null;
}

function promiseNote(dates: ParsedDates): DateNote | null {
  const { now, interview, promised } = dates;
  if (!promised) return null;
  const interviewAhead = interview !== null && interview.serial > now.serial;
  if (interview && !interviewAhead && promised.serial < interview.serial) {
    return { field: 'promisedDate', kind: 'error', problem: 'promise-before-interview' };
  }
  const graceEnds = toDayNumber(nthWorkingDayAfter(WORK_WEEK, promised.iso, GRACE_WORKING_DAYS)!);
  return promised.serial > now.serial && !answerDueBefore(dates, graceEnds)
    ? { field: 'promisedDate', kind: 'advice', problem: 'promise-ahead' }
    : null;
}

function offerNotes({ now, deadline, answerBy }: ParsedDates): DateNote[] {
  const notes: DateNote[] = [];
  if (deadline && deadline.serial < now.serial) notes.push({ field: 'competingOfferDeadline', kind: 'error', problem: 'deadline-passed' });
  if (answerBy && answerBy.serial < now.serial) notes.push({ field: 'answerBy', kind: 'error', problem: 'answer-by-passed' });
  else if (answerBy && answerBy.serial - now.serial > WEEK_DAYS) notes.push({ field: 'answerBy', kind: 'advice', problem: 'answer-by-far' });
  return notes;
}

/**
 * Checks the dates against today (the user's own calendar day) and each other, so no script
 * says "we met next Tuesday" or chases a decision that isn't due yet (E2, H11). Dates that
 * aren't ISO are ignored here: the date boxes only ever hold ISO or nothing.
 */
export function checkScriptDates(details: ScriptDetails, today: string): DateNote[] {
  const now = parseIsoDate(today);
  if (!now) return [];
  const read = (field: DateField) => parseIsoDate(filled(details[field]) ?? undefined);
  const dates: ParsedDates = { now, interview: read('interviewDate'), promised: read('promisedDate'), deadline: read('competingOfferDeadline'), answerBy: read('answerBy') };
  return [interviewNote(dates), promiseNote(dates), ...offerNotes(dates)].filter((note): note is DateNote => note !== null);
}

/** The user's text, or the placeholder shown in its place. */
function textOr(details: ScriptDetails, field: keyof typeof PLACEHOLDERS & keyof ScriptDetails): string {
  return filled(details[field] as string | undefined) ?? PLACEHOLDERS[field];
}

/** The dates as the scripts say them. A date with an error is left out, so no copied text says "we met next Tuesday". */
function contextDates(details: ScriptDetails, today: string) {
  const wrong = new Set(checkScriptDates(details, today).filter((note) => note.kind === 'error').map((note) => note.field));
  const usable = (field: DateField) => (wrong.has(field) ? undefined : filled(details[field]) ?? undefined);
  const now = parseIsoDate(today);
  const promisedDate = parseIsoDate(usable('promisedDate'));
  // "So I thought I'd check in" only once the day they gave has come.
  const promiseDue = !(promisedDate && now && promisedDate.serial > now.serial);
  const deadlineDate = parseIsoDate(usable('competingOfferDeadline'));
  const deadline = deadlineDate ? describeDate(usable('competingOfferDeadline'), today, '') : null;
  return {
    interview: describeDate(usable('interviewDate'), today, PLACEHOLDERS.interviewDate),
    promised: promisedDate ? describeDate(usable('promisedDate'), today, '') : null,
    promiseDue,
    // A call they set up for a day still ahead can't have been missed yet.
    scheduledCall: describeDate(promiseDue ? usable('promisedDate') : undefined, today, PLACEHOLDERS.scheduledCallDate),
    deadline,
    // "before today" makes no sense: on the day itself, it is "today".
    beforeDeadline: deadline && (deadline.bare === 'today' ? 'today' : `before ${deadline.bare}`),
    // Offering to call again next week contradicts an answer the other employer needs sooner.
    deadlineThisWeek: deadlineDate !== null && now !== null && deadlineDate.serial - now.serial < WEEK_DAYS,
    answerBy: describeDate(usable('answerBy'), today, PLACEHOLDERS.answerBy),
  };
}

/** Everything the scripts are written from: each field filled in or its [placeholder], each date as said today. */
export function scriptContext(details: ScriptDetails, today: string): ScriptContext {
  const formal = details.tone === 'formal';
  const phoneTyped = filled(details.phone);
  const name = textOr(details, 'yourName');
  const phone = phoneTyped ?? PLACEHOLDERS.phone;
  const email = textOr(details, 'email');
  const role = textOr(details, 'role');
  return {
    formal,
    name,
    phone,
    spokenPhone: phoneTyped ? groupPhoneForSpeech(phoneTyped) : PLACEHOLDERS.phone,
    email,
    role,
    company: textOr(details, 'company'),
    them: textOr(details, 'interviewerName'),
    job: formal ? `the ${role} position` : `the ${role} role`,
    ...contextDates(details, today),
    recruiter: textOr(details, 'recruiterName'),
    hasRecruiter: filled(details.recruiterName) !== null,
    reason: filled(details.reason),
    referee: textOr(details, 'refereeName'),
    askFeedback: details.askFeedback !== false,
    signature: (closing) => [closing, name, phone, email].join('\n'),
  };
}

/** Every script for these details, as of `today` (ISO, the user's own calendar day). */
export function buildScripts(details: ScriptDetails, today: string): Scripts {
  const c = scriptContext(details, today);
  const spoken = { voicemail: voicemail(c), callOpener: callOpener(c), receptionist: receptionist(c), missedScheduledCall: missedScheduledCall(c) };
  return {
    ...spoken,
    notDecided: notDecided(c),
    notSelected: notSelected(c),
    positionFilled: positionFilled(c),
    offer: offer(c),
    followUpEmail: followUpEmail(c),
    thankYouNote: thankYouNote(c),
    recruiterDebrief: recruiterDebrief(c),
    recruiterCheckIn: recruiterCheckIn(c),
    emailCheckIn: emailCheckIn(c),
    closingNote: closingNote(c),
    askForTime: askForTime(c),
    declineOffer: declineOffer(c),
    rejectionReply: rejectionReply(c),
    competingOffer: c.deadline ? competingOffer(c, c.deadline) : null,
    withdraw: withdraw(c),
    referenceHeadsUp: referenceHeadsUp(c),
    voicemailSeconds: estimateSpeakingSeconds(spoken.voicemail),
  };
}

/** The competing-offer email with its deadline as a [placeholder]: shown, never sent, until a real deadline is given. */
export function competingOfferDraft(details: ScriptDetails, today: string): EmailText {
  const c = scriptContext(details, today);
  const deadline = '[the other offer’s deadline]';
  return competingOffer(c, { on: `on ${deadline}`, bare: deadline });
}
