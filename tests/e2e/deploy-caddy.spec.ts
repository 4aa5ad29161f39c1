import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHeadersFile } from '../../scripts/lib/headers-file.mjs';
import { DIST } from '../support/built-pages';

// The self-hosting recipe in deploy/Caddyfile, served for real: Caddy on a loopback port on the
// built dist/, answering with the headers of dist/_headers, the precompressed files the build
// wrote, and the cache rules. Skipped (with the reason) where caddy is not installed;
// `.ci/run` installs it from apt when it runs as root.

const hasCaddy = spawnSync('caddy', ['version']).status === 0;

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

let caddy: ChildProcess | undefined;
let home = '';
let base = '';
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A raw HTTP GET: unlike fetch, it leaves the body encoded, so we see what Caddy really sent. */
function get(path: string, acceptEncoding = 'identity'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers: { 'Accept-Encoding': acceptEncoding }, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

async function waitForCaddy(deadline: number) {
  while (Date.now() < deadline) {
    if (caddy?.exitCode !== null) throw new Error(`caddy exited with code ${caddy?.exitCode}:\n${log}`);
    try {
      await get('/');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`caddy did not answer at ${base} within 15 s:\n${log}`);
}

test.describe('deploy/Caddyfile served by Caddy', () => {
  test.skip(!hasCaddy, 'caddy is not installed (Debian: apt-get install caddy), so the Caddy recipe is not checked');
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Caddy keeps its state under $HOME and XDG folders: a throwaway one, removed afterwards.
    home = mkdtempSync(join(tmpdir(), 'caddy-test-'));
    const env = { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home, SITE_ADDRESS: base, SITE_ROOT: DIST, CADDY_ADMIN: 'off' };
    caddy = spawn('caddy', ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    caddy.stdout?.on('data', (chunk) => (log += chunk));
    caddy.stderr?.on('data', (chunk) => (log += chunk));
    await waitForCaddy(Date.now() + 15_000);
  });

  test.afterAll(() => {
    caddy?.kill('SIGTERM');
    if (home) rmSync(home, { recursive: true, force: true });
  });

  const expected = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const siteHeaders = expected.find((rule) => rule.path === '/*')?.headers ?? [];

  test('sends every header of _headers (the completed policy included) with the brotli copy of a page', async () => {
    expect(siteHeaders.length).toBeGreaterThan(3);
    const page = await get('/', 'br, gzip');
    expect(page.status).toBe(200);
    for (const [name, value] of siteHeaders) expect(page.headers[name.toLowerCase()], name).toBe(value);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers.vary).toMatch(/Accept-Encoding/i);
    expect(page.body.equals(readFileSync(join(DIST, 'index.html.br')))).toBe(true);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  test('sends gzip to a browser without brotli and the plain file to one without either', async () => {
    const guide = '/guides/';
    expect((await get(guide, 'gzip')).headers['content-encoding']).toBe('gzip');
    const plain = await get(guide);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(DIST, 'guides/index.html')))).toBe(true);
  });

  test('caches hashed assets for a year, revalidates the service worker, and hides the config files', async () => {
    const script = readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.js'));
    expect(script, 'a script in dist/_astro/').toBeDefined();
    const asset = `/_astro/${script}`;
    expect((await get(asset, 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/sw.js', 'br')).headers['cache-control']).toBe('no-cache');
    expect((await get('/_headers.caddy')).status).toBe(404);
    expect((await get('/_headers')).status).toBe(404);
  });

  test('answers a missing page with the site 404 page and the security headers', async () => {
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toMatch(/<title>Page not found/);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });
});

test('the service worker precaches no .br or .gz copy', () => {
  expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).not.toMatch(/\.(br|gz)"/);
});
