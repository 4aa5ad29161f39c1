/**
 * Message lookup for every tool: each tool keeps its wording in one message module per
 * language (a flat record of keys to templates), and fills the `{name}` slots here. A second
 * language is a second set of message modules, not an edit of the rules.
 */

export type MessageValues = Readonly<Record<string, string | number>>;
export type Messages = Readonly<Record<string, string>>;

/** Fills `{name}` slots with their values. A slot with no value is left as it is, so a test can find it. */
export function fill(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** A `t(key, values)` for one message module. An unknown key comes back as itself. */
export function translator<M extends Messages>(messages: M): (key: keyof M & string, values?: MessageValues) => string {
  return (key, values) => fill(messages[key] ?? key, values);
}
