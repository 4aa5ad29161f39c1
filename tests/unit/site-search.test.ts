import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptRuns } from '../../src/scripts/site-search';

describe('excerptRuns', () => {
  it('turns <mark> into highlighted runs and keeps the rest as text', () => {
    expect(excerptRuns('Call the <mark>recruiter</mark> after <mark>lunch</mark>.')).toEqual([
      { text: 'Call the ', mark: false },
      { text: 'recruiter', mark: true },
      { text: ' after ', mark: false },
      { text: 'lunch', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('never lets markup through: other tags are dropped and entities become plain characters', () => {
    const runs = excerptRuns('<img src=x onerror=alert(1)>Tom &amp; Jerry &lt;b&gt; <mark>x</mark>');
    expect(runs).toEqual([
      { text: 'Tom & Jerry <b> ', mark: false },
      { text: 'x', mark: true },
    ]);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&quot;hi&quot;', '"hi"'],
    ['it&#39;s', "it's"],
    ['it&#x27;s', "it's"],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; stays', '&#0; stays'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
