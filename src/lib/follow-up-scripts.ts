/**
 * The script generator's rules: turns a few details about the interview into every piece of
 * text a job seeker needs through the wait (voicemail, call opener, receptionist, replies to
 * each possible answer, emails to the employer or the recruiter, offers, rejections,
 * withdrawing and closing the loop). This module checks the dates and works out the context
 * every script is written from; scripts-*.ts (one module per moment) decide which parts each
 * script has. No sentence is written here: the words come from a wording pack passed in
 * (ScriptWords; the English one is src/components/call-scripts/scripts.en.ts), and dates are
 * written by Intl for the pack's locale.
 *
 * Pure: no DOM, no clock. "Today" is an argument and every date is an ISO YYYY-MM-DD string,
 * compared as a calendar date by the date core (src/lib/dates/), so the output is the same in any time zone.
 *
 * Facts behind the wording: shared/domain-facts.md C1, C3–C10, D1–D4, E5, G1–G4, H13, H14, I–R.
 */
import { isoWeekday } from './dates/arithmetic';
import { isoWeeksBetween, toDayNumber } from './dates/day-numbers';
import { yearBefore } from './dates/years';
import { formatDate } from './dates/format';
import { parseIsoDate as parseCoreDate, type DateParts, type IsoDate } from './dates/iso';
import { nthWorkingDayAfter, type WorkWeek } from './dates/working-days';
import { DEFAULT_WORKING_DAYS, GRACE_WORKING_DAYS, WEEK_DAYS } from './follow-up-rules';

import { fill } from '../i18n/t';
import { filled, midSentence, stop, type DatePhrase, type EmailText, type ScriptContext, type ScriptWords, type Tone } from './script-text';
import { askForTime, closingNote, competingOffer, declineOffer, rejectionReply, withdraw } from './scripts-decisions';
import { notDecided, notSelected, offer, positionFilled } from './scripts-answers';
import { callOpener, missedScheduledCall, receptionist, voicemail } from './scripts-call';
import { emailCheckIn, followUpEmail, recruiterCheckIn, recruiterDebrief, referenceHeadsUp, thankYouNote } from './scripts-emails';
import { estimateSpeakingSeconds } from './voicemail-timing';

export type { DatePhrase, EmailText, ScriptWords, Tone } from './script-text';

export { estimateSpeakingSeconds, VOICEMAIL_TARGET_SECONDS, VOICEMAIL_WORDS_PER_MINUTE } from './voicemail-timing';

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

const MONTH_DAY: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric' };
const WEEKDAY_MONTH_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };
const MONTH_DAY_YEAR: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric', year: 'numeric' };

/** Which way to say a date relative to today: a fixed word, or a template around the date in words. */
type DateSaying = { word: 'today' | 'yesterday' | 'tomorrow' } | { before: 'on' | 'this' | 'last' | 'next' | null; format: Intl.DateTimeFormatOptions };

/** The rule: within a day, a word; within this week or the weeks either side, the weekday; else the date. */
function dateSaying(date: CalendarDate, now: CalendarDate): DateSaying {
  const diff = date.serial - now.serial;
  if (diff === 0) return { word: 'today' };
  if (diff === -1) return { word: 'yesterday' };
  if (diff === 1) return { word: 'tomorrow' };
  const weeks = isoWeeksBetween(now.iso, date.iso);
  // Same Monday-to-Sunday week: "on Tuesday, March 3" behind us, "this Friday, March 6" ahead.
  if (weeks === 0) return { before: diff < 0 ? null : 'this', format: WEEKDAY_MONTH_DAY };
  if (weeks === -1 || weeks === 1) return { before: weeks < 0 ? 'last' : 'next', format: WEEKDAY_MONTH_DAY };
  return { before: null, format: date.year === now.year ? MONTH_DAY : MONTH_DAY_YEAR };
}

/**
 * A date said the way people say it, relative to today, in the pack's words. `on` fits after
 * a verb ("I interviewed with you last Tuesday, March 3" / "... on March 3"); `bare` fits
 * after "by" or "of" ("by this Friday, March 6" / "by March 20").
 */
export function describeDate(iso: string | undefined, today: string, placeholder: string, words: Pick<ScriptWords, 'locale' | 'dates'>): DatePhrase {
  const date = parseIsoDate(iso);
  const now = parseIsoDate(today);
  const on = (bare: string) => fill(words.dates.on, { date: bare });
  if (!date) return { on: on(placeholder), bare: placeholder };
  const saying: DateSaying = now ? dateSaying(date, now) : { before: null, format: MONTH_DAY_YEAR };
  if ('word' in saying) return { on: words.dates[saying.word], bare: words.dates[saying.word] };
  const inWords = formatDate(date.iso, words.locale, saying.format);
  if (saying.before === null) return { on: on(inWords), bare: inWords };
  const said = fill(words.dates[saying.before], { date: inWords });
  // "this", "last", "next": the same words after a verb and after "by".
  return { on: said, bare: said };
}

/**
 * Groups a phone number so it can be read aloud without stumbling: "(555) 201-4477" becomes
 * "555 201 4477". Groups the user typed are kept when they are short enough to say in one
 * breath; otherwise the digits are split into threes with a final four (or two and two).
 * An extension is spelled out. Text with no digits at all is returned as typed.
 */
