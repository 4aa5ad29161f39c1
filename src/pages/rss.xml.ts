import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { STAGES } from '../data/stages';

/** The guides as an RSS feed, newest first, linked from every page's <head>. */
export async function GET(context: APIContext) {
  const guides = (await getCollection('guides')).sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  return rss({
    title: 'Callback Kit guides',
    description: 'Guides for the wait after a job interview: when and how to follow up, what to say or write, and what to do if the answer never comes.',
    site: context.site!,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address, which feed validators ask for.
    customData: `<language>en-us</language><atom:link href="${new URL('/rss.xml', context.site).href}" rel="self" type="application/rss+xml"/>`,
    items: guides.map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      pubDate: guide.data.published,
      link: `/guides/${guide.id}/`,
      categories: STAGES.filter((stage) => stage.id === guide.data.stage).map((stage) => stage.title),
    })),
  });
}
