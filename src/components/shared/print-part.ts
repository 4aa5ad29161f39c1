/**
 * Prints one part of the page, even where a tool sits inside a longer guide: the class on
 * <html> lets the tool's print stylesheet hide everything else, and goes once printing ends.
 * Given an element, it is marked `data-print-part` too, so a stylesheet can print that one
 * element alone (see print-part.css). `done` runs once printing ends (an island that put the
 * part in the page only to print it takes it out again).
 */
export function printPart(className: string, part?: Element | null, done?: () => void): void {
  const root = document.documentElement;
  root.classList.add(className);
  part?.setAttribute('data-print-part', '');
  addEventListener(
    'afterprint',
    () => {
      root.classList.remove(className);
      part?.removeAttribute('data-print-part');
      done?.();
    },
    { once: true },
  );
  print();
}