export function groupPhoneForSpeech(phone: string, extensionWords: string): string {
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
  return extension ? fill(extensionWords, { number: spoken, extension }) : spoken;
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

/** The dates as the scripts say them. A date with an error is left out, so no copied text says "we met next Tuesday". */
function contextDates(details: ScriptDetails, today: string, words: ScriptWords) {
  const wrong = new Set(checkScriptDates(details, today).filter((note) => note.kind === 'error').map((note) => note.field));
  const usable = (field: DateField) => (wrong.has(field) ? undefined : filled(details[field]) ?? undefined);
  const say = (field: DateField | undefined, placeholder = '') => describeDate(field && usable(field), today, placeholder, words);
  const now = parseIsoDate(today);
  const promisedDate = parseIsoDate(usable('promisedDate'));
  // "So I thought I'd check in" only once the day they gave has come.
  const promiseDue = !(promisedDate && now && promisedDate.serial > now.serial);
  const deadlineDate = parseIsoDate(usable('competingOfferDeadline'));
  return {
    interview: say('interviewDate', words.placeholders.interviewDate),
    promised: promisedDate ? say('promisedDate') : null,
    promiseDue,
    // A call they set up for a day still ahead can't have been missed yet.
    scheduledCall: say(promiseDue ? 'promisedDate' : undefined, words.placeholders.scheduledCallDate),
    deadline: deadlineDate ? say('competingOfferDeadline') : null,
    // "before today" makes no sense: on the day itself, it is "today".
    deadlineToday: deadlineDate !== null && now !== null && deadlineDate.serial === now.serial,
    // Offering to call again next week contradicts an answer the other employer needs sooner.
    deadlineThisWeek: deadlineDate !== null && now !== null && deadlineDate.serial - now.serial < WEEK_DAYS,
    answerBy: say('answerBy', words.placeholders.answerBy),
  };
}

/** The user's text for each field, or the placeholder shown in its place. */
function textFields(details: ScriptDetails, words: ScriptWords) {
  const text = (field: Exclude<keyof ScriptWords['placeholders'], 'scheduledCallDate'>) => filled(details[field] as string | undefined) ?? words.placeholders[field];
  const phoneTyped = filled(details.phone);
  return {
    name: text('yourName'),
    phone: text('phone'),
    spokenPhone: phoneTyped ? groupPhoneForSpeech(phoneTyped, words.extension) : words.placeholders.phone,
    email: text('email'),
    role: text('role'),
    company: text('company'),
    them: text('interviewerName'),
    recruiter: text('recruiterName'),
    referee: text('refereeName'),
  };
}

/** Every value a template may name: each field filled in or its [placeholder], each date as said today. */
function scriptValues(details: ScriptDetails, words: ScriptWords, dates: ReturnType<typeof contextDates>, formal: boolean) {
  const fields = textFields(details, words);
  const reason = filled(details.reason);
  const job = fill(words.job[formal ? 'formal' : 'warm'], { role: fields.role });
  return {
    ...fields,
    nameStop: stop(fields.name),
    themStop: stop(fields.them),
    companyStop: stop(fields.company),
    job,
    jobStop: stop(job),
    interview: dates.interview.on,
    interviewMid: midSentence(dates.interview.on),
    scheduledCallMid: midSentence(dates.scheduledCall.on),
    promised: dates.promised?.bare ?? '',
    deadline: dates.deadline?.bare ?? '',
    beforeDeadline: dates.deadline ? (dates.deadlineToday ? words.dates.today : fill(words.dates.before, { date: dates.deadline.bare })) : '',
    answerBy: dates.answerBy.bare,
    reasonStop: reason ? stop(reason) : '',
    reasonOrGap: reason ? stop(reason) : words.placeholders.reason,
    // Withdrawing goes to the recruiter first when an agency is involved (R3).
    to: filled(details.recruiterName) !== null ? fields.recruiter : fields.them,
  };
}

/** Everything the scripts are written from, in the words of one language. */
export function scriptContext(details: ScriptDetails, today: string, words: ScriptWords): ScriptContext {
  const formal = details.tone === 'formal';
  const dates = contextDates(details, today, words);
  const values = scriptValues(details, words, dates, formal);
  return {
    words,
    formal,
    values,
    name: values.name,
    phone: values.phone,
    email: values.email,
    promised: dates.promised,
    promiseDue: dates.promiseDue,
    deadline: dates.deadline,
    deadlineThisWeek: dates.deadlineThisWeek,
    hasRecruiter: filled(details.recruiterName) !== null,
    reason: filled(details.reason),
    askFeedback: details.askFeedback !== false,
  };
}

/**
 * Every script for these details, as of `today` (ISO, the user's own calendar day), in the
 * words of one language (`words`: the English pack is components/call-scripts/scripts.en.ts).
 */
export function buildScripts(details: ScriptDetails, today: string, words: ScriptWords): Scripts {
  const c = scriptContext(details, today, words);
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
    voicemailSeconds: estimateSpeakingSeconds(spoken.voicemail, words.placeholders.phone),
  };
}

/** The competing-offer email with its deadline as a [placeholder]: shown, never sent, until a real deadline is given. */
export function competingOfferDraft(details: ScriptDetails, today: string, words: ScriptWords): EmailText {
  const c = scriptContext(details, today, words);
  return competingOffer(c, { on: fill(words.dates.on, { date: words.draftDeadline }), bare: words.draftDeadline });
}
