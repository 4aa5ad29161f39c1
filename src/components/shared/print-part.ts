/**
 * Prints one part of the page, even where a tool sits inside a longer guide: the class on
 * <html> lets the tool's print stylesheet hide everything else, and goes once printing ends.
 */
export function printPart(className: string): void {
  const root = document.documentElement;
  root.classList.add(className);
  addEventListener('afterprint', () => root.classList.remove(className), { once: true });
  print();
}
