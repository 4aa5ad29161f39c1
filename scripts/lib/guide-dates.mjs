// The `updated` date of every guide, read from the frontmatter of src/content/guides/*.mdx, for
// the sitemap's <lastmod>. The content schema (src/content.config.ts) has already checked them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** Map from URL path (/guides/<slug>/) to the guide's last update as an ISO date-time. */
export function guideUpdatedDates(dir = join(process.cwd(), 'src/content/guides')) {
  /** @type {Map<string, string>} */
  const dates = new Map();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort()) {
    const frontmatter = readFileSync(join(dir, file), 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/);
    const data = /** @type {{ updated?: unknown }} */ (frontmatter ? load(frontmatter[1]) : {});
    const updated = data?.updated instanceof Date ? data.updated : typeof data?.updated === 'string' ? new Date(data.updated) : undefined;
    if (updated && !Number.isNaN(updated.getTime())) dates.set(`/guides/${file.replace(/\.mdx$/, '')}/`, updated.toISOString());
  }
  return dates;
}
