import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { FACT_IDS } from './data/facts';
import { STAGE_IDS } from './data/stages';
import { checklistSchema } from './lib/checklist-schema';

/** Guides: the articles, one MDX file each under src/content/guides/; the file name is the slug. */
const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }),
  schema: z.object({
    /** The page title and the guide's `<h1>`. */
    title: z.string().min(5).max(90),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(50).max(160, 'Keep the description to 160 characters or fewer: search engines cut longer ones.'),
    /** First published, as a YAML date (YYYY-MM-DD). */
    published: z.coerce.date(),
    /** Last meaningful change, as a YAML date (YYYY-MM-DD); shown to readers. */
    updated: z.coerce.date(),
    /** Where in the wait after an interview this guide belongs. */
    stage: z.enum(STAGE_IDS),
    /** Position in the reading order (1 first). */
    order: z.number().int().positive(),
    /** Ids of the facts in shared/domain-facts.md this guide explains, e.g. A1. */
    covers: z.array(z.enum(FACT_IDS)).min(1),
    /** Other guides to suggest at the end, by slug. */
    related: z.array(reference('guides')).optional(),
  }).refine((guide) => guide.updated >= guide.published, {
    message: '`updated` must be on or after `published`.',
    path: ['updated'],
  }),
});

/** Checklists: one YAML file each under src/content/checklists/; shape in src/lib/checklist-schema.ts. */
const checklists = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/checklists' }),
  schema: checklistSchema,
});

export const collections = { guides, checklists };
