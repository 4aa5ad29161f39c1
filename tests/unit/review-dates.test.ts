import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { overdueReviews, type ReviewDates } from '../../src/lib/review-dates';

const DIR = new URL('../../src/content/guides/', import.meta.url);

/** A frontmatter date as YYYY-MM-DD (js-yaml may return a Date or the plain string). */
function isoDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
}

/** The review dates of every guide in src/content/guides, read from the MDX frontmatter. */
function guideReviewDates(): ReviewDates[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(new URL(name, DIR), 'utf8'))?.[1] ?? '';
      const data = (load(frontmatter) ?? {}) as Record<string, unknown>;
      return { slug: name.replace(/\.mdx$/, ''), reviewed: isoDate(data.reviewed), nextReview: isoDate(data.nextReview) };
    });
}

describe('overdueReviews', () => {
  const guides = [
    { slug: 'a', reviewed: '2026-06-01', nextReview: '2026-12-01' },
    { slug: 'b', reviewed: '2026-01-10', nextReview: '2026-07-10' },
    { slug: 'c', reviewed: '2026-12-01', nextReview: '2027-06-01' },
  ];
  it.each([
    ['2026-07-10', []],
    ['2026-07-11', [['b', 1]]],
    ['2026-12-01', [['b', 144]]],
    ['2026-12-02', [['b', 145], ['a', 1]]],
    ['2027-06-02', [['b', 327], ['a', 183], ['c', 1]]],
  ])('on %s', (today, expected) => {
    expect(overdueReviews(guides, today).map((overdue) => [overdue.slug, overdue.daysOverdue])).toEqual(expected);
  });
  it('counts across a month and a year end in whole days', () => {
    expect(overdueReviews([{ slug: 'x', reviewed: '2026-06-30', nextReview: '2026-12-31' }], '2027-03-01')[0].daysOverdue).toBe(60);
  });
});

describe('every guide', () => {
  const guides = guideReviewDates();

  it('has review dates', () => {
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides) {
      expect(guide.reviewed, `${guide.slug}.mdx: reviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(guide.nextReview, `${guide.slug}.mdx: nextReview`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  // Deliberately the real clock: this test exists to fail on the day a review falls due and is
  // missed. To fix it, check the guide against its sources, then move `reviewed` and `nextReview`.
  it('is reviewed on time (no "Next review due" date has passed)', () => {
    const today = new Date().toISOString().slice(0, 10);
    const overdue = overdueReviews(guides, today).map((o) => `${o.slug}.mdx: next review was due ${o.nextReview} (${o.daysOverdue} days ago)`);
    expect(overdue, `Guides overdue for review on ${today}`).toEqual([]);
  });
});
