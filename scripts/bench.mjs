#!/usr/bin/env node
// `npm run bench`: builds the site, prints what every page weighs (HTML, CSS and JS bytes raw,
// gzip and brotli, and first-load requests), then runs Lighthouse with its default mobile
// settings three times on the home page, one guide and each tool page, served by
// `astro preview` on loopback, and prints the median scores and timings. The figures go to
// bench-results/ as JSON (not committed). Scores are reported, not asserted: the byte budgets
// that must hold are tests (tests/e2e/budgets.spec.ts), measured by the same code as here.
//
// Options: --no-build (measure the dist/ already there), --runs N (default 3),
//          --no-lighthouse (bytes only). Chromium: CHROME_PATH, else the one the browser tests
//          use (tests/support/find-browser.ts).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { findBrowser } from '../tests/support/find-browser.ts';
import { checkBudgets, formatTable, kb, measureSite } from './lib/page-bytes.mjs';

const args = process.argv.slice(2);
const option = (name) => args.includes(name);
const runsArg = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const runs = Number.isInteger(runsArg) && runsArg > 0 ? runsArg : 3;
const DIST = join(process.cwd(), 'dist');
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

const medianOf = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function pad(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows.map((row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/**
 * Starts `astro preview` on a free loopback port; returns the process and the base URL. Astro
 * runs one preview server per project: if one already serves this dist/ (a test run, say), the
 * base URL is that server's, rather than stopping it.
 */
async function startPreview() {
  const port = await freePort();
  const astro = join(process.cwd(), 'node_modules', '.bin', 'astro');
  const preview = spawn(astro, ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  preview.stdout.on('data', (chunk) => (output += chunk));
  preview.stderr.on('data', (chunk) => (output += chunk));
  try {
    await waitFor(`http://127.0.0.1:${port}/`, preview);
    return { preview, base: `http://127.0.0.1:${port}` };
  } catch (error) {
    const running = output.match(/already running[\s\S]*?URL:\s*(http\S+)/);
    if (!running) {
      preview.kill('SIGTERM');
      throw new Error(`${/** @type {Error} */ (error).message}\n${output}`);
    }
    const base = running[1].replace(/\/$/, '');
    console.log(`Using the astro preview server already running at ${base}.`);
    await waitFor(`${base}/`, { exitCode: null });
    return { preview, base };
  }
}

/** Lighthouse `runs` times on one page: every sample's scores and timings, and their medians. */
async function lighthousePage(lighthouse, chromePort, base, path) {
  const samples = [];
  for (let run = 1; run <= runs; run += 1) {
    process.stdout.write(`Lighthouse ${path} run ${run}/${runs}… `);
    const result = await lighthouse(`${base}${path}`, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
    const sample = {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)])),
      metrics: Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null])),
    };
    console.log(`performance ${sample.scores.performance}`);
    samples.push(sample);
  }
  const median = {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, medianOf(samples.map((s) => s.scores[id]))])),
    metrics: Object.fromEntries(Object.keys(METRICS).map((name) => [name, medianOf(samples.map((s) => s.metrics[name]))])),
  };
  return { path, runs: samples, median };
}

async function runLighthouse(paths) {
  const chromePath = process.env.CHROME_PATH || findBrowser();
  if (!chromePath) {
    console.log('\nNo Chromium found (set CHROME_PATH); skipping Lighthouse.');
    return [];
  }
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const { preview, base } = await startPreview();
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
    const results = [];
    for (const path of paths) results.push(await lighthousePage(lighthouse, chrome.port, base, path));
    return results;
  } finally {
    if (chrome) await chrome.kill();
    preview.kill('SIGTERM');
  }
}

async function printLighthouse(results) {
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, median of ${runs} runs\n`);
  const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`);
  const row = ({ path, median: m }) => [
    path,
    ...CATEGORIES.map((id) => m.scores[id] ?? '–'),
    ...['FCP', 'LCP', 'TBT'].map((name) => ms(m.metrics[name])),
    m.metrics.CLS == null ? '–' : m.metrics.CLS.toFixed(3),
  ];
  console.log(pad([['page', 'perf', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS'], ...results.map(row)]));
}

/** Writes the figures to bench-results/ as JSON (a dated file and latest.json). */
function writeReport(pages, problems, lighthouse) {
  const out = join(process.cwd(), 'bench-results');
  mkdirSync(out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    pages: pages.map(({ path, kind, html, css, js, requests, islands, resources }) => ({ path, kind, html, css, js, requests, islands, resources })),
    overBudget: Object.fromEntries(problems),
    lighthouse,
  };
  const json = JSON.stringify(report, null, 2);
  writeFileSync(join(out, `bench-${stamp}.json`), json);
  writeFileSync(join(out, 'latest.json'), json);
  console.log(`\nWrote bench-results/bench-${stamp}.json (and latest.json).`);
}

async function main() {
  if (!option('--no-build')) {
    console.log('Building the site (npm run build)…');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
    if (build.status !== 0) {
      console.error('The build failed; nothing to measure.');
      process.exit(build.status ?? 1);
    }
  }

  const pages = await measureSite(DIST);
  const problems = checkBudgets(pages);
  console.log(`\nBytes per page (${pages.length} pages, dist/)\n`);
  console.log(formatTable(pages, problems));
  const total = (key, field) => pages.reduce((sum, page) => sum + page[key][field], 0);
  console.log(`\nAll pages: HTML ${kb(total('html', 'brotli'))} KB, JS ${kb(total('js', 'brotli'))} KB (brotli, each page counted on its own).`);

  const guide = pages.find((page) => page.kind === 'guide');
  const targets = ['/', ...(guide ? [guide.path] : []), ...pages.filter((page) => page.kind === 'tool').map((page) => page.path)];
  const lighthouse = option('--no-lighthouse') ? [] : await runLighthouse(targets);
  if (lighthouse.length > 0) await printLighthouse(lighthouse);
  writeReport(pages, problems, lighthouse);
  if (problems.size > 0) console.log(`${problems.size} page(s) over budget: ${[...problems.keys()].join(', ')} (npm test fails on these).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
