// Registers the service worker that keeps the guides and tools working offline after one visit.
// Loaded only by pages that already run JavaScript; guides stay script-free.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').catch(function () {
      // No service worker (development server, private mode): the site works online as usual.
    });
  });
}
