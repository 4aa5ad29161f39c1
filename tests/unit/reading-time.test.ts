import { describe, expect, it } from 'vitest';
import { countProseWords, readingMinutes } from '../../src/lib/reading-time';

describe('countProseWords', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ["Don't wait: call on Tuesday.", 5],
    ["import InShort from '../../components/InShort.astro';\n\nHello there.", 2],
    ['<InShort>\n- Call after lunch\n</InShort>', 3],
    ['See [the planner](/tools/when-to-call/) first.', 4],
    ['## A heading\n\nText with **bold** and `code`.', 7],
    ['Interview on 2026-03-03 at 10:30', 5],
  ])('%j has %i words', (body, expected) => {
    expect(countProseWords(body)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [99, 1],
    [300, 2],
    [1000, 5],
    [1500, 8],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
