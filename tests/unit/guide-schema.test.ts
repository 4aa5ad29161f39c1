import { describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';

// The guides schema as the build applies it (Astro prints the file with these messages).
const schema = collections.guides.schema as unknown as { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };

const valid = {
  title: 'A guide to check the schema',
  description: 'A description long enough to pass the schema, written for this test only and nothing else.',
  published: '2026-11-21',
  updated: '2026-11-22',
  reviewed: '2026-12-01',
  nextReview: '2027-06-01',
  sources: [{ title: 'Follow up', publisher: 'CareerOneStop', url: 'https://www.careeronestop.org/follow-up.aspx', year: 2024 }],
  stage: 'waiting',
  order: 1,
  covers: ['A1'],
};

function problems(data: Record<string, unknown>) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guides schema: review dates and sources', () => {
  it('accepts a guide with review dates and sources', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, sources: [{ title: 'No year', publisher: 'Acas', url: 'https://www.acas.org.uk/x' }] })).toEqual([]);
    // Some sources are old pages with no https version.
    expect(problems({ ...valid, sources: [{ title: 'An old page', publisher: 'US News', url: 'http://money.usnews.com/x' }] })).toEqual([]);
    // A source with no page of its publisher's to link is named, not linked.
    expect(problems({ ...valid, sources: [{ title: 'Understanding a callback', publisher: 'CareerCruise' }] })).toEqual([]);
  });

  it.each([
    ['reviewed', /^reviewed: `reviewed` is required/],
    ['nextReview', /^nextReview: `nextReview` is required/],
    ['sources', /^sources: `sources` is required/],
  ])('names the missing field %s', (field, message) => {
    const { [field]: _omitted, ...rest } = valid as Record<string, unknown>;
    expect(problems(rest).join('\n')).toMatch(message);
  });

  it.each([
    [{ nextReview: '2026-12-01' }, /^nextReview: `nextReview` must be after `reviewed`/],
    [{ reviewed: '2026-11-01' }, /^reviewed: `reviewed` must be on or after `published`/],
    [{ sources: [] }, /^sources: `sources` needs at least one entry/],
    [{ sources: [{ title: 'Not the web', publisher: 'X Org', url: 'ftp://example.org/file' }] }, /^sources\.0\.url: .*https:\/\//],
    [{ sources: [{ title: 'Not an address', publisher: 'X Org', url: 'example.org/page' }] }, /^sources\.0\.url: .*https:\/\//],
    [{ sources: [{ title: 'No publisher', url: 'https://example.org/' }] }, /^sources\.0\.publisher: Each source needs a `publisher`/],
    [{ sources: [{ ...valid.sources[0], year: 17.5 }] }, /^sources\.0\.year:/],
  ])('refuses %j', (change, message) => {
    expect(problems({ ...valid, ...change }).join('\n')).toMatch(message);
  });
});
