import type { APIContext } from 'astro';

/** Lets every crawler in and points it to the sitemap that @astrojs/sitemap writes. */
export function GET(context: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', context.site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
