import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectIds, syntheticGuide } from '../../scripts/bench-scale.mjs';
import { collections } from '../../src/content.config';

const schema = collections.guides.schema as unknown as { safeParse: (value: unknown) => { success: boolean; error?: { issues: unknown[] } } };

describe('bench:scale synthetic guides', () => {
  const ids = projectIds();
  const guides: { slug: string; source: string }[] = Array.from({ length: 1000 }, (_, index) => syntheticGuide(index, ids));
  const frontmatter = (source: string) => load(/^---\n([\s\S]*?)\n---/.exec(source)![1]) as Record<string, unknown>;

  it('gives a thousand guides distinct addresses and titles', () => {
    expect(new Set(guides.map((guide) => guide.slug)).size).toBe(1000);
    expect(new Set(guides.map((guide) => frontmatter(guide.source).title)).size).toBe(1000);
  });

  it('writes frontmatter the guides schema accepts, spread over every stage', () => {
    const stages = new Set<unknown>();
    for (const guide of guides.filter((_, index) => index % 37 === 0)) {
      const data = frontmatter(guide.source);
      const result = schema.safeParse(data);
      expect(result.error?.issues ?? [], guide.slug).toEqual([]);
      stages.add(data.stage);
    }
    expect(stages.size).toBe(ids.stages.length);
  });

  it('is the same every run (a seeded generator), so runs compare', () => {
    expect(syntheticGuide(42, ids)).toEqual(syntheticGuide(42, ids));
  });
});
