/**
 * A module loaded on first use, once. While it loads, every caller shares the same promise; if it
 * fails (offline, blocked), the promise resolves to null, so the tool carries on without it, and
 * the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T | null> {
  let loading: Promise<T | null> | null = null;
  return () =>
    (loading ??= load().catch(() => {
      loading = null;
      return null;
    }));
}
