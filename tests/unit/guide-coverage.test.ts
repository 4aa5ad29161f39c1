import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FACT_IDS } from '../../src/data/facts';
import { STAGE_IDS } from '../../src/data/stages';
import { sortGuides, type OrderedGuide } from '../../src/lib/guide-order';
import { countProseWords } from '../../src/lib/reading-time';

/**
 * The guides must explain every fact and planner rule (A1–S6), stay within 600–1,500 words,
 * each have a place of their own in the reading order, and point only at guides that exist. This reads the MDX files directly, so it runs without
 * a build; the content schema checks each field's shape at build time.
 */
const DIR = new URL('../../src/content/guides/', import.meta.url);
const MIN_WORDS = 600;
const MAX_WORDS = 1500;

interface Guide {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter (parsed) and its body. */
function parseGuide(slug: string, source: string): Guide {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${slug}.mdx: no YAML frontmatter between --- lines`);
  const data = load(match[1]);
  if (typeof data !== 'object' || data === null) throw new Error(`${slug}.mdx: frontmatter is not a YAML mapping`);
  return { slug, data: data as Record<string, unknown>, body: match[2] };
}

/**
 * A frontmatter date as YYYY-MM-DD, or '' when it is not a real calendar date.
 * (js-yaml 5 may hand back a Date or the plain string, depending on its schema.)
 */
function isoDate(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return '';
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : '';
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Fact ids that no guide lists in `covers`. */
function uncovered(guides: Guide[], ids: readonly string[]): string[] {
  const covered = new Set(guides.flatMap((guide) => listOf(guide.data.covers)));
  return ids.filter((id) => !covered.has(id));
}

/** `slug: id` for every id a guide lists in `covers` that is not a known fact id. */
function unknownCovers(guides: Guide[], ids: readonly string[]): string[] {
  const known = new Set(ids);
  return guides.flatMap((guide) =>
    listOf(guide.data.covers).filter((id) => !known.has(id)).map((id) => `${guide.slug}: ${id}`),
  );
}

/** Slugs of guides linked in the body as /guides/<slug>/ (with or without a #fragment). */
function linkedGuideSlugs(body: string): string[] {
  return [...body.matchAll(/\]\(\/guides\/([^/)#\s]+)\/?(?:#[^)\s]*)?\)/g)].map((m) => m[1]);
}

/**
 * `slug: order` for every guide whose `order` is not a positive whole number, or that shares
 * its `order` with another guide. The reading order is stage first, then `order`
 * (`sortGuides`), so numbers may skip; a shared number would leave the place to the slug.
 */
function orderProblems(guides: Guide[]): string[] {
  const counts = new Map<unknown, number>();
  for (const guide of guides) counts.set(guide.data.order, (counts.get(guide.data.order) ?? 0) + 1);
  return guides
    .filter((guide) => {
      const order = guide.data.order;
      return !(typeof order === 'number' && Number.isInteger(order) && order > 0) || counts.get(order)! > 1;
    })
    .map((guide) => `${guide.slug}: ${String(guide.data.order)}`);
}

/** A guide as `sortGuides` sees it, or undefined when its stage or order is not usable. */
function asOrdered(guide: Guide): OrderedGuide | undefined {
  const { stage, order } = guide.data;
  if (typeof order !== 'number' || !(STAGE_IDS as readonly unknown[]).includes(stage)) return undefined;
  return { id: guide.slug, data: { order, stage: stage as OrderedGuide['data']['stage'] } };
}

/**
 * Pairs of neighbours in reading order that break it: a stage that comes back after a later
 * one, or an `order` that does not rise within a stage.
 */
function readingOrderBreaks(ordered: OrderedGuide[]): string[] {
  const stageIndex = (guide: OrderedGuide) => STAGE_IDS.indexOf(guide.data.stage);
  return ordered.slice(1).flatMap((guide, index) => {
    const before = ordered[index];
    const sameStage = before.data.stage === guide.data.stage;
    const fine = sameStage ? before.data.order < guide.data.order : stageIndex(before) < stageIndex(guide);
    return fine ? [] : [`${before.id} → ${guide.id}`];
  });
}

const files = readdirSync(DIR).filter((name) => name.endsWith('.mdx')).sort();
const guides = files.map((file) => parseGuide(file.replace(/\.mdx$/, ''), readFileSync(new URL(file, DIR), 'utf8')));
const slugs = new Set(guides.map((guide) => guide.slug));

describe('the checks themselves', () => {
  const sample: Guide[] = [
    { slug: 'one', data: { covers: ['A1', 'A2'] }, body: '' },
    { slug: 'two', data: { covers: ['A2', 'Z9'] }, body: '' },
  ];

  it('finds ids that no guide covers', () => {
    expect(uncovered(sample, ['A1', 'A2', 'A3'])).toEqual(['A3']);
  });

  it('finds listed ids that do not exist', () => {
    expect(unknownCovers(sample, ['A1', 'A2'])).toEqual(['two: Z9']);
  });

  it('finds guide links with and without fragments', () => {
    const body = 'See [a](/guides/one/), [b](/guides/two/#faq) and [c](/tools/checklist/).';
    expect(linkedGuideSlugs(body)).toEqual(['one', 'two']);
  });

  it.each([
    ['2026-11-21', '2026-11-21'],
    [new Date('2026-03-03T00:00:00Z'), '2026-03-03'],
    ['2026-02-30', ''],
    ['March 3, 2026', ''],
  ])('reads the date %s as %j', (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });

  it('finds orders that are shared, missing or not positive whole numbers', () => {
    const guides: Guide[] = [
      { slug: 'a', data: { order: 1 }, body: '' },
      { slug: 'b', data: { order: 3 }, body: '' },
      { slug: 'c', data: { order: 3 }, body: '' },
      { slug: 'd', data: { order: 0 }, body: '' },
      { slug: 'e', data: { order: 2.5 }, body: '' },
      { slug: 'f', data: {}, body: '' },
    ];
    expect(orderProblems(guides)).toEqual(['b: 3', 'c: 3', 'd: 0', 'e: 2.5', 'f: undefined']);
  });

  it('finds neighbours that break the reading order', () => {
    const guide = (id: string, stage: OrderedGuide['data']['stage'], order: number): OrderedGuide => ({ id, data: { stage, order } });
    const good = [guide('a', 'after-the-interview', 4), guide('b', 'after-the-interview', 9), guide('c', 'waiting', 1)];
    expect(readingOrderBreaks(good)).toEqual([]);
    const bad = [guide('a', 'waiting', 4), guide('b', 'waiting', 4), guide('c', 'after-the-interview', 1)];
    expect(readingOrderBreaks(bad)).toEqual(['a → b', 'b → c']);
  });

  it('rejects a file without frontmatter', () => {
    expect(() => parseGuide('bad', 'No frontmatter here.')).toThrow(/frontmatter/);
  });
});

describe('the guides collection', () => {
  it('has the seven guides', () => {
    expect(guides.length).toBeGreaterThanOrEqual(7);
  });

  it('covers every fact and planner rule', () => {
    expect(uncovered(guides, FACT_IDS)).toEqual([]);
  });

  it('lists only fact ids that exist', () => {
    expect(unknownCovers(guides, FACT_IDS)).toEqual([]);
  });

  it('gives each guide an order of its own, a positive whole number', () => {
    expect(orderProblems(guides)).toEqual([]);
  });

  it('puts each guide in a known stage, so it has a place in the reading order', () => {
    expect(guides.filter((guide) => !asOrdered(guide)).map((guide) => guide.slug)).toEqual([]);
  });

  it('reads stage by stage, in the order of the wait, then by order within a stage', () => {
    const ordered = sortGuides(guides.map(asOrdered).filter((guide) => guide !== undefined));
    expect(ordered).toHaveLength(guides.length);
    expect(readingOrderBreaks(ordered)).toEqual([]);
  });
});

describe.each(guides)('guide $slug', (guide) => {
  it('has a title, a description of 50–160 characters and both dates', () => {
    expect(typeof guide.data.title).toBe('string');
    expect(String(guide.data.description).length).toBeGreaterThanOrEqual(50);
    expect(String(guide.data.description).length).toBeLessThanOrEqual(160);
    const published = isoDate(guide.data.published);
    const updated = isoDate(guide.data.updated);
    expect(published, 'published should be a YAML date like 2026-11-21').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(updated, 'updated should be a YAML date like 2026-11-21').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(updated >= published).toBe(true);
  });

  it('lists each covered fact once', () => {
    const covers = listOf(guide.data.covers);
    expect(covers.length).toBeGreaterThan(0);
    expect(new Set(covers).size).toBe(covers.length);
  });

  it('suggests only other guides that exist', () => {
    const related = listOf(guide.data.related);
    expect(related.filter((slug) => !slugs.has(slug))).toEqual([]);
    expect(related).not.toContain(guide.slug);
  });

  it(`has ${MIN_WORDS}–${MAX_WORDS} words of prose`, () => {
    const words = countProseWords(guide.body);
    expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(words).toBeLessThanOrEqual(MAX_WORDS);
  });

  it('opens with an "In short" box of three to five points', () => {
    const box = /^\s*(?:import .*\n|\s)*<InShort>\n([\s\S]*?)<\/InShort>/.exec(guide.body);
    expect(box, 'the first thing after the imports should be <InShort>…</InShort>').not.toBeNull();
    const points = box![1].split('\n').filter((line) => /^\s*[-*] /.test(line));
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
  });

  it('links only to guides that exist, with a trailing slash', () => {
    expect(linkedGuideSlugs(guide.body).filter((slug) => !slugs.has(slug))).toEqual([]);
    expect(guide.body).not.toMatch(/\]\(\/guides\/[^/)#\s]+(?:#[^)]*)?\)/);
  });
});
