/**
 * The shape of a checklist file in src/content/checklists/*.yaml.
 *
 * Kept out of content.config.ts so unit tests can import it without the `astro:content`
 * virtual module. The checklist island and the etiquette guide both render from these files,
 * so each rule is written once.
 */
import { z } from 'astro/zod';
import { FACT_IDS } from '../data/facts';

/** The checklist that <Checklist /> shows when not told otherwise. */
export const DEFAULT_CHECKLIST_ID = 'follow-up';

/** Whether an item is something to do or something to avoid. */
export const CHECKLIST_KINDS = ['do', 'dont'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A guide page, optionally with a section: /guides/<slug>/ or /guides/<slug>/#<fragment>. */
const GUIDE_LINK = /^\/guides\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:#[a-z0-9]+(?:[-_][a-z0-9]+)*)?$/;

const DONT_TEXT = /^Don['’]t /;

const kebabId = (what: string) =>
  z.string().regex(KEBAB, `${what} must be kebab-case (lowercase letters, digits and single hyphens), e.g. "send-thanks".`);

export const checklistItemSchema = z.object({
  /** Stable id; saved progress is keyed by it, so never reuse an id for a different rule. */
  id: kebabId('An item id'),
  /** The rule as the reader ticks it off, in the imperative: "Send a thank-you note". */
  text: z.string().trim().min(5).max(120, 'Keep an item\'s text to 120 characters or fewer.'),
  /** One sentence saying why the rule matters. */
  why: z
    .string()
    .trim()
    .min(10)
    .max(200, 'Keep `why` to one short sentence (200 characters or fewer).')
    .refine((why) => /[.!?]$/.test(why), '`why` must be one full sentence ending in a period.')
    .refine((why) => !/[.!?]\s+\S/.test(why), '`why` must be one sentence, not several.'),
  /** `do` for something to do, `dont` for something to avoid. */
  kind: z.enum(CHECKLIST_KINDS, { message: 'Expected `kind` to be one of: do, dont.' }),
  /** The id of the fact in shared/domain-facts.md this rule comes from, e.g. F1. */
  fact: z.enum(FACT_IDS, { message: 'Expected `fact` to be a fact id from shared/domain-facts.md, e.g. F1.' }),
  /** Optional link to the guide section that explains the rule: /guides/<slug>/#<fragment>. */
  link: z
    .string()
    .regex(GUIDE_LINK, 'A link must point to a guide, like /guides/<slug>/ or /guides/<slug>/#<section>.')
    .optional(),
})
  // The text carries the kind in words ("Don’t …"), so nobody has to rely on an icon or colour.
  .refine((item) => (item.kind === 'dont') === DONT_TEXT.test(item.text), {
    message: 'A `dont` item\'s text must start with "Don’t" (and a `do` item\'s must not).',
    path: ['text'],
  });

export const checklistGroupSchema = z.object({
  /** Stable id; also the heading's id, so guide links can point to the group. */
  id: kebabId('A group id'),
  /** The group's heading, e.g. "On the call". */
  title: z.string().trim().min(3).max(60),
  /** The rules in this group, in the order to work through them. */
  items: z.array(checklistItemSchema).min(1, 'A group needs at least one item.'),
});

/** Reports every id that appears more than once, once each, in first-seen order. */
function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

export const checklistSchema = z
  .object({
    /** Stable id; part of the storage key, so changing it drops everyone's saved ticks. */
    id: kebabId('A checklist id'),
    /** The checklist's name, shown above it. */
    title: z.string().trim().min(3).max(80),
    /** The groups, in the order a reader lives through them. */
    groups: z.array(checklistGroupSchema).min(1, 'A checklist needs at least one group.'),
  })
  .superRefine((checklist, ctx) => {
    for (const id of duplicates(checklist.groups.map((group) => group.id))) {
      ctx.addIssue({
        code: 'custom',
        message: `Group id "${id}" is used more than once in checklist "${checklist.id}"; group ids must be unique.`,
        path: ['groups'],
      });
    }
    const itemIds = checklist.groups.flatMap((group) => group.items.map((item) => item.id));
    for (const id of duplicates(itemIds)) {
      ctx.addIssue({
        code: 'custom',
        message: `Item id "${id}" is used more than once in checklist "${checklist.id}"; item ids must be unique because saved ticks are keyed by them.`,
        path: ['groups'],
      });
    }
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
