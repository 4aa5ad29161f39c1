/**
 * The tool's interface wording: form labels and hints, and the title and "when to use it" line
 * of each script. Kept apart from the logic, and handed to the island as props by
 * CallScripts.astro, so it travels in the page's HTML rather than in the JavaScript bundle.
 */
import type { DateProblem, Scripts } from '../../lib/follow-up-scripts';
import type { TextField } from '../../lib/script-details-store';
import { SCRIPT_PLACEHOLDERS_EN } from './placeholders.en';

export interface FieldCopy {
  field: TextField;
  label: string;
  hint?: string;
  type: 'text' | 'tel' | 'email' | 'date';
  autocomplete?: string;
  /** The scripts (section slugs) that need this field; asked only when the chosen moment has one. */
  scripts?: string[];
}

export interface SectionCopy {
  key: Exclude<keyof Scripts, 'voicemailSeconds'>;
  /**
   * Used for ids: `${idPrefix}-${slug}`. On the tool's own page the section's id is the slug
   * itself, so /tools/call-scripts/#ask-for-time opens that script (guides link to these).
   */
  slug: string;
  title: string;
  hint: string;
  /** What the Copy button copies, when the title doesn't fit "Copy …" ("Copy not selected"). */
  copyName?: string;
}

/** A moment of the wait, and its scripts. */
export interface GroupCopy {
  slug: string;
  title: string;
  /** The moment as a choice in the form: "I’m waiting to hear". */
  choice: string;
  sections: SectionCopy[];
}

export interface ToolCopy {
  aboutYou: FieldCopy[];
  aboutTheJob: FieldCopy[];
  /** Asked only for the moments that need them. */
  momentFields: FieldCopy[];
  /** The choice of moment; only changes which boxes the form shows. */
  momentLegend: string;
  feedbackLabel: string;
  /** The competing-offer email while no real deadline is given. */
  competingOfferNote: string;
  tones: Array<{ value: 'warm' | 'formal'; label: string; hint: string }>;
  groups: GroupCopy[];
  /** What each date box says when checkScriptDates finds a problem: how to fix it. */
  dateMessages: Record<DateProblem, string>;
  /** Under the voicemail: `{seconds}` to say it, and the warning past `{target}` seconds (filled by i18n/t.ts). */
  voicemailTiming: { time: string; tooLong: string };
  /** The gap shown for a missing phone number: counted as ten digits when timing the voicemail. */
  phonePlaceholder: string;
  /** Read out when the scripts' wording can't load (offline, blocked): the page keeps its [gaps]. */
  engineFailed: string;
  /** What "Remember my details" and "Forget my details" report. */
  storageNotes: Record<'restored' | 'corrupt' | 'failed' | 'saving' | 'stopped' | 'removed' | 'cleared', string>;
}

