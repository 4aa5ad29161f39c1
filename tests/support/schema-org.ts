/**
 * A small validator for the schema.org JSON-LD the site writes. For each type we use it knows the
 * properties schema.org defines for it (so a misspelt property fails) and the ones that search
 * engines require for rich results (so a missing one fails), plus a few value checks.
 * Returns a list of problems; empty means valid.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface TypeRule {
  /** Properties that must be present and not empty. */
  required: string[];
  /** Other properties schema.org defines for the type that we allow. */
  optional: string[];
}

const THING = ['name', 'url', 'description', 'image', 'sameAs', 'identifier', 'alternateName'];
const CREATIVE_WORK = [...THING, 'inLanguage', 'publisher', 'author', 'datePublished', 'dateModified', 'headline', 'keywords', 'mainEntityOfPage', 'articleSection'];

export const SCHEMA_RULES: Record<string, TypeRule> = {
  Article: {
    required: ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'mainEntityOfPage'],
    optional: [...CREATIVE_WORK, 'wordCount', 'articleBody'],
  },
  FAQPage: { required: ['mainEntity'], optional: [...CREATIVE_WORK] },
  Question: { required: ['name', 'acceptedAnswer'], optional: [...THING, 'text', 'answerCount'] },
  Answer: { required: ['text'], optional: [...THING] },
  BreadcrumbList: { required: ['itemListElement'], optional: [...THING, 'numberOfItems'] },
  ListItem: { required: ['position', 'name'], optional: [...THING, 'item'] },
  Organization: { required: ['name', 'url'], optional: [...THING, 'logo'] },
  ImageObject: { required: ['url'], optional: [...THING, 'width', 'height', 'contentUrl', 'caption'] },
  WebPage: { required: ['@id'], optional: [...CREATIVE_WORK, 'lastReviewed', 'reviewedBy'] },
  WebSite: { required: ['name', 'url'], optional: [...CREATIVE_WORK, 'potentialAction'] },
  SearchAction: { required: ['target', 'query-input'], optional: [...THING] },
  EntryPoint: { required: ['urlTemplate'], optional: [...THING] },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: Json | undefined): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function isAbsoluteUrl(value: Json | undefined): boolean {
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function checkNode(node: JsonObject, path: string, problems: string[]): void {
  const type = node['@type'];
  if (typeof type !== 'string') {
    problems.push(`${path}: missing @type`);
    return;
  }
  const rule = SCHEMA_RULES[type];
  if (!rule) {
    problems.push(`${path}: unexpected type ${type}`);
    return;
  }
  for (const property of rule.required) {
    if (isEmpty(node[property])) problems.push(`${path} (${type}): missing ${property}`);
  }
  const allowed = new Set(['@context', '@type', '@id', ...rule.required, ...rule.optional]);
  for (const property of Object.keys(node)) {
    if (!allowed.has(property)) problems.push(`${path} (${type}): unknown property ${property}`);
  }

  for (const property of ['datePublished', 'dateModified']) {
    const value = node[property];
    if (value !== undefined && (typeof value !== 'string' || !ISO_DATE.test(value))) {
      problems.push(`${path} (${type}): ${property} is not an ISO 8601 date`);
    }
  }
  for (const property of ['url', '@id']) {
    if (node[property] !== undefined && !isAbsoluteUrl(node[property])) problems.push(`${path} (${type}): ${property} is not an absolute URL`);
  }

  if (type === 'Article') {
    if (typeof node.headline === 'string' && node.headline.length > 110) problems.push(`${path}: headline is over 110 characters`);
    const published = node.datePublished;
    const modified = node.dateModified;
    if (typeof published === 'string' && typeof modified === 'string' && modified < published) {
      problems.push(`${path}: dateModified is before datePublished`);
    }
    const images = Array.isArray(node.image) ? node.image : [node.image];
    for (const image of images) {
      if (!isAbsoluteUrl(image as Json) && !isObject(image as Json)) problems.push(`${path}: image must be an absolute URL or an ImageObject`);
    }
    for (const property of ['author', 'publisher']) {
      if (!isObject(node[property])) problems.push(`${path}: ${property} must be an Organization or Person object`);
    }
  }
  if (type === 'FAQPage') {
    const entities = node.mainEntity;
    if (!Array.isArray(entities) || entities.some((entity) => !isObject(entity) || entity['@type'] !== 'Question')) {
      problems.push(`${path}: mainEntity must be a list of Question objects`);
    }
  }
  if (type === 'Question' && (!isObject(node.acceptedAnswer) || node.acceptedAnswer['@type'] !== 'Answer')) {
    problems.push(`${path}: acceptedAnswer must be an Answer object`);
  }
  if (type === 'BreadcrumbList') {
    const items = node.itemListElement;
    if (!Array.isArray(items) || items.length < 2) {
      problems.push(`${path}: itemListElement needs at least two ListItem objects`);
    } else {
      items.forEach((item, index) => {
        if (!isObject(item) || item['@type'] !== 'ListItem') {
          problems.push(`${path}.itemListElement[${index}]: must be a ListItem`);
          return;
        }
        if (item.position !== index + 1) problems.push(`${path}.itemListElement[${index}]: position should be ${index + 1}`);
        const isLast = index === items.length - 1;
        if (!isLast && isEmpty(item.item)) problems.push(`${path}.itemListElement[${index}]: item (the URL) is required except on the last crumb`);
        if (item.item !== undefined && !isAbsoluteUrl(item.item)) problems.push(`${path}.itemListElement[${index}]: item is not an absolute URL`);
      });
    }
  }

  for (const [property, value] of Object.entries(node)) {
    const children = Array.isArray(value) ? value : [value];
    children.forEach((child, index) => {
      if (isObject(child)) checkNode(child, `${path}.${property}${Array.isArray(value) ? `[${index}]` : ''}`, problems);
    });
  }
}

/** Problems with one JSON-LD document (the parsed text of one `<script type="application/ld+json">`). */
export function validateJsonLd(document: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(document as Json)) return ['JSON-LD must be an object'];
  const root = document as JsonObject;
  if (root['@context'] !== 'https://schema.org') problems.push('@context must be "https://schema.org"');
  checkNode(root, String(root['@type'] ?? 'root'), problems);
  return problems;
}
