/**
 * Words a reader reads in an MDX body: prose only, without import/export lines, JSX tags,
 * Markdown punctuation or URLs. Used for the reading time and by the guide word-count test.
 */
export function countProseWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  // A time or number such as 10:30 or 2.5 is one word: separators count only between digits.
  const words = prose.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[.:,](?=\p{N}))*/gu);
  return words ? words.length : 0;
}

/** A relaxed silent-reading pace, so the estimate does not rush a stressed reader. */
export const WORDS_PER_MINUTE = 200;

/** Whole minutes to read `wordCount` words; never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
