// Reads the HTML that the build writes with htmlparser2, a maintained parser that follows the
// HTML tokenizer rules: markup inside <script> and <style> stays text, <title> and <textarea>
// are read as text with their character references decoded, attribute values are decoded with
// the full HTML entity table (the `entities` library that htmlparser2 is built on), and of two
// attributes with the same name the first wins, as in a browser.
import { Parser } from 'htmlparser2';

/** @typedef {{ name: string; attrs: Record<string, string>; text?: string }} Tag */
/** @typedef {{ attrs: Record<string, string>; body: string }} InlineScript */

// Elements whose content is text, not markup; the first three keep their text for the caller.
const TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea']);

/**
 * Start tags with their attributes in document order, the bodies of inline <script> and
 * <style> elements, and the text of <title> (on its tag, as `text`).
 * @param {string} html
 * @returns {{ tags: Tag[]; scripts: InlineScript[]; styles: string[] }}
 */
export function parseHtml(html) {
  /** @type {Tag[]} */
  const tags = [];
  /** @type {InlineScript[]} */
  const scripts = [];
  /** @type {string[]} */
  const styles = [];
  /** @type {{ tag: Tag; body: string } | null} */
  let open = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = { name, attrs: { ...attrs } };
        tags.push(tag);
        if (TEXT_ELEMENTS.has(name)) open = { tag, body: '' };
      },
      ontext(text) {
        if (open) open.body += text;
      },
      onclosetag(name) {
        if (!open || open.tag.name !== name) return;
        if (name === 'script') scripts.push({ attrs: open.tag.attrs, body: open.body });
        if (name === 'style') styles.push(open.body);
        if (name === 'title') open.tag.text = open.body.trim();
        open = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { tags, scripts, styles };
}
