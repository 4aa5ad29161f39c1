/**
 * The planner's data: what it is asked (`PlanInput`), what it answers (`Plan`) and its error
 * codes. No wording: the reasons and errors are codes with their dates and values, which the
 * planner's message module turns into sentences (src/components/planner/messages.en.ts).
 */
import type { IsoDate } from './dates/iso';
import type { OfficeHours } from './follow-up-rules';

export type { OfficeHours } from './follow-up-rules';

export type Channel = 'phone' | 'email';
export type StepStatus = 'done' | 'missed' | 'due' | 'upcoming';
/** The rule that set a call's date: H2/H3/H4 for the first call, H6 later, H8 after a new date, H12 after a front desk. */
export type CallRule = 'H2' | 'H3' | 'H4' | 'H6' | 'H8' | 'H12' | 'made';
/** H8: a day to call back on, or a day they will decide by. */
export type NewDateKind = 'call-back' | 'decide-by';
/** H12: whom a call reached. Only the front desk (no message for your contact) is not an attempt. */
export type Reached = 'contact' | 'voicemail' | 'front-desk';
/** H14: who arranged the interview, and so whom to follow up with. */
export type ArrangedBy = 'employer' | 'agency';
export type Contact = 'employer' | 'recruiter';

/** A call already made, as entered: dates are checked by `planFollowUp` (H11). */
export interface CallRecord {
  /** The day you made the call (ISO). */
  date: string;
  /** A new date they gave on that call, if any (H8). */
  newDate?: string;
  /** What the new date is (H8); missing means 'decide-by', so links made before the rule plan as they did. */
  newDateKind?: NewDateKind;
  /** Whom the call reached (H12); missing means 'contact'. */
  reached?: Reached;
}

/**
 * What the planner is asked. Dates are ISO strings as entered, not yet checked: this is the
 * edge where `planFollowUp` checks them (H11), so they are typed `string`, not `IsoDate`.
 */
export interface PlanInput {
  interviewDate: string;
  /** Today in the employer's time zone. */
  today: string;
  /**
   * The employer's wall-clock time now ('HH:mm'), if known. Once their office has closed,
   * today's call times are gone, so a call due today moves on (H10).
   */
  now?: string;
  /** The date they said you would hear back by. */
  promisedDate?: string;
  /** Call on the promised day itself (H4). */
  keen?: boolean;
  maxCalls?: 2 | 3;
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
  workingDays?: number[];
  /** The user's closed days and the chosen region's public holidays. */
  closedDates?: string[];
  officeHours?: OfficeHours;
  /** H13: 'email' for an email-only plan; calls otherwise. */
  channel?: Channel;
  /** H13: the person didn't say how the employer has been in touch, so each call comes with its email version. */
  offerEmail?: boolean;
  /** H14: an agency arranged the interview, so the recruiter is the contact. */
  arrangedBy?: ArrangedBy;
  calls?: CallRecord[];
}

export interface CallWindow {
  start: string;
  end: string;
  label: 'after-lunch' | 'last-hour' | 'office-hours';
}

/** Why a day was passed over on the way to a call day. */
export type SkipReason = 'monday' | 'not-working' | 'closed' | 'too-soon';

/** Why a call is on its date: a code and the dates the wording needs. */
export type CallReason =
  | { code: 'made'; newDate?: IsoDate; newDateKind?: NewDateKind; reached: Reached }
  | { code: 'no-date' }
  | { code: 'promised'; date: IsoDate; keen: boolean }
  | { code: 'promise-stands'; date: IsoDate }
  | { code: 'week-after-last' }
  | { code: 'new-date'; date: IsoDate; keen: boolean }
  | { code: 'call-back'; date: IsoDate }
  | { code: 'front-desk' }
  | { code: 'later-try' };

/** H10: why a call left the day the rules gave it. */
export type MoveReason = 'passed' | 'office-closed';

