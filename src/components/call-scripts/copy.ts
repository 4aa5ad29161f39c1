/**
 * The tool's interface wording: form labels and hints, and the title and "when to use it" line
 * of each script. Kept apart from the logic, and handed to the island as props by
 * CallScripts.astro, so it travels in the page's HTML rather than in the JavaScript bundle.
 */
import type { DateProblem, Scripts } from '../../lib/follow-up-scripts';
import type { TextField } from '../../lib/script-details-store';

export interface FieldCopy {
  field: TextField;
  label: string;
  hint?: string;
  type: 'text' | 'tel' | 'email' | 'date';
  autocomplete?: string;
}

export interface SectionCopy {
  key: Exclude<keyof Scripts, 'voicemailSeconds'>;
  /** Used for ids: `${idPrefix}-${slug}`. */
  slug: string;
  title: string;
  hint: string;
  /** What the Copy button copies, when the title doesn't fit "Copy …" ("Copy not selected"). */
  copyName?: string;
}

export interface GroupCopy {
  slug: string;
  title: string;
  sections: SectionCopy[];
}

export interface ToolCopy {
  aboutYou: FieldCopy[];
  aboutTheJob: FieldCopy[];
  tones: Array<{ value: 'warm' | 'formal'; label: string; hint: string }>;
  groups: GroupCopy[];
  /** What each date box says when checkScriptDates finds a problem: how to fix it. */
  dateMessages: Record<DateProblem, string>;
  /** Read out when the scripts' wording can't load (offline, blocked): the page keeps its [gaps]. */
  engineFailed: string;
  /** What "Remember my details" and "Forget my details" report. */
  storageNotes: Record<'restored' | 'corrupt' | 'failed' | 'saving' | 'stopped' | 'removed' | 'cleared', string>;
}

export const TOOL_COPY: ToolCopy = {
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
  },
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
      slug: 'phone',
      title: 'On the phone',
      sections: [
        { key: 'callOpener', slug: 'call-opener', title: 'Call opener', hint: 'When your interviewer answers: who you are, the role, the day you met, then your question.' },
        { key: 'voicemail', slug: 'voicemail', title: 'Voicemail', hint: 'Short on purpose: say it slowly, and say your number clearly both times.' },
        { key: 'receptionist', slug: 'receptionist', title: 'Receptionist', copyName: 'Receptionist script', hint: 'When someone else picks up: ask for your interviewer by name.' },
        { key: 'missedScheduledCall', slug: 'missed-call', title: 'They missed the call they set up', copyName: 'Missed-call script', hint: 'When they arranged to call you and didn’t. Stay relaxed and offer another time.' },
      ],
    },
    {
      slug: 'answers',
      title: 'Their answer',
      sections: [
        { key: 'notDecided', slug: 'not-decided', title: 'Not decided yet', copyName: 'Reply to “not decided yet”', hint: 'Ask if you’re still in the running and when to check back. Then wait until that day.' },
        { key: 'notSelected', slug: 'not-selected', title: 'Not selected', copyName: 'Reply to “not selected”', hint: 'Keep it gracious and ask for feedback you can use next time.' },
        { key: 'positionFilled', slug: 'position-filled', title: 'Position filled', copyName: 'Reply to “position filled”', hint: 'The job went to someone else or was filled another way. Ask them to keep you in mind.' },
        { key: 'offer', slug: 'offer', title: 'Job offer', copyName: 'Reply to a job offer', hint: 'Thank them, then write everything down. Nothing is final until you sign a written offer.' },
      ],
    },
    {
      slug: 'emails',
      title: 'Emails',
      sections: [
        { key: 'followUpEmail', slug: 'follow-up-email', title: 'Follow-up email', hint: 'Instead of a call, or after one: mention their timeline, say you’re still interested, thank them.' },
        { key: 'thankYouNote', slug: 'thank-you', title: 'Thank-you note', hint: 'Send it the day of the interview or the next day, one to each person who interviewed you.' },
      ],
    },
  ],
};
