// Writes a brotli (.br) and a gzip (.gz) copy next to each text file of the build, so a server
// such as Caddy (`file_server { precompressed br gzip }`, see deploy/Caddyfile) sends the
// smallest encoding the browser accepts without compressing on every request.
// As an Astro integration it is the last step of the build (see astro.config.mjs), so the service
// worker's precache list and the page measurements never see the copies (their globs and walkers
// look for .html, .js… endings anyway).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { filesUnder } from './files.mjs';

// Text formats only: images, fonts and Pagefind's index fragments are compressed already.
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;
// Choice: below this the saving is a few bytes and not worth a file; the server sends the original.
export const MIN_BYTES = 256;

/**
 * Writes `<file>.br` and `<file>.gz` for every compressible file of at least MIN_BYTES under `dir`,
 * keeping only copies smaller than the original. Returns how many files and bytes were written.
 * @param {string} dir
 */
export function precompressFiles(dir) {
  let files = 0;
  let bytes = 0;
  for (const file of filesUnder(dir, (name) => COMPRESSIBLE.test(name))) {
    const body = readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const copies = {
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gz: gzipSync(body, { level: 9 }),
    };
    for (const [extension, copy] of Object.entries(copies)) {
      if (copy.length >= body.length) continue;
      writeFileSync(`${file}.${extension}`, copy);
      files += 1;
      bytes += copy.length;
    }
  }
  return { files, bytes };
}

/** @returns {import('astro').AstroIntegration} */
export function precompress() {
  return {
    name: 'callback-kit:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { files, bytes } = precompressFiles(fileURLToPath(dir));
        logger.info(`Wrote ${files} precompressed copies (.br, .gz), ${(bytes / 1024).toFixed(1)} KB.`);
      },
    },
  };
}
