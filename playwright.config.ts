import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER_MESSAGE } from './tests/support/find-browser';

const executablePath = findBrowser();
if (!executablePath) {
  console.error(`\n${NO_BROWSER_MESSAGE}\n`);
  process.exit(1);
}

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4321;
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // The JSON report feeds the one-line total that CI prints (scripts/test-summary.mjs).
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // A folder per run, so that runs started side by side never delete each other's traces.
  outputDir: `test-results/artifacts-${process.env.CI ? 'ci' : process.pid}`,
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    // The service worker would serve pages from its cache and hide what the server sends; only
    // the offline test (tests/e2e/offline.spec.ts) lets it run.
    serviceWorkers: 'block',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } },
  ],
  webServer: {
    // Serves the built site in dist/; `npm test` builds it first.
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
