import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Raw HTML sinks bypass escaping, so anything a visitor types could become markup. None are
// allowed in src/: render text with JSX or Astro expressions, which escape it.
const SINKS = [
  /\bdangerouslySetInnerHTML\b/,
  /\.?\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bset:html\b/,
  /\bdocument\.write(ln)?\s*\(/,
  /\bcreateContextualFragment\b/,
];

// The one exception: a JSON-LD data block. Astro writes a <script>'s body only through set:html,
// so it is allowed on `<script type="application/ld+json">` fed by serializeJsonLd, which escapes
// <, > and & (checked below), and nowhere else.
const JSON_LD = /<script\b[^>]*type="application\/ld\+json"[^>]*\sset:html=\{serializeJsonLd\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(astro|tsx?|jsx?|mjs|mdx?)$/.test(entry.name) ? [path] : [];
  });
}

function findSinks(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !JSON_LD.test(line))
    .flatMap((line, index) => SINKS.filter((sink) => sink.test(line)).map((sink) => `line ${index + 1}: ${sink.source} in "${line.trim()}"`));
}

describe('raw HTML sinks', () => {
  it('are recognised in every spelling the project could use', () => {
    expect(findSinks('<div dangerouslySetInnerHTML={{ __html: x }} />')).toHaveLength(1);
    expect(findSinks('el.innerHTML = value;')).toHaveLength(1);
    expect(findSinks('<Fragment set:html={body} />')).toHaveLength(1);
    expect(findSinks('node.insertAdjacentHTML("beforeend", s)')).toHaveLength(1);
    expect(findSinks('el.textContent = value; <p>{value}</p>')).toEqual([]);
    expect(findSinks('<script type="application/ld+json" set:html={serializeJsonLd(data)} />')).toEqual([]);
    expect(findSinks('<script type="application/ld+json" set:html={JSON.stringify(data)} />')).toHaveLength(1);
    expect(findSinks('<div set:html={serializeJsonLd(data)} />')).toHaveLength(1);
  });

  it('appear nowhere in src/', () => {
    const root = join(process.cwd(), 'src');
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) => findSinks(readFileSync(file, 'utf8')).map((hit) => `${relative(process.cwd(), file)} ${hit}`));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('the JSON-LD exception is safe: serializeJsonLd cannot close the script element', async () => {
    const usesJsonLd = sourceFiles(join(process.cwd(), 'src')).some((file) => JSON_LD.test(readFileSync(file, 'utf8')));
    if (!usesJsonLd) return;
    const { serializeJsonLd } = await import('../../src/lib/structured-data');
    const out = serializeJsonLd({ '@context': 'https://schema.org', name: '</script><script>alert(1)</script> & <!--' } as never);
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out).name).toBe('</script><script>alert(1)</script> & <!--');
  });
});
