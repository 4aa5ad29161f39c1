#!/usr/bin/env node
// Makes sure the browser tests have a Chromium before they start, so that `npm test` works on a
// machine where nobody installed one. Runs before `npm run test:e2e` (the `pretest:e2e` script).
// In order: a Chromium that tests/support/find-browser.ts already finds; Playwright's own
// download (needs the internet); Debian's or Ubuntu's `chromium` package when we are root and
// apt-get exists; otherwise a message saying exactly what to run, and a non-zero exit.
// Usage: node scripts/ensure-browser.mjs [--no-install]   (--no-install: only report)
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { findBrowser, NO_BROWSER_MESSAGE } from '../tests/support/find-browser.ts';

// Choice: a download that cannot reach its server should not hold the tests for long; a
// successful one takes well under this on an ordinary connection.
const PLAYWRIGHT_TIMEOUT_MS = 180_000;
const APT_TIMEOUT_MS = 900_000;

/** Prints which browser was found and returns true, or returns false when there is none. */
function report() {
  const found = findBrowser();
  if (found) console.log(`Browser for the tests: ${found}`);
  return Boolean(found);
}

function tryPlaywrightDownload() {
  console.log('No Chromium found; trying Playwright\'s own download (npx playwright install chromium)…');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: PLAYWRIGHT_TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (result.status === 0) return true;
  const why = result.error?.code === 'ETIMEDOUT' ? 'timed out' : firstError(result.stderr) || `exit ${result.status}`;
  console.log(`  Playwright's download did not work (${why}).`);
  return false;
}

/** The first `Error: …` line of a command's output, e.g. "getaddrinfo ENOTFOUND cdn.playwright.dev". */
function firstError(text = '') {
  return text.split('\n').find((line) => line.startsWith('Error: '))?.slice(7).trim() ?? '';
}

const canUseApt = () =>
  process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;

// apt-get's own output is hundreds of lines; these are the ones worth seeing.
const APT_PROGRESS = /^(Need to get|Fetched|\d+ upgraded|Setting up chromium|E:|W:|Err:)/;

/** Runs apt-get with the given arguments, echoing only progress and error lines. */
function apt(args) {
  return new Promise((resolve) => {
    const child = spawn('apt-get', ['-o', 'Dpkg::Use-Pty=0', ...args], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), APT_TIMEOUT_MS);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (APT_PROGRESS.test(line)) console.log(`  ${line}`);
      });
    }
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

async function tryApt() {
  console.log('Installing Debian\'s chromium package with apt-get (a few minutes)…');
  const ok = (await apt(['update', '-q'])) && (await apt(['install', '-y', '-q', 'chromium']));
  if (!ok) console.log('  apt-get could not install chromium.');
  return ok;
}

/**
 * The order of attempts, each step passed in so that a test can check the order.
 * @param {{ found: () => boolean; download: () => boolean; canUseApt: () => boolean;
 *   installWithApt: () => Promise<boolean>; install: boolean }} steps
 * @returns {Promise<'found' | 'downloaded' | 'apt' | 'none'>}
 */
export async function ensureBrowser(steps) {
  if (steps.found()) return 'found';
  if (!steps.install) return 'none';
  if (steps.download() && steps.found()) return 'downloaded';
  if (steps.canUseApt() && (await steps.installWithApt()) && steps.found()) return 'apt';
  return 'none';
}

// Run as a script (not when a test imports it).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A CHROMIUM_PATH that points nowhere is a mistake to fix, not a reason to install anything.
  const outcome = await ensureBrowser({
    found: report,
    download: tryPlaywrightDownload,
    canUseApt,
    installWithApt: tryApt,
    install: !process.argv.includes('--no-install'),
  }).catch((/** @type {Error} */ error) => {
    console.error(error.message);
    process.exit(1);
  });
  if (outcome === 'none') console.error(`\n${NO_BROWSER_MESSAGE}\n`);
  process.exit(outcome === 'none' ? 1 : 0);
}
