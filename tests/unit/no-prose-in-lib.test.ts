import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 11: rules in src/lib return data and codes; every sentence a reader sees lives in a
// tool's message module on the component side. This test reads every src/lib module with
// the TypeScript parser and fails on any string or template literal that reads as prose.

const LIB = join(__dirname, '../../src/lib');

/**
 * Files whose strings are not shown to a job seeker, each with its reason. Keep this short:
 * a new entry needs a reason a reviewer would accept.
 */
const ALLOWED: Record<string, string> = {
  'checklist-schema.ts': 'build-time messages for a malformed checklist YAML file, returned to the content schema; read by the developer who wrote the file, never by a visitor',
  'structured-data.ts': 'fixed values for search engines’ schema.org data (breadcrumb section names, the share image’s alt text), not interface text of any tool',
  'faq.ts': 'the heading text a guide’s MDX must use for its FAQ section: a key the parser matches, not wording this module shows',
  'report-problem.ts': 'the subject and first line of the email a reader sends to the site team (site-wide, not a tool); to move when the site itself gets a message module',
};

/** Three or more words of letters in a row, separated by single spaces: "Send it now", not "form-empty" or "a b". */
const SENTENCE = /\p{L}{2,}(?: \p{L}+){2,}/u;

/** `new Error(…)`, `new RangeError(…)`, `new TypeError(…)`…: developer-facing by nature. */
function isErrorConstruction(node: ts.Node): boolean {
  return ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /Error$/.test(node.expression.text);
}

/** Every string and template literal text in a source file, with its line (imports and Error messages left out). */
function literalsIn(fileName: string, source: string): Array<{ line: number; text: string }> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; text: string }> = [];
  const add = (node: ts.Node, text: string) => found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) add(node, node.text);
    // Module specifiers ('./dates/iso') are not text, and an Error's message is for the
    // developer who called the function wrongly (a stack trace, never the page).
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || isErrorConstruction(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every string or template literal text in a source file that reads as a sentence, with its line. */
export function proseIn(fileName: string, source: string): Array<{ line: number; text: string }> {
  return literalsIn(fileName, source).filter(({ text }) => SENTENCE.test(text));
}

function libFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return libFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the prose detector', () => {
  it('finds a sentence in a string, a template and a template with values', () => {
    const bad = [
      "const a = 'Please call me back soon.';",
      'const b = `Thanks for your time`;',
      'const c = `Hello ${name}, this is your reminder`;',
      'const d = { why: "It is too soon to call" };',
    ].join('\n');
    expect(proseIn('bad.ts', bad).map((hit) => hit.line)).toEqual([1, 2, 3, 4]);
  });

  it('lets codes, keys, ids, formats and short labels through', () => {
    const fine = [
      "const a = 'interview-too-old';",
      "const b = 'error.closed-range';",
      "const c = `${prefix}-${slug}-title`;",
      "const d = new Intl.DateTimeFormat(locale, { weekday: 'long' });",
      "import { x } from './dates/iso';",
      "const e = 'a b';",
      "const f = '\\n\\n';",
      'throw new RangeError(`pageSize must be a positive whole number, not ${n}`);',
    ].join('\n');
    expect(proseIn('fine.ts', fine)).toEqual([]);
  });

  it('does not mistake a comment for a string', () => {
    expect(proseIn('comment.ts', '// Please call me back soon.\n/** Thanks for your time today. */\nconst a = 1;')).toEqual([]);
  });
});

describe('no English sentence in src/lib (rules return data and codes)', () => {
  const files = libFiles(LIB).map((path) => relative(LIB, path));

  it('reads the rules modules', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain('follow-up-scripts.ts');
  });

  it('every allow-list entry is a file that exists and still has prose', () => {
    for (const name of Object.keys(ALLOWED)) {
      expect(files).toContain(name);
      expect(proseIn(name, readFileSync(join(LIB, name), 'utf8')).length, `${name} no longer needs its allow-list entry`).toBeGreaterThan(0);
    }
  });

  it.each(files)('%s hard-codes no locale (callers pass theirs in)', (name) => {
    // A language and region, as a tool would show dates and numbers in ('en-US', 'fr-CA').
    // (zoned-time.ts's bare 'en' only reads Intl's numbers back, never shown: see its Choice: comment.)
    const locales = literalsIn(name, readFileSync(join(LIB, name), 'utf8')).filter(({ text }) => /^[a-z]{2}-[A-Z]{2}$/.test(text));
    expect(locales).toEqual([]);
  });

  it.each(files.filter((name) => !(name in ALLOWED)))('%s holds no sentence', (name) => {
    const hits = proseIn(name, readFileSync(join(LIB, name), 'utf8'));
    expect(hits.map(({ line, text }) => `${name}:${line} ${JSON.stringify(text)}`)).toEqual([]);
  });
});
