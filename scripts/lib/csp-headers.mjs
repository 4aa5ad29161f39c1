// Completes the content security policy in dist/_headers after a build.
//
// public/_headers (copied to dist/ as is) carries the policy's fixed directives, the same as
// `security.csp` in astro.config.mjs plus `frame-ancestors 'none'`, which only works as a
// header. Astro allows its inline scripts and styles by hash, and those hashes exist only after
// the build; a header policy without them would block every inline script and style (a browser
// enforces every policy it gets). So this integration reads the policy Astro wrote into each
// page's <meta http-equiv="content-security-policy"> and adds `script-src` and `style-src`
// with the union of their hashes to the header. Each page's own meta policy still allows only
// its own hashes: the browser enforces both, so the stricter one wins.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './files.mjs';
import { caddyHeaders, parseHeadersFile } from './headers-file.mjs';
import { parseHtml } from './html.mjs';

/** `default-src 'self'; img-src 'self' data:` → Map { 'default-src' => ["'self'"], ... } */
/**
 * @param {string} text
 * @returns {Map<string, string[]>}
 */
export function parsePolicy(text) {
  /** @type {Map<string, string[]>} */
  const policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** @param {Map<string, string[]>} policy */
export function serializePolicy(policy) {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy in a page's CSP meta element, or null.
 * @param {string} html
 * @returns {Map<string, string[]> | null}
 */
export function metaPolicy(html) {
  const meta = parseHtml(html).tags.find(
    (tag) => tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  return meta?.attrs.content === undefined ? null : parsePolicy(meta.attrs.content);
}

const HASHED = ['script-src', 'style-src'];

/**
 * The header policy: the fixed directives from _headers plus script-src and style-src holding
 * 'self' and every hash any page's meta policy allows.
 * @param {Map<string, string[]>} base the policy written in public/_headers
 * @param {Map<string, string[]>[]} pagePolicies the meta policies of every page
 */
export function headerPolicy(base, pagePolicies) {
  const policy = new Map(base);
  for (const name of HASHED) {
    const sources = new Set(base.get(name) ?? ["'self'"]);
    for (const page of pagePolicies) for (const source of page.get(name) ?? []) sources.add(source);
    policy.set(name, [...sources]);
  }
  return policy;
}

/**
 * Rewrites the Content-Security-Policy line(s) of a _headers file.
 * @param {string} headersText
 * @param {Map<string, string[]>[]} pagePolicies
 * @returns {string}
 */
export function completeHeadersFile(headersText, pagePolicies) {
  return headersText.replace(/^(\s*Content-Security-Policy:\s*)(.*)$/gim, (_, prefix, value) => {
    return prefix + serializePolicy(headerPolicy(parsePolicy(value), pagePolicies));
  });
}

/**
 * Astro integration: completes dist/_headers once the pages are written, and writes the same
 * headers as Caddy directives to dist/_headers.caddy, which deploy/Caddyfile imports.
 */
export function cspHeaders() {
  return {
    name: 'callback-kit:csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const headersFile = join(out, '_headers');
        if (!existsSync(headersFile)) {
          logger.warn('No _headers in the build output; public/_headers is missing.');
          return;
        }
        const policies = htmlFiles(out)
          .map((file) => metaPolicy(readFileSync(file, 'utf8')))
          .filter((policy) => policy !== null);
        const text = readFileSync(headersFile, 'utf8');
        if (!/^\s*Content-Security-Policy:/im.test(text)) throw new Error('public/_headers has no Content-Security-Policy line to complete.');
        const completed = completeHeadersFile(text, policies);
        writeFileSync(headersFile, completed);
        writeFileSync(join(out, '_headers.caddy'), caddyHeaders(parseHeadersFile(completed)));
        logger.info(`Added the script and style hashes of ${policies.length} pages to the policy in _headers (and _headers.caddy).`);
      },
    },
  };
}
