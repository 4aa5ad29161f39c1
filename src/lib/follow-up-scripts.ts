/**
 * The script generator's rules: turns a few details about the interview into every piece of
 * text a job seeker needs for the follow-up (voicemail, call opener, receptionist, replies to
 * each possible answer, a follow-up email and a thank-you note).
 *
 * Pure: no DOM, no clock. "Today" is an argument and every date is an ISO YYYY-MM-DD string,
 * compared as a calendar date by the date core (src/lib/dates/), so the output is the same in any time zone.
 *
 * Facts behind the wording: shared/domain-facts.md C1, C3–C10, D1–D4, E5, G1–G4.
 */
import { isoWeekday, isoWeeksBetween, toDayNumber, yearBefore } from './dates/arithmetic';
import { parseIsoDate as parseCoreDate, type DateParts, type IsoDate } from './dates/iso';
import { nthWorkingDayAfter, type WorkWeek } from './dates/working-days';
import { DEFAULT_WORKING_DAYS, GRACE_WORKING_DAYS, WEEK_DAYS } from './follow-up-rules';

import { estimateSpeakingSeconds, PHONE_PLACEHOLDER } from './voicemail-timing';

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
  tone?: Tone;
}

export interface EmailText {
  subject: string;
  body: string;
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
  /** Estimated time to read the voicemail aloud, in whole seconds. */
  voicemailSeconds: number;
}

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
} as const;

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
export interface DatePhrase {
  on: string;
  bare: string;
}

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

/** A date phrase in the middle of a sentence: "last Tuesday, March 3, when ..." needs the closing comma. */
function midSentence(phrase: string): string {
  return phrase.includes(',') ? `${phrase},` : phrase;
}