export const TOOL_COPY: ToolCopy = {
  voicemailTiming: {
    time: 'About {seconds} seconds at an easy pace.',
    tooLong: 'That’s longer than the {target} seconds most people will listen to. Keep your number slow and clear, and shorten the rest where you can.',
  },
  phonePlaceholder: SCRIPT_PLACEHOLDERS_EN.phone,
  engineFailed: 'The scripts couldn’t be filled in, so they still show gaps in [square brackets]. Check your connection, then click in the form again.',
  storageNotes: {
    restored: 'Your saved details are filled in. They stay on this device until you choose “Forget my details”.',
    corrupt: 'Your saved details couldn’t be read, so the form starts empty. Nothing else is affected.',
    failed: 'This browser won’t let the page save your details (storage is full or turned off). Everything still works, but your details will be gone when you close the page.',
    saving: 'Your details will be saved on this device as you type. They never leave it.',
    stopped: 'Your details are no longer saved on this device. They stay in the form until you close the page.',
    // True whether or not anything had been saved: after this, nothing is kept either way.
    removed: 'The form was cleared, and none of your details are kept on this device.',
    cleared: 'The form was cleared. This browser doesn’t allow saving, so nothing was kept on this device.',
  },
  dateMessages: {
    'interview-ahead': 'The interview date is after today. Enter the day you had the interview: these scripts are for after it.',
    'interview-old': 'That’s more than a year ago. Check the year, and enter the day you had the interview.',
    'interview-recent': 'Your interview was less than a week ago. Send your thank-you note now, and don’t call the day after the interview. If they named no day for their decision, wait a full week from the interview before you call or email to follow up.',
    'promise-before-interview': 'This day is before your interview. Enter the day they said they would call or decide.',
    'promise-ahead': 'That day hasn’t come yet, so it’s too soon to chase. Give them until then and two more working days before you call or email.',
    'deadline-passed': 'That deadline has passed. Enter the day you must reply by, or leave the box empty.',
    'answer-by-passed': 'That day has passed. Enter the day you’d like to give your answer by, for example two or three working days from today.',
    'answer-by-far': 'That’s more than a week away. Employers expect a short wait: two or three working days is usual, and they may not hold the offer longer.',
  },
  momentLegend: 'Where are you now?',
  feedbackLabel: 'Ask them for feedback',
  competingOfferNote: 'Send this only if you really hold another offer. Enter its reply deadline in the form to fill in the date.',
  momentFields: [
    { field: 'recruiterName', label: 'Recruiter’s name (optional)', hint: 'If an agency arranged the interview: follow up through them, not the employer.', type: 'text', autocomplete: 'off', scripts: ['recruiter-debrief', 'recruiter-check-in', 'withdraw'] },
    { field: 'refereeName', label: 'Referee’s name (optional)', hint: 'Someone who has agreed to give you a reference.', type: 'text', autocomplete: 'off', scripts: ['reference-heads-up'] },
    { field: 'answerBy', label: 'Day you’ll give your answer by', hint: 'Ask for a short, specific wait: two or three working days is usual.', type: 'date', scripts: ['ask-for-time'] },
    { field: 'reason', label: 'Your reason, in one sentence (optional)', hint: 'Short and honest, for example “I have accepted a role closer to home.”', type: 'text', autocomplete: 'off', scripts: ['decline-offer', 'withdraw'] },
  ],
  aboutYou: [
    { field: 'yourName', label: 'Your name', type: 'text', autocomplete: 'name' },
    { field: 'phone', label: 'Your phone number', hint: 'For the voicemail. Numbers outside the US start with + and the country code.', type: 'tel', autocomplete: 'tel' },
    { field: 'email', label: 'Your email address', hint: 'For the signature of your emails.', type: 'email', autocomplete: 'email' },
  ],
  aboutTheJob: [
    { field: 'role', label: 'Job title', hint: 'As the employer wrote it, for example “Project Coordinator”.', type: 'text', autocomplete: 'off' },
    { field: 'company', label: 'Company', type: 'text', autocomplete: 'off' },
    { field: 'interviewerName', label: 'Interviewer’s name', hint: 'The way you would greet them, for example “Dana” or “Ms. Lee”.', type: 'text', autocomplete: 'off' },
    { field: 'interviewDate', label: 'Interview date', type: 'date' },
    { field: 'promisedDate', label: 'Day they said they would call (optional)', hint: 'Also used if they set up a call and missed it.', type: 'date' },
    { field: 'competingOfferDeadline', label: 'Reply deadline for another offer (optional)', hint: 'Only if another employer is waiting for your answer.', type: 'date' },
  ],
  tones: [
    { value: 'warm', label: 'Warm', hint: 'Friendly and relaxed.' },
    { value: 'formal', label: 'Formal', hint: 'For a large firm, the law, finance or government.' },
  ],
  groups: [
    {
      slug: 'waiting',
      title: 'While you wait',
      choice: 'Waiting to hear',
      sections: [
        { key: 'thankYouNote', slug: 'thank-you', title: 'Thank-you note', hint: 'Send it the day of the interview or the next day, one to each person who interviewed you.' },
        { key: 'recruiterDebrief', slug: 'recruiter-debrief', title: 'Debrief to the recruiter', hint: 'If an agency arranged the interview: on the day or the next, tell them how it went and ask whether to thank the interviewer yourself.' },
        { key: 'followUpEmail', slug: 'follow-up-email', title: 'Follow-up email', hint: 'Instead of a call, or after one: mention their timeline, say you’re still interested, thank them.' },
        { key: 'emailCheckIn', slug: 'email-check-in', title: 'Email-only check-in', hint: 'When they asked for email or not to be called, or have only ever emailed: a short question about the timeline, easy to answer.' },
        { key: 'recruiterCheckIn', slug: 'recruiter-check-in', title: 'Check-in with the recruiter', hint: 'With an agency, every follow-up goes to the recruiter, on the same days you would contact the employer.' },
        { key: 'referenceHeadsUp', slug: 'reference-heads-up', title: 'Heads-up to a referee', hint: 'Ask them first. Then tell them who may call, for which job, and what to stress. A reference check is not an offer yet.' },
      ],
    },
    {
      slug: 'phone',
      title: 'On the phone',
      choice: 'Making the call',
      sections: [
        { key: 'callOpener', slug: 'call-opener', title: 'Call opener', hint: 'When your interviewer answers: who you are, the role, the day you met, then your question.' },
        { key: 'voicemail', slug: 'voicemail', title: 'Voicemail', hint: 'Short on purpose: say it slowly, and say your number clearly both times.' },
        { key: 'receptionist', slug: 'receptionist', title: 'Receptionist', copyName: 'Receptionist script', hint: 'When someone else picks up: ask for your interviewer by name, and accept a transfer to HR or the recruiter. A call that only reaches the front desk isn’t one of your tries.' },
        { key: 'missedScheduledCall', slug: 'missed-call', title: 'They missed the call they set up', copyName: 'Missed-call script', hint: 'When they arranged to call you and didn’t. Stay relaxed and offer another time.' },
        { key: 'notDecided', slug: 'not-decided', title: 'Not decided yet', copyName: 'Reply to “not decided yet”', hint: 'Ask if you’re still in the running and when to check back. Then wait until that day.' },
      ],
    },
    {
      slug: 'offers',
      title: 'An offer',
      choice: 'An offer',
      sections: [
        { key: 'offer', slug: 'offer', title: 'Job offer', copyName: 'Reply to a job offer', hint: 'Thank them and write everything down. You don’t have to accept on the call: ask for the offer in writing first.' },
        { key: 'askForTime', slug: 'ask-for-time', title: 'Asking for time to decide', hint: 'Ask for the offer in writing and name a day, usually two or three working days away.' },
        { key: 'competingOffer', slug: 'competing-offer', title: 'Another offer with a deadline', hint: 'To the employer you’d rather join, as soon as you have a real offer elsewhere: news, not an ultimatum.' },
        { key: 'declineOffer', slug: 'decline-offer', title: 'Declining an offer', hint: 'Thank them and give one short, honest reason. A call to the person who made the offer first is kind; this email confirms it.' },
      ],
    },
    {
      slug: 'rejection',
      title: 'A no',
      choice: 'They said no',
      sections: [
        { key: 'notSelected', slug: 'not-selected', title: 'Not selected', copyName: 'Reply to “not selected”', hint: 'On the call: keep it gracious and ask for feedback you can use next time.' },
        { key: 'positionFilled', slug: 'position-filled', title: 'Position filled', copyName: 'Reply to “position filled”', hint: 'The job went to someone else or was filled another way. Ask them to keep you in mind.' },
        { key: 'rejectionReply', slug: 'rejection-reply', title: 'Reply to a rejection', hint: 'Thank them and stay in their mind: a gracious runner-up is sometimes called back. Many employers give no feedback; ask once.' },
      ],
    },
    {
      slug: 'moving-on',
      title: 'Moving on',
      choice: 'Moving on',
      sections: [
        { key: 'closingNote', slug: 'closing-note', title: 'Closing note', hint: 'When you stop following up: no reproach, and the door left open for future roles.' },
        { key: 'withdraw', slug: 'withdraw', title: 'Withdrawing your application', hint: 'As soon as you are sure, rather than going silent. With an agency, tell the recruiter first.' },
      ],
    },
  ],
};

/**
 * The tool's copy with only the scripts named (section slugs), in their groups; groups left
 * empty are dropped. A guide shows the scripts for its own situation, and keeps its page small.
 */
export function onlyScripts(copy: ToolCopy, slugs: readonly string[]): ToolCopy {
  const groups = copy.groups
    .map((group) => ({ ...group, sections: group.sections.filter((section) => slugs.includes(section.slug)) }))
    .filter((group) => group.sections.length > 0);
  return { ...copy, groups };
}
