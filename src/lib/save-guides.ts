/**
 * "Keep every guide for offline use": puts every guide listed in /offline-guides.json into the
 * cache the service worker reads guides from. No DOM here: the cache and the progress callback
 * come in as arguments, so the rules (skip what is saved, a few at a time, stop at the first
 * failure, say why) are tested without a browser.
 */

/** The parts of the Cache API this uses (a real `Cache` fits). */
export interface GuideCache {
  match(url: string): Promise<unknown>;
  add(url: string): Promise<void>;
}

/** dist/offline-guides.json, written by scripts/search-and-offline.mjs. */
export interface GuideManifest {
  cache: string;
  count: number;
  bytes: number;
  urls: string[];
}

export type SaveProblem = 'network' | 'quota';

export interface SaveProgress {
  /** Guides on this device so far, those saved earlier included. */
  done: number;
  total: number;
}

export interface SaveResult extends SaveProgress {
  /** Set when saving stopped before the end. */
  problem?: SaveProblem;
}

/** Checks the shape of the manifest, so a broken file fails with a reason rather than halfway. */
export function parseManifest(value: unknown): GuideManifest {
  const data = value as Partial<GuideManifest> | null;
  if (
    !data ||
    typeof data.cache !== 'string' ||
    typeof data.bytes !== 'number' ||
    !Array.isArray(data.urls) ||
    !data.urls.every((url) => typeof url === 'string' && url.startsWith('/'))
  ) {
    throw new TypeError('offline-guides.json is not a guide manifest');
  }
  return { cache: data.cache, bytes: data.bytes, urls: data.urls, count: data.urls.length };
}

function problemOf(error: unknown): SaveProblem {
  return error instanceof Error && error.name === 'QuotaExceededError' ? 'quota' : 'network';
}

/**
 * Saves every URL not yet in `cache`, `concurrency` at a time. Stops starting new downloads at
 * the first failure (offline, or the device is full): trying the rest would fail the same way.
 * What was saved stays saved, so trying again carries on where it stopped.
 */
export async function saveGuides(
  urls: readonly string[],
  cache: GuideCache,
  { concurrency = 4, onProgress }: { concurrency?: number; onProgress?: (progress: SaveProgress) => void } = {},
): Promise<SaveResult> {
  const total = urls.length;
  let done = 0;
  let next = 0;
  let problem: SaveProblem | undefined;
  const worker = async () => {
    while (problem === undefined && next < total) {
      const url = urls[next++];
      try {
        if (!(await cache.match(url))) await cache.add(url);
        done += 1;
        onProgress?.({ done, total });
      } catch (error) {
        problem ??= problemOf(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, total)) }, worker));
  return problem === undefined ? { done, total } : { done, total, problem };
}

/**
 * Whether a progress update is worth announcing: a screen reader hears "25%", "50%", "75%",
 * not a thousand numbers. True when `done` crosses the next quarter since `lastAnnounced`.
 */
export function isProgressMilestone(done: number, total: number, lastAnnounced: number): boolean {
  if (total === 0 || done >= total) return false;
  const quarter = (count: number) => Math.floor((count / total) * 4);
  return quarter(done) > quarter(lastAnnounced);
}
