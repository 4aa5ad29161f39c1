/**
 * The text shown in place of each empty field, in US English. Apart from the script wording
 * (scripts.en.ts) because the page's first load needs one of them: the island times the
 * server-rendered voicemail (scripts-from-page.ts) before the wording has loaded, and a
 * missing phone number counts as ten spoken digits.
 */
import type { PlaceholderKey } from '../../lib/script-text';

export const SCRIPT_PLACEHOLDERS_EN: Readonly<Record<PlaceholderKey, string>> = {
  yourName: '[your name]',
  phone: '[your phone number]',
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
};
