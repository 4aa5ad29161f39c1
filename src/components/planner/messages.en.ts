/**
 * The planner's English: every sentence the form, the plan, its errors, its text copy and its
 * calendar file say. The rules (src/lib/follow-up-plan.ts) return codes and dates; plan-text.ts
 * picks the key and fills the `{slots}` with `t()` (src/i18n/t.ts). Another language is another
 * module with the same keys.
 *
 * Two ways out of here, to keep the page's first-load JavaScript small: the `form.` keys go to
 * the island as props from Planner.astro (formMessages()), so they travel in the page's HTML;
 * every other key is bundled with the rules, which load when a plan is first asked for.
 * `.phone` and `.email` keys are the same words for a plan of calls and one of emails.
 *
 * Slots: {try} "call" or "email" ({Try} capitalized, {tries} plural, {done} "made"/"sent"),
 * {n} a call's number, {total}, {date} and {from} dates already formatted, {entry}, {max}.
 */
import { translator } from '../../i18n/t';

// The page without JavaScript (Planner.astro only; never bundled).
const NOSCRIPT = {
  'noscript.intro': 'The planner needs JavaScript to work out your dates.',
  'noscript.page': 'Without it, use the rules and the worked examples further down this page: they are the same ones the planner follows.',
  'noscript.guide': 'Without it, {examples} or {rules} and count the days by hand.',
  'noscript.examples': 'see the worked examples',
  'noscript.rules': 'read the rules',
} as const;

// The form and the island's own notices: sent as props (see above), so never in the JavaScript.
const FORM = {
  'form.label': 'Your interview',
  'form.interview': 'When was your interview?',
  'form.interview.hint': 'Or when it will be: you can plan ahead.',
  'form.told': 'Did they say when you’d hear back?',
  'form.told.none': 'No, they didn’t say',
  'form.told.date': 'Yes, they gave a date',
  'form.told.end-of-week': '“By the end of the week”',
  'form.told.next-week': '“Next week”',
  'form.told.two-weeks': '“Within two weeks”',
  'form.promised': 'The date they gave',
  'form.promised.hint': 'The day they said you would hear back by.',
  'form.promised.means': 'That means by {date}.',
  // H4: the choice applies to a promised date and to a new date given on a call.
  'form.keen.phone': 'I’d rather call on the day they named',
  'form.keen.email': 'I’d rather email on the day they named',
  'form.keen.hint': 'Otherwise the plan gives them two working days’ grace first.',
  // H13 and H14. Choice: no answer is pre-selected.
  'form.touch': 'How have they been in touch?',
  'form.touch.hint': 'We follow their lead. If they only email, or asked you not to call, the plan keeps the same dates for emails.',
  'form.touch.phone': 'Mostly by phone',
  'form.touch.email': 'Mostly by email',
  'form.touch.no-calls': 'They asked me not to call',
  'form.touch.agency': 'A recruitment agency arranged it',
  'form.region': 'Where is the employer?',
  'form.region.hint': 'We skip that region’s public holidays.',
  'form.region.none': 'None (I’ll add closed days myself)',
  'form.region.loading': 'Loading public holidays…',
  'form.region.loaded': 'The plan will skip {count} public holidays ({from} to {to}).',
  'form.region.failed': 'We couldn’t load the public holidays. Check your connection, then make your plan again.',
  'form.tz': 'Employer’s time zone',
  'form.tz.hint': 'Call times are given in the employer’s time. We start with yours.',
  'form.more.phone': 'More settings: working days, closed days, office hours, calls you’ve made',
  'form.more.email': 'More settings: working days, closed days, office hours, emails you’ve sent',
  'form.days': 'The employer’s working days',
  'form.days.hint.phone': 'Calls only go on working days, and not on a Monday unless they asked you to call back that day.',
  'form.days.hint.email': 'Emails only go on working days, and not on a Monday unless they named that day.',
  // ISO weekday numbers, as the form's values.
  'form.day.1': 'Monday',
  'form.day.2': 'Tuesday',
  'form.day.3': 'Wednesday',
  'form.day.4': 'Thursday',
  'form.day.5': 'Friday',
  'form.day.6': 'Saturday',
  'form.day.7': 'Sunday',
  'form.closed': 'Days the office is closed',
  'form.closed.hint': 'One date or range a line, like 2026-12-24 or 2026-12-28 to 2026-12-31. The region’s public holidays are added for you.',
  'form.hours': 'Office hours, in the employer’s time',
  'form.hours.open': 'Opens',
  'form.hours.close': 'Closes',
  'form.third': 'Allow a third call',
  'form.third.hint': 'Two calls is the usual limit; some advisers allow three.',
  'form.made.phone': 'Calls you’ve already made',
  'form.made.email': 'Emails you’ve already sent',
  // H12: a call that reached only the front desk is not a try.
  'form.made.hint.phone': 'Each one counts as a try, unless you reached only the front desk. If they gave you a new date, add it: the plan starts again from there.',
  'form.made.hint.email': 'Each one counts as a try. If they gave you a new date, add it: the plan starts again from there.',
  'form.call.date.phone': 'Call {n}: the day you called',
  'form.call.date.email': 'Email {n}: the day you sent it',
  'form.call.reached': 'Call {n}: who did you reach?',
  'form.reached.contact': 'The person I’m following up with',
  'form.reached.voicemail': 'Their voicemail: I left a message',
  'form.reached.front-desk': 'Only the front desk or a colleague, with no message for them',
  'form.call.new.phone': 'Call {n}: new date they gave (optional)',
  'form.call.new.email': 'Email {n}: new date they gave (optional)',
  'form.call.kind.phone': 'Call {n}: what is that date?',
  'form.call.kind.email': 'Email {n}: what is that date?',
  // H8: the kind of a new date decides whether to call on it or after it.
  'form.kind.decide-by': 'The day they’ll decide by',
  'form.kind.call-back': 'A day to get back to them on',
  'form.call.remove.phone': 'Remove call {n}',
  'form.call.remove.email': 'Remove email {n}',
  'form.call.add.phone': 'Add a call you made',
  'form.call.add.email': 'Add an email you sent',
  'form.submit': 'Make my plan',
  // Before an error at a fieldset, for screen readers (the kit's fields say the same).
  'form.engine-failed': 'The planner couldn’t load. Check your connection, then press “Make my plan” again.',
  'form.title-error': 'Error: {title}',
} as const;

