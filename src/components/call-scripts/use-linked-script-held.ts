/**
 * Keeps the script a link opened (/tools/call-scripts/#decline-offer) where the reader sees it
 * while the island sets itself up above it: picking the link's moment, restoring saved details
 * and filling every script in once the wording arrives all change heights above the script.
 * The browser's scroll anchoring handles most of that, but it may anchor to the script just
 * above, whose words change too; this holds the linked script itself, to the pixel.
 *
 * Only while the page settles: from the reader's first key, tap, click or wheel on, it is theirs
 * (holding a script in place as they type in the form would scroll the form away from them).
 * Only once the browser has brought the script to its place: a smooth scroll still under way
 * is left to finish, and a reader who has already scrolled elsewhere is left there.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

const READER_ACTIONS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/** The linked element, its top in the viewport, and whether the link's scroll has brought it to its place. */
function linkedTop(): { element: Element; top: number; inPlace: boolean } | null {
  const element = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!element) return null;
  const top = element.getBoundingClientRect().top;
  const place = parseFloat(getComputedStyle(element).scrollMarginBlockStart) || 0;
  return { element, top, inPlace: Math.abs(top - place) < 2 };
}

export function useLinkedScriptHeld() {
  const settling = useRef(typeof document !== 'undefined');
  // Read during render, that is before Preact changes the page: where the reader sees it now.
  const before = settling.current ? linkedTop() : null;

  useLayoutEffect(() => {
    const stop = () => (settling.current = false);
    for (const action of READER_ACTIONS) addEventListener(action, stop, { once: true, passive: true });
    return () => READER_ACTIONS.forEach((action) => removeEventListener(action, stop));
  }, []);

  useLayoutEffect(() => {
    if (!before || !settling.current) return;
    const moved = before.element.getBoundingClientRect().top - before.top;
    if (!moved) return;
    // 'instant': the page's smooth scrolling would show the correction as movement.
    if (before.inPlace) scrollBy({ top: moved, behavior: 'instant' });
    // The browser's scroll to the link is still under way, towards where the script was: go there now.
    else before.element.scrollIntoView({ block: 'start', behavior: 'instant' });
  });
}
