/**
 * The script generator's rules and the wording of every script: the heavy part of the tool,
 * loaded on first use (see engine.ts), so the page's first load stays small.
 */
export { buildScripts, checkScriptDates, competingOfferDraft } from '../../lib/follow-up-scripts';
