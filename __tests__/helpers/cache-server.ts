/**
 * A local Actions cache service speaking what @actions/cache v6 speaks to
 * the real one, so that a baseline saved by one run is restored by another
 * through the library's own code (tar, zstd, Azure blob SDK, HTTP client).
 *
 * How the library picks the protocol (node_modules/@actions/cache/lib/internal/config.js):
 * `ACTIONS_CACHE_SERVICE_V2` set selects cache service v2 (unless
 * GITHUB_SERVER_URL is a GHES host), `ACTIONS_RESULTS_URL` is its base URL,
 * `ACTIONS_RUNTIME_TOKEN` the bearer token. `env()` returns those.
 *
 * v2 is Twirp with JSON bodies and proto field names, POSTed to
 * `/twirp/github.actions.results.api.v1.CacheService/<Method>`:
 * - `CreateCacheEntry {key, version}` → `{ok, signed_upload_url}`; an entry
 *   with that key and version already committed → a Twirp `already_exists`
 *   error (409), which the library reports as "another job may be creating this cache".
 * - upload to the signed URL with the Azure blob SDK (`BlockBlobClient.uploadFile`):
 *   one `PUT` with `x-ms-blob-type: BlockBlob` up to 128 MiB, else
 *   `PUT ?comp=block&blockid=…` per block and `PUT ?comp=blocklist` with the
 *   XML list of block ids. Both are implemented.
 * - `FinalizeCacheEntryUpload {key, version, size_bytes}` → `{ok, entry_id}`;
 *   the size must match the uploaded blob.
 * - `GetCacheEntryDownloadURL {key, restore_keys, version}` → `{ok, signed_download_url, matched_key}`
 *   or `{ok: false}` on a miss. Matching as GitHub documents it: the key
 *   exactly, else the newest entry whose key starts with it, then the same
 *   for each restore key in order; always only entries of the same version
 *   (the hash of the paths and compression method).
 * - the download is a plain `GET` of the signed URL (the host is not
 *   `*.blob.core.windows.net`, so the library uses its HTTP client).
 *
 * `down = true` resets every connection (the library's NetworkError path);
 * `silent = true` accepts every request and never answers it (`stop()`
 * closes them).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

interface Entry {
  id: number;
  key: string;
  version: string;
  blobId: string;
  size: number;
  createdAt: number;
  finalized: boolean;
}

export interface CacheCall {
  method: string;
  path: string;
  body?: unknown;
  status: number;
}

export class CacheServer {
  readonly calls: CacheCall[] = [];
  readonly entries: Entry[] = [];
  readonly problems: string[] = [];
  /** Every connection is reset while true. */
  down = false;
  /** Every request is accepted and left unanswered while true. */
  silent = false;
  readonly token = `runtime-${randomBytes(6).toString('hex')}`;
  private blobs = new Map<string, Buffer>();
  private blocks = new Map<string, Map<string, Buffer>>();
  private nextId = 1;
  private clock = 0;
  private server: http.Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      if (this.down) {
        req.socket.destroy();
        return;
      }
      if (this.silent) {
        this.calls.push({ method: req.method ?? 'GET', path: req.url ?? '/', status: -1 });
        return;
      }
      this.handle(req, res).catch((err) => {
        this.problems.push(String((err as Error).stack));
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /** The environment variables that point @actions/cache at this service. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: this.url, ACTIONS_RUNTIME_TOKEN: this.token };
  }

  committedKeys(): string[] {
    return this.entries.filter((e) => e.finalized).map((e) => e.key);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.url);
    const call: CacheCall = { method: req.method ?? 'GET', path: url.pathname, status: 0 };
    this.calls.push(call);
    const json = (status: number, body: unknown): void => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const twirpError = (status: number, code: string, msg: string): void => json(status, { code, msg });

    if (url.pathname.startsWith(SERVICE)) {
      if (req.method !== 'POST') return twirpError(404, 'bad_route', `${req.method} is not a Twirp method`);
      if (req.headers.authorization !== `Bearer ${this.token}`) return twirpError(401, 'unauthenticated', 'invalid runtime token');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return twirpError(400, 'malformed', 'expected application/json');
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return twirpError(400, 'malformed', 'body is not JSON');
      }
      call.body = body;
      return this.rpc(url.pathname.slice(SERVICE.length), body, json, twirpError);
    }
    if (url.pathname.startsWith('/blob/')) return this.blob(req, url, raw, call, res);
    call.status = 404;
    res.writeHead(404).end();
  }

  private rpc(
    method: string,
    body: Record<string, unknown>,
    json: (status: number, body: unknown) => void,
    twirpError: (status: number, code: string, msg: string) => void,
  ): void {
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    if (!key || !version) return twirpError(400, 'invalid_argument', 'key and version are required');
    switch (method) {
      case 'CreateCacheEntry': {
        if (this.entries.some((e) => e.key === key && e.version === version && e.finalized)) {
          return twirpError(409, 'already_exists', 'cache entry with the same key and version already exists');
        }
        const blobId = randomBytes(8).toString('hex');
        this.entries.push({ id: this.nextId++, key, version, blobId, size: 0, createdAt: ++this.clock, finalized: false });
        return json(200, { ok: true, signed_upload_url: `${this.url}blob/${blobId}?sv=2025-01-05&sig=${randomBytes(8).toString('hex')}` });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry) return json(200, { ok: false, entry_id: '0', message: `no reserved cache entry for ${key}` });
        const blob = this.blobs.get(entry.blobId);
        const size = Number(body.size_bytes);
        if (!blob || blob.length !== size) {
          this.problems.push(`finalize of ${key}: size_bytes ${size}, uploaded ${blob?.length ?? 'nothing'}`);
          return json(200, { ok: false, entry_id: '0', message: 'uploaded size does not match size_bytes' });
        }
        entry.size = size;
        entry.finalized = true;
        entry.createdAt = ++this.clock;
        return json(200, { ok: true, entry_id: String(entry.id) });
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? (body.restore_keys as string[]) : [];
        const candidates = this.entries.filter((e) => e.finalized && e.version === version);
        for (const k of [key, ...restoreKeys]) {
          const exact = candidates.find((e) => e.key === k);
          const newest = candidates.filter((e) => e.key.startsWith(k)).sort((a, b) => b.createdAt - a.createdAt)[0];
          const hit = exact ?? newest;
          if (hit)
            return json(200, {
              ok: true,
              signed_download_url: `${this.url}blob/${hit.blobId}?sv=2025-01-05&sig=${randomBytes(8).toString('hex')}`,
              matched_key: hit.key,
            });
        }
        return json(200, { ok: false, signed_download_url: '', matched_key: '' });
      }
      default:
        return twirpError(404, 'bad_route', `no method ${method}`);
    }
  }

  private blob(req: http.IncomingMessage, url: URL, raw: Buffer, call: CacheCall, res: http.ServerResponse): void {
    const blobId = url.pathname.slice('/blob/'.length);
    if (!url.searchParams.get('sig')) {
      call.status = 403;
      res.writeHead(403).end('AuthenticationFailed');
      return;
    }
    const azureHeaders = { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2025-01-05', date: new Date().toUTCString() };
    if (req.method === 'GET') {
      const blob = this.blobs.get(blobId);
      call.status = blob ? 200 : 404;
      if (!blob) return void res.writeHead(404, azureHeaders).end();
      res.writeHead(200, { ...azureHeaders, 'content-type': 'application/octet-stream', 'content-length': String(blob.length) }).end(blob);
      return;
    }
    if (req.method !== 'PUT') {
      call.status = 405;
      res.writeHead(405).end();
      return;
    }
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const id = url.searchParams.get('blockid') ?? '';
      const staged = this.blocks.get(blobId) ?? new Map<string, Buffer>();
      staged.set(id, raw);
      this.blocks.set(blobId, staged);
    } else if (comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
      const staged = this.blocks.get(blobId) ?? new Map<string, Buffer>();
      const missing = ids.filter((id) => !staged.has(id));
      if (missing.length > 0) {
        this.problems.push(`block list of ${blobId} names unstaged blocks ${missing.join(', ')}`);
        call.status = 400;
        res.writeHead(400, azureHeaders).end('InvalidBlockList');
        return;
      }
      this.blobs.set(blobId, Buffer.concat(ids.map((id) => staged.get(id)!)));
      this.blocks.delete(blobId);
    } else {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') this.problems.push(`PUT of ${blobId} without x-ms-blob-type: BlockBlob`);
      this.blobs.set(blobId, raw);
    }
    call.status = 201;
    res
      .writeHead(201, {
        ...azureHeaders,
        etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-server-encrypted': 'true',
      })
      .end();
  }
}
