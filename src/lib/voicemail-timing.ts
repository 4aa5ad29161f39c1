/**
 * How long a voicemail takes to say. Apart from the scripts' wording so the island can time the
 * voicemail shown on the page (server-rendered text included) without loading every script.
 */

/**
 * A relaxed speaking pace for a voicemail. Conversation runs at about 150 to 160 words a
 * minute; people leaving a message slow down so the number can be written down, so 150 is
 * the rate we assume. Every digit counts as a spoken word, because numbers are read digit by digit.
 */
export const VOICEMAIL_WORDS_PER_MINUTE = 150;

/** A voicemail should fit in about this many seconds (domain fact C8: one or two lines). */
export const VOICEMAIL_TARGET_SECONDS = 30;

/**
 * Estimated seconds to say the text at VOICEMAIL_WORDS_PER_MINUTE, counting each digit as a
 * word. `phonePlaceholder` is the wording pack's gap for a missing number.
 */
export function estimateSpeakingSeconds(text: string, phonePlaceholder: string): number {
  // A missing number will be a real one when spoken: count it as ten digits.
  const spoken = text.split(phonePlaceholder).join('0 0 0 0 0 0 0 0 0 0');
  let words = 0;
  for (const token of spoken.split(/\s+/)) {
    if (!token) continue;
    const digitCount = (token.match(/\d/g) ?? []).length;
    const letters = /[^\d\W]/u.test(token);
    words += letters || digitCount === 0 ? 1 : digitCount;
  }
  return Math.ceil((words / VOICEMAIL_WORDS_PER_MINUTE) * 60);
}
