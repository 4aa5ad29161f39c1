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
