import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProgressMilestone, parseManifest, saveGuides, type GuideCache } from '../../src/lib/save-guides';
import { formatSize, t } from '../../src/scripts/save-guides-messages';

/** A cache in memory; `failAt` makes the nth add (0-based) throw the given error. */
function memoryCache(saved: string[] = [], failAt?: { index: number; error: Error }) {
  const stored = new Set(saved);
  const added: string[] = [];
  let adds = 0;
  const cache: GuideCache = {
    match: async (url) => (stored.has(url) ? {} : undefined),
    add: async (url) => {
      const index = adds++;
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (failAt && index >= failAt.index) throw failAt.error;
      stored.add(url);
      added.push(url);
    },
  };
  return { cache, stored, added };
}

const urls = Array.from({ length: 10 }, (_, i) => `/guides/g${i}/`);
const quotaError = Object.assign(new Error('full'), { name: 'QuotaExceededError' });

describe('saveGuides', () => {
  it('saves every guide and reports progress up to the total', async () => {
    const { cache, stored } = memoryCache();
    const progress: number[] = [];
    const result = await saveGuides(urls, cache, { onProgress: ({ done }) => progress.push(done) });
    expect(result).toEqual({ done: 10, total: 10 });
    expect([...stored].sort()).toEqual([...urls].sort());
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('downloads only the guides not saved yet, and counts the others as done', async () => {
    const { cache, added } = memoryCache(urls.slice(0, 7));
    expect(await saveGuides(urls, cache)).toEqual({ done: 10, total: 10 });
    expect(added.sort()).toEqual(urls.slice(7).sort());
  });

  it.each([
    ['network', new TypeError('Failed to fetch')],
    ['quota', quotaError],
  ])('stops at the first failure (%s) and keeps what was saved', async (problem, error) => {
    const { cache, stored } = memoryCache([], { index: 3, error });
    const result = await saveGuides(urls, cache, { concurrency: 2 });
    expect(result.problem).toBe(problem);
    expect(result.done).toBe(stored.size);
    expect(result.done).toBeLessThan(10);
  });

  it('never runs more downloads at once than asked', async () => {
    let running = 0;
    let most = 0;
    const cache: GuideCache = {
      match: async () => undefined,
      add: async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
      },
    };
    await saveGuides(urls, cache, { concurrency: 3 });
    expect(most).toBe(3);
  });

  it('has nothing to do for an empty list', async () => {
    expect(await saveGuides([], memoryCache().cache)).toEqual({ done: 0, total: 0 });
  });
});

describe('isProgressMilestone', () => {
  it.each([
    [24, 100, 0, false],
    [25, 100, 0, true],
    [26, 100, 25, false],
    [50, 100, 25, true],
    [99, 100, 75, false],
    [100, 100, 75, false],
    [1, 3, 0, true],
  ])('%i of %i, last announced %i → %s', (done, total, last, expected) => {
    expect(isProgressMilestone(done, total, last)).toBe(expected);
  });

  it('announces at most three times, however many guides', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (total) => {
        let last = 0;
        let count = 0;
        for (let done = 1; done <= total; done += 1) {
          if (isProgressMilestone(done, total, last)) {
            count += 1;
            last = done;
          }
        }
        return count <= 3;
      }),
    );
  });
});

describe('parseManifest', () => {
  it('accepts the manifest the build writes, counting its URLs', () => {
    expect(parseManifest({ cache: 'guides', count: 99, bytes: 1234, urls: ['/guides/a/'] })).toEqual({ cache: 'guides', count: 1, bytes: 1234, urls: ['/guides/a/'] });
  });
  it.each([[null], [{}], [{ cache: 'guides', bytes: 1, urls: ['https://elsewhere.example/'] }], [{ cache: 1, bytes: 1, urls: [] }]])('refuses %j', (value) => {
    expect(() => parseManifest(value)).toThrow(TypeError);
  });
});

describe('messages', () => {
  it('fill in named values, with numbers written for the locale', () => {
    expect(t('progress', { done: 250, total: 1000 })).toBe('Saving guides: 250 of 1,000…');
    expect(t('starting', { total: 1000, size: formatSize(24 * 1024 * 1024) })).toBe('Saving 1,000 guides (24 MB) on this device…');
  });
  it.each([
    [500, '1 KB'],
    [300_000, '293 KB'],
    [1_300_000, '1.2 MB'],
    [25_000_000, '24 MB'],
  ])('formatSize(%i) = %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
