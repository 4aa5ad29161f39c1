/**
 * The script generator's rules and the English wording of every script: the heavy part of
 * the tool, loaded on first use (see engine.ts), so the page's first load stays small. The
 * rules take the wording pack as an argument; this module binds the English one.
 */
import { buildScripts as build, checkScriptDates, competingOfferDraft as draft, type ScriptDetails } from '../../lib/follow-up-scripts';
import { SCRIPT_WORDS_EN } from './scripts.en';

export { checkScriptDates };

export const buildScripts = (details: ScriptDetails, today: string) => build(details, today, SCRIPT_WORDS_EN);

export const competingOfferDraft = (details: ScriptDetails, today: string) => draft(details, today, SCRIPT_WORDS_EN);
