import { STAGE_IDS, type StageId } from '../data/stages';

/** The fields of a guide that decide where it sits in the reading order. */
export interface OrderedGuide {
  id: string;
  data: { order: number; stage: StageId };
}

/** Guides in reading order: by `order`, then by slug so the result never depends on file order. */
export function sortGuides<T extends OrderedGuide>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
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
