// An Astro integration that runs when `astro build` has written the site (see astro.config.mjs):
// 1. Pagefind indexes the built pages into dist/pagefind/ for the site search.
// 2. dist/offline-guides.json lists every guide for the "Keep every guide for offline use" button.
// 3. Workbox writes dist/sw.js, the service worker that keeps the site working offline: the shell
//    and tools precached, each guide cached as it is read.
// Being part of the build, it runs however the build is started (npm run build, npx astro build).
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';
import { filesUnder } from './lib/files.mjs';
import { listPages, pageKind } from './lib/page-bytes.mjs';

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

// What the service worker downloads on install, before anyone asks for it: the shell (home, guides
// index, search, about and offline pages), the tools with their code and holiday data, icons.
// Guides are not in it: at 1,000 guides they weighed 24 MB, which every visitor to a tool page
// would have downloaded in the background. Each guide is cached as it is read instead, and the
// reader can choose to save them all (the button on /guides/, reading offline-guides.json).
const PRECACHE_PATTERNS = [
  'index.html',
  '404.html',
  'guides/index.html',
  'tools/**/*.html',
  'search/index.html',
  'about-our-advice/index.html',
  'offline/index.html',
  '_astro/**/*.{js,css}',
  'holidays/*.json',
  'icons/*.png',
  'favicon.svg',
  'manifest.webmanifest',
  'sw-register.js',
];
/** The up-front download may not grow past this (tests/e2e/offline.spec.ts checks it too). */
export const PRECACHE_LIMIT_BYTES = 1024 * 1024;
/** The runtime cache of guide pages and the file listing them, shared with the "keep every guide" button. */
const OFFLINE = JSON.parse(readFileSync(new URL('../src/data/offline.json', import.meta.url), 'utf8'));
export const GUIDE_CACHE = OFFLINE.guideCache;
export const GUIDE_MANIFEST = OFFLINE.guideManifest.replace(/^\//, '');

/**
 * dist/offline-guides.json: every guide's address and their total size, for the button that
 * saves them all, and the name of the cache the service worker reads them from.
 */
function writeGuideManifest(DIST, log) {
  // The site's one list of built pages: redirect stubs of renamed guides left out, stage
  // listings (/guides/stage/...) counted as pages, not guides.
  const guides = listPages(DIST).filter((page) => pageKind(page.path) === 'guide');
  const bytes = guides.reduce((sum, page) => sum + statSync(page.file).size, 0);
  const urls = guides.map((page) => page.path);
  writeFileSync(join(DIST, GUIDE_MANIFEST), JSON.stringify({ cache: GUIDE_CACHE, count: urls.length, bytes, urls }));
  log(`Offline: ${urls.length} guides (${(bytes / 1024).toFixed(1)} KB) listed in /${GUIDE_MANIFEST} for "Keep every guide".`);
}

// Offline and not saved on this device: show the precached offline page rather than the
// browser's error. (Serialized into sw.js by Workbox, so it can use nothing from this module.)
const offlineFallback = {
  handlerDidError: async () => (await caches.match('/offline/index.html', { ignoreSearch: true })) ?? Response.error(),
};

/** What the service worker caches as it goes: guides as read, other pages, the search files. */
const RUNTIME_CACHING = [
  {
    // Guides: the latest copy when online, the saved one when not (NetworkFirst). A guide is
    // saved the first time it is read, or all at once from the button on /guides/. No
    // expiry: the reader chose to keep them, and each is a few KB.
    urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/guides\/(?!stage\/)[^/]+\/$/.test(url.pathname),
    handler: 'NetworkFirst',
    options: { cacheName: GUIDE_CACHE, networkTimeoutSeconds: 4, plugins: [offlineFallback] },
  },
  {
    // Any other page not precached (the stage listings): kept as read, the last 50.
    urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
    handler: 'NetworkFirst',
    options: { cacheName: 'pages', networkTimeoutSeconds: 4, expiration: { maxEntries: 50 }, plugins: [offlineFallback] },
  },
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
];

async function buildServiceWorker(DIST, log) {
  const { count, size, warnings } = await generateSW({
    globDirectory: DIST,
    globPatterns: PRECACHE_PATTERNS,
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
    runtimeCaching: RUNTIME_CACHING,
  });
  for (const warning of warnings) log(`Workbox warning: ${warning}`);
  const swBytes = brotliCompressSync(readFileSync(join(DIST, 'sw.js'))).length;
  log(`Service worker: precaches ${count} files (${(size / 1024).toFixed(1)} KB); sw.js is ${swBytes} bytes brotli.`);
  if (size > PRECACHE_LIMIT_BYTES) {
    throw new Error(`The service worker would precache ${(size / 1024).toFixed(0)} KB, over the ${PRECACHE_LIMIT_BYTES / 1024} KB limit: check PRECACHE_PATTERNS in scripts/search-and-offline.mjs.`);
  }
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
        writeGuideManifest(dist, log);
        await buildServiceWorker(dist, log);
      },
    },
  };
}
