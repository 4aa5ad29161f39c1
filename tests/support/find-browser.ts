import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/**
 * Where the Chromium for the browser tests lives, in order of preference:
 * an explicit path (CHROMIUM_PATH), Playwright's own download if one is installed,
 * then the system's Chromium. Returns undefined when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.CHROMIUM_PATH || env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH is set to ${explicit}, but no file is there.`);
    return explicit;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its own browsers were never downloaded; fall through to the system.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

export const NO_BROWSER_MESSAGE = [
  'No Chromium found for the browser tests.',
  'Install one of these, then run the tests again:',
  '  Debian/Ubuntu: sudo apt-get install chromium',
  '  anywhere with internet: npx playwright install chromium',
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

/** Flags that let Chromium run as root in a container with no network beyond the site under test. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
