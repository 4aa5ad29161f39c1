import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caddyHeaders, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';
import { listPages } from '../../scripts/lib/page-bytes.mjs';
import { MIN_BYTES, precompressFiles } from '../../scripts/lib/precompress.mjs';

// The self-hosting recipe must send what public/_headers says: the Caddy headers are generated
// from it, and this reads them back to compare the two header sets.

/** Reads the `header [path] { Name "value" }` blocks of a Caddyfile snippet back into rules. */
function readCaddyHeaders(text: string) {
  const rules = new Map<string, Map<string, string>>();
  for (const block of text.matchAll(/^header(?: (\S+))? \{\n([\s\S]*?)\n\}/gm)) {
    const headers = new Map<string, string>();
    for (const line of block[2].split('\n')) {
      const [, name, value] = line.match(/^\t(\S+) "((?:[^"\\]|\\.)*)"$/) ?? [];
      if (name) headers.set(name, value.replace(/\\(.)/g, '$1'));
    }
    rules.set(block[1] ?? '/*', headers);
  }
  return rules;
}

const headersText = readFileSync('public/_headers', 'utf8');

describe('_headers to Caddy', () => {
  it('reads public/_headers into URL patterns and their headers', () => {
    const rules = parseHeadersFile(headersText);
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/_astro/*']);
    expect(rules[0].headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
    expect(rules[1].headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });

  it('writes the same header set for every URL pattern, values intact', () => {
    const rules = parseHeadersFile(headersText);
    const caddy = readCaddyHeaders(caddyHeaders(rules));
    expect([...caddy.keys()]).toEqual(rules.map((rule) => rule.path));
    for (const rule of rules) expect([...caddy.get(rule.path)!]).toEqual(rule.headers);
  });

  it('escapes quotes, refuses a brace Caddy would read as a placeholder, and rejects a header without a pattern', () => {
    const rules = parseHeadersFile('/x\n  X-Test: say "hi" \\ bye\n');
    expect(readCaddyHeaders(caddyHeaders(rules)).get('/x')!.get('X-Test')).toBe('say "hi" \\ bye');
    expect(() => caddyHeaders(parseHeadersFile('/*\n  X-Test: {path}\n'))).toThrow(/brace/);
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/under a URL pattern/);
  });

  it('deploy/Caddyfile imports the generated headers, sends precompressed files and hides the config', () => {
    const caddyfile = readFileSync('deploy/Caddyfile', 'utf8');
    expect(caddyfile).toMatch(/^\s*import \{\$SITE_ROOT:[^}]+\}\/_headers\.caddy$/m);
    expect(caddyfile).toMatch(/^\s*precompressed br gzip$/m);
    expect(caddyfile).toMatch(/^\s*hide _headers _headers\.caddy$/m);
    expect(caddyfile).toMatch(/^\s*header @revalidate Cache-Control "no-cache"$/m);
  });
});

describe('precompressFiles', () => {
  let dir: string;
  const put = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const page = '<!doctype html><title>t</title>' + '<p>The same words again and again.</p>'.repeat(40);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    put('index.html', page);
    put('_astro/app.js', 'export const x = 1;'.repeat(40));
    put('tiny.css', 'a{}');
    put('og.png', 'x'.repeat(1000));
    put('pagefind/fragment/a.pf_fragment', 'x'.repeat(1000));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz copies of text files that decompress to the original', () => {
    expect(precompressFiles(dir).files).toBe(4);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
    expect(readdirSync(join(dir, '_astro')).sort()).toEqual(['app.js', 'app.js.br', 'app.js.gz']);
  });

  it(`leaves files under ${MIN_BYTES} bytes, images and Pagefind fragments alone, and never compresses a copy`, () => {
    expect(readdirSync(dir).sort()).toEqual(['_astro', 'index.html', 'index.html.br', 'index.html.gz', 'og.png', 'pagefind', 'tiny.css']);
    expect(readdirSync(join(dir, 'pagefind/fragment'))).toEqual(['a.pf_fragment']);
    expect(precompressFiles(dir).files).toBe(4);
    expect(readdirSync(dir)).not.toContain('index.html.br.br');
  });

  it('the compressed copies are not pages to measure', () => {
    expect(listPages(dir).map((entry) => entry.path)).toEqual(['/']);
  });
});
