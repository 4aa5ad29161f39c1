// An Astro integration that runs when `astro build` has written the site (see astro.config.mjs):
// 1. Pagefind indexes the built pages into dist/pagefind/ for the site search.
// 2. Workbox writes dist/sw.js, the service worker that keeps the site working offline.
// Being part of the build, it runs however the build is started (npm run build, npx astro build).
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';
import { filesUnder } from './lib/files.mjs';

async function buildSearchIndex(DIST, log) {
  const { index, errors } = await pagefind.createIndex({
    // Pages mark their main content with data-pagefind-body; these parts of it are navigation.
    excludeSelectors: ['.toc', '.guide__footer', '[data-search-ignore]'],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: DIST });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body still on <main>?');
  const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();

  // We render results ourselves; Pagefind's ready-made UI bundles are never loaded, so don't ship them.
  for (const file of filesUnder(join(DIST, 'pagefind'))) {
    if (/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(file)) rmSync(file);
  }
  const files = filesUnder(join(DIST, 'pagefind'));
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  log(`Pagefind: indexed ${added.page_count} pages into ${files.length} files, ${(bytes / 1024).toFixed(1)} KB.`);
}

async function buildServiceWorker(DIST, log) {
  const { count, size, warnings } = await generateSW({
    globDirectory: DIST,
    // Every page and what it needs (holiday data for the planner included). The search index is
    // cached as it is used (see below).
    globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest}'],
    globIgnores: ['og-default.png', 'sw.js', 'pagefind/**'],
    swDest: join(DIST, 'sw.js'),
    // Astro's bundles carry a content hash in their names, so they never need a cache-busting query.
    dontCacheBustURLsMatching: /^_astro\//,
    // /search/?q=... is the search page: serve it offline whatever the query.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // Fresh search files when online; the last ones used when offline.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'search-index',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 200 },
          // Pagefind asks for pagefind-entry.json?ts=<now> to skip the HTTP cache: store and find
          // every file under its address without the query, so the last copy answers offline.
          plugins: [
            {
              cacheKeyWillBeUsed: async ({ request }) => {
                const url = new URL(request.url);
                url.search = '';
                return url.href;
              },
            },
          ],
        },
      },
    ],
  });
  for (const warning of warnings) log(`Workbox warning: ${warning}`);
  const swBytes = brotliCompressSync(readFileSync(join(DIST, 'sw.js'))).length;
  log(`Service worker: precaches ${count} files (${(size / 1024).toFixed(1)} KB); sw.js is ${swBytes} bytes brotli.`);
}

/** @returns {import('astro').AstroIntegration} */
export default function searchAndOffline() {
  return {
    name: 'callback-kit:search-and-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const log = (message) => logger.info(message);
        await buildSearchIndex(dist, log);
        await buildServiceWorker(dist, log);
      },
    },
  };
}
