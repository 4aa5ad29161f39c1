// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { cspHeaders } from './scripts/lib/csp-headers.mjs';
import { precompress } from './scripts/lib/precompress.mjs';
import { externalLinks } from './scripts/lib/external-links.mjs';
import sitemap from '@astrojs/sitemap';
import searchAndOffline from './scripts/search-and-offline.mjs';
import { guideUpdatedDates } from './scripts/lib/guide-dates.mjs';

// The public origin, used for canonical URLs and Open Graph tags. Deployments set SITE_URL;
// the default keeps local builds and tests working without one.
const site = process.env.SITE_URL || 'https://callback-kit.example';
const guideDates = guideUpdatedDates();

export default defineConfig({
  site,
  output: 'static',
  // One policy everywhere: every page URL ends with a slash (/guides/some-guide/).
  trailingSlash: 'always',
  // Guides that moved. Each old URL becomes a tiny static page (meta refresh, canonical link to
  // the new URL, noindex), so old links and bookmarks keep working and search engines index one
  // page. The sitemap leaves them out (filter below); the page gates skip them
  // (isRedirectPage in scripts/lib/page-bytes.mjs) and tests/e2e/redirects.spec.ts checks them.
  redirects: {
    '/guides/why-make-a-follow-up-call/': '/guides/call-email-or-wait/',
  },
  build: {
    format: 'directory',
    // Inline the (small) stylesheet so a page renders from its first round trip.
    inlineStylesheets: 'always',
  },
  integrations: [
    // Adds rel="noopener noreferrer" to links to other sites in Markdown and MDX.
    externalLinks(),
    mdx(),
    preact(),
    // Every page except the search results page and the offline page (both noindex) and the 404
    // page; guides with <lastmod>.
    sitemap({
      filter: (page) => !/\/(search|offline|404)\/?$/.test(new URL(page).pathname),
      serialize: (item) => {
        const updated = guideDates.get(new URL(item.url).pathname);
        return updated ? { ...item, lastmod: updated } : item;
      },
    }),
    // After the build: the Pagefind search index and the offline service worker (sw.js).
    searchAndOffline(),
    // Adds the pages' script and style hashes to the policy in dist/_headers (and _headers.caddy).
    cspHeaders(),
    // Last: .br and .gz copies of every text file, for servers that send them (deploy/Caddyfile).
    precompress(),
  ],
  vite: {
    build: {
      rollupOptions: {
        output: {
          // Choice: modules shared by several islands travel in a few named chunks; left to the
          // bundler, each set of islands sharing a module got a chunk of its own, and each extra
          // request costs a page about 80 bytes. A named chunk takes its modules' imports with it;
          // a module two named chunks want goes to the first in alphabetical order (rolldown), so
          // date-core keeps the dates that follow-ups-core's modules import.
          // - preact: Preact and its JSX runtime, which every island needs at once.
          // - date-core: the date and time-zone modules the planner's and the board's first loads need.
          // - planner-state: the planner's form state and locale, which the board's engine also
          //   uses on use (to read "by the end of the week" and build planner links).
          // - kit-store: the island kit's storage calls, versioned store and print helper, which
          //   the checklist, the script generator and the board load at once.
          // - follow-ups-core: the board's model, store, ids and first-load words, which the board
          //   loads at once and the planner's "Save to my follow-ups" on use.
          manualChunks(id) {
            if (/[\\/]src[\\/](lib[\\/](dates[\\/](iso|arithmetic|day-numbers|format)|zoned-time|calendar-dates|follow-up-rules)|data[\\/]regions|components[\\/]shared[\\/]time-zones)\./.test(id)) return 'date-core';
            if (/[\\/]src[\\/](lib[\\/]planner-state|components[\\/]planner[\\/]locale)\./.test(id)) return 'planner-state';
            if (/[\\/]node_modules[\\/]preact[\\/](dist[\\/]preact|jsx-runtime[\\/])/.test(id)) return 'preact';
            if (/[\\/]src[\\/]components[\\/]shared[\\/](raw-storage|local-store|print-part)\./.test(id)) return 'kit-store';
            if (/[\\/]src[\\/](lib[\\/]follow-ups-(model|store)|components[\\/]follow-ups[\\/](new-id|messages\.en))\./.test(id)) return 'follow-ups-core';
          },
        },
      },
    },
  },
  markdown: {
    // Shiki writes inline styles, which a strict content security policy blocks.
    syntaxHighlight: 'prism',
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"],
    },
  },
});
