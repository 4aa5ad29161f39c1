/**
 * Emails while you wait: the follow-up, the thank-you note, the email-only check-in, the
 * recruiter's debrief and check-in, and the heads-up to a referee.
 * Facts: C1, E5, G1–G4, H9, H13, H14, I3, I5, O5, P1–P5.
 * Each email is a function of the ScriptContext (script-text.ts): which parts it has, in
 * which order; the words for each part come from the wording pack, both tones.
 */
import { composedEmail, fixedEmail, joinSentences, type EmailText, type ScriptContext } from './script-text';

/** E5: mention the timeline they gave, restate interest, thank them. */
export function followUpEmail(c: ScriptContext): EmailText {
  return composedEmail(c, c.words.followUpEmail, (say) => [
    joinSentences(say('intro'), c.promised && say(c.promiseDue ? 'promisedDue' : 'promised')),
    joinSentences(say('thanks'), say('interest'), c.deadline && say('deadline'), say('question')),
    say('lastLine'),
  ]);
}

/** C1, G1: a personal note to each interviewer, sent the day of the interview or the next. */
export function thankYouNote(c: ScriptContext): EmailText {
  return fixedEmail(c, c.words.thankYouNote);
}

/**
 * H13, I3, I5: the status check by email when the employer asked for email or not to be
 * called. Unlike the follow-up email it names their preference, asks only for the timeline,
 * and invites a one-line answer.
 */
export function emailCheckIn(c: ScriptContext): EmailText {
  return composedEmail(c, c.words.emailCheckIn, (say) => [
    joinSentences(say('intro'), c.promised && say('promised')),
    joinSentences(say('ask'), c.deadline && say('deadline')),
  ]);
}

/** P2, P3: the debrief to the agency recruiter on the interview day or the next: how it went, your interest, anything to pass on. */
export function recruiterDebrief(c: ScriptContext): EmailText {
  return fixedEmail(c, c.words.recruiterDebrief);
}

/** P1, P5: the status check goes through the recruiter, never around them to the employer. */
export function recruiterCheckIn(c: ScriptContext): EmailText {
  return composedEmail(c, c.words.recruiterCheckIn, (say) => [
    joinSentences(say('intro'), c.promised && say('promised')),
    joinSentences(say('interest'), c.deadline && say('deadline'), say('question')),
    say('again'),
  ]);
}

/** O5: a heads-up to a referee who has agreed to speak for you: who may contact them, for which role, what to stress. */
export function referenceHeadsUp(c: ScriptContext): EmailText {
  return fixedEmail(c, c.words.referenceHeadsUp);
}