/** The form's wording, as Planner.astro sends it to the island (a language may word any key its own way). */
export type FormMessages = { readonly [K in keyof typeof FORM]: string };
export type FormKey = keyof FormMessages;

/** The `form.` messages, for the island's props. */
export function formMessages(): FormMessages {
  return FORM;
}

/** The locale dates and times are formatted in. */
export { LOCALE } from './locale';

export const MESSAGES = {
  ...NOSCRIPT,
  ...FORM,

  // The words for one try, by channel.
  'try.phone': 'call',
  'Try.phone': 'Call',
  'tries.phone': 'calls',
  'done.phone': 'made',
  'next-day.phone': 'the next call day',
  'try.email': 'email',
  'Try.email': 'Email',
  'tries.email': 'emails',
  'done.email': 'sent',
  // Choice: an email-only plan makes no call, so its next day is "the next good day".
  'next-day.email': 'the next good day',

  // Why a call is on its date (CallReason codes).
  'why.made': 'You made this {try}.',
  'why.made.new-date': 'You made this {try}, and they gave you a new date: {date}.',
  'why.made.call-back': 'You made this {try}, and they asked you to call back on {date}.',
  'why.made.voicemail': 'You left a voicemail. It counts as a try.',
  'why.made.front-desk': 'You reached only the front desk, so this call doesn’t count as a try.',
  'why.made.front-desk.call-back': 'You reached only the front desk, so this call doesn’t count as a try. They said to call back on {date}.',
  'why.no-date': 'They didn’t name a day, so wait a full week after your interview.',
  'why.promised': 'They said you would hear by {date}. Give them two working days after it.',
  'why.promised.keen': 'They said you would hear by {date}, and you chose to {try} on that day.',
  'why.promise-stands': 'They said you would hear by {date}; wait for that before you try again.',
  'why.week-after-last': 'Wait a full week after your last {try} before you try again.',
  'why.new-date': 'On your last {try} they gave you a new date, {date}. Give them two working days after it.',
  'why.new-date.keen': 'On your last {try} they gave you a new date, {date}, and you chose to {try} on the day they name.',
  'why.call-back': 'They asked you to call back on {date}, so call that day: it was their choice.',
  'why.call-back.front-desk': 'The front desk said to call back on {date}, so call that day.',
  'why.front-desk': 'Last time you reached only the front desk, which isn’t a try: call again on {next}.',
  'why.later-try': 'No answer yet? Wait a full week after the last try, then {try} once more.',
  'why.email-alternative': 'Prefer to write? Send the email version on the same day instead.',
  'why.recruiter': 'Contact the recruiter, not the employer.',
  // Why days were passed over (SkipReason), and H10's moves.
  'moved.skipped': 'It moves to {next} ({reasons}).',
  'skip.monday': 'no Mondays',
  'skip.not-working': 'only working days',
  'skip.closed': 'no closed days or holidays',
  'skip.too-soon': 'not the interview day or the day after',
  'moved.office-closed': 'Their office has closed for today, so {try} on {next}.',
  'moved.passed': 'That day ({from}) has passed, so {try} on {next} from today.',

  // The timeline's steps.
  'step.interview': 'Your interview',
  'step.thank-you': 'Send a thank-you note',
  'step.thank-you.missed.title': 'Thank-you note',
  'step.thank-you.missed': 'The usual window has passed. If you haven’t sent one, a short note now still helps.',
  'step.thank-you.today': 'Send it today: thank each interviewer and say you’re still keen.',
  'step.thank-you.today-or-tomorrow': 'Send it today or tomorrow: thank each interviewer and say you’re still keen.',
  'step.thank-you.by': 'Send it on the day of your interview, or this day at the latest: thank each interviewer and say you’re still keen.',
  'step.debrief': 'Debrief the recruiter',
  'step.debrief.missed.title': 'Recruiter debrief',
  'step.debrief.missed': 'The usual window has passed. If you haven’t spoken to the recruiter yet, do it now.',
  'step.debrief.detail':
    'Call or email the recruiter on the day of your interview or the next: how it went, any worries, and that you’re still keen. Ask whether to thank the interviewer yourself.',
  'step.promised': 'The day they named',
  'step.promised.keen': 'If they get in touch, great. If not, you chose not to wait: the plan has you {try} from this day.',
  'step.promised.grace': 'If they get in touch, great. If not, the plan gives them a little grace before you follow up.',
  'step.new-date': 'The new date they gave you',
  'step.new-date.restart': 'The plan starts again from this date.',
  'step.new-date.most': 'You’ve made three {tries}, the most the plan allows. If they don’t get in touch, let it go a week after this date.',
  'step.new-date.used':
    'You’ve used the {tries} in your plan, so none is planned from this date. To follow up once more, allow a third {try} in More settings.',
  'step.made.phone': 'You called',
  'step.made.email': 'You emailed',
  'step.made.front-desk': 'You called the front desk',
  'step.call': '{Try} {n} of {total}',
  'step.call.recruiter': '{Try} the recruiter ({n} of {total})',
  'step.treat-as-no': 'No answer? Treat it as a no',
  'step.treat-as-no.detail': 'Stop following up and put your energy into other applications. If they get back to you later, treat it as a bonus.',

  // Statuses, in the text copy and on the page's badges.
  'status.done': 'done',
  'status.missed': 'missed',
  'status.due': 'today',
  'status.due-now': 'due now',
  'status.upcoming': 'coming up',
  'badge.done': 'Done',
  'badge.missed': 'Missed',
  'badge.due': 'Today',
  'badge.due-now': 'Due now',
  'badge.upcoming': 'Coming up',
  'badge.passed': 'Passed',

  // Days and times.
  'day.today': 'today',
  'day.tomorrow': 'tomorrow',
  'day.yesterday': 'yesterday',
  'day.ahead': 'in {n} days',
  'day.ago': '{n} days ago',
  'zone.label': '{city} time',
  'time.range': '{start}–{end}',
  'time.or': ' or ',
  'time.there': '{times} {zone}',
  'time.yours': '{there} ({times} your time)',

  // The plan as text, and its calendar file.
  'text.heading': 'My follow-up plan (interview on {date})',
  'text.step': '{date}: {title} ({status})',
  'text.when': '  When: {when}',
  'text.keep-applying': 'Keep applying for other jobs while you wait.',
  'text.link': 'Plan: {link}',
  'text.contact': 'Every follow-up goes to the recruiter who arranged the interview.',
  'event.thank-you': 'Send your thank-you note',
  'event.thank-you.detail': 'Last day to send it: thank each interviewer and say you’re still keen.',
  'event.debrief': 'Debrief the recruiter',
  'event.call': 'Follow-up: {title}',
  'event.call.detail': 'Good times: {when}. {detail}',

  // The plan on the page.
  'view.heading': 'Your plan',
  'view.zone-hint': 'Dates follow the employer’s calendar, in {zone}, so “today” is their today.',
  'view.next': 'Next:',
  'view.next.line': '{title}, {date} ({when}).',
  'view.next.line.by': '{title}, by {date} ({when}).',
  'view.best-times': 'Best times',
  'view.send-it': 'Send it',
  'view.why': 'Why this date? (rule {rule})',
  'view.you-are-here': 'You are here',
  'view.holidays': 'Public holidays skipped: {list}.',
  'view.holiday': '{name} ({date})',
  'view.no-region':
    'No region chosen, so only the closed days you added are skipped. If a date above is a public holiday where the employer is, choose their region.',
  'view.recruiter': 'An agency arranged this interview, so every step below goes to your recruiter, not to the employer.',
  'view.keep-applying': 'Keep applying for other jobs while you wait: a plan is not a promise.',
  'view.download': 'Download calendar file (.ics)',
  'view.copy': 'Copy plan as text',
  // The kit's copy button says "{what} copied." (src/components/shared/CopyButton.tsx).
  'view.copy-what': 'Plan',
  'view.preparing': 'Preparing your calendar file…',
  'view.downloaded': 'Calendar file downloaded. Open it to add the dates to your calendar.',
  'view.download-failed': 'We couldn’t make the calendar file. Try again, or copy the plan as text.',
  'view.text-label': 'Your plan as text',
  'view.file-name': 'follow-up-plan-{date}.ics',
  'event.calendar': 'Follow-up plan',

  // A link's parameters, named in the notice about the ones that couldn't be read.
  'link.ignored': 'Part of the link couldn’t be read, so we left it out: {names}. Check the form, then make your plan again.',
  'param.interview': 'interview date',
  'param.told': 'what they told you',
  'param.promised': 'the date they gave',
  'param.keen': 'call on the day',
  'param.region': 'region',
  'param.tz': 'time zone',
  'param.days': 'working days',
  'param.closed': 'closed days',
  'param.open': 'opening time',
  'param.close': 'closing time',
  'param.calls': 'number of calls',
  'param.email': 'email only',
  'param.contact': 'how they have been in touch',
  'param.made': 'calls you made',

  // Errors (PlanErrorCode and the form's own), each said where the person is looking (H11).
  'error.form-empty': 'Fill in the form to get a plan',
  'error.unreadable': 'Something in the form could not be read. Check each answer and try again',
  'error.today-unreadable': 'Today’s date could not be read. Check your device’s date',
  'error.now-unreadable': 'The time now could not be read. Check your device’s clock',
  'error.interview-missing': 'Enter the date of your interview',
  'error.interview-not-a-date': 'The date of your interview must be a real date, like 2026-03-10',
  'error.interview-too-old': 'The interview date must be within the last year. Check the year',
  'error.interview-too-far': 'The interview date must be within the next year. Check the year',
  'error.promised-missing': 'Enter the date they said you would hear back by',
  'error.promised-not-a-date': 'The date they gave must be a real date, like 2026-03-13',
  'error.promised-before-interview': 'The date they gave must be on or after your interview date',
  'error.promised-too-far': 'The date they gave must be within a year of your interview. Check the year',
  'error.keen-invalid': 'Choose whether to call on the day they named',
  'error.max-calls-invalid': 'Choose two or three calls',
  'error.channel-invalid': 'Choose how they have been in touch',
  'error.arranged-by-invalid': 'Choose how they have been in touch',
  'error.working-days-invalid': 'Choose working days from Monday to Sunday',
  'error.working-days-empty': 'Choose at least one working day',
  'error.working-days-only-monday': 'Choose at least one working day other than Monday: Mondays are never {try} days',
  'error.closed-not-a-list': 'Enter closed days as dates, like 2026-12-24',
  'error.closed-too-many': 'Enter at most {max} closed days',
  'error.closed-not-a-date': '“{entry}” is not a real date. Write closed days like 2026-12-24',
  'error.closed-entry': '“{entry}” is not a date. Write closed days like 2026-12-24, one a line',
  'error.closed-range': '“{entry}” is not a range we can use. Write the earlier date first, at most two months apart',
  'error.no-call-day': 'Your working days and closed days leave no day to {try}. Remove some closed days',
  'error.opens-invalid': 'Enter the time the office opens, like 09:00',
  'error.closes-invalid': 'Enter the time the office closes, like 17:00',
  'error.office-day-too-short': 'The office must close at least an hour after it opens',
  'error.calls-not-a-list': 'Enter the {tries} you {done} as dates',
  'error.calls-too-many': 'List at most three {tries} that reached someone: after three tries, treat it as a no',
  'error.call-missing': 'Enter the date of {try} {n}',
  'error.call-not-a-date': 'The date of {try} {n} must be a real date, like 2026-03-10',
  'error.call-before-interview': '{Try} {n} must be on or after your interview date',
  'error.call-after-today': '{Try} {n} can’t be after today. Only list {tries} you have {done}',
  'error.new-date-not-a-date': 'The new date from {try} {n} must be a real date, like 2026-03-20',
  'error.new-date-before-call': 'The new date from {try} {n} must be on or after the day of that {try}',
  'error.new-date-too-far': 'The new date from {try} {n} must be within a year of that {try}. Check the year',
  'error.new-date-kind-invalid': 'Choose what the new date from {try} {n} is: a day to call back, or a day they will decide by',
  'error.reached-invalid': 'Choose whom {try} {n} reached',
  'error.tz-missing': 'Choose the employer’s time zone',
  'error.region-failed': 'We couldn’t load the public holidays for that region. Check your connection and try again, or choose “None” and add closed days yourself',
} as const;

export type MessageKey = keyof typeof MESSAGES;

export const t = translator(MESSAGES);