/** Ends a sentence on something the user typed: "Acme Inc." gets no second full stop. */
function stop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function filled(value: string | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function joinSentences(...parts: Array<string | false | null | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

function paragraphs(...parts: Array<string | false | null | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}

/** The date fields, each checked against today and against each other. */
export type DateField = 'interviewDate' | 'promisedDate' | 'competingOfferDeadline';

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
  | 'deadline-passed';

/**
 * A note for one date box. An `error` means the scripts leave that date out (the interview
 * date becomes its [placeholder]) until it is fixed; `advice` keeps the date.
 */
export interface DateNote {
  field: DateField;
  kind: 'error' | 'advice';
  problem: DateProblem;
}

/**
 * Checks the dates against today (the user's own calendar day) and each other, so no script
 * says "we met next Tuesday" or chases a decision that isn't due yet (E2, H11). Dates that
 * aren't ISO are ignored here: the date boxes only ever hold ISO or nothing.
 */
export function checkScriptDates(details: ScriptDetails, today: string): DateNote[] {
  const now = parseIsoDate(today);
  if (!now) return [];
  const interview = parseIsoDate(filled(details.interviewDate) ?? undefined);
  const promised = parseIsoDate(filled(details.promisedDate) ?? undefined);
  const deadline = parseIsoDate(filled(details.competingOfferDeadline) ?? undefined);
  const notes: DateNote[] = [];
  const interviewAhead = interview !== null && interview.serial > now.serial;
  // Another offer that must be answered before you'd otherwise call is reason to ask now (E3).
  const answerDueBefore = (serial: number) => deadline !== null && deadline.serial >= now.serial && deadline.serial < serial;
  if (interviewAhead) {
    notes.push({ field: 'interviewDate', kind: 'error', problem: 'interview-ahead' });
  } else if (interview && interview.iso < yearBefore(now.iso)) {
    // The same day a year ago is still fine, counted as the planner counts it (H11).
    notes.push({ field: 'interviewDate', kind: 'error', problem: 'interview-old' });
  } else if (interview && !promised && now.serial - interview.serial < WEEK_DAYS && !answerDueBefore(interview.serial + WEEK_DAYS)) {
    notes.push({ field: 'interviewDate', kind: 'advice', problem: 'interview-recent' });
  }
  if (promised && interview && !interviewAhead && promised.serial < interview.serial) {
    notes.push({ field: 'promisedDate', kind: 'error', problem: 'promise-before-interview' });
  } else if (promised && promised.serial > now.serial && !answerDueBefore(toDayNumber(nthWorkingDayAfter(WORK_WEEK, promised.iso, GRACE_WORKING_DAYS)!))) {
    notes.push({ field: 'promisedDate', kind: 'advice', problem: 'promise-ahead' });
  }
  if (deadline && deadline.serial < now.serial) {
    notes.push({ field: 'competingOfferDeadline', kind: 'error', problem: 'deadline-passed' });
  }
  return notes;
}

export function buildScripts(details: ScriptDetails, today: string): Scripts {
  const formal = details.tone === 'formal';
  const name = filled(details.yourName) ?? PLACEHOLDERS.yourName;
  const phoneTyped = filled(details.phone);
  const phone = phoneTyped ?? PLACEHOLDERS.phone;
  const spokenPhone = phoneTyped ? groupPhoneForSpeech(phoneTyped) : PLACEHOLDERS.phone;
  const email = filled(details.email) ?? PLACEHOLDERS.email;
  const role = filled(details.role) ?? PLACEHOLDERS.role;
  const company = filled(details.company) ?? PLACEHOLDERS.company;
  const them = filled(details.interviewerName) ?? PLACEHOLDERS.interviewerName;
  // A date with an error is left out, so no copied text says "we met next Tuesday".
  const dateNotes = checkScriptDates(details, today);
  const wrong = new Set(dateNotes.filter((note) => note.kind === 'error').map((note) => note.field));
  const usable = (field: DateField) => (wrong.has(field) ? undefined : filled(details[field]) ?? undefined);
  const interview = describeDate(usable('interviewDate'), today, PLACEHOLDERS.interviewDate);
  const now = parseIsoDate(today);
  const promisedDate = parseIsoDate(usable('promisedDate'));
  const promised = promisedDate ? describeDate(usable('promisedDate'), today, '') : null;
  // "So I thought I'd check in" only once the day they gave has come.
  const promiseDue = !(promisedDate && now && promisedDate.serial > now.serial);
  // A call they set up for a day still ahead can't have been missed yet.
  const scheduledCall = describeDate(promiseDue ? usable('promisedDate') : undefined, today, PLACEHOLDERS.scheduledCallDate);
  const deadlineDate = parseIsoDate(usable('competingOfferDeadline'));
  const deadline = deadlineDate ? describeDate(usable('competingOfferDeadline'), today, '') : null;
  // "before today" makes no sense: on the day itself, it is "today".
  const beforeDeadline = deadline && (deadline.bare === 'today' ? 'today' : `before ${deadline.bare}`);
  // Offering to call again next week contradicts an answer the other employer needs sooner.
  const deadlineThisWeek = deadlineDate !== null && now !== null && deadlineDate.serial - now.serial < WEEK_DAYS;

  const signature = (closing: string) => [closing, name, phone, email].join('\n');
  const job = formal ? `the ${role} position` : `the ${role} role`;

  // Voicemail (C8): who you are, the interview, still interested, the number twice, thanks.
  const voicemail = formal
    ? joinSentences(
        `Hello ${them}, this is ${stop(name)}`,
        `I interviewed for ${job} at ${company} ${interview.on}, and I'm calling to follow up.`,
        // With another offer waiting, one sentence carries both, so the message stays short.
        deadline
          ? `I remain very interested, and I would value an update ${beforeDeadline}, when I need to answer another offer.`
          : 'I remain very interested in the position.',
        `Please call me back at ${spokenPhone}. Again, my number is ${spokenPhone}.`,
        'Thank you for your time.',
      )
    : joinSentences(
        `Hi ${them}, this is ${stop(name)}`,
        `We met ${midSentence(interview.on)} when I interviewed for ${job} at ${stop(company)}`,
        deadline
          ? `I'm still really interested, and I'd love to hear where things stand ${beforeDeadline}, when I need to answer another offer.`
          : "I'm following up because I'm still really interested.",
        `You can call me back at ${spokenPhone}. That's ${spokenPhone}.`,
        'Thanks, and have a good day.',
      );

  // Opening a live call (C4, C5, C6, E3): who, which role, when; then the question, politely.
  const callOpener = formal
    ? paragraphs(
        `Hello ${them}, this is ${stop(name)} I interviewed for ${job} at ${company} ${interview.on}. Do you have two or three minutes to talk?`,
        '(Wait for their answer.)',
        joinSentences(
          'Thank you.',
          promised && `When we met, you mentioned that a decision was expected by ${promised.bare}.`,
          'I remain very interested in the position, and I would like to ask whether a decision has been made.',
          deadline && `I should mention that I have received another offer, and I need to reply by ${deadline.bare}. I would like to know where I stand with ${company} before I decide.`,
        ),
        `(At the end:) Thank you for your time, ${stop(them)}${deadlineThisWeek ? '' : " If I haven't heard by next week, may I call again then?"}`,
      )
    : paragraphs(
        `Hi ${them}, this is ${stop(name)} We met ${midSentence(interview.on)} when I interviewed for ${job} at ${stop(company)} Is now a good time for a quick chat?`,
        '(Wait for their answer.)',
        joinSentences(
          'Great, thanks.',
          promised && `You mentioned you hoped to decide by ${promised.bare}${promiseDue ? ", so I thought I'd check in" : ''}.`,
          "I'm still really interested in the role, and I wanted to ask if you've made a decision yet.",
          deadline && `I've also had another offer, and I need to give them an answer by ${deadline.bare}. I'd really like to hear from ${company} before I do.`,
        ),
        `(At the end:) Thanks so much for your time, ${stop(them)}${deadlineThisWeek ? '' : " If I don't hear anything, would it be OK to check back next week?"}`,
      );

  // Getting past the front desk (C3): ask for the interviewer by name; if out, ask when to call.
  const receptionist = formal
    ? paragraphs(
        `Hello, my name is ${name}, and I interviewed for ${job} ${interview.on}. May I speak with ${them}, please?`,
        `(If ${them} is not available:) I understand. Could you tell me when ${them} is usually free? I will call back at that time. Thank you for your help.`,
        `(If they offer to connect you with someone else:) Thank you, but I would prefer to speak with ${them}, as we met at the interview.`,
      )
    : paragraphs(
        `Hi, my name is ${stop(name)} I interviewed for ${job} ${interview.on}, and I'm following up with ${stop(them)} Could you put me through, please?`,
        `(If ${them} isn't in:) No problem. When's a good time to catch ${them}? I'll call back then. Thanks for your help.`,
        `(If they offer to put you through to someone else:) Thanks, but I'd rather speak with ${them}, since we met at the interview.`,
      );

  // D1: no decision yet. Ask if you're still considered and when to check back; then wait.
  const notDecided = formal
    ? paragraphs(
        'Thank you for the update. May I ask whether I am still being considered for the position?',
        '(Wait for their answer.)',
        'Thank you. When would it be appropriate for me to follow up again?',
        '(If they say they will contact you:) Thank you. Could you tell me roughly when I might expect to hear from you?',
        `I appreciate your time, ${stop(them)} I look forward to hearing from you.`,
      )
    : paragraphs(
        "Thanks for letting me know. Am I still in the running for the role?",
        '(Wait for their answer.)',
        "That's good to hear. When would be a good time for me to check back?",
        "(If they say they'll call you:) That sounds great. Roughly when should I expect to hear from you?",
        `Thanks again for your time, ${stop(them)} I look forward to hearing from you.`,
      );

  // D2, D4: not selected. No sign of disappointment; ask for feedback; stay in their mind.
  const notSelected = formal
    ? paragraphs(
        `Thank you for letting me know, ${stop(them)} I appreciated the chance to meet you and to learn about ${stop(company)}`,
        'If you are able to share it, I would value any feedback on my interview, so that I can improve.',
        '(Listen and take notes. Thank them; do not argue with what they say.)',
        'Thank you, that is helpful. I would welcome being considered for similar positions in the future. Thank you again for your time.',
      )
    : paragraphs(
        `Thank you for telling me, ${stop(them)} I really enjoyed meeting you and learning about ${stop(company)}`,
        "Would you be willing to share any feedback on my interview? Anything you can tell me will help me next time.",
        "(Listen and take notes. Thank them; don't argue with what they say.)",
        "That's really helpful, thank you. If a similar role comes up, I'd love to be considered. Thanks again for your time.",
      );

  const positionFilled = formal
    ? paragraphs(
        `I understand. Thank you for telling me. I remain interested in working at ${company}, so I would be grateful if you kept me in mind for similar openings.`,
        'May I ask whether there is anything from my interview that I could improve?',
        '(Listen and take notes.)',
        `Thank you for your time, ${stop(them)} I wish you and the team every success.`,
      )
    : paragraphs(
        `I see. Thanks for letting me know. I enjoyed learning about ${company}, and I'd still love to work with your team.`,
        `If another ${role} role or something similar opens up, could you keep me in mind?`,
        "(If they seem open to it:) Is there anything from my interview you'd suggest I work on?",
        `Thanks so much for your time, ${stop(them)} All the best to you and the team.`,
      );

  // D3, A5: an offer. Thanks, then write everything down; ask for it in writing.
  const writeDown = [
    '(Write down:)',
    '- Start date and time: ______',
    '- Where to go on day one (address, department, who to ask for): ______',
    '- Dress code: ______',
    '- Salary and pay schedule: ______',
    '- Hours and type of contract: ______',
    '- When the written offer will arrive: ______',
  ].join('\n');
  const offer = formal
    ? paragraphs(
        `Thank you very much. I am delighted to receive the offer for ${job} at ${stop(company)}`,
        'May I take a moment to write down the details?',
        writeDown,
        'Could we arrange a time to go over the salary and the contract? Would you be able to send the offer in writing so that I can review it? When do you need my reply?',
        `Thank you again, ${stop(them)} I look forward to hearing from you.`,
        '(Nothing is final until you have signed a written offer. Keep your other applications going until then.)',
      )
    : paragraphs(
        `That's wonderful news, thank you so much! I'm really pleased, and excited about joining ${company} in ${job}.`,
        'Do you mind if I grab a pen and note down the details?',
        writeDown,
        "Could we find a time to go over the salary and the contract? And could you send the offer in writing so I can look it over? When would you like my answer?",
        `Thanks again, ${stop(them)} I'm really looking forward to it.`,
        "(Nothing is final until you've signed a written offer. Keep your other applications going until then.)",
      );

  // They set up a call and didn't make it (C9, F5): no blame, offer another time.
  const missedScheduledCall = formal
    ? joinSentences(
        `Hello ${them}, this is ${stop(name)}`,
        `We had arranged to speak ${midSentence(scheduledCall.on)} about ${job} at ${stop(company)}`,
        'I understand that schedules change, so I am calling to see whether another time would suit you.',
        'I remain very interested in the role.',
        `You can reach me at ${spokenPhone}. Thank you, and I look forward to speaking with you.`,
      )
    : joinSentences(
        `Hi ${them}, this is ${stop(name)}`,
        `We'd planned to talk ${midSentence(scheduledCall.on)} about ${job} at ${stop(company)}`,
        "I know how busy things get, so I wanted to reach out and find another time that works for you.",
        "I'm still really interested in the role.",
        `You can reach me at ${spokenPhone}. Thanks, and I hope we can talk soon.`,
      );

  // E5: mention the timeline they gave, restate interest, thank them.
  const followUpEmail: EmailText = formal
    ? {
        subject: `Follow-up on my interview for ${job}`,
        body: paragraphs(
          `Dear ${them},`,
          joinSentences(
            `I am writing to follow up on my interview for ${job} at ${company} ${interview.on}.`,
            promised && `When we met, you mentioned that a decision was expected by ${promised.bare}.`,
          ),
          joinSentences(
            'Thank you again for the time you spent with me.',
            'I remain very interested in the position, and I would be grateful for any update on the timeline or the next steps.',
            deadline && `I have since received another offer, with a reply deadline of ${deadline.bare}, and I would appreciate knowing where I stand with ${company} before then.`,
          ),
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `Following up on my ${role} interview`,
        body: paragraphs(
          `Hi ${them},`,
          joinSentences(
            `I hope your week is going well. I wanted to follow up on my interview for ${job} ${interview.on}.`,
            promised && `You mentioned you hoped to decide by ${promised.bare}${promiseDue ? ", so I thought I'd check in" : ''}.`,
          ),
          joinSentences(
            `I enjoyed our conversation and learning more about ${company}, and I'm still very excited about the role.`,
            deadline && `I've also received another offer that I need to answer by ${deadline.bare}, so I'd be grateful for any update before then.`,
            'Is there any news you can share about the next steps?',
          ),
          'Thanks again for your time. I look forward to hearing from you.',
          signature('Best wishes,'),
        ),
      };

  // C1, G1: a personal note to each interviewer, sent the day of the interview or the next.
  const thankYouNote: EmailText = formal
    ? {
        subject: `Thank you: ${role} interview`,
        body: paragraphs(
          `Dear ${them},`,
          `Thank you for taking the time to meet with me ${midSentence(interview.on)} to discuss ${job} at ${stop(company)} I valued learning about [one thing you discussed], and our conversation confirmed my interest in the role.`,
          'Please let me know if I can provide any further information. I look forward to hearing from you about the next steps.',
          signature('Kind regards,'),
        ),
      }
    : {
        subject: `Thank you for meeting with me`,
        body: paragraphs(
          `Hi ${them},`,
          `Thank you for meeting with me ${midSentence(interview.on)} to talk about ${job} at ${stop(company)} I especially enjoyed hearing about [one thing you talked about], and it made me even more excited about the role.`,
          "If there's anything else you need from me, just let me know. I look forward to hearing about the next steps.",
          signature('Best wishes,'),
        ),
      };

  return {
    voicemail,
    callOpener,
    receptionist,
    notDecided,
    notSelected,
    positionFilled,
    offer,
    missedScheduledCall,
    followUpEmail,
    thankYouNote,
    voicemailSeconds: estimateSpeakingSeconds(voicemail),
  };
}
