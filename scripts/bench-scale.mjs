// How the site behaves with many guides: `npm run bench:scale -- --n 1000` copies the project to
// a temporary folder, adds N synthetic guides (valid frontmatter, varied titles and text), builds
// it, and prints what grows with the number of guides: build time, pages per second, the search
// index, what a first search downloads, the service worker's precache, and the HTML of the pages
// that list guides. The synthetic guides never touch src/content in this worktree.
//
// Flags: --n <count> (default 1000), --keep (leave the temporary folder for a look).
// Runs may overlap with other builds: the copy has its own build caches (see copyProject).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { kb, listPages, sizes } from './lib/page-bytes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Left out of the copy: installed packages are symlinked, the rest is output or history. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'bench-results', 'test-results', 'playwright-report']);
/** Build caches inside node_modules that each copy must have to itself. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

function parseArgs(argv) {
  const args = { n: 1000, keep: false };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--n') args.n = Number(argv[++i]);
    else if (argv[i].startsWith('--n=')) args.n = Number(argv[i].slice(4));
    else if (argv[i] === '--keep') args.keep = true;
    else throw new Error(`Unknown flag ${argv[i]}. Use --n <count> and --keep.`);
  }
  if (!Number.isInteger(args.n) || args.n < 1) throw new Error('--n must be a whole number of guides, 1 or more.');
  return args;
}

/** A small seeded random generator (mulberry32), so the same N always gives the same guides. */
function randomFrom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, count) => [...list].sort(() => next() - 0.5).slice(0, count);
  return { next, pick, some };
}

// Word pools for titles and text. Combined, they give thousands of distinct titles and enough
// different words that the search index grows the way a real collection's would.
const ROLES = ['nurse', 'teacher', 'warehouse supervisor', 'software developer', 'bookkeeper', 'chef', 'paralegal', 'electrician', 'data analyst', 'receptionist', 'pharmacist', 'store manager', 'graphic designer', 'delivery driver', 'social worker', 'lab technician', 'marketing assistant', 'civil engineer', 'call center agent', 'dental hygienist', 'project coordinator', 'bank teller', 'carpenter', 'librarian', 'HR assistant', 'barista', 'mechanic', 'research fellow', 'sales representative', 'payroll clerk'];
const SITUATIONS = ['after a second interview', 'when the hiring manager is on leave', 'after a group assessment', 'when the job is reposted', 'after a trial shift', 'when the recruiter stops replying', 'after a case study presentation', 'when two offers overlap', 'after a video interview', 'when references are requested', 'after a panel interview', 'when the start date moves', 'after an internal interview', 'when the salary is not mentioned', 'after a skills test', 'when the company is reorganizing', 'after a phone screen', 'when the interviewer leaves the company', 'after a final round', 'when a background check stalls'];
const ANGLES = ['What to expect', 'How to follow up', 'Reading the silence', 'Questions to ask', 'A step-by-step plan', 'Common mistakes', 'What to say', 'How long to wait', 'Staying calm', 'Keeping your options open'];
const SECTORS = ['a hospital trust', 'a public school district', 'a logistics firm', 'a start-up', 'a family restaurant', 'a law office', 'a city council', 'a retail chain', 'a charity', 'a university lab', 'a construction company', 'a regional bank'];
const PLACES = ['Leeds', 'Toronto', 'Denver', 'Brisbane', 'Dublin', 'Auckland', 'Manchester', 'Austin', 'Glasgow', 'Vancouver', 'Perth', 'Cork'];
const SENTENCES = [
  'A {role} who interviewed with {sector} in {place} often hears nothing for a week, and that alone says little.',
  'Write down the date they gave you and the name of the person who gave it.',
  'If no date was named, wait five working days before you send a short, polite note.',
  'Hiring teams juggle budgets, holidays and other candidates, so a quiet week is common.',
  'Keep applying elsewhere until an offer is in writing and its conditions have cleared.',
  'A brief email lets a busy manager answer when it suits them.',
  'Say who you are, which role you discussed and when, then ask where things stand.',
  'One clear message is better than several short ones spread over a day.',
  'If they asked you not to call, respect it and use email instead.',
  'When an agency arranged the interview, your recruiter is the person to ask first.',
  'Silence after {situation} can mean a slow process rather than a refusal.',
  'Check your spam folder and voicemail before you assume the worst.',
  'Plan something pleasant for the day the answer is due, whatever it turns out to be.',
  'A reference request shows interest, but it is not a promise of a job.',
  'Ask for any offer in writing, and take a day or two to read it before you accept.',
  'Employers in {place} differ, and so do managers inside the same company.',
  'Note every contact in one place: date, channel, person and what was said.',
  'A reposted advert may simply be an automatic refresh by the job board.',
  'If you decide to withdraw, a two-line email closes the loop politely.',
  'Feedback is worth asking for once, though many employers give none.',
];
const HEADINGS = ['What usually happens next', 'What you can do this week', 'When to follow up', 'What to say', 'If the answer is no', 'If the answer is yes', 'How long is normal', 'Looking after yourself while you wait'];
const SOURCES = [
  { title: 'Follow up after an interview', publisher: 'CareerOneStop', url: 'https://www.careeronestop.org/WorkerReEmployment/JobSearch/JobInterviews/follow-up.aspx' },
  { title: 'If your job offer is withdrawn', publisher: 'Acas', url: 'https://www.acas.org.uk/if-your-job-offer-is-withdrawn', year: 2024 },
  { title: 'How to follow up after an interview', publisher: 'Ask a Manager', url: 'https://www.askamanager.org/2008/06/how-to-follow-up-after-interview.html', year: 2008 },
  { title: 'How long does it take to hire?', publisher: 'Glassdoor Economic Research', url: 'https://www.glassdoor.com/research/time-to-hire-in-25-countries', year: 2017 },
];

