import { describe, expect, it } from 'vitest';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  breadcrumbTrail,
  faqPageJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
} from '../../src/lib/structured-data';
import { validateJsonLd } from '../support/schema-org';

const SITE = 'https://callback-kit.example';

describe('breadcrumbTrail', () => {
  it.each([
    ['/', []],
    ['/404.html', []],
    ['/unknown/page/', []],
    ['/guides/', ['Home', 'Guides']],
    ['/guides/some-guide/', ['Home', 'Guides', 'The title']],
    ['/guides/stage/waiting/2/', ['Home', 'Guides', 'The title']],
    ['/about-our-advice/', ['Home', 'About our advice']],
    ['/tools/checklist/', ['Home', 'Tools', 'The title']],
    ['/search/', ['Home', 'Search']],
  ])('%s → %j', (path, names) => {
    expect(breadcrumbTrail(path, 'The title').map((crumb) => crumb.name)).toEqual(names);
  });
});

describe('JSON-LD builders produce valid schema.org', () => {
  const article = articleJsonLd({
    site: SITE,
    url: '/guides/x/',
    title: 'A guide',
    description: 'What the guide is about.',
    published: new Date('2026-11-01'),
    updated: new Date('2026-11-20'),
    section: 'Waiting',
  });

  it('Article', () => {
    expect(validateJsonLd(article)).toEqual([]);
    expect(article).toMatchObject({ datePublished: '2026-11-01', dateModified: '2026-11-20', mainEntityOfPage: { '@id': `${SITE}/guides/x/` } });
    expect(article.mainEntityOfPage).not.toHaveProperty('lastReviewed');
  });

  it('Article with its review date on the page', () => {
    const reviewed = articleJsonLd({
      site: SITE,
      url: '/guides/x/',
      title: 'A guide',
      description: 'What the guide is about.',
      published: new Date('2026-11-01'),
      updated: new Date('2026-11-20'),
      reviewed: new Date('2026-12-01'),
    });
    expect(validateJsonLd(reviewed)).toEqual([]);
    expect(reviewed).toMatchObject({ mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/guides/x/`, lastReviewed: '2026-12-01' } });
  });

  it('FAQPage, and none without questions', () => {
    const faq = faqPageJsonLd([{ question: 'Why?', answer: 'Because.' }]);
    expect(validateJsonLd(faq)).toEqual([]);
    expect(faqPageJsonLd([])).toBeUndefined();
  });

  it('BreadcrumbList, and none for a single crumb', () => {
    expect(validateJsonLd(breadcrumbJsonLd(breadcrumbTrail('/guides/x/', 'A guide'), SITE))).toEqual([]);
    expect(breadcrumbJsonLd([{ name: 'Home', path: '/' }], SITE)).toBeUndefined();
  });

  it('WebSite with a search action', () => {
    expect(validateJsonLd(webSiteJsonLd(SITE, 'About the site.'))).toEqual([]);
  });
});

describe('validateJsonLd catches mistakes', () => {
  it.each([
    [{ '@context': 'https://schema.org', '@type': 'Article', headline: 'x' }, /missing datePublished/],
    [{ '@context': 'https://schema.org', '@type': 'Artcle' }, /unexpected type/],
    [{ '@context': 'http://example.com', '@type': 'FAQPage', mainEntity: [] }, /@context/],
    [{ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Q?' }] }, /missing acceptedAnswer/],
    [
      { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 2, name: 'A', item: '/a/' }, { '@type': 'ListItem', position: 3, name: 'B' }] },
      /position should be 1/,
    ],
    [{ '@context': 'https://schema.org', '@type': 'Organization', name: 'X', url: 'https://x.example/', colour: 'blue' }, /unknown property colour/],
  ])('%j', (document, problem) => {
    expect(validateJsonLd(document).join('\n')).toMatch(problem);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment', () => {
    const text = serializeJsonLd({ name: '</script><!-- & more' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><!-- & more' });
  });
});
