/**
 * The planner's link parameters as the page names them (words in messages.en.ts), for the
 * notice about the ones that couldn't be read. Loaded with the rules (plan-engine.ts). The
 * element ids of the fields are in field-ids.ts: the rules and the form state (src/lib) know
 * fields, not elements.
 */
import { MESSAGES, t, type MessageKey } from './messages.en';

/** A link parameter's name as the page shows it; an unknown one as itself. */
export function paramLabel(key: string): string {
  const label = `param.${key}`;
  return label in MESSAGES ? t(label as MessageKey) : key;
}

/** The notice for a link whose parameters `ignored` couldn't be read. */
export function ignoredNotice(ignored: string[]): string {
  return t('link.ignored', { names: ignored.map(paramLabel).join(', ') });
}
