// The one file walker for the build scripts and the tests that read dist/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, recursively, as paths that start with `dir`. Hidden folders (such as
 * Astro's `.prerender/`) are skipped: they are build leftovers, never served pages.
 * @param {string} dir
 * @param {(name: string) => boolean} [keep] which file names to return (all by default)
 * @returns {string[]}
 */
export function filesUnder(dir, keep = () => true) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/** The HTML pages under `dir` (`page.html`, not a precompressed `page.html.br`). */
export const htmlFiles = (/** @type {string} */ dir) => filesUnder(dir, (name) => name.endsWith('.html'));
