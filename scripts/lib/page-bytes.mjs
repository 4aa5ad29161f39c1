// Measures what each built page costs a visitor: bytes of HTML, CSS and JavaScript (raw, gzip,
// brotli) and the requests the page makes on first load. Shared by the budget tests
// (tests/e2e/budgets.spec.ts) and the benchmark (scripts/bench.mjs), so both report the same
// figures. It reads dist/ only: no server, no browser, so the numbers are deterministic.
//
// "First load" follows what a browser fetches before anyone touches the page: stylesheets,
// icons, images, module scripts and modulepreload links, the component and renderer URLs of each
// <astro-island>, and the static imports of every script it reaches. Dynamic import() targets
// load on an action, so they are not counted.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';

/** @typedef {{ raw: number; gzip: number; brotli: number }} Sizes */
/** @typedef {{ name: string; attrs: Record<string, string>; text?: string }} Tag */

/**
 * @typedef {object} PageReport
 * @property {string} path URL path of the page (`/`, `/guides/x/`, `/404.html`)
 * @property {string} kind `guide`, `tool`, or `page`
 * @property {Sizes} html the HTML document as served (inline CSS and scripts included)
 * @property {Sizes} css inline <style> plus linked stylesheets
 * @property {Sizes} js inline <script> plus every script file loaded on first load
 * @property {number} requests every request on first load, the document included
 * @property {string[]} resources same-origin URLs requested on first load (document excluded)
 * @property {string[]} scripts URLs of the script files among them
 * @property {number} islands number of <astro-island> elements
 * @property {string[]} fonts web fonts found (font files, font-face rules, font preloads)
 * @property {string[]} external URLs of resources that would load from another origin
 * @property {string[]} missing same-origin resources that are not in dist/
 */

const ZERO = Object.freeze({ raw: 0, gzip: 0, brotli: 0 });

/**
 * Sizes of one response body: raw, gzip -9 and brotli at the maximum quality.
 * @param {string | Buffer} content
 * @returns {Sizes}
 */
export function sizes(content) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  if (buffer.length === 0) return { ...ZERO };
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

