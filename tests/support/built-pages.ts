import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

// DIST_DIR points the build-output checks at another folder (e.g. `astro build --outDir /tmp/x`).
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(process.cwd(), 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Every page of the built site as a URL path (`/`, `/guides/x/`, `/404.html`), read from dist/
 * so that a new page is tested without anyone keeping a list.
 */
export function builtPagePaths(dist = DIST): string[] {
  let files: string[];
  try {
    files = htmlFiles(dist);
  } catch {
    throw new Error('No dist/ folder: run `npm run build` before the browser tests.');
  }
  return files
    .map((file) => '/' + relative(dist, file).split(sep).join('/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}
