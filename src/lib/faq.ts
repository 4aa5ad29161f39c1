/**
 * Reads the questions and answers of a guide's "Frequently asked questions" section from its
 * MDX source, for FAQPage structured data. Pure and deterministic: same text in, same list out.
 *
 * The section is the `## Frequently asked questions` heading up to the next `#` or `##` heading.
 * Each `###` heading inside it is a question; the prose up to the next `###` is its answer.
 */

export const FAQ_HEADING = 'Frequently asked questions';

export interface FaqItem {
  question: string;
  answer: string;
}

/** Markdown (and MDX) inline syntax to plain text: links keep their text, markup goes. */
export function markdownToText(markdown: string): string {
  // Escaped characters are kept aside first so that `\*` never reads as emphasis.
  const escaped: string[] = [];
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, (_, char: string) => `\uE000${escaped.push(char) - 1}\uE001`)
    .replace(/<[^>\n]*>/g, ' ') // JSX or HTML tags
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep the alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links: keep the text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/gm, '') // list markers
    .replace(/^\s{0,3}>\s?/gm, '') // block quotes
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\uE000(\d+)\uE001/g, (_, index: string) => escaped[Number(index)])
    .trim();
}

/**
 * The FAQ of a guide, in source order; an empty list when the guide has no FAQ section.
 * Throws when a question has no answer, so a half-written FAQ fails the build loudly.
 */
export function extractFaq(mdxBody: string): FaqItem[] {
  const lines = mdxBody.replace(/\r\n?/g, '\n').split('\n');
  const items: { question: string; answer: string[] }[] = [];
  let inSection = false;
  let inFence = false;

  for (const line of lines) {
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      inFence = !inFence; // the fence markers go; the code inside stays as text
      continue;
    }
    if (inFence) {
      if (inSection && items.length > 0) items[items.length - 1].answer.push(line);
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const depth = heading[1].length;
      const text = markdownToText(heading[2]);
      if (depth <= 2) {
        if (inSection) break;
        inSection = depth === 2 && text.toLowerCase() === FAQ_HEADING.toLowerCase();
        continue;
      }
      if (inSection && depth === 3) {
        items.push({ question: text, answer: [] });
        continue;
      }
    }
    if (inSection && items.length > 0) items[items.length - 1].answer.push(line);
  }

  return items.map(({ question, answer }) => {
    const text = markdownToText(
      answer
        .join('\n')
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .join('\n\n'),
    );
    if (!question) throw new Error('An FAQ question heading is empty.');
    if (!text) throw new Error(`The FAQ question "${question}" has no answer below it.`);
    return { question, answer: text };
  });
}
