/**
 * Offers, a no, and moving on: asking for time to decide, declining, telling the employer you
 * prefer about an offer with a deadline, replying to a rejection, withdrawing, and the last
 * note when you stop following up.
 * Facts: H7, L2, L3, L8, M1, M2, M6, N1–N3, R1–R3.
 * Each email is a function of the ScriptContext (script-text.ts): which parts it has, in
 * which order; the words for each part come from the wording pack, both tones.
 */
import { composedEmail, fixedEmail, joinSentences, type DatePhrase, type EmailText, type ScriptContext } from './script-text';

/** L2, L3: thanks, the offer in writing, and a specific short time to decide. */
export function askForTime(c: ScriptContext): EmailText {
  return fixedEmail(c, c.words.askForTime);
}

/** L8: decline with thanks, one short honest reason (or its [placeholder]), and the door left open. */
export function declineOffer(c: ScriptContext): EmailText {
  return composedEmail(c, c.words.declineOffer, (say) => [say('thanks'), joinSentences(say('decision'), c.values.reasonOrGap), say('door')]);
}

/**
 * N1, N3: tell the employer you prefer that you hold an offer with a deadline: information,
 * not an ultimatum. Only ever built with a real deadline (N2: never a bluff), or as a draft
 * with the deadline as a [placeholder].
 */
export function competingOffer(c: ScriptContext, deadline: DatePhrase): EmailText {
  return fixedEmail({ ...c, values: { ...c.values, deadline: deadline.bare } }, c.words.competingOffer);
}

/** M1, M2: a gracious reply to a rejection, with a feedback request that is easy to answer briefly (or none). */
export function rejectionReply(c: ScriptContext): EmailText {
  return composedEmail(c, c.words.rejectionReply, (say) => [say('thanks'), c.askFeedback && say('feedback'), say('future')]);
}

/** R1–R3: withdrawing, short and gracious, to the recruiter first when an agency is involved ({to}). */
export function withdraw(c: ScriptContext): EmailText {
  return composedEmail(c, c.words.withdraw, (say) => [joinSentences(say('withdraw'), c.reason && c.values.reasonStop), say('thanks')]);
}

/** H7, M1, M6: the last message when you stop following up: no reproach, open to future roles. */
export function closingNote(c: ScriptContext): EmailText {
  return fixedEmail(c, c.words.closingNote);
}
