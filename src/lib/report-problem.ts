/**
 * The `mailto:` address behind "Is something wrong on this page?": the reader's own email app
 * opens with the page's title and address already written in, so the report says which page it
 * is about. Pure: the address, title and URL come in as arguments.
 */
export interface ProblemReport {
  /** Where reports go (src/data/site.ts). */
  to: string;
  /** The page's title, as its heading shows it. */
  title: string;
  /** The page's full address. */
  url: string;
}

export function reportProblemHref({ to, title, url }: ProblemReport): string {
  const subject = `Problem on “${title}”`;
  const body = `Page: ${url}\n\nWhat is wrong:\n`;
  // encodeURIComponent, not URLSearchParams: mail apps read "+" literally, so spaces must be %20.
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
