import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from './content/site';
import { slugify } from './content/slug';

export {
  SEED_ARTICLE_PATH,
  SEED_ARTICLE_TITLE,
  FETCHER_TEST_ARTICLE_PATH,
  SLOW_ARTICLE_PATH,
  MISSING_ARTICLE_PATH,
  FRENCH_ARTICLE_PATH,
  SPANISH_ARTICLE_PATH,
  HOME_PATH,
  CATEGORY_PATH,
  TAG_PATH,
  SEARCH_PATH,
  ABOUT_PATH,
  SPA_PATH,
  FEED_PATHS,
  REST_INDEX_PATH,
  REST_POSTS_PATH,
} from './paths';

/** One request as the server saw it. Entries are added on arrival, so a slow request shows status 0 until answered. */
export interface DemoRequest {
  method: string;
  /** Path and query string exactly as requested. */
  path: string;
  /** Status sent, or 0 while the request is still waiting (latency, delays). */
  status: number;
  /** Date.now() on arrival. */
  at: number;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  userAgent?: string;
  /** Date.now() when the response ended or the client went away. */
  doneAt?: number;
  /** True when the client closed the connection before the response was complete. */
  aborted?: boolean;
}

export interface DemoServerOptions {
  /** 0 = a random free port. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), another 127.x address, localhost or ::1. */
  host?: string;
  /** Milliseconds added to every request. */
  latencyMs?: number;
  /** Path (or path + query) -> extra milliseconds. */
  delays?: Record<string, number>;
  /** Paths (or path + query) answered with the 404 page. */
  missing?: string[];
  /** Path (or path + query) -> forced status, e.g. 429 or 503 (sent with Retry-After). */
  status?: Record<string, number>;
  /** How many times each forced `status` applies before the path is served normally (default: always). */
  statusCount?: Record<string, number>;
  /** Retry-After seconds sent with forced 429/503 answers (default 1). */
  retryAfterSeconds?: number;
  /** Directory to serve (default: demo-site/public). */
  root?: string;
}

export interface DemoServer {
  /** e.g. http://127.0.0.1:43817 (no trailing slash). */
  origin: string;
  port: number;
  /** Every request in arrival order. */
  requests: DemoRequest[];
  /** Requests being answered right now, and the most at once since start or the last clearLog(). */
  readonly inFlight: number;
  readonly maxInFlight: number;
  clearLog(): void;
  setOptions(o: Partial<DemoServerOptions>): void;
  close(): Promise<void>;
}

/** The directory served by default. */
export const DEMO_PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=UTF-8',
  '.rss': 'application/rss+xml; charset=UTF-8',
  '.atom': 'application/atom+xml; charset=UTF-8',
  '.xml': 'application/xml; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.css': 'text/css; charset=UTF-8',
  '.js': 'text/javascript; charset=UTF-8',
  '.txt': 'text/plain; charset=UTF-8',
};
// Files whose text carries the placeholder origin and is rewritten to the real one.
const TEXT_TYPES = new Set(['.html', '.rss', '.atom', '.xml', '.json', '.svg', '.css', '.js', '.txt']);
// Directory index files, in the order WordPress-style routes need them (pages, then feeds, then REST).
const INDEX_FILES = ['index.html', 'index.rss', 'index.atom', 'index.json', 'index.xml'];

function contentType(file: string): string {
  if (basename(file) === 'feed.json') return 'application/feed+json; charset=UTF-8';
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

class BadPath extends Error {}

/** Decodes the path into safe segments; any traversal or smuggling attempt is a BadPath. */
function pathSegments(rawPath: string): string[] {
  if (!rawPath.startsWith('/') || rawPath.includes('\\') || rawPath.includes('\0')) throw new BadPath();
  const segments: string[] = [];
  for (const raw of rawPath.split('/').slice(1)) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      throw new BadPath();
    }
    if (seg === '..' || seg === '.' || /[/\\\0]/.test(seg)) throw new BadPath();
    if (seg) segments.push(seg);
  }
  return segments;
}

/** Whether an If-None-Match header matches `etag` (weak comparison, as RFC 9110 asks for GET/HEAD). */
function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const strip = (t: string): string => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => strip(t) === strip(etag));
}

/**
 * Starts the demo film site's static server on loopback. It behaves like a small WordPress host:
 * directory URLs with index files, trailing-slash redirects, a real 404 page, `/?s=` search and
 * `/?p=` shortlinks, a static REST API under /wp-json/ (query strings ignored), and an SPA
 * fallback under /app/. Responses carry strong ETags and Last-Modified with Cache-Control:
 * no-cache, and conditional requests get 304. Options add latency, delays, 404s and forced
 * statuses per path, for testing clients; every request is logged in `requests`.
 */
