/**
 * Phone number checking with libphonenumber-js. This module and the library are loaded only
 * when the phone field is first used (see phone-check.ts), so the messages ride with them.
 */
import { isValidPhoneNumber, validatePhoneNumberLength } from 'libphonenumber-js/min';

/** Numbers without a + are read as US numbers. */
const DEFAULT_COUNTRY = 'US';

/** A message saying how to fix the number, or null when it's fine (or empty). */
export function phoneProblem(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  switch (validatePhoneNumberLength(text, DEFAULT_COUNTRY)) {
    case 'NOT_A_NUMBER':
      return 'Enter your phone number in digits, like 202 555 0143.';
    case 'TOO_SHORT':
      return 'Your phone number is too short. Enter the full number with its area code, like 202 555 0143.';
    case 'TOO_LONG':
      // "020 7946 0958" is a full UK number, too long only when read as a US one.
      return text.startsWith('+')
        ? 'Your phone number has too many digits. Check it and remove any extra ones.'
        : 'Your phone number has too many digits for a US number. Remove any extra ones, or, for a number outside the US, start with + and the country code, like +44 20 7946 0958.';
    case 'INVALID_COUNTRY':
      return 'Start a number from outside the US with + and a real country code, like +44 20 7946 0958.';
    case 'INVALID_LENGTH':
      return 'Your phone number has the wrong number of digits for its country. Check it against your phone.';
    default:
      break;
  }
  if (!isValidPhoneNumber(text, DEFAULT_COUNTRY)) {
    return text.startsWith('+')
      ? 'That is not a working phone number for its country. Check the digits after the country code against your phone.'
      : 'That is not a working phone number. Check the area code (the first 3 digits) and the rest of the digits.';
  }
  return null;
}
