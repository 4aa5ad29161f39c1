import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { FACT_IDS } from './data/facts';
import { STAGE_IDS } from './data/stages';
import { checklistSchema } from './lib/checklist-schema';

/** A date field every guide must carry; the message names the field, since Astro prints it with the file. */
function requiredDate(field: string, meaning: string) {
  return z.coerce.date({ error: `\`${field}\` is required and must be a date written YYYY-MM-DD: ${meaning}` });
}

/** One source a guide's figures or advice rest on, listed under "Sources" at the end of the guide. */
export const guideSourceSchema = z.object({
  /** The title of the page, report or article, as its publisher gives it. */
  title: z.string({ error: 'Each source needs a `title`: the name of the page or report.' }).min(3),
  /** Who published it: an organization, publication or named writer. */
  publisher: z.string({ error: 'Each source needs a `publisher`: who published it.' }).min(2),
  /**
   * Where to read it: a full web address. Prefer https://; http:// is accepted because some
   * sources are old pages with no secure version (the link opens in the same tab either way).
   * Choice: optional, for a source we hold and rely on but whose publisher's own page we can't
   * find (only unofficial copies on other sites): it is named, not linked, rather than linked to a
   * copy we can't vouch for.
   */
  url: z.url({ protocol: /^https?$/, error: 'A source\'s `url` must be a full web address starting with https:// (or http:// for an old page with no secure version); leave it out if the publisher has no page to link.' }).optional(),
  /** Year of publication, when known. */
  year: z.number({ error: 'A source\'s `year` must be a whole number, such as 2017.' }).int().min(1900).max(2100).optional(),
});

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
    /** When someone last checked the whole guide against its sources (shown as "Last reviewed"). */
    reviewed: requiredDate('reviewed', 'when the guide was last checked against its sources.'),
    /** When the guide is due to be checked again (shown as "Next review due"); a test fails once it has passed. */
    nextReview: requiredDate('nextReview', 'when the guide is next due to be checked.'),
    /** The sources behind the guide's figures and advice, listed at its end; at least one. */
    sources: z
      .array(guideSourceSchema, { error: '`sources` is required: a list of at least one { title, publisher, url } the guide rests on.' })
      .min(1, '`sources` needs at least one entry: the guide must say where its figures and advice come from.'),
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
  }).refine((guide) => guide.reviewed >= guide.published, {
    message: '`reviewed` must be on or after `published`.',
    path: ['reviewed'],
  }).refine((guide) => guide.nextReview > guide.reviewed, {
    message: '`nextReview` must be after `reviewed`.',
    path: ['nextReview'],
  }),
});

/** Checklists: one YAML file each under src/content/checklists/; shape in src/lib/checklist-schema.ts. */
const checklists = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/checklists' }),
  schema: checklistSchema,
});

export const collections = { guides, checklists };