export interface PlannedCall {
  /** 1 for the first attempt, counting calls already made. */
  attempt: number;
  date: IsoDate;
  windows: CallWindow[];
  rule: CallRule;
  reason: CallReason;
  /** Days passed over on the way to this one, and why. */
  skipped: SkipReason[];
  status: StepStatus;
  /** True for a call you told the planner you already made. */
  made: boolean;
  /** The date the rules gave before it was moved because it had passed (H10). */
  movedFrom?: IsoDate;
  movedBecause?: MoveReason;
  /** A new date the employer gave on this call (H8). */
  newDate?: IsoDate;
  /** Whom this call reached (made calls only, H12). */
  reached?: Reached;
}

interface StepBase {
  date: IsoDate;
  status: StepStatus;
}

/** One line of the plan's timeline. A call step points at its call. */
export type PlanStep =
  | (StepBase & { kind: 'interview' | 'thank-you' | 'debrief' | 'promised' | 'new-date' | 'treat-as-no' })
  | (StepBase & { kind: 'call'; callIndex: number });

export type StepKind = PlanStep['kind'];

export interface Plan {
  interviewDate: IsoDate;
  today: IsoDate;
  promisedDate?: IsoDate;
  keen: boolean;
  channel: Channel;
  /** H13: no channel was given, so each call comes with its email version. */
  emailAlternative: boolean;
  /** H14: whom every follow-up goes to. */
  contact: Contact;
  maxCalls: 2 | 3;
  officeHours: OfficeHours;
  /** Send the thank-you note (or, with an agency, debrief the recruiter) by this day (H9, H14). */
  thankYouBy: IsoDate;
  calls: PlannedCall[];
  /** With no answer by this day, treat it as a no and keep applying (H7). */
  treatAsNoOn: IsoDate;
  /** Everything above in date order, as the page shows it. */
  steps: PlanStep[];
}

export type PlanField =
  | 'input'
  | 'interviewDate'
  | 'today'
  | 'now'
  | 'promisedDate'
  | 'keen'
  | 'maxCalls'
  | 'workingDays'
  | 'closedDates'
  | 'officeHours.start'
  | 'officeHours.end'
  | 'channel'
  | 'arrangedBy'
  | 'calls'
  | `calls.${number}.date`
  | `calls.${number}.newDate`
  | `calls.${number}.newDateKind`
  | `calls.${number}.reached`;

/** What is wrong with a field (H11). The message module words each code. */
export type PlanErrorCode =
  | 'form-empty'
  | 'unreadable'
  | 'today-unreadable'
  | 'now-unreadable'
  | 'interview-missing'
  | 'interview-not-a-date'
  | 'interview-too-old'
  | 'interview-too-far'
  | 'promised-not-a-date'
  | 'promised-before-interview'
  | 'promised-too-far'
  | 'keen-invalid'
  | 'max-calls-invalid'
  | 'channel-invalid'
  | 'arranged-by-invalid'
  | 'working-days-invalid'
  | 'working-days-empty'
  | 'working-days-only-monday'
  | 'closed-not-a-list'
  | 'closed-too-many'
  | 'closed-not-a-date'
  | 'no-call-day'
  | 'opens-invalid'
  | 'closes-invalid'
  | 'office-day-too-short'
  | 'calls-not-a-list'
  | 'calls-too-many'
  | 'call-missing'
  | 'call-not-a-date'
  | 'call-before-interview'
  | 'call-after-today'
  | 'new-date-not-a-date'
  | 'new-date-before-call'
  | 'new-date-too-far'
  | 'new-date-kind-invalid'
  | 'reached-invalid';

export type ErrorValues = Readonly<Record<string, string | number>>;

export interface PlanError {
  field: PlanField;
  code: PlanErrorCode;
  /** Named values for the message: `n` (a call's number), `entry`, `max`, `channel`. */
  values?: ErrorValues;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: PlanError[] };
