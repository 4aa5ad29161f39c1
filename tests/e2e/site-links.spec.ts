import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fileForPath, listPages, parseHtml } from '../../scripts/lib/page-bytes.mjs';
import { DIST } from '../support/built-pages';

// Checks the build output without a browser: links and fragments resolve, images have alt text,
// every page has one <h1> and its own title and description, and links to other sites carry
// rel="noopener noreferrer". Pages are read from dist/, so new pages are checked as they land.

interface Page {
  path: string;
  tags: ReturnType<typeof parseHtml>['tags'];
  ids: Set<string>;
}

const pages: Page[] = listPages(DIST).map(({ path, file }) => {
  const { tags } = parseHtml(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag.attrs.id) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
  }
  return { path, tags, ids };
});
const byPath = new Map(pages.map((page) => [page.path, page]));

// The site's own origin, as written in canonical URLs; absolute links to it count as internal.
const canonical = pages.flatMap((page) => page.tags).find((tag) => tag.name === 'link' && tag.attrs.rel === 'canonical')?.attrs.href;
const SITE = new URL(canonical ?? 'http://localhost/').origin;

const isExternal = (url: URL) => /^https?:$/.test(url.protocol) && url.origin !== SITE;

/** Every href-like attribute that a visitor or crawler follows: links, areas, forms, canonical. */
function linksOf(page: Page) {
  const links: { tag: string; url: string }[] = [];
  for (const { name, attrs } of page.tags) {
    if ((name === 'a' || name === 'area') && attrs.href !== undefined) links.push({ tag: name, url: attrs.href });
    if (name === 'link' && attrs.href && /\b(canonical|alternate|next|prev|search)\b/.test(attrs.rel ?? '')) {
      links.push({ tag: `link rel=${attrs.rel}`, url: attrs.href });
    }
    if (name === 'form' && attrs.action) links.push({ tag: 'form', url: attrs.action });
  }
  return links;
}

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(1);
});

test('every internal link and #fragment resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const { tag, url } of linksOf(page)) {
      if (/^(mailto|tel|sms):/i.test(url)) continue;
      if (url === '' || url === '#') {
        broken.push(`${page.path}: <${tag}> with an empty link "${url}"`);
        continue;
      }
      const target = new URL(url, new URL(page.path, SITE));
      if (!/^https?:$/.test(target.protocol)) {
        broken.push(`${page.path}: <${tag}> to "${url}" uses ${target.protocol}`);
        continue;
      }
      if (isExternal(target)) continue;
      const path = decodeURIComponent(target.pathname);
      const file = fileForPath(DIST, path);
      if (!file) {
        broken.push(`${page.path}: <${tag}> to "${url}": nothing at ${path} in dist/`);
        continue;
      }
      if (file.endsWith('.html') && !path.endsWith('/') && !path.endsWith('.html')) {
        broken.push(`${page.path}: <${tag}> to "${url}": page URLs end with a slash (${path}/)`);
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment) {
        const targetPage = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
        if (!targetPage) broken.push(`${page.path}: <${tag}> to "${url}": #${fragment} points into a file that is not a page`);
        else if (!targetPage.ids.has(fragment)) broken.push(`${page.path}: <${tag}> to "${url}": no id="${fragment}" on ${targetPage.path}`);
      }
    }
  }
  expect(broken, broken.join('\n')).toEqual([]);
});

test('links to other sites carry rel="noopener noreferrer"', () => {
  const unsafe: string[] = [];
  for (const page of pages) {
    for (const { name, attrs } of page.tags) {
      if ((name !== 'a' && name !== 'area') || !attrs.href) continue;
      let url: URL;
      try {
        url = new URL(attrs.href, new URL(page.path, SITE));
      } catch {
        continue; // reported by the link check
      }
      if (!isExternal(url)) continue;
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${page.path}: ${attrs.href} (rel="${attrs.rel ?? ''}")`);
    }
  }
  expect(unsafe, unsafe.join('\n')).toEqual([]);
});

test('every image has alt text (empty alt for decoration)', () => {
  const missing: string[] = [];
  for (const page of pages) {
    for (const { name, attrs } of page.tags) {
      const needsAlt = name === 'img' || name === 'area' || (name === 'input' && attrs.type === 'image');
      if (needsAlt && attrs.alt === undefined) missing.push(`${page.path}: <${name} src="${attrs.src ?? attrs.href ?? ''}">`);
    }
  }
  expect(missing, missing.join('\n')).toEqual([]);
});

test('every page has exactly one <h1>', () => {
  const wrong = pages
    .map((page) => ({ path: page.path, count: page.tags.filter((tag) => tag.name === 'h1').length }))
    .filter(({ count }) => count !== 1)
    .map(({ path, count }) => `${path}: ${count} <h1> elements`);
  expect(wrong, wrong.join('\n')).toEqual([]);
});

test('every page has a title and a description of its own', () => {
  const problems: string[] = [];
  const titles = new Map<string, string[]>();
  const descriptions = new Map<string, string[]>();
  for (const page of pages) {
    const titleTags = page.tags.filter((tag) => tag.name === 'title');
    const descriptionTags = page.tags.filter((tag) => tag.name === 'meta' && tag.attrs.name === 'description');
    const title = titleTags[0]?.text ?? '';
    const description = (descriptionTags[0]?.attrs.content ?? '').trim();
    if (titleTags.length !== 1 || !title) problems.push(`${page.path}: needs exactly one non-empty <title> (has ${titleTags.length})`);
    if (descriptionTags.length !== 1 || !description) {
      problems.push(`${page.path}: needs exactly one non-empty <meta name="description"> (has ${descriptionTags.length})`);
    }
    if (title) titles.set(title, [...(titles.get(title) ?? []), page.path]);
    if (description) descriptions.set(description, [...(descriptions.get(description) ?? []), page.path]);
  }
  for (const [title, paths] of titles) if (paths.length > 1) problems.push(`same title "${title}" on ${paths.join(', ')}`);
  for (const [text, paths] of descriptions) if (paths.length > 1) problems.push(`same description "${text}" on ${paths.join(', ')}`);
  expect(problems, problems.join('\n')).toEqual([]);
});
