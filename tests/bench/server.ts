/**
 * The benchmark's static host: serves a built app on 127.0.0.1 on a free port the way a real host
 * would. Text is gzipped (zlib level 6, the usual host default) when the browser accepts it, every
 * file gets its content type (including `.webmanifest`), hashed files under `assets/` are cached
 * for a year and everything else is revalidated, the page's Content Security Policy is sent as a
 * header too, and any path without a file extension falls back to `index.html`.
 *
 * Every file is read into memory when the server starts, so a build started elsewhere while the
 * benchmark runs cannot change what it measures.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.svg',
  '.ico',
  '.txt',
  '.xml',
]);

export class IncompleteBuildError extends Error {
  override name = 'IncompleteBuildError';
}

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | undefined;
  type: string;
  etag: string;
  cacheControl: string;
}

export interface StaticServer {
  origin: string;
  /** The Content Security Policy sent as a header, if `index.html` carries one. */
  csp: string | undefined;
  close(): Promise<void>;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The policy from the `<meta http-equiv="Content-Security-Policy">` Vite puts in `index.html`. */
function cspOf(html: string): string | undefined {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  return meta?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

async function loadSite(root: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const path of await listFiles(root)) {
    const url = '/' + relative(root, path).split(sep).join('/');
    const ext = extname(path).toLowerCase();
    const body = await readFile(path);
    files.set(url, {
      body,
      gzipped: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 6 }) : undefined,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
      cacheControl: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  return files;
}

function resolvePath(files: Map<string, StaticFile>, url: string): StaticFile | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://host').pathname);
  } catch {
    return undefined;
  }
  const file = files.get(path) ?? files.get(path.replace(/\/?$/, '/index.html'));
  if (file) {
    return file;
  }
  // The SPA fallback: routes have no extension; a missing asset stays a 404.
  return extname(path) === '' ? files.get('/index.html') : undefined;
}

function respond(
  files: Map<string, StaticFile>,
  csp: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolvePath(files, req.url ?? '/');
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (csp && file.type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = csp;
  }
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  let body = file.body;
  if (file.gzipped) {
    headers.Vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      headers['Content-Encoding'] = 'gzip';
      body = file.gzipped;
    }
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Files that `index.html` or the service worker's precache list name but the build lacks, as
 * happens when another build rewrites the folder while it is read.
 */
function missingFiles(files: Map<string, StaticFile>): string[] {
  const named = new Set<string>();
  const html = files.get('/index.html')?.body.toString('utf8') ?? '';
  for (const m of html.matchAll(/(?:src|href)="(\/[^"#?]*)"/g)) {
    named.add(m[1]!);
  }
  const sw = files.get('/sw.js')?.body.toString('utf8') ?? '';
  for (const m of sw.matchAll(/url:\s*"([^"]+)"/g)) {
    named.add('/' + m[1]!.replace(/^\//, ''));
  }
  for (const m of sw.matchAll(/define\(\["\.\/([^"]+)"/g)) {
    named.add(`/${m[1]!}.js`);
  }
  return [...named].filter((path) => !files.has(path));
}

/** Serves `root` (a built app) until `close()`; refuses an incomplete build. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const files = await loadSite(root);
  const index = files.get('/index.html');
  if (!index) {
    throw new Error(`${root} has no index.html: build the app first`);
  }
  const missing = missingFiles(files);
  if (missing.length > 0) {
    throw new IncompleteBuildError(
      `${root} is incomplete (another build running?): missing ${missing.slice(0, 5).join(', ')}`,
    );
  }
  const csp = cspOf(index.body.toString('utf8'));
  const server = createServer((req, res) => respond(files, csp, req, res));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    csp,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
