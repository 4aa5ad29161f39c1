// The last step of the build (see astro.config.mjs), after the search index, the service worker
// and the completed content security policy exist:
// 1. dist/_headers.caddy: the headers of dist/_headers as Caddyfile directives, imported by
//    deploy/Caddyfile, so a self-hosted server sends the same headers as a host that reads _headers.
// 2. A .br and a .gz copy of every text file, for servers that send precompressed files.
// Coming last matters: the service worker's precache list and the page measurements must not
// see the .br and .gz copies (their globs and walkers look for .html, .js… endings anyway).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyHeaders, parseHeadersFile } from './lib/headers-file.mjs';
import { precompressFiles } from './lib/precompress.mjs';

/** @returns {import('astro').AstroIntegration} */
export function deployFiles() {
  return {
    name: 'callback-kit:deploy-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const headersFile = join(dist, '_headers');
        if (existsSync(headersFile)) {
          writeFileSync(join(dist, '_headers.caddy'), caddyHeaders(parseHeadersFile(readFileSync(headersFile, 'utf8'))));
        } else logger.warn('No _headers in the build output, so no _headers.caddy for deploy/Caddyfile.');
        const { files, bytes } = precompressFiles(dist);
        logger.info(`Wrote _headers.caddy and ${files} precompressed files (.br, .gz; ${(bytes / 1024).toFixed(1)} KB).`);
      },
    },
  };
}
