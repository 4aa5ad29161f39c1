// @vitest-environment happy-dom
// excerptRuns reads excerpts with the browser's DOMParser; happy-dom provides one here.
import { describe, expect, it } from 'vitest';
import { excerptRuns } from '../../src/scripts/site-search';

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

describe('character references in excerpts', () => {
  it.each([
    ['&quot;hi&quot;', '"hi"'],
    ['it&#39;s', "it's"],
    ['it&#x27;s', "it's"],
    ['Caf&eacute; &ndash; r&eacute;sum&eacute;', 'Café – résumé'],
    ['&unknown; stays', '&unknown; stays'],
    // The HTML standard turns a reference to code point 0 into U+FFFD, never a NUL character.
    ['&#0; is replaced', '\uFFFD is replaced'],
  ])('%s → %s', (input, expected) => {
    expect(excerptRuns(input)).toEqual([{ text: expected, mark: false }]);
  });

  it('keeps the text of other tags as one run and decodes references inside <mark>', () => {
    expect(excerptRuns('a <em>b</em> c <mark>&lt;d&gt;</mark>')).toEqual([
      { text: 'a b c ', mark: false },
      { text: '<d>', mark: true },
    ]);
  });
});
