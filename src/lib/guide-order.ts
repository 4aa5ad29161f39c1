import { STAGE_IDS, type StageId } from '../data/stages';

/** The fields of a guide that decide where it sits in the reading order. */
export interface OrderedGuide {
  id: string;
  data: { order: number; stage: StageId };
}

/**
 * Guides in reading order: stage by stage, in the order of the wait (as the guides list shows
 * them), then by `order` within a stage, then by slug so the result never depends on file order.
 * "Next guide" follows this order, so it never jumps back up the list or stops halfway down.
 */
export function sortGuides<T extends OrderedGuide>(guides: readonly T[]): T[] {
  const stageIndex = (guide: T) => STAGE_IDS.indexOf(guide.data.stage);
  return [...guides].sort((a, b) => stageIndex(a) - stageIndex(b) || a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Guides grouped by stage, stages in the order of the wait; empty stages are left out. */
export function groupByStage<T extends OrderedGuide>(guides: readonly T[]): { stage: StageId; guides: T[] }[] {
  const sorted = sortGuides(guides);
  return STAGE_IDS.map((stage) => ({ stage, guides: sorted.filter((guide) => guide.data.stage === stage) })).filter(
    (group) => group.guides.length > 0,
  );
}

/** The guide after `id` in reading order, or undefined for the last one. */
export function nextGuide<T extends OrderedGuide>(guides: readonly T[], id: string): T | undefined {
  const sorted = sortGuides(guides);
  const index = sorted.findIndex((guide) => guide.id === id);
  return index === -1 ? undefined : sorted[index + 1];
}

/**
 * How many guides each listing shows per stage before it links to the stage's own pages. The
 * home page and the guides index must stay within a guide's byte budget however many guides
 * there are (see scripts/bench-scale.mjs); stage pages are split into pages of STAGE_PAGE_SIZE.
 */
export const HOME_GUIDES_PER_STAGE = 3;
export const INDEX_GUIDES_PER_STAGE = 6;
export const STAGE_PAGE_SIZE = 25;

/** Each stage that has guides, with its first `limit` guides in reading order and how many it has in all. */
export function previewByStage<T extends OrderedGuide>(guides: readonly T[], limit: number): { stage: StageId; guides: T[]; total: number }[] {
  return groupByStage(guides).map((group) => ({ stage: group.stage, guides: group.guides.slice(0, limit), total: group.guides.length }));
}

export interface StagePage<T> {
  stage: StageId;
  /** 1-based. */
  page: number;
  pageCount: number;
  /** Position in the stage's reading order of this page's first guide (1-based). */
  first: number;
  total: number;
  guides: T[];
}

/** Every page of every stage listing: each stage's guides in reading order, `pageSize` at a time. */
export function stagePages<T extends OrderedGuide>(guides: readonly T[], pageSize: number): StagePage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive whole number, not ${pageSize}`);
  return groupByStage(guides).flatMap((group) => {
    const pageCount = Math.ceil(group.guides.length / pageSize);
    return Array.from({ length: pageCount }, (_, index) => ({
      stage: group.stage,
      page: index + 1,
      pageCount,
      first: index * pageSize + 1,
      total: group.guides.length,
      guides: group.guides.slice(index * pageSize, (index + 1) * pageSize),
    }));
  });
}
