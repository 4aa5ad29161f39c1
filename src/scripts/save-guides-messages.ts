/**
 * Wording for "Keep every guide for offline use" (keep-offline.ts, KeepGuidesOffline.astro),
 * in one place, in US English: the message module of that feature. The rules it reports on
 * (src/lib/save-guides.ts) return counts and problem codes only.
 */

/** The locale these messages are written for; numbers are formatted for it. */
export const LOCALE = 'en-US';

const MESSAGES = {
  loading: 'Getting the list of guides…',
  starting: 'Saving {total} guides ({size}) on this device…',
  progress: 'Saving guides: {done} of {total}…',
  done: 'Done. All {total} guides are saved on this device and will open without a connection.',
  alreadyDone: 'All {total} guides are saved on this device.',
  network: 'Saved {done} of {total} guides, then the connection failed. Try again when you’re back online: the guides already saved are kept.',
  quota: 'This device has no room for more saved guides ({done} of {total} saved). Free some space and try again.',
  noList: 'The list of guides couldn’t be loaded. Check your connection and try again.',
} as const;

export type SaveMessage = keyof typeof MESSAGES;

/** A message with its {named} values filled in; numbers are written for `locale`. */
export function t(key: SaveMessage, values: Record<string, number | string> = {}, locale = LOCALE): string {
  return MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/** A download size in words: "640 KB", "24 MB". */
export function formatSize(bytes: number, locale = LOCALE): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(megabytes)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}
