/**
 * Prints one part of the page, even where a tool sits inside a longer guide: the class on
 * <html> lets the tool's print stylesheet hide everything else, and goes once printing ends.
 * Given an element, it is marked `data-print-part` too, so a stylesheet can print that one
 * element alone (see print-part.css).
 */
export function printPart(className: string, part?: Element | null): void {
  const root = document.documentElement;
  root.classList.add(className);
  part?.setAttribute('data-print-part', '');
  addEventListener(
    'afterprint',
    () => {
      root.classList.remove(className);
      part?.removeAttribute('data-print-part');
    },
    { once: true },
  );
  print();
}
