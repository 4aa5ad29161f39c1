/**
 * The only URL built from what the user types. Preact does not filter `javascript:` URLs,
 * so user text reaches an `href` only through this function: a `mailto:` whose every
 * user-supplied part is percent-encoded. (No `tel:` link: the tool never asks for the
 * employer's number, and a link to your own number helps no one.)
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
