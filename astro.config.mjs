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
          // Choice: the date modules the planner's first load needs travel as one chunk. Left to
          // the bundler, each set of islands sharing one of them got a chunk of its own, and once
          // the follow-ups board shared them, the planner's first load grew by two requests
          // (0.4 KB, over its budget).
          manualChunks(id) {
            if (/[\\/]src[\\/](lib[\\/](dates[\\/](arithmetic|day-numbers|format)|zoned-time|calendar-dates)|data[\\/]regions)\./.test(id)) return 'date-core';
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
