/**
 * The "Keep every guide for offline use" button on /guides/ (KeepGuidesOffline.astro). It fills
 * the cache that the service worker serves guides from (its name comes with the manifest), so
 * every guide opens offline, not only those already read. The section stays hidden where the
 * browser has no service worker or Cache API: without them the button could do nothing.
 */
import { isProgressMilestone, parseManifest, saveGuides } from '../lib/save-guides';
import { formatSize, t } from './save-guides-messages';
import { guideManifest as MANIFEST_URL } from '../data/offline.json';

async function loadManifest() {
  const response = await fetch(MANIFEST_URL, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${MANIFEST_URL}: ${response.status}`);
  return parseManifest(await response.json());
}

/** Counts the guides already saved, to say so when the page opens (quietly: not a live region). */
async function showSavedState(section: HTMLElement, state: HTMLElement) {
  const total = Number(section.dataset.count);
  const names = await caches.keys();
  const cacheName = section.dataset.cache ?? '';
  if (!names.includes(cacheName)) return;
  const saved = (await (await caches.open(cacheName)).keys()).length;
  if (total > 0 && saved >= total) state.textContent = t('alreadyDone', { total });
}

async function keepAll(button: HTMLButtonElement, status: HTMLElement) {
  button.disabled = true;
  status.textContent = t('loading');
  try {
    const manifest = await loadManifest().catch(() => undefined);
    if (!manifest) {
      status.textContent = t('noList');
      return;
    }
    status.textContent = t('starting', { total: manifest.count, size: formatSize(manifest.bytes) });
    const cache = await caches.open(manifest.cache);
    let announced = 0;
    const result = await saveGuides(manifest.urls, cache, {
      onProgress: ({ done, total }) => {
        if (!isProgressMilestone(done, total, announced)) return;
        announced = done;
        status.textContent = t('progress', { done, total });
      },
    });
    status.textContent = t(result.problem ?? 'done', { done: result.done, total: result.total });
  } finally {
    button.disabled = false;
  }
}

export function startKeepOffline() {
  const section = document.querySelector<HTMLElement>('[data-keep-offline]');
  const button = section?.querySelector<HTMLButtonElement>('[data-keep-offline-button]');
  const status = section?.querySelector<HTMLElement>('[data-keep-offline-status]');
  const state = section?.querySelector<HTMLElement>('[data-keep-offline-state]');
  if (!section || !button || !status || !state || !('serviceWorker' in navigator) || !('caches' in window)) return;
  section.hidden = false;
  showSavedState(section, state).catch(() => {});
  button.addEventListener('click', () => {
    state.textContent = '';
    void keepAll(button, status);
  });
}
