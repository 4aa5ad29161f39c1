/**
 * On the phone: the voicemail, the call opener, the front desk, and a call they set up and missed.
 * Facts: C3–C9, E3, F5.
 * Each script is a function of the ScriptContext (script-text.ts): which parts it has, in
 * which order; the words for each part come from the wording pack, both tones.
 */
import { fixedParagraphs, joinSentences, paragraphs, sayer, type ScriptContext } from './script-text';

/** Voicemail (C8): who you are, the interview, still interested, the number twice, thanks. */
export function voicemail(c: ScriptContext): string {
  const say = sayer(c, c.words.voicemail);
  return joinSentences(
    say('greeting'),
    say('interview'),
    // With another offer waiting, one sentence carries both, so the message stays short.
    say(c.deadline ? 'interestBefore' : 'interest'),
    say('callBack'),
    say('thanks'),
  );
}

/** Opening a live call (C4, C5, C6, E3): who, which role, when; then the question, politely. */
export function callOpener(c: ScriptContext): string {
  const say = sayer(c, c.words.callOpener);
  return paragraphs(
    say('opening'),
    say('wait'),
    joinSentences(say('thanks'), c.promised && say(c.promiseDue ? 'promisedDue' : 'promised'), say('interest'), c.deadline && say('deadline')),
    // Offering to call again next week contradicts an answer the other employer needs sooner.
    joinSentences(say('end'), !c.deadlineThisWeek && say('again')),
  );
}

/** Getting past the front desk (C3): ask for the interviewer by name; if out, ask when to call. */
export function receptionist(c: ScriptContext): string {
  return paragraphs(...fixedParagraphs(c, c.words.receptionist));
}

/** They set up a call and didn't make it (C9, F5): no blame, offer another time. */
export function missedScheduledCall(c: ScriptContext): string {
  return joinSentences(...fixedParagraphs(c, c.words.missedScheduledCall));
}
