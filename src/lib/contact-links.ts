/**
 * The only URLs built from what the user types. Preact does not filter `javascript:` URLs,
 * so user text reaches an `href` only through these two functions: a `mailto:` whose every
 * user-supplied part is percent-encoded, and a `tel:` made of digits alone.
 */

export interface MailtoParts {
  /** Recipient address; left out of the link unless it looks like a single plain address. */
  to?: string;
  subject: string;
  body: string;
}

// One address, no spaces, separators or characters that could start another header.
const PLAIN_ADDRESS = /^[^\s@,;?&#%<>"'()\\]+@[^\s@,;?&#%<>"'()\\]+\.[^\s@,;?&#%<>"'()\\]+$/;

/**
 * Builds `mailto:?subject=…&body=…` (RFC 6068). A subject is one line, so any line breaks in
 * it become spaces; line breaks in the body are sent as CRLF, as the RFC asks. Everything is
 * passed through encodeURIComponent, which turns CR, LF, `&`, `=`, `?` and `#` into %XX, so no
 * text can end the subject early or add a header of its own.
 */
export function buildMailto({ to, subject, body }: MailtoParts): string {
  const address = to && PLAIN_ADDRESS.test(to.trim()) ? encodeURIComponent(to.trim()).replace(/%40/g, '@') : '';
  const oneLineSubject = subject.replace(/\r\n|\r|\n/g, ' ');
  const crlfBody = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(oneLineSubject)}&body=${encodeURIComponent(crlfBody)}`;
}

/**
 * A `tel:` link from the digits of what was typed (and a leading +), or null when there are
 * too few digits to be a phone number. Letters, spaces and punctuation never reach the link.
 */
export function buildTelHref(phone: string): string | null {
  const trimmed = phone.trim();
  const ext = /(?:ext\.?|extension|x|#)\s*(\d+)\s*$/i.exec(trimmed);
  const main = ext && ext.index > 0 ? trimmed.slice(0, ext.index) : trimmed;
  const digits = main.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return null;
  const extension = ext && ext.index > 0 ? `;ext=${ext[1]}` : '';
  return `tel:${main.startsWith('+') ? '+' : ''}${digits}${extension}`;
}
