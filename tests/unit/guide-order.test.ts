import { describe, expect, it } from 'vitest';
import { groupByStage, nextGuide, previewByStage, sortGuides, stagePages } from '../../src/lib/guide-order';
import type { StageId } from '../../src/data/stages';

const guide = (id: string, order: number, stage: StageId) => ({ id, data: { order, stage } });

const guides = [
  guide('etiquette', 5, 'etiquette'),
  guide('meaning', 1, 'after-the-interview'),
  guide('how-to-call', 3, 'making-the-call'),
  guide('thank-you', 6, 'after-the-interview'),
  guide('why-call', 2, 'waiting'),
];

describe('sortGuides', () => {
  it('puts guides in reading order: stage by stage, then by order within a stage', () => {
    expect(sortGuides(guides).map((g) => g.id)).toEqual(['meaning', 'thank-you', 'why-call', 'how-to-call', 'etiquette']);
  });
  it('reads in the same order as the guides list, stage groups one after the other', () => {
    expect(sortGuides(guides)).toEqual(groupByStage(guides).flatMap((group) => group.guides));
  });
  it('breaks ties by slug, whatever the input order', () => {
    const tied = [guide('b', 1, 'waiting'), guide('a', 1, 'waiting')];
    expect(sortGuides(tied).map((g) => g.id)).toEqual(['a', 'b']);
    expect(sortGuides([...tied].reverse()).map((g) => g.id)).toEqual(['a', 'b']);
  });
  it('does not change its input', () => {
    const copy = [...guides];
    sortGuides(guides);
    expect(guides).toEqual(copy);
  });
});

describe('groupByStage', () => {
  it('groups in the order of the wait and leaves out empty stages', () => {
    expect(groupByStage(guides).map((group) => [group.stage, group.guides.map((g) => g.id)])).toEqual([
      ['after-the-interview', ['meaning', 'thank-you']],
      ['waiting', ['why-call']],
      ['making-the-call', ['how-to-call']],
      ['etiquette', ['etiquette']],
    ]);
  });
});

describe('nextGuide', () => {
  it.each([
    ['meaning', 'thank-you'],
    ['thank-you', 'why-call'],
    ['how-to-call', 'etiquette'],
    ['etiquette', undefined],
    ['unknown', undefined],
  ])('after %s comes %s', (id, expected) => {
    expect(nextGuide(guides, id)?.id).toBe(expected);
  });
});

describe('previewByStage', () => {
  it('keeps the first guides of each stage in reading order and counts them all', () => {
    expect(previewByStage(guides, 1).map((group) => [group.stage, group.guides.map((g) => g.id), group.total])).toEqual([
      ['after-the-interview', ['meaning'], 2],
      ['waiting', ['why-call'], 1],
      ['making-the-call', ['how-to-call'], 1],
      ['etiquette', ['etiquette'], 1],
    ]);
  });
});

describe('stagePages', () => {
  const many = Array.from({ length: 23 }, (_, i) => guide(`w${String(i).padStart(2, '0')}`, i + 1, 'waiting'));

  it.each([
    [10, [[1, 3, 1, 10], [2, 3, 11, 10], [3, 3, 21, 3]]],
    [23, [[1, 1, 1, 23]]],
    [100, [[1, 1, 1, 23]]],
  ])('pages of %i', (size, expected) => {
    expect(stagePages(many, size).map((page) => [page.page, page.pageCount, page.first, page.guides.length])).toEqual(expected);
  });

  it('reads, page after page and stage after stage, in the same order as "Next guide"', () => {
    const all = [...guides, ...many];
    for (const size of [1, 2, 7, 50]) expect(stagePages(all, size).flatMap((page) => page.guides)).toEqual(sortGuides(all));
  });

  it('makes no page for a stage with no guides', () => {
    expect(stagePages(guides, 10).map((page) => page.stage)).not.toContain('no-callback');
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => stagePages(guides, 0)).toThrow(RangeError);
    expect(() => stagePages(guides, 2.5)).toThrow(RangeError);
  });
});
