import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets, formatTable, isRedirectPage, listPages, listRedirects, measureSite, parseHtml, sizes, type PageReport } from '../../scripts/lib/page-bytes.mjs';

// A tiny fake build output, so the measuring code that guards the budgets is itself tested.
let dist: string;
const put = (path: string, content: string) => {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
};
const head = (path: string) =>
  `<!doctype html><html lang="en"><head><title>t</title><link rel="canonical" href="https://site.test${path}"><link rel="icon" href="/favicon.svg">`;

const TOOL_JS = 'import{h as e}from"./preact.js";export default function T(){return e("p",null,"hi")};const later=()=>import("./lazy.js");';
const CLIENT_JS = 'import"./preact.js";export default (el)=>el;';
const PREACT_JS = 'export function h(){return 1}'.repeat(20);
const LAZY_JS = 'export const big="' + 'x'.repeat(50_000) + '";';
const INLINE_JS = 'customElements.define("astro-island",class extends HTMLElement{});';

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'page-bytes-'));
  put('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  put('_astro/Tool.js', TOOL_JS);
  put('_astro/client.js', CLIENT_JS);
  put('_astro/preact.js', PREACT_JS);
  put('_astro/lazy.js', LAZY_JS);
  put(
    'tools/planner/index.html',
    `${head('/tools/planner/')}<style>body{color:red}</style><script>${INLINE_JS}</script></head><body>` +
      `<astro-island uid="1" component-url="/_astro/Tool.js" renderer-url="/_astro/client.js"></astro-island>` +
      `<script type="application/json">{"a":"<img src=https://evil.test/x.png>"}</script>` +
      `<img src="https://cdn.other.test/pic.png" alt="x"><img src="data:image/png;base64,AAAA" alt="y"></body></html>`,
  );
  put(
    'guides/plain/index.html',
    `${head('/guides/plain/')}<style>@font-face{font-family:X;src:url(/fonts/x.woff2)}</style></head><body><h1>Plain</h1>` +
      `<script>console.log("<a href='https://elsewhere.test/'>")</script></body></html>`,
  );
  put('guides/index.html', `${head('/guides/')}</head><body><h1>Guides</h1></body></html>`);
  put('.prerender/ignored.html', '<p>not a page</p>');
  // What Astro writes for a `redirects` entry (astro/dist/core/routing/3xx.js).
  put(
    'guides/old/index.html',
    '<!doctype html><title>Redirecting to: /guides/plain/</title><meta http-equiv="refresh" content="0;url=/guides/plain/">' +
      '<meta name="robots" content="noindex"><link rel="canonical" href="https://site.test/guides/plain/">' +
      '<body>\t<a href="/guides/plain/">Redirecting from <code>/guides/old/</code> to <code>/guides/plain/</code></a></body>',
  );
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('listPages', () => {
  it('finds every HTML page as a URL path and skips hidden folders and redirect stubs', () => {
    expect(listPages(dist).map((page) => page.path)).toEqual(['/guides/', '/guides/plain/', '/tools/planner/']);
  });
});

describe('redirect stubs', () => {
  it('are told apart from pages by their meta refresh', () => {
    expect(isRedirectPage('<meta http-equiv="refresh" content="0;url=/x/">')).toBe(true);
    expect(isRedirectPage("<META HTTP-EQUIV=Refresh CONTENT='0;url=/x/'>")).toBe(true);
    expect(isRedirectPage('<!doctype html><html lang="en"><head><meta name="description" content="refresh"></head></html>')).toBe(false);
  });

  it('are listed with their target, canonical link and robots tag', () => {
    expect(listRedirects(dist).map(({ file: _file, ...rest }) => rest)).toEqual([
      { path: '/guides/old/', target: '/guides/plain/', canonical: 'https://site.test/guides/plain/', robots: 'noindex' },
    ]);
  });
});

describe('parseHtml', () => {
  it('never reads markup inside a script as an element', () => {
    const { tags, scripts } = parseHtml('<p>a</p><script>const s = "<a href=x>";</script><a href="/y">y</a>');
    expect(tags.map((tag) => tag.name)).toEqual(['p', 'script', 'a']);
    expect(tags[2].attrs.href).toBe('/y');
    expect(scripts[0].body).toContain('<a href=x>');
  });

  it('decodes entities in attribute values', () => {
    expect(parseHtml('<a href="/a?x=1&amp;y=2" title=\'it&#39;s\'>').tags[0].attrs).toEqual({ href: '/a?x=1&y=2', title: "it's" });
  });

  it.each([
    ['named, beyond the five XML ones', '<title>Caf&eacute; &ndash; &hellip;</title>', 'Café – …'],
    ['decimal and hexadecimal', '<title>it&#8217;s &#x2014; &#X41;</title>', 'it’s — A'],
    ['an unknown name stays as written', '<title>&unknown; &amp;amp;</title>', '&unknown; &amp;'],
    ['markup inside a title is text', '<title>a <b>b</b></title>', 'a <b>b</b>'],
  ])('decodes entities in the title: %s', (_, html, text) => {
    expect(parseHtml(html).tags[0].text).toBe(text);
  });

  it('decodes named entities in attributes and keeps the first of two same-named attributes', () => {
    const { tags } = parseHtml('<meta name="description" content="R&eacute;sum&eacute; &lsquo;tips&rsquo;" NAME="x">');
    expect(tags[0].attrs).toEqual({ name: 'description', content: 'Résumé ‘tips’' });
  });

  it('leaves script and style bodies as written', () => {
    const { scripts, styles } = parseHtml('<script>a&amp;&amp;b</script><style>a::after{content:"&lt;"}</style>');
    expect(scripts[0].body).toBe('a&amp;&amp;b');
    expect(styles).toEqual(['a::after{content:"&lt;"}']);
  });
});

describe('measureSite', () => {
  let reports: PageReport[];
  const page = (path: string) => reports.find((report) => report.path === path)!;
  beforeAll(async () => {
    reports = await measureSite(dist);
  });

  it('follows islands and static imports but not dynamic import()', () => {
    const tool = page('/tools/planner/');
    expect(tool.scripts.sort()).toEqual(['/_astro/Tool.js', '/_astro/client.js', '/_astro/preact.js']);
    expect(tool.islands).toBe(1);
    const expected = [INLINE_JS, TOOL_JS, CLIENT_JS, PREACT_JS].reduce((sum, body) => sum + sizes(body).brotli, 0);
    expect(tool.js.brotli).toBe(expected);
    expect(tool.js.raw).toBe(INLINE_JS.length + TOOL_JS.length + CLIENT_JS.length + PREACT_JS.length);
  });

  it('counts every request once: document, icon, three scripts and the remote image attempt is flagged', () => {
    const tool = page('/tools/planner/');
    expect(tool.requests).toBe(5);
    expect(tool.external).toEqual(['https://cdn.other.test/pic.png']);
  });

  it('finds web fonts and missing files', () => {
    const guide = page('/guides/plain/');
    expect(guide.fonts).toEqual(['/fonts/x.woff2', '@font-face in /guides/plain/']);
    expect(guide.missing).toEqual(['/fonts/x.woff2']);
    expect(guide.js.raw).toBeGreaterThan(0);
  });

  it('flags each broken budget and names the page in the table', () => {
    const problems = checkBudgets(reports, {
      guideHtmlBrotli: 10,
      guideWithToolHtmlBrotli: 10,
      guideRequests: 3,
      toolJsBrotli: 100,
      toolJsBrotliByPath: {},
    });
    expect([...problems.keys()].sort()).toEqual(['/guides/plain/', '/tools/planner/']);
    expect(problems.get('/guides/plain/')!.join('\n')).toMatch(/HTML .* brotli > 0\.0 KB/);
    expect(problems.get('/guides/plain/')!.join('\n')).toMatch(/guide without an island ships/);
    expect(problems.get('/guides/plain/')!.join('\n')).toMatch(/web fonts/);
    expect(problems.get('/tools/planner/')!.join('\n')).toMatch(/JS .* KB brotli > 0\.1 KB/);
    expect(problems.get('/tools/planner/')!.join('\n')).toMatch(/another origin/);
    const table = formatTable(reports, problems);
    expect(table).toMatch(/\/tools\/planner\/ .*OVER: /);
    expect(table).toMatch(/\/guides\/ .* ok$/m);
  });

  it('gives a guide that embeds a tool the larger HTML budget, and only that guide', () => {
    const plain = { ...page('/guides/plain/'), js: { raw: 0, gzip: 0, brotli: 0 }, fonts: [], missing: [], external: [] };
    const budgets = { guideHtmlBrotli: plain.html.brotli - 1, guideWithToolHtmlBrotli: plain.html.brotli, guideRequests: 99, toolJsBrotli: 1e6, toolJsBrotliByPath: {} };
    expect(checkBudgets([{ ...plain, islands: 0 }], budgets).get('/guides/plain/')!.join('\n')).toMatch(/^HTML /);
    expect(checkBudgets([{ ...plain, islands: 1 }], budgets).size).toBe(0);
  });

  it('passes a page within every budget', () => {
    expect(checkBudgets([page('/guides/')]).size).toBe(0);
  });
});
