import { describe, expect, it } from 'vitest';
import { groupByStage, nextGuide, sortGuides } from '../../src/lib/guide-order';
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
