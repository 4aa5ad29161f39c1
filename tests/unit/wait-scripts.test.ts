/**
 * The scripts for the rest of the wait (issue 13): the recruiter, email-only check-ins, offers,
 * a no, withdrawing and closing the loop. Tables per script and tone from domain-facts.md
 * (H7, H13, H14, L2, L3, L8, M1, M2, N1–N3, O5, P1–P5, R1–R3); properties over every script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScriptDates, type EmailText, type ScriptDetails, type Scripts, type Tone } from '../../src/lib/follow-up-scripts';
// The scripts in English: the rules with the English wording pack, as the tool uses them.
import { buildScripts, competingOfferDraft } from '../../src/components/call-scripts/script-engine';
import { SCRIPT_WORDS_EN } from '../../src/components/call-scripts/scripts.en';

const PLACEHOLDERS = SCRIPT_WORDS_EN.placeholders;

// Tuesday.
const TODAY = '2026-03-10';
const TONES: Tone[] = ['warm', 'formal'];

const FULL: ScriptDetails = {
  yourName: 'Alex Rivera',
  phone: '(555) 201-4477',
  email: 'alex.rivera@example.com',
  role: 'Project Coordinator',
  company: 'Northwind Logistics',
  interviewerName: 'Dana Lee',
  interviewDate: '2026-03-03',
  recruiterName: 'Priya Shah',
  answerBy: '2026-03-13',
  reason: 'I have accepted a role closer to home',
  refereeName: 'Morgan Blake',
};

type EmailKey = { [K in keyof Scripts]: Scripts[K] extends EmailText | null ? K : never }[keyof Scripts];
const NEW_EMAILS = [
  'recruiterDebrief', 'recruiterCheckIn', 'emailCheckIn', 'closingNote', 'askForTime',
  'declineOffer', 'rejectionReply', 'competingOffer', 'withdraw', 'referenceHeadsUp',
] as const satisfies readonly EmailKey[];

/** Which typed fields each new email must carry, word for word (and its placeholder when empty). */
const BELONGS: Record<(typeof NEW_EMAILS)[number], Array<keyof typeof PLACEHOLDERS & keyof ScriptDetails>> = {
  recruiterDebrief: ['recruiterName', 'interviewerName', 'company', 'role', 'yourName', 'phone', 'email'],
  recruiterCheckIn: ['recruiterName', 'company', 'role', 'yourName', 'phone', 'email'],
  emailCheckIn: ['interviewerName', 'company', 'role', 'yourName', 'phone', 'email'],
  closingNote: ['interviewerName', 'company', 'role', 'yourName', 'phone', 'email'],
  askForTime: ['interviewerName', 'company', 'role', 'yourName', 'phone', 'email'],
  declineOffer: ['interviewerName', 'company', 'role', 'reason', 'yourName', 'phone', 'email'],
  rejectionReply: ['interviewerName', 'company', 'role', 'yourName', 'phone', 'email'],
  competingOffer: ['interviewerName', 'company', 'role', 'yourName', 'phone', 'email'],
  withdraw: ['company', 'role', 'yourName', 'phone', 'email'],
  referenceHeadsUp: ['refereeName', 'interviewerName', 'company', 'role', 'yourName', 'phone', 'email'],
};

const whole = (email: EmailText | null) => (email ? `${email.subject}\n${email.body}` : '');

