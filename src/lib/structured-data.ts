/**
 * Schema.org objects for JSON-LD: Article (with the page's lastReviewed), FAQPage, BreadcrumbList and WebSite.
 * Pure: URLs and dates come in as arguments; dates leave as ISO YYYY-MM-DD strings.
 */
import { SITE_LOCALE, SITE_NAME } from '../data/site';
import type { FaqItem } from './faq';

export { SITE_NAME };
export const SHARE_IMAGE = { path: '/og-default.png', width: 1200, height: 630, alt: 'Callback Kit: help for the wait after a job interview' };
export const LOGO = { path: '/icons/icon-512.png' };

type JsonLd = Record<string, unknown>;

/** A YYYY-MM-DD string for a date (read in UTC, as content dates are). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function organization(site: URL | string): JsonLd {
  return { '@type': 'Organization', name: SITE_NAME, url: new URL('/', site).href };
}

export function publisher(site: URL | string): JsonLd {
  return {
    ...organization(site),
    logo: { '@type': 'ImageObject', url: new URL(LOGO.path, site).href },
  };
}

export interface ArticleInput {
  site: URL | string;
  url: URL | string;
  title: string;
  description: string;
  published: Date;
  updated: Date;
  section?: string;
  /** When the guide was last checked against its sources: the page's `lastReviewed`. */
  reviewed?: Date;
}

export function articleJsonLd({ site, url, title, description, published, updated, section, reviewed }: ArticleInput): JsonLd {
  const href = new URL(url, site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: title,
    description,
    datePublished: isoDate(published),
    dateModified: isoDate(updated),
    author: organization(site),
    publisher: publisher(site),
    image: [new URL(SHARE_IMAGE.path, site).href],
    // lastReviewed belongs to the page (WebPage), not to the Article, in schema.org.
    mainEntityOfPage: { '@type': 'WebPage', '@id': href, ...(reviewed ? { lastReviewed: isoDate(reviewed) } : {}) },
    ...(section ? { articleSection: section } : {}),
  };
}

export function faqPageJsonLd(items: FaqItem[]): JsonLd | undefined {
  if (items.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

export interface Crumb {
  name: string;
  path: string;
}

/** Names for the site's top-level sections, by first path segment. */
const SECTIONS: Record<string, string> = { guides: 'Guides', tools: 'Tools', search: 'Search', 'about-our-advice': 'About our advice' };

/**
 * The trail from the home page to a page, from its URL path and title: Home › Guides › <title>
 * (a stage listing too: Home › Guides › <its title>).
 * Empty for the home page and for pages outside the known sections (such as the 404 page).
 */
export function breadcrumbTrail(pathname: string, title: string): Crumb[] {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return [];
  const section = SECTIONS[segments[0]];
  if (!section) return [];
  const trail: Crumb[] = [
    { name: 'Home', path: '/' },
    { name: section, path: `/${segments[0]}/` },
  ];
  // Deeper pages (a stage's guide listing, /guides/stage/<id>/2/) sit directly under their section.
  if (segments.length >= 2) trail.push({ name: title, path: `/${segments.join('/')}/` });
  return trail;
}

export function breadcrumbJsonLd(trail: Crumb[], site: URL | string): JsonLd | undefined {
  if (trail.length < 2) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.path, site).href,
    })),
  };
}

export function webSiteJsonLd(site: URL | string, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: new URL('/', site).href,
    description,
    inLanguage: SITE_LOCALE,
    publisher: organization(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/search/', site).href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are escaped so that
 * no text can close the element or open a comment.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
