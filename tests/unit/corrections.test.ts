import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORRECTIONS } from '../../src/data/corrections';
import { TOOLS } from '../../src/data/tools';

const guideFile = (slug: string) => new URL(`../../src/content/guides/${slug}.mdx`, import.meta.url);

describe('the corrections log', () => {
  it('is newest first, with real ISO dates', () => {
    for (const correction of CORRECTIONS) {
      expect(correction.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${correction.date}T00:00:00Z`).toISOString().startsWith(correction.date)).toBe(true);
    }
    const dates = CORRECTIONS.map((correction) => correction.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('names only guides and tools that exist', () => {
    const toolSlugs = TOOLS.map((tool) => tool.slug as string);
    for (const correction of CORRECTIONS) {
      for (const slug of correction.guides) expect(existsSync(guideFile(slug)), `src/content/guides/${slug}.mdx`).toBe(true);
      for (const slug of correction.tools ?? []) expect(toolSlugs).toContain(slug);
      expect(correction.guides.length + (correction.tools?.length ?? 0), correction.was).toBeGreaterThan(0);
    }
  });
});
