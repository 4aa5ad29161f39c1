/**
 * Merging an opened backup into the board. Its own module so it loads with the board's engine,
 * on use, rather than with the page (it runs only when a backup is added to a board).
 */
import type { Application } from './follow-ups-model';

export interface MergeResult {
  applications: Application[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges an imported list into the board by id: new ids are added, and where both have an
 * application, the one with the newer `updatedAt` wins (the board's copy on a tie). The
 * board's order is kept; new ones follow in the file's order.
 */
export function mergeApplications(current: Application[], incoming: Application[]): MergeResult {
  const byId = new Map(incoming.map((app) => [app.id, app]));
  let updated = 0;
  const merged = current.map((app) => {
    const other = byId.get(app.id);
    byId.delete(app.id);
    if (other && other.updatedAt > app.updatedAt) {
      updated += 1;
      return other;
    }
    return app;
  });
  const added = [...byId.values()];
  return { applications: [...merged, ...added], added: added.length, updated, unchanged: current.length - updated };
}