function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Stage ids and fact ids, read from the project's data files so the guides pass the schema. */
export function projectIds(dir = ROOT) {
  const stages = [...readFileSync(join(dir, 'src/data/stages.ts'), 'utf8').matchAll(/\{ id: '([a-z-]+)'/g)].map((m) => m[1]);
  const facts = [...readFileSync(join(dir, 'src/data/facts.ts'), 'utf8').matchAll(/range\('([A-Z])', (\d+)\)/g)].flatMap(([, letter, count]) =>
    Array.from({ length: Number(count) }, (_, i) => `${letter}${i + 1}`),
  );
  if (stages.length === 0 || facts.length === 0) throw new Error('Could not read the stage or fact ids from src/data.');
  return { stages, facts };
}

function paragraph(random, words) {
  const fill = (sentence) =>
    sentence.replace('{role}', words.role).replace('{sector}', random.pick(SECTORS)).replace('{place}', random.pick(PLACES)).replace('{situation}', words.situation);
  return random.some(SENTENCES, 4 + Math.floor(random.next() * 3)).map(fill).join(' ');
}

/** The MDX source of synthetic guide number `index` (about 500 to 800 words). */
export function syntheticGuide(index, ids) {
  const random = randomFrom(index + 1);
  const role = ROLES[index % ROLES.length];
  const situation = SITUATIONS[Math.floor(index / ROLES.length) % SITUATIONS.length];
  const angle = ANGLES[Math.floor(index / (ROLES.length * SITUATIONS.length)) % ANGLES.length];
  const title = `${angle} as a ${role} ${situation}`;
  const stage = ids.stages[index % ids.stages.length];
  const sources = random.some(SOURCES, 1 + Math.floor(random.next() * 3));
  const sections = random.some(HEADINGS, 4).map((heading) => `## ${heading}\n\n${paragraph(random, { role, situation })}\n\n${paragraph(random, { role, situation })}\n`);
  const frontmatter = [
    '---',
    `title: ${title}`,
    `description: Practical help for a ${role} waiting to hear back ${situation}, with dates, wording and the next steps to take.`,
    'published: 2026-11-21',
    'updated: 2026-11-30',
    'reviewed: 2026-12-01',
    'nextReview: 2027-06-01',
    'sources:',
    ...sources.flatMap((source) => [
      `  - title: ${JSON.stringify(source.title)}`,
      `    publisher: ${JSON.stringify(source.publisher)}`,
      `    url: ${source.url}`,
      ...(source.year ? [`    year: ${source.year}`] : []),
    ]),
    `stage: ${stage}`,
    `order: ${100 + index}`,
    `covers: [${random.some(ids.facts, 2).join(', ')}]`,
    '---',
  ];
  return { slug: `${slugify(title)}-${index + 1}`, source: `${frontmatter.join('\n')}\n\n${paragraph(random, { role, situation })}\n\n${sections.join('\n')}` };
}

/**
 * Copies the project and links its packages one by one into a node_modules of the copy's own:
 * Astro and Vite keep caches in node_modules (.astro holds the content store), and a shared one
 * would let the synthetic guides leak into the real project's next build, or into another run.
 */
function copyProject(destination) {
  for (const entry of readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    cpSync(join(ROOT, entry), join(destination, entry), { recursive: true });
  }
  const modules = join(destination, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (CACHES.has(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const bytesOf = (file) => statSync(file).size;
const sum = (numbers) => numbers.reduce((total, n) => total + n, 0);
const brotliOf = (file) => sizes(readFileSync(file)).brotli;

/**
 * What a first search downloads, from the files Pagefind wrote: its script, entry file, the WASM
 * engine for the site's language, the metadata file, the average index chunk and ten average
 * result fragments (the first page of results). Pagefind gzips its own index files, so their
 * size on disk is what travels; the script is counted brotli, as a server would send it.
 */
function firstSearchBytes(pagefindDir) {
  const files = filesUnder(pagefindDir);
  const one = (pattern) => files.filter((file) => pattern.test(file)).map(bytesOf)[0] ?? 0;
  const average = (pattern) => {
    const matching = files.filter((file) => pattern.test(file)).map(bytesOf);
    return matching.length === 0 ? 0 : sum(matching) / matching.length;
  };
  const script = brotliOf(join(pagefindDir, 'pagefind.js'));
  const total = script + one(/pagefind-entry\.json$/) + one(/wasm\.en[^/]*\.pagefind$/) + one(/\.pf_meta$/) + average(/\.pf_index$/) + 10 * average(/\.pf_fragment$/);
  return { total: Math.round(total), files: files.length, bytes: sum(files.map(bytesOf)) };
}

/** The precache manifest inside sw.js: its entries and what they weigh in dist/. */
function precache(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g), ...sw.matchAll(/\{"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]);
  const unique = [...new Set(urls)];
  const bytes = sum(unique.map((url) => join(dist, url)).filter((file) => existsSync(file)).map(bytesOf));
  return { count: unique.length, bytes, swRaw: Buffer.byteLength(sw), swBrotli: sizes(sw).brotli };
}

function measure(dir, seconds) {
  const dist = join(dir, 'dist');
  const pages = listPages(dist);
  const search = firstSearchBytes(join(dist, 'pagefind'));
  const html = (path) => {
    const page = pages.find((p) => p.path === path);
    return page ? sizes(readFileSync(page.file)).brotli : NaN;
  };
  // Every page but the guides themselves, largest first: listing pages are the ones that grow.
  const listing = pages
    .filter((page) => !/^\/guides\/[^/]+\/$/.test(page.path))
    .map((page) => ({ path: page.path, brotli: sizes(readFileSync(page.file)).brotli }))
    .sort((a, b) => b.brotli - a.brotli);
  return { pages: pages.length, seconds, search, precache: precache(dist), home: html('/'), guidesIndex: html('/guides/'), largestOther: listing[0] };
}

function report(n, result) {
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
  const rows = [
    ['Synthetic guides', String(n)],
    ['Pages built', String(result.pages)],
    ['Build time', `${result.seconds.toFixed(1)} s`],
    ['Pages per second', (result.pages / result.seconds).toFixed(0)],
    ['Search index (dist/pagefind)', `${mb(result.search.bytes)} MB in ${result.search.files} files`],
    ['First search loads (estimate)', `${kb(result.search.total)} KB`],
    ['Precache', `${result.precache.count} files, ${mb(result.precache.bytes)} MB`],
    ['sw.js', `${kb(result.precache.swRaw)} KB raw, ${kb(result.precache.swBrotli)} KB brotli`],
    ['Home page HTML (brotli)', `${kb(result.home)} KB`],
    ['Guides index HTML (brotli)', `${kb(result.guidesIndex)} KB`],
    ['Largest other non-guide page', `${result.largestOther.path} ${kb(result.largestOther.brotli)} KB`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`);
}

function main() {
  const { n, keep } = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'callback-kit-scale-'));
  try {
    copyProject(dir);
    const ids = projectIds(dir);
    for (let index = 0; index < n; index += 1) {
      const guide = syntheticGuide(index, ids);
      writeFileSync(join(dir, 'src/content/guides', `${guide.slug}.mdx`), guide.source);
    }
    console.log(`Building ${n} synthetic guides in ${dir} ...`);
    const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
    const started = performance.now();
    const build = spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0) {
      console.error(build.stdout.split('\n').slice(-40).join('\n'), build.stderr);
      throw new Error(`The build failed (exit ${build.status}).`);
    }
    for (const line of build.stdout.split('\n').filter((l) => /search-and-offline|page\(s\) built/.test(l))) console.log(line.trim());
    report(n, measure(dir, seconds));
  } finally {
    if (keep) console.log(`Kept ${relative(process.cwd(), dir) || dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// Run only when called as a script, so tests can import the generator.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
