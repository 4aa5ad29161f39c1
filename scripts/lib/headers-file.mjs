// Reads a `_headers` file (the format Netlify, Cloudflare Pages and others read) and writes the
// same headers as Caddyfile directives, so a self-hosted Caddy sends exactly what the build put
// in dist/_headers, the completed content security policy included (see deploy/Caddyfile).

/** @typedef {{ path: string; headers: [string, string][] }} HeaderRule */

/**
 * `_headers` text → rules in file order: an unindented line is a URL pattern (`/*`,
 * `/_astro/*`), the indented `Name: value` lines under it are its headers; `#` starts a comment.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon === -1) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a URL pattern.`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** A header value as one double-quoted Caddyfile token. */
function caddyQuote(value) {
  // Caddy would read {…} as a placeholder; no header of ours needs one, so refuse rather than guess.
  if (/[{}]/.test(value)) throw new Error(`Header value with a brace cannot go into a Caddyfile as is: ${value}`);
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * The rules as Caddyfile `header` directives, one block per URL pattern. `/*` applies to every
 * response, so it needs no matcher; other patterns (`/_astro/*`) are Caddy path matchers as written.
 * @param {HeaderRule[]} rules
 * @returns {string}
 */
export function caddyHeaders(rules) {
  const blocks = rules.map(({ path, headers }) => {
    const matcher = path === '/*' ? '' : ` ${path}`;
    const lines = headers.map(([name, value]) => `\t${name} ${caddyQuote(value)}`);
    return [`header${matcher} {`, ...lines, '}'].join('\n');
  });
  return ['# Written by the build from dist/_headers (scripts/lib/csp-headers.mjs); do not edit.', ...blocks, ''].join('\n');
}
