/**
 * Before the engine has loaded, the scripts are the ones the server rendered: with
 * [placeholders], exactly what the engine gives for an empty form. Reading them back from the
 * page lets the island hydrate, copy and print without the engine, and without a moment of
 * empty boxes.
 */
import type { EmailText, Scripts } from '../../lib/follow-up-scripts';
import { estimateSpeakingSeconds } from '../../lib/voicemail-timing';
import type { ToolCopy } from './copy';

export function scriptsFromPage(idPrefix: string, copy: ToolCopy): Scripts {
  const text = (id: string) => document.getElementById(id)?.textContent ?? '';
  const scripts: Record<string, string | EmailText> = {};
  for (const group of copy.groups) {
    for (const { key, slug } of group.sections) {
      const id = `${idPrefix}-${slug}`;
      scripts[key] = document.getElementById(`${id}-subject`) ? { subject: text(`${id}-subject`), body: text(`${id}-text`) } : text(`${id}-text`);
    }
  }
  return { ...(scripts as unknown as Scripts), voicemailSeconds: estimateSpeakingSeconds(String(scripts.voicemail), copy.phonePlaceholder) };
}
