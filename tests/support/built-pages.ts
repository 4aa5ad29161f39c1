import { join, resolve } from 'node:path';
import { listPages } from '../../scripts/lib/page-bytes.mjs';

// DIST_DIR points the build-output checks at another folder (e.g. `astro build --outDir /tmp/x`).
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(process.cwd(), 'dist');

/**
 * Every page of the built site as a URL path (`/`, `/guides/x/`, `/404.html`), read from dist/
 * so that a new page is tested without anyone keeping a list. The budgets and link checks
 * list pages with the same function.
 */
export function builtPagePaths(dist = DIST): string[] {
  return listPages(dist).map((page) => page.path);
}