function add(a, b) {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

function htmlPages(dist) {
  if (!existsSync(dist)) throw new Error(`No ${dist} folder: run \`npm run build\` first.`);
  return htmlFiles(dist)
    .map((file) => {
      let path = '/' + relative(dist, file).split(sep).join('/');
      if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const REFRESH = /<meta\s[^>]*http-equiv=["']?refresh["']?[^>]*>/i;

/**
 * Whether a built file is a redirect stub (what Astro writes for each `redirects` entry in
 * astro.config.mjs): a meta refresh to the new URL and nothing else. No page of ours uses a meta
 * refresh, so its presence is the test.
 * @param {string} html
 */
export function isRedirectPage(html) {
  return REFRESH.test(html);
}

/**
 * Every built page as `{ path, file }`, sorted by path. Redirect stubs are left out: they are not
 * pages a visitor reads (no heading, no layout, no policy of their own), so the page gates would
 * only fail them; `listRedirects` lists them for their own checks.
 * @param {string} dist
 * @returns {{ path: string; file: string }[]}
 */
export function listPages(dist) {
  return htmlPages(dist).filter(({ file }) => !isRedirectPage(readFileSync(file, 'utf8')));
}

/**
 * Every redirect stub in the build, with where its meta refresh, canonical link and robots tag
 * point. `target` and `canonical` are as written in the file (relative and absolute URLs).
 * @param {string} dist
 * @returns {{ path: string; file: string; target: string; canonical: string; robots: string }[]}
 */
export function listRedirects(dist) {
  return htmlPages(dist).flatMap(({ path, file }) => {
    const html = readFileSync(file, 'utf8');
    if (!isRedirectPage(html)) return [];
    const tags = parseHtml(html).tags;
    const refresh = tags.find((tag) => tag.name === 'meta' && /^refresh$/i.test(tag.attrs['http-equiv'] ?? ''));
    const target = /url=(.*)$/i.exec(refresh?.attrs.content ?? '')?.[1].trim() ?? '';
    const canonical = tags.find((tag) => tag.name === 'link' && tag.attrs.rel === 'canonical')?.attrs.href ?? '';
    const robots = tags.find((tag) => tag.name === 'meta' && tag.attrs.name === 'robots')?.attrs.content ?? '';
    return [{ path, file, target, canonical, robots }];
  });
}

/**
 * Which budget applies to a page: guides live at /guides/<slug>/, tools at /tools/<slug>/.
 * @param {string} path
 * @returns {'guide' | 'tool' | 'page'}
 */
export function pageKind(path) {
  if (/^\/guides\/[^/]+\/$/.test(path)) return 'guide';
  if (/^\/tools\/[^/]+\/$/.test(path)) return 'tool';
  return 'page';
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** @param {string} text */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, code) => {
    if (code[0] === '#') {
      const value = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(value) ? String.fromCodePoint(value) : match;
    }
    return ENTITIES[code.toLowerCase()] ?? match;
  });
}

function parseAttributes(source) {
  /** @type {Record<string, string>} */
  const attrs = {};
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[1].toLowerCase();
    if (name in attrs) continue; // HTML keeps the first of duplicate attributes
    attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/**
 * A small tokenizer for the HTML that Astro writes (well formed, quoted attributes). Returns
 * start tags with their attributes, the bodies of inline <script> and <style> elements, and the
 * text content of <title> and each <h1>. Comments and raw-text bodies are skipped, so markup
 * inside a script is never mistaken for an element.
 */
/**
 * @param {string} html
 * @returns {{ tags: Tag[]; scripts: { attrs: Record<string, string>; body: string }[]; styles: string[] }}
 */
export function parseHtml(html) {
  /** @type {Tag[]} */
  const tags = [];
  /** @type {{ attrs: Record<string, string>; body: string }[]} */
  const scripts = [];
  /** @type {string[]} */
  const styles = [];
  const pattern = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let match;
  while ((match = pattern.exec(html))) {
    if (!match[2]) continue; // comment, doctype or end tag
    const name = match[2].toLowerCase();
    const attrs = parseAttributes(match[3].replace(/\/$/, ''));
    tags.push({ name, attrs });
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      const end = html.toLowerCase().indexOf(`</${name}`, pattern.lastIndex);
      const stop = end === -1 ? html.length : end;
      const body = html.slice(pattern.lastIndex, stop);
      if (name === 'script') scripts.push({ attrs, body });
      if (name === 'style') styles.push(body);
      if (name === 'title') tags[tags.length - 1].text = decodeEntities(body).trim();
      pattern.lastIndex = stop;
    }
  }
  return { tags, scripts, styles };
}

/** Text inside every <h1> of a document (tags stripped, entities decoded). */
export function headingsLevelOne(html) {
  return [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/gi)].map((match) =>
    decodeEntities(match[1].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim(),
  );
}

const isHttpUrl = (url) => /^(https?:)?\/\//i.test(url);
const isInlineUrl = (url) => /^(data|blob|about|javascript):/i.test(url) || url.startsWith('#') || url === '';

/**
 * Same-origin URL path of `url` seen from `base` (a path), or null when it leaves the site.
 * @param {string} url
 * @param {string} base
 * @param {string} origin
 * @returns {string | null}
 */
export function resolvePath(url, base, origin) {
  const resolved = new URL(url, new URL(base, origin));
  if (resolved.origin !== new URL(origin).origin) return null;
  return decodeURIComponent(resolved.pathname);
}

/**
 * The file in dist/ that serves a URL path, or null.
 * @param {string} dist
 * @param {string} path
 * @returns {string | null}
 */
export function fileForPath(dist, path) {
  const candidates = path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

function cssUrls(css) {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

/** The static imports of an ES module (import and export-from declarations, not import()). */
async function staticImports(source) {
  await initLexer;
  const [imports] = parseModule(source);
  return imports.filter((entry) => entry.d === -1 && entry.n).map((entry) => /** @type {string} */ (entry.n));
}

/**
 * Measures one built page.
 * @param {string} dist the build output folder
 * @param {{ path: string; file: string }} page
 * @param {{ origin?: string }} [options] the site's origin; defaults to the page's canonical origin
 * @returns {Promise<PageReport>}
 */
export async function measurePage(dist, page, options = {}) {
  const html = readFileSync(page.file);
  const { tags, scripts, styles } = parseHtml(html.toString('utf8'));
  const canonical = tags.find((tag) => tag.name === 'link' && tag.attrs.rel === 'canonical')?.attrs.href;
  const origin = options.origin ?? (canonical && isHttpUrl(canonical) ? new URL(canonical).origin : 'http://localhost');

  /** @type {Map<string, 'css' | 'js' | 'other'>} */
  const resources = new Map();
  const external = new Set();
  const missing = new Set();
  const fonts = new Set();

  /** Records a resource URL; returns its same-origin path, or null. */
  const request = (url, from, type) => {
    if (!url || isInlineUrl(url)) return null;
    const path = resolvePath(url, from, origin);
    if (path === null) {
      external.add(url);
      return null;
    }
    if (FONT_FILE.test(path)) fonts.add(path);
    if (!resources.has(path)) resources.set(path, type);
    return path;
  };

  const inlineCss = styles.join('\n');
  for (const url of cssUrls(inlineCss)) request(url, page.path, 'other');
  if (/@font-face/i.test(inlineCss)) fonts.add(`@font-face in ${page.path}`);

  const scriptQueue = [];
  for (const { name, attrs } of tags) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (name === 'link' && attrs.href) {
      if (rel.includes('stylesheet')) request(attrs.href, page.path, 'css');
      else if (rel.includes('modulepreload')) scriptQueue.push(attrs.href);
      // apple-touch-icon is left out: Safari fetches it only when someone saves the page to the home screen.
      else if (rel.includes('preload') || rel.includes('icon') || rel.includes('manifest')) {
        request(attrs.href, page.path, attrs.as === 'script' ? 'js' : attrs.as === 'style' ? 'css' : 'other');
        if (attrs.as === 'font') fonts.add(attrs.href);
      } else if (['apple-touch-icon', 'preconnect', 'dns-prefetch', 'prefetch', 'prerender'].some((r) => rel.includes(r))) {
        // Not fetched on first load, but a reference to another origin still leaves the site.
        if (isHttpUrl(attrs.href) && resolvePath(attrs.href, page.path, origin) === null) external.add(attrs.href);
      }
    }
    if (name === 'script' && attrs.src) scriptQueue.push(attrs.src);
    if (name === 'astro-island') {
      for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) if (attrs[key]) scriptQueue.push(attrs[key]);
    }
    if (['img', 'source', 'video', 'audio', 'track', 'iframe', 'embed', 'input'].includes(name)) {
      if (attrs.src && (name !== 'input' || attrs.type === 'image')) request(attrs.src, page.path, 'other');
      if (attrs.poster) request(attrs.poster, page.path, 'other');
      // The browser picks one candidate of a srcset; a cross-origin candidate still leaves the site.
      const candidates = (attrs.srcset ?? '').split(',').map((entry) => entry.trim().split(/\s+/)[0]).filter(Boolean);
      for (const url of candidates) if (isHttpUrl(url) && resolvePath(url, page.path, origin) === null) external.add(url);
    }
    if (name === 'object' && attrs.data) request(attrs.data, page.path, 'other');
  }

  // Scripts and their static imports, breadth first.
  /** @type {string[]} */
  const scriptPaths = [];
  const queue = scriptQueue.map((url) => ({ url, from: page.path }));
  while (queue.length > 0) {
    const { url, from } = /** @type {{ url: string; from: string }} */ (queue.shift());
    const path = request(url, from, 'js');
    if (path === null || scriptPaths.includes(path)) continue;
    resources.set(path, 'js');
    scriptPaths.push(path);
    const file = fileForPath(dist, path);
    if (!file) continue;
    for (const specifier of await staticImports(readFileSync(file, 'utf8'))) queue.push({ url: specifier, from: path });
  }

  let css = sizes(inlineCss);
  let js = sizes(scripts.filter((script) => !script.attrs.src && isJavaScript(script.attrs)).map((script) => script.body).join('\n'));
  for (const [path, type] of resources) {
    const file = fileForPath(dist, path);
    if (!file) {
      missing.add(path);
      continue;
    }
    if (type === 'css') {
      const body = readFileSync(file);
      css = add(css, sizes(body));
      if (/@font-face/i.test(body.toString('utf8'))) fonts.add(`@font-face in ${path}`);
    }
    if (type === 'js') js = add(js, sizes(readFileSync(file)));
  }

  return {
    path: page.path,
    kind: pageKind(page.path),
    html: sizes(html),
    css,
    js,
    requests: 1 + resources.size,
    resources: [...resources.keys()],
    scripts: scriptPaths,
    islands: tags.filter((tag) => tag.name === 'astro-island').length,
    fonts: [...fonts],
    external: [...external],
    missing: [...missing],
  };
}

/** Inline <script> elements that run as JavaScript (not JSON or other data blocks). */
function isJavaScript(attrs) {
  const type = (attrs.type ?? '').toLowerCase().trim();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/**
 * Measures every page in dist/.
 * @param {string} dist
 * @param {{ origin?: string }} [options]
 * @returns {Promise<PageReport[]>}
 */
export async function measureSite(dist, options = {}) {
  const reports = [];
  for (const page of listPages(dist)) reports.push(await measurePage(dist, page, options));
  return reports;
}

/** @param {number} bytes */
export const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * A plain-text table of every page's bytes. Sizes are in KB (1024 bytes): raw / gzip / brotli.
 * @param {PageReport[]} reports
 * @param {Map<string, string[]>} [problems] page path → what is over budget; those rows are marked
 */
export function formatTable(reports, problems = new Map()) {
  const header = ['page', 'kind', 'HTML raw/gz/br', 'CSS raw/gz/br', 'JS raw/gz/br', 'req', 'budget'];
  const triple = (s) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`;
  const rows = reports.map((report) => [
    report.path,
    report.kind + (report.islands ? ` (${report.islands} island${report.islands > 1 ? 's' : ''})` : ''),
    triple(report.html),
    triple(report.css),
    triple(report.js),
    String(report.requests),
    problems.has(report.path) ? `OVER: ${problems.get(report.path)?.join('; ')}` : 'ok',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '(sizes in KB: raw / gzip / brotli; CSS and inline JS are also inside the HTML)'].join('\n');
}

/**
 * @typedef {object} Budgets
 * @property {number} guideHtmlBrotli
 * @property {number} guideRequests
 * @property {number} toolJsBrotli
 * @property {Readonly<Record<string, number>>} toolJsBrotliByPath
 */

/** The budgets from issue 7, in bytes after brotli. @type {Readonly<Budgets>} */
export const BUDGETS = Object.freeze({
  /** A guide's HTML with its CSS inlined: fits TCP's first round trip (about 14.6 KB). */
  guideHtmlBrotli: 14 * 1024,
  /** Requests for a whole guide page, the document included. */
  guideRequests: 3,
  /** JavaScript on a tool page's first load, everything counted. */
  toolJsBrotli: 16 * 1024,
  /** Tighter budgets for single tools, by URL path. */
  toolJsBrotliByPath: Object.freeze({ '/tools/checklist/': 10 * 1024 }),
});

/**
 * Checks every page against the budgets. Returns page path → list of broken budgets (only pages
 * with a problem are present).
 * - Every page: nothing loads from another origin, no web fonts, no missing files.
 * - A guide without an island ships no JavaScript and makes at most 3 requests.
 * - A guide's HTML (CSS inlined) is at most 14 KB brotli.
 * - A tool page, or any page with an island, loads at most 16 KB of JavaScript (brotli);
 *   the checklist at most 10 KB.
 * @param {PageReport[]} reports
 * @param {Budgets} [budgets]
 * @returns {Map<string, string[]>}
 */
export function checkBudgets(reports, budgets = BUDGETS) {
  /** @type {Map<string, string[]>} */
  const problems = new Map();
  const flag = (path, message) => problems.set(path, [...(problems.get(path) ?? []), message]);
  for (const report of reports) {
    const { path } = report;
    if (report.external.length > 0) flag(path, `loads from another origin: ${report.external.join(', ')}`);
    if (report.fonts.length > 0) flag(path, `web fonts: ${report.fonts.join(', ')}`);
    if (report.missing.length > 0) flag(path, `missing files: ${report.missing.join(', ')}`);
    if (report.kind === 'guide') {
      if (report.html.brotli > budgets.guideHtmlBrotli) {
        flag(path, `HTML ${kb(report.html.brotli)} KB brotli > ${kb(budgets.guideHtmlBrotli)} KB`);
      }
      if (report.islands === 0 && report.js.raw > 0) flag(path, `guide without an island ships ${kb(report.js.raw)} KB of JS`);
      if (report.islands === 0 && report.requests > budgets.guideRequests) {
        flag(path, `${report.requests} requests > ${budgets.guideRequests} (${report.resources.join(', ')})`);
      }
    }
    if (report.kind === 'tool' || report.islands > 0) {
      const limit = budgets.toolJsBrotliByPath[path] ?? budgets.toolJsBrotli;
      if (report.js.brotli > limit) flag(path, `JS ${kb(report.js.brotli)} KB brotli > ${kb(limit)} KB`);
    }
  }
  return problems;
}
