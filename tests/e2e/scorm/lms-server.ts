/**
 * A small stand-in LMS for the browser tests, after scorm-again's own integration harness: it
 * serves the two packages straight out of their zips (so the tests run what an LMS would unpack),
 * a launch page that puts scorm-again's `Scorm12API` or `Scorm2004API` on `window.API` /
 * `window.API_1484_11` and opens the package in an iframe, and it keeps every commit and event
 * the launch page reports, per session, for the tests to read.
 *
 * Run by Playwright's `webServer` after `npm run package:scorm .e2e-scorm`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { LMS_PORT } from './lms-server-port';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGES = { '12': 'lectern-scorm12.zip', '2004': 'lectern-scorm2004.zip' } as const;
type Version = keyof typeof PACKAGES;

const packages = Object.fromEntries(
  Object.entries(PACKAGES).map(([version, file]) => [
    version,
    unzipSync(readFileSync(join(ROOT, '.e2e-scorm', file))),
  ]),
) as Record<Version, Record<string, Uint8Array>>;

const require = createRequire(import.meta.url);
const runtimes: Record<Version, string> = {
  '12': readFileSync(require.resolve('scorm-again/scorm12'), 'utf8'),
  '2004': readFileSync(require.resolve('scorm-again/scorm2004'), 'utf8'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

interface Session {
  /** What the LMS launches with: a CMI object given to `loadFromJSON`, or nothing. */
  launch: unknown;
  commits: unknown[];
  events: { name: string; at: number }[];
}
const sessions = new Map<string, Session>();
function session(id: string): Session {
  let found = sessions.get(id);
  if (!found) {
    found = { launch: null, commits: [], events: [] };
    sessions.set(id, found);
  }
  return found;
}

/** The launch page: the API on the window, then the package in an iframe. */
function launchPage(version: Version, id: string, start: string, refuse: string): string {
  const apiName = version === '12' ? 'API' : 'API_1484_11';
  const apiClass = version === '12' ? 'Scorm12API' : 'Scorm2004API';
  const q = `session=${encodeURIComponent(id)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS (SCORM ${version})</title>
<link rel="icon" href="data:,">
<script src="/runtime/${version}.js"></script></head>
<body><h1>Test LMS</h1>
<script>
(async () => {
  const launch = await (await fetch('/lms/launch?${q}')).json();
  const report = (name) => navigator.sendBeacon('/lms/event?${q}&name=' + name);
  const api = new ${apiClass}({
    autocommit: false,
    lmsCommitUrl: '/lms/commit?${q}',
    dataCommitFormat: 'json',
    logLevel: 5,
    requestHandler: (cmi, meta) => ({ cmi, trigger: meta && meta.trigger }),
  });
  if (launch) api.loadFromJSON(launch);
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish', 'Initialize', 'Commit', 'Terminate']) {
    api.on(name, () => report(name));
  }
  // ?refuse=<element> plays an LMS that refuses to store that element.
  const refuse = ${JSON.stringify(refuse)};
  if (refuse) {
    const setName = '${version === '12' ? 'LMSSetValue' : 'SetValue'}';
    const set = api[setName].bind(api);
    api[setName] = (element, value) => (element === refuse ? 'false' : set(element, value));
  }
  window.${apiName} = api;
  const frame = document.createElement('iframe');
  frame.title = 'Course';
  frame.style.cssText = 'inline-size: 100%; block-size: 90vh; border: 0';
  frame.src = '/sco/${version}/index.html${start}';
  document.body.append(frame);
})();
</script></body></html>`;
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, data: string | Uint8Array) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(data);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', `http://localhost:${LMS_PORT}`);
  const id = url.searchParams.get('session') ?? 'default';
  const path = url.pathname;
  if (path === '/health') {
    return send(response, 200, 'text/plain', 'ok');
  }
  const launch = path.match(/^\/lms\/(12|2004)\/$/);
  if (launch) {
    const start = url.searchParams.get('start') ?? '';
    const refuse = url.searchParams.get('refuse') ?? '';
    return send(
      response,
      200,
      TYPES['.html']!,
      launchPage(launch[1] as Version, id, start, refuse),
    );
  }
  const runtime = path.match(/^\/runtime\/(12|2004)\.js$/);
  if (runtime) {
    return send(response, 200, TYPES['.js']!, runtimes[runtime[1] as Version]);
  }
  const sco = path.match(/^\/sco\/(12|2004)\/(.+)$/);
  if (sco) {
    const file = packages[sco[1] as Version][decodeURIComponent(sco[2]!)];
    return file
      ? send(response, 200, TYPES[extname(sco[2]!)] ?? 'application/octet-stream', file)
      : send(response, 404, 'text/plain', 'not in the package');
  }
  if (path === '/lms/launch') {
    if (request.method === 'PUT') {
      session(id).launch = JSON.parse(await body(request)) as unknown;
      return send(response, 204, 'text/plain', '');
    }
    return send(response, 200, TYPES['.json']!, JSON.stringify(session(id).launch));
  }
  if (path === '/lms/commit' && request.method === 'POST') {
    session(id).commits.push(JSON.parse(await body(request)) as unknown);
    return send(response, 200, TYPES['.json']!, JSON.stringify({ result: true, errorCode: 0 }));
  }
  if (path === '/lms/event' && request.method === 'POST') {
    await body(request);
    session(id).events.push({ name: url.searchParams.get('name') ?? '', at: Date.now() });
    return send(response, 204, 'text/plain', '');
  }
  if (path === '/lms/record') {
    const { commits, events } = session(id);
    return send(response, 200, TYPES['.json']!, JSON.stringify({ commits, events }));
  }
  send(response, 404, 'text/plain', 'not found');
}

createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    send(response, 500, 'text/plain', String(error));
  });
}).listen(LMS_PORT, () => console.log(`Test LMS on http://localhost:${LMS_PORT}`));