export async function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new Error(`The demo server listens on loopback only, not ${host}`);
  let options: DemoServerOptions = { ...opts };
  let statusLeft: Record<string, number> = { ...(opts.statusCount ?? {}) };
  const root = resolve(opts.root ?? DEMO_PUBLIC_DIR);
  const requests: DemoRequest[] = [];
  const sleepers = new Set<() => void>();
  const entries = new WeakMap<ServerResponse, DemoRequest>();
  let inFlight = 0;
  let maxInFlight = 0;
  let origin = '';

  const rewrite = (text: string): string =>
    text.replaceAll(SITE.origin, origin).replaceAll(encodeURIComponent(SITE.origin), encodeURIComponent(origin));

  /** Waits `ms`, or less if the response closes or the server shuts down. */
  const sleep = (ms: number, res: ServerResponse): Promise<void> =>
    new Promise((done) => {
      const finish = (): void => {
        clearTimeout(timer);
        sleepers.delete(finish);
        res.off('close', finish);
        done();
      };
      const timer = setTimeout(finish, ms);
      sleepers.add(finish);
      res.once('close', finish);
    });

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: Record<string, string | number>,
    body: Buffer | string,
  ): void => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    // Logged before any byte leaves, so a client that has its answer always finds it in the log.
    const entry = entries.get(res);
    if (entry) entry.status = status;
    res.writeHead(status, { 'Content-Length': bytes.length, 'X-Content-Type-Options': 'nosniff', ...headers });
    res.end(req.method === 'HEAD' || status === 304 ? undefined : bytes);
  };

  const sendNotFound = async (req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> => {
    const noStore = { 'Cache-Control': 'no-cache, must-revalidate, max-age=0' };
    if (rawPath.startsWith('/wp-json/')) {
      const body = JSON.stringify({ code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
      send(req, res, 404, { ...noStore, 'Content-Type': 'application/json; charset=UTF-8' }, body);
      return;
    }
    let page = '<!DOCTYPE html><title>Page not found</title><h1>Page not found</h1>';
    try {
      page = rewrite(await readFile(join(root, '404.html'), 'utf8'));
    } catch {
      // A root without 404.html still answers a plain 404.
    }
    send(req, res, 404, { ...noStore, 'Content-Type': 'text/html; charset=UTF-8' }, page);
  };

  const redirect = (req: IncomingMessage, res: ServerResponse, location: string): void => {
    send(req, res, 301, { Location: origin + location, 'Cache-Control': 'no-cache, must-revalidate, max-age=0', 'Content-Type': 'text/html; charset=UTF-8' }, '');
  };

  const serveFile = async (req: IncomingMessage, res: ServerResponse, file: string): Promise<void> => {
    const [raw, info] = await Promise.all([readFile(file), stat(file)]);
    const ext = extname(file);
    const body = TEXT_TYPES.has(ext) ? Buffer.from(rewrite(raw.toString('utf8'))) : raw;
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
    const mtime = Math.floor(info.mtimeMs / 1000) * 1000;
    const headers: Record<string, string> = {
      'Content-Type': contentType(file),
      ETag: etag,
      'Last-Modified': new Date(mtime).toUTCString(),
      'Cache-Control': 'no-cache',
    };
    if (ext === '.html') headers.Link = `<${origin}/wp-json/>; rel="https://api.w.org/"`;
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const notModified = inm !== undefined ? etagMatches(inm, etag) : ims !== undefined && Date.parse(ims) >= mtime;
    send(req, res, notModified ? 304 : 200, headers, body);
  };

  const findIndex = async (dir: string): Promise<string | null> => {
    for (const name of INDEX_FILES) {
      const candidate = join(dir, name);
      if ((await stat(candidate).catch(() => null))?.isFile()) return candidate;
    }
    return null;
  };

  const route = async (req: IncomingMessage, res: ServerResponse, o: DemoServerOptions): Promise<void> => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? '' : url.slice(q + 1);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=UTF-8' }, 'Method Not Allowed\n');
      return;
    }
    let segments: string[];
    try {
      segments = pathSegments(rawPath);
    } catch {
      send(req, res, 400, { 'Content-Type': 'text/plain; charset=UTF-8' }, 'Bad Request\n');
      return;
    }
    const forced = o.status?.[url] ?? o.status?.[rawPath];
    const forcedKey = o.status?.[url] !== undefined ? url : rawPath;
    if (forced !== undefined && (statusLeft[forcedKey] === undefined || (statusLeft[forcedKey] ?? 0) > 0)) {
      if (statusLeft[forcedKey] !== undefined) statusLeft[forcedKey] = (statusLeft[forcedKey] ?? 1) - 1;
      const headers: Record<string, string | number> = { 'Content-Type': 'text/html; charset=UTF-8', 'Cache-Control': 'no-store' };
      if (forced === 429 || forced === 503) headers['Retry-After'] = o.retryAfterSeconds ?? 1;
      send(req, res, forced, headers, `<!DOCTYPE html><title>${forced}</title><h1>Error ${forced}</h1>\n`);
      return;
    }
    if (o.missing?.includes(url) || o.missing?.includes(rawPath)) {
      await sendNotFound(req, res, rawPath);
      return;
    }
    if (rawPath === '/' && query) {
      const params = new URLSearchParams(query);
      const p = params.get('p');
      if (p !== null) {
        const links = JSON.parse(await readFile(join(root, '_shortlinks.json'), 'utf8').catch(() => '{}')) as Record<string, string>;
        const target = links[p];
        if (target) redirect(req, res, target);
        else await sendNotFound(req, res, rawPath);
        return;
      }
      const s = params.get('s');
      if (s !== null) {
        // /?s=<term> shows /search/<term>/ when a static result page exists, else "nothing found".
        const term = slugify(s);
        const dir = term ? join(root, 'search', term) : '';
        const file = (term && (await findIndex(dir))) || join(root, 'search', 'index.html');
        await serveFile(req, res, file);
        return;
      }
    }
    // Dot-files and _-prefixed files (such as _shortlinks.json) are server data, never content.
    if (segments.some((s) => s.startsWith('.') || s.startsWith('_'))) {
      await sendNotFound(req, res, rawPath);
      return;
    }
    const full = resolve(root, ...segments);
    if (full !== root && !full.startsWith(root + sep)) {
      send(req, res, 400, { 'Content-Type': 'text/plain; charset=UTF-8' }, 'Bad Request\n');
      return;
    }
    const info = await stat(full).catch(() => null);
    if (info?.isDirectory()) {
      // REST routes have no trailing slash; everything else redirects to its slashed form, like WordPress.
      if (!rawPath.endsWith('/') && !rawPath.startsWith('/wp-json/')) {
        redirect(req, res, `${rawPath}/${query ? `?${query}` : ''}`);
        return;
      }
      const index = await findIndex(full);
      if (index) await serveFile(req, res, index);
      else await sendNotFound(req, res, rawPath);
      return;
    }
    if (info?.isFile() && !rawPath.endsWith('/')) {
      await serveFile(req, res, full);
      return;
    }
    if (rawPath.startsWith('/app/')) {
      // Single-page app: every unknown /app/... path gets the app shell, which routes on the client.
      await serveFile(req, res, join(root, 'app', 'index.html'));
      return;
    }
    await sendNotFound(req, res, rawPath);
  };

  const server = createServer((req, res) => {
    const entry: DemoRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      status: 0,
      at: Date.now(),
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
      userAgent: req.headers['user-agent'],
    };
    requests.push(entry);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const o = options;
    entries.set(res, entry);
    res.once('close', () => {
      inFlight--;
      entry.doneAt = Date.now();
      if (!res.writableFinished) entry.aborted = true;
    });
    const [rawPath] = (req.url ?? '/').split('?');
    const delay = (o.latencyMs ?? 0) + (o.delays?.[req.url ?? ''] ?? o.delays?.[rawPath ?? ''] ?? 0);
    void (async () => {
      if (delay > 0) await sleep(delay, res);
      if (res.destroyed || res.writableEnded) return;
      await route(req, res, o);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(req, res, 500, { 'Content-Type': 'text/plain; charset=UTF-8' }, `Internal Server Error\n${String(error)}\n`);
      else res.destroy();
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    origin,
    port,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    clearLog() {
      requests.length = 0;
      maxInFlight = inFlight;
    },
    setOptions(o) {
      options = { ...options, ...o };
      if (o.statusCount !== undefined || o.status !== undefined) statusLeft = { ...(options.statusCount ?? {}) };
    },
    close() {
      for (const wake of [...sleepers]) wake();
      return new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}
