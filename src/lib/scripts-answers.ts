/**
 * Their answer on the call: not decided yet, not selected, position filled, an offer.
 * Facts: D1–D4, A5, L1–L3.
 * These scripts have the same parts whatever the details; the wording pack holds their
 * paragraphs for each tone, and the context fills in the names.
 */
import { fixedParagraphs, paragraphs, type ScriptContext } from './script-text';

/** D1: no decision yet. Ask if you're still considered and when to check back; then wait. */
export function notDecided(c: ScriptContext): string {
  return paragraphs(...fixedParagraphs(c, c.words.notDecided));
}

/** D2, D4: not selected. No sign of disappointment; ask for feedback; stay in their mind. */
export function notSelected(c: ScriptContext): string {
  return paragraphs(...fixedParagraphs(c, c.words.notSelected));
}

/** The job went to someone else: keep the door open, ask what to improve. */
export function positionFilled(c: ScriptContext): string {
  return paragraphs(...fixedParagraphs(c, c.words.positionFilled));
}

/** D3, A5, L1–L3: an offer. Thanks, no need to accept on the call; write everything down; ask for it in writing. */
export function offer(c: ScriptContext): string {
  return paragraphs(...fixedParagraphs(c, c.words.offer));
}
