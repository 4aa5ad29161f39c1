/**
 * Copies plain text. The async Clipboard API first; where it is missing or refused (older
 * browsers, pages not served over HTTPS, a denied permission), a hidden textarea and
 * execCommand('copy'), which still works inside a click handler. The text is set as a value,
 * never parsed as HTML.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'kit-copy-buffer';
  document.body.append(area);
  const active = document.activeElement as HTMLElement | null;
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus();
  }
}
