/**
 * What every script is written from: the user's details, filled in or shown as [placeholders],
 * with the dates already said the way people say them (see scriptContext in
 * follow-up-scripts.ts), and the small helpers that join sentences and paragraphs.
 *
 * The words come from a wording pack (ScriptWords, one per language; the English one is
 * src/components/call-scripts/scripts.en.ts). The rules here and in scripts-*.ts decide which
 * parts a script has (by tone, by what the user filled in, by the dates) and with which
 * values; the pack says each part in its language, with {named} slots for the values.
 */
import { fill } from '../i18n/t';

export type Tone = 'warm' | 'formal';

/** The text shown in place of each empty field. */
export type PlaceholderKey =
  | 'yourName' | 'phone' | 'email' | 'role' | 'company' | 'interviewerName' | 'interviewDate'
  | 'scheduledCallDate' | 'recruiterName' | 'answerBy' | 'reason' | 'refereeName';

/** One template per part of a script, for each tone. An empty template leaves the part out. */
export type ToneWords<K extends string> = Readonly<Record<Tone, Readonly<Record<K, string>>>>;
/** A script whose parts are the same whatever the details: its paragraphs, for each tone. */
export type ToneParagraphs = Readonly<Record<Tone, readonly string[]>>;
/** Every email has a subject, a greeting line and the closing line above the signature. */
export type EmailWords<K extends string> = ToneWords<'subject' | 'greeting' | 'closing' | K>;
/** An email whose paragraphs are the same whatever the details. */
export type FixedEmailWords = Readonly<Record<Tone, Readonly<{ subject: string; paragraphs: readonly string[]; closing: string }>>>;

/**
 * A language's words for every script. Slots a template may use: {them} {name} {company}
 * {role} {job} {spokenPhone} {interview} {promised} {deadline} {beforeDeadline} {answerBy}
 * {recruiter} {referee} {reason} {to}; "…Stop" ends a sentence on the value ({nameStop}: "Sam."
 * but "Acme Inc." keeps one full stop); "…Mid" is a date phrase in mid-sentence, with its comma.
 */
export interface ScriptWords {
  /** The BCP 47 locale the dates are written for, by Intl. */
  locale: string;
  placeholders: Readonly<Record<PlaceholderKey, string>>;
  /** The other offer's deadline in the draft shown before a real one is given. */
  draftDeadline: string;
  /** A date relative to today; {date} is the date as Intl writes it for the locale. */
  dates: Readonly<Record<'on' | 'this' | 'last' | 'next' | 'before' | 'today' | 'yesterday' | 'tomorrow', string>>;
  /** "the {role} role" (warm) or "the {role} position" (formal). */
  job: Readonly<Record<Tone, string>>;
  /** A phone number read aloud with its extension: {number}, {extension}. */
  extension: string;
  voicemail: ToneWords<'greeting' | 'interview' | 'interest' | 'interestBefore' | 'callBack' | 'thanks'>;
  callOpener: ToneWords<'opening' | 'wait' | 'thanks' | 'promised' | 'promisedDue' | 'interest' | 'deadline' | 'end' | 'again'>;
  receptionist: ToneParagraphs;
  /** Said as one run of sentences. */
  missedScheduledCall: ToneParagraphs;
  notDecided: ToneParagraphs;
  notSelected: ToneParagraphs;
  positionFilled: ToneParagraphs;
  offer: ToneParagraphs;
  followUpEmail: EmailWords<'intro' | 'promised' | 'promisedDue' | 'thanks' | 'interest' | 'deadline' | 'question' | 'lastLine'>;
  thankYouNote: FixedEmailWords;
  emailCheckIn: EmailWords<'intro' | 'promised' | 'ask' | 'deadline'>;
  recruiterDebrief: FixedEmailWords;
  recruiterCheckIn: EmailWords<'intro' | 'promised' | 'interest' | 'deadline' | 'question' | 'again'>;
  referenceHeadsUp: FixedEmailWords;
  askForTime: FixedEmailWords;
  declineOffer: EmailWords<'thanks' | 'decision' | 'door'>;
  competingOffer: FixedEmailWords;
  rejectionReply: EmailWords<'thanks' | 'feedback' | 'future'>;
  withdraw: EmailWords<'withdraw' | 'thanks'>;
  closingNote: FixedEmailWords;
}

/** A date as said after a verb ("last Tuesday, March 3") and after "by" or "of". */
export interface DatePhrase {
  on: string;
  bare: string;
}

export interface EmailText {
  subject: string;
  body: string;
}

/** The values a template's {slots} are filled with. */
export type ScriptValues = Readonly<Record<string, string>>;

export interface ScriptContext {
  words: ScriptWords;
  formal: boolean;
  /** Every value a template may name, each already said (dates in words, placeholders for gaps). */
  values: ScriptValues;
  name: string;
  phone: string;
  email: string;
  /** The day they said they would decide, when given and sound. */
  promised: DatePhrase | null;
  /** True once that day has come (or when none was given): "so I thought I'd check in". */
  promiseDue: boolean;
  /** Another offer's reply deadline, when given, sound and not past. */
  deadline: DatePhrase | null;
  /** The other offer must be answered within a week: don't offer to call again next week. */
  deadlineThisWeek: boolean;
  /** True when the user named a recruiter: withdrawing goes to them first (R3). */
  hasRecruiter: boolean;
  /** A short honest reason, as the user wrote it, or null when left empty. */
  reason: string | null;
  askFeedback: boolean;
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

export type Part = string | false | null | undefined;

export function joinSentences(...parts: Part[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

export function paragraphs(...parts: Part[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}

/** `say(key)`: the tone's template for one part of a script, its slots filled from the context. */
export function sayer<K extends string>(c: ScriptContext, words: ToneWords<K>): (key: K) => string {
  const forTone = words[c.formal ? 'formal' : 'warm'];
  return (key) => fill(forTone[key], c.values);
}

/** The tone's paragraphs of a script whose parts never change, filled in. */
export function fixedParagraphs(c: ScriptContext, words: ToneParagraphs): string[] {
  return words[c.formal ? 'formal' : 'warm'].map((template) => fill(template, c.values));
}

/** Closing line, then name, phone and email, one to a line. */
export function signature(c: ScriptContext, closing: string): string {
  return [closing, c.name, c.phone, c.email].join('\n');
}

/** An email whose paragraphs never change: greeting is its first paragraph. */
export function fixedEmail(c: ScriptContext, words: FixedEmailWords): EmailText {
  const { subject, paragraphs: body, closing } = words[c.formal ? 'formal' : 'warm'];
  return {
    subject: fill(subject, c.values),
    body: paragraphs(...body.map((template) => fill(template, c.values)), signature(c, fill(closing, c.values))),
  };
}

/**
 * An email whose parts depend on the details: the subject, the greeting, the paragraphs the
 * rules choose (`body`, given the tone's `say`), then the closing line and signature.
 */
export function composedEmail<K extends string>(
  c: ScriptContext,
  words: EmailWords<K>,
  body: (say: (key: K | 'subject' | 'greeting' | 'closing') => string) => Part[],
): EmailText {
  const say = sayer(c, words);
  return { subject: say('subject'), body: paragraphs(say('greeting'), ...body(say), signature(c, say('closing'))) };
}