describe.each(TONES)('the new scripts, %s tone', (tone) => {
  const s = buildScripts({ ...FULL, tone, competingOfferDeadline: '2026-03-16' }, TODAY);

  it.each(NEW_EMAILS)('%s has a subject, a body and every field it needs, as typed', (key) => {
    const email = s[key]!;
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.body).toMatch(/,\nAlex Rivera\n\(555\) 201-4477\nalex\.rivera@example\.com$/);
    for (const field of BELONGS[key]) {
      const typed = field === 'role' && key === 'withdraw' ? 'Project Coordinator' : String(FULL[field]);
      expect(whole(email), `${key} / ${field}`).toContain(typed);
    }
  });

  it.each(NEW_EMAILS)('%s shows [placeholders] when nothing is typed', (key) => {
    const empty = key === 'competingOffer' ? competingOfferDraft({ tone }, TODAY) : buildScripts({ tone }, TODAY)[key]!;
    for (const field of BELONGS[key]) {
      if (field === 'reason' && key !== 'declineOffer') continue;
      expect(whole(empty), `${key} / ${field}`).toContain(PLACEHOLDERS[field]);
    }
    expect(whole(empty)).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it.each(NEW_EMAILS)('%s reads as one email: a greeting, one sign-off, no sentence run on after a date', (key) => {
    const parts = s[key]!.body.split('\n\n');
    expect(parts[0]).toMatch(/^(Hi|Dear) [^\n]+,$/);
    // Only the greeting and the sign-off end with a comma; a paragraph between them never does.
    for (const middle of parts.slice(1, -1)) expect(middle, key).not.toMatch(/,$/);
    // "last Tuesday, March 3, Here's…": a date phrase's comma before a new sentence ("…, I've" is a clause).
    expect(s[key]!.body, key).not.toMatch(/\d, (?!I\b|I')[A-Z]/);
  });

  it('the recruiter scripts go to the recruiter (P1, H14)', () => {
    expect(s.recruiterDebrief.body.split('\n')[0]).toMatch(/^(Hi|Dear) Priya Shah,$/);
    expect(s.recruiterCheckIn.body.split('\n')[0]).toMatch(/^(Hi|Dear) Priya Shah,$/);
    // P3: ask the recruiter whether to thank the interviewer directly.
    expect(s.recruiterDebrief.body).toMatch(/thank-you note/);
  });

  it('the email-only check-in differs from the follow-up email and asks only for the timeline (H13, I5)', () => {
    expect(s.emailCheckIn.subject).not.toBe(s.followUpEmail.subject);
    expect(s.emailCheckIn.body).not.toBe(s.followUpEmail.body);
    expect(s.emailCheckIn.body).toMatch(/by email/);
    expect(s.emailCheckIn.body).not.toMatch(/\bcall\b/i);
  });

  it('asking for time names the day, and asks for the offer in writing (L2, L3)', () => {
    expect(s.askForTime.body).toContain('by this Friday, March 13');
    expect(s.askForTime.body).toMatch(/in writing/);
    expect(s.askForTime.body).toMatch(/conditions/);
  });

  it('declining thanks them and gives the reason once, as a sentence (L8)', () => {
    expect(s.declineOffer.body).toMatch(/Thank you/);
    expect(s.declineOffer.body).toContain('I have accepted a role closer to home.');
    expect(s.declineOffer.body.split('closer to home').length).toBe(2);
  });

  it('the reply to a rejection asks for feedback unless told not to (M1, M2)', () => {
    expect(s.rejectionReply.body).toMatch(/better next time|stronger application/);
    const without = buildScripts({ ...FULL, tone, askFeedback: false }, TODAY).rejectionReply;
    expect(without.body).not.toMatch(/better next time|stronger application|feedback/);
    expect(without.body).toMatch(/considered/);
  });

  it('withdrawing goes to the recruiter when there is one, else the interviewer, and adds a reason only if given (R2, R3)', () => {
    expect(s.withdraw.body.split('\n')[0]).toMatch(/Priya Shah,$/);
    const direct = buildScripts({ ...FULL, tone, recruiterName: '', reason: '' }, TODAY).withdraw;
    expect(direct.body.split('\n')[0]).toMatch(/Dana Lee,$/);
    expect(direct.body).not.toContain(PLACEHOLDERS.reason);
    expect(s.withdraw.body).toContain('I have accepted a role closer to home.');
  });

  it('the closing note holds no reproach and leaves the door open (H7, M1)', () => {
    expect(s.closingNote.body).not.toMatch(/disappoint|rude|never heard|ignored|unprofessional/i);
    expect(s.closingNote.body).toMatch(/future|something else comes up/);
  });

  it('the referee is told who may call and for which job, with room for what to stress (O5)', () => {
    expect(s.referenceHeadsUp.body).toContain('Dana Lee');
    expect(s.referenceHeadsUp.body).toMatch(/\[two or three/);
  });

  it('the offer reply is excited about the offer, needn’t accept on the call, and asks for it in writing (L1–L3)', () => {
    expect(s.offer).not.toMatch(/joining/);
    expect(s.offer).toMatch(/excited about the offer|delighted to receive the offer/);
    expect(s.offer).toMatch(/don't have to say yes on the call|need not accept on the call/);
    expect(s.offer).toMatch(/offer in writing/);
  });
});

describe('the competing-offer email (N1–N3)', () => {
  it.each([
    ['no deadline', undefined, null],
    ['a deadline that has passed', '2026-03-09', null],
    ['a deadline that is not a date', 'next week', null],
    ['a deadline today', TODAY, 'today'],
    ['a deadline this Friday', '2026-03-13', 'this Friday, March 13'],
    ['a deadline in a month', '2026-04-10', 'April 10'],
  ] as const)('%s → %s', (_label, deadline, said) => {
    for (const tone of TONES) {
      const email = buildScripts({ ...FULL, tone, competingOfferDeadline: deadline }, TODAY).competingOffer;
      if (said === null) {
        expect(email).toBeNull();
      } else {
        expect(email!.body).toContain(`by ${said}`);
        expect(email!.body).toMatch(/first choice/);
        // Information, not an ultimatum (N3).
        expect(email!.body).toMatch(/understand if your timeline/);
      }
    }
  });

  it('the draft shown without a deadline carries a visible gap, never a date', () => {
    expect(competingOfferDraft({}, TODAY).body).toContain('[the other offer’s deadline]');
  });
});

describe('the day you will answer by', () => {
  it.each([
    ['today', TODAY, []],
    ['Friday', '2026-03-13', []],
    ['a week today', '2026-03-17', []],
    ['eight days away', '2026-03-18', ['answerBy:advice:answer-by-far']],
    ['yesterday', '2026-03-09', ['answerBy:error:answer-by-passed']],
  ] as const)('%s', (_label, answerBy, expected) => {
    const notes = checkScriptDates({ answerBy }, TODAY).map((n) => `${n.field}:${n.kind}:${n.problem}`);
    expect(notes).toEqual(expected);
  });

  it('a day that has passed is left out of the script, which shows the gap instead', () => {
    const s = buildScripts({ ...FULL, answerBy: '2026-03-09' }, TODAY);
    expect(s.askForTime.body).toContain(PLACEHOLDERS.answerBy);
    expect(s.askForTime.body).not.toMatch(/yesterday|March 9/);
  });

  it('advice keeps the date', () => {
    expect(buildScripts({ ...FULL, answerBy: '2026-04-10' }, TODAY).askForTime.body).toContain('April 10');
  });
});

const FORBIDDEN = /undefined|null|NaN|\[object/;
const text = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !FORBIDDEN.test(s));
const hostile = fc.constantFrom('<script>alert(1)</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '${7*7}', '{{7*7}}', 'x\r\nBcc: v@example.com', '&lt;b&gt;', 'Zoë 👩🏽‍💻');
const field = fc.oneof(text, hostile, fc.constant(''));
const isoDate = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const maybeDate = fc.oneof(isoDate, text, fc.constant(''));
const details = fc.record(
  {
    yourName: field, phone: field, email: field, role: field, company: field, interviewerName: field,
    interviewDate: maybeDate, promisedDate: maybeDate, competingOfferDeadline: maybeDate, answerBy: maybeDate,
    recruiterName: field, reason: field, refereeName: field,
    askFeedback: fc.boolean(),
    tone: fc.constantFrom<Tone>('warm', 'formal'),
  },
  { requiredKeys: [] },
);

describe('properties over every script', () => {
  it('never prints undefined, null, NaN or [object', () => {
    fc.assert(
      fc.property(details, isoDate, (d, today) => {
        const s = buildScripts(d, today);
        for (const [key, value] of Object.entries(s)) {
          if (value === null) continue;
          const shown = typeof value === 'object' ? `${value.subject}\n${value.body}` : String(value);
          expect(shown, key).not.toMatch(FORBIDDEN);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts every filled field, hostile text included, word for word where it belongs; an empty one becomes its placeholder', () => {
    fc.assert(
      fc.property(details, isoDate, (d, today) => {
        const s = buildScripts(d, today);
        for (const key of NEW_EMAILS) {
          const shown = whole(key === 'competingOffer' ? (s.competingOffer ?? competingOfferDraft(d, today)) : s[key]);
          for (const name of BELONGS[key]) {
            const typed = (((d as Record<string, unknown>)[name] as string | undefined) ?? '').trim();
            if (name === 'reason' && key !== 'declineOffer' && typed === '') continue;
            expect(shown, `${key} / ${name}`).toContain(typed === '' ? PLACEHOLDERS[name] : typed);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offers the competing-offer email exactly when a real deadline is given that has not passed (N2)', () => {
    fc.assert(
      fc.property(details, isoDate, (d, today) => {
        const deadline = (d.competingOfferDeadline ?? '').trim();
        const real = /^\d{4}-\d{2}-\d{2}$/.test(deadline) && deadline >= today;
        expect(buildScripts(d, today).competingOffer !== null).toBe(real);
      }),
      { numRuns: 300 },
    );
  });
});
