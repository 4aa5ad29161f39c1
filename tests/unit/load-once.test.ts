import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/components/shared/load-once';

describe('loadOnce', () => {
  it('loads once, however many callers ask while it loads or after', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load(), calls]).toEqual([1, 1, 1, 1]);
  });

  it('gives null when loading fails, and tries again on the next call', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'module';
    });
    expect(await load()).toBeNull();
    expect(await load()).toBe('module');
    expect(await load()).toBe('module');
    expect(calls).toBe(2);
  });
});
