/**
 * A local GitHub REST API for tests, held to GitHub's own description of it.
 *
 * Every request is checked against the official OpenAPI document shipped in
 * @octokit/openapi (api.github.com): the path must match a path template of
 * the document with that method, path and query parameters must satisfy
 * their schemas (required ones present, no unknown ones), and a JSON body
 * must satisfy the operation's request-body schema (ajv, with formats).
 * GitHub's documented limits that the document does not encode (a comment
 * body of at most 65 536 characters, per_page ≤ 100, annotation titles of at
 * most 255 characters) are checked too. A request that fails is answered
 * 422 and recorded in `violations`; `assertValid()` (call it in afterEach)
 * throws with all of them, so an invalid request fails the test even when
 * the code under test swallowed the error.
 *
 * The responses the server makes up for issue comments and check runs are
 * validated against the document's response schemas in the same way, so a
 * test cannot pass on a response GitHub would never send.
 *
 * State: issue comments per issue (listed with pagination via Link headers),
 * check runs with their accumulated annotations, and a list of pull requests.
 * Fault modes: 403 for comments and/or checks (a fork's read-only token),
 * the next N requests failing with a 5xx, hitting the rate limit, accepted
 * and never answered ('hang'; `stop()` closes them), or answered 200 with a
 * body that is not JSON ('text') or JSON of the wrong shape ('shape').
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}
interface Operation {
  operationId: string;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> } | { $ref: string }>;
}
interface Route {
  template: string;
  method: string;
  regex: RegExp;
  names: string[];
  operation: Operation;
}

const SPEC_ID = 'https://api.github.com/openapi.json';

/** Loaded once per test file: the document is 13 MB. */
let shared: {
  spec: { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> };
  ajv: Ajv;
  routes: Route[];
} | null = null;

function specAndValidator() {
  if (shared) return shared;
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = require(file);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: true });
  addFormats(ajv);
  // The whole document is one schema resource so that `#/components/...`
  // references inside operation schemas resolve as they do in the document.
  ajv.addSchema({ ...spec, $id: SPEC_ID });
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Record<string, Operation>>)) {
    const names: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !('operationId' in operation)) continue;
      routes.push({ template, method: method.toUpperCase(), regex: new RegExp(`^${pattern}$`), names, operation });
    }
  }
  // A literal segment beats a parameter (`/issues/comments/1` is not issue "comments").
  const literal = (r: Route) => r.template.replace(/\{[^}]+\}/g, '').length;
  routes.sort((a, b) => literal(b) - literal(a));
  shared = { spec, ajv, routes };
  return shared;
}

function pointer(...segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}

const compiled = new Map<string, ValidateFunction>();
function validatorAt(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    v = specAndValidator().ajv.compile({ $ref: `${SPEC_ID}#/${ref}` });
    compiled.set(ref, v);
  }
  return v;
}

function resolveRef<T>(value: T | { $ref: string }): T {
  const { spec } = specAndValidator();
  let v: unknown = value;
  while (v && typeof v === 'object' && '$ref' in v) {
    const parts = (v as { $ref: string }).$ref.replace(/^#\//, '').split('/');
    v = parts.reduce<unknown>((o, p) => (o as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return v as T;
}

function ajvErrors(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 8)
    .map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join('; ');
}

/** Query and path parameters arrive as text; coerce them to the schema's type before validating. */
function coerce(text: string, schema: Record<string, unknown> | undefined): unknown {
  const type = schema?.type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string;
  body: unknown;
  status: number;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  createdAt: string;
  updatedAt: string;
  user: string;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  detailsUrl: string | null;
  annotations: Array<Record<string, unknown>>;
}

export interface PullRequestFixture {
  number: number;
  headSha: string;
  headOwner: string;
  headBranch: string;
  state?: 'open' | 'closed';
  labels?: string[];
}

export type DeniedArea = 'comments' | 'checks';

export class GitHubServer {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: StoredComment[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  pulls: PullRequestFixture[] = [];
  /** Areas answered 403 "Resource not accessible by integration". */
  denied = new Set<DeniedArea>();
  private failures: Array<{ status: number; kind: 'error' | 'rate-limit' | 'secondary' | 'hang' | 'text' | 'shape' }> = [];
  private nextId = 1000;
  private server: http.Server | null = null;
  url = '';

  constructor(
    readonly owner = 'octo',
    readonly repo = 'example',
  ) {}

  async start(): Promise<string> {
    specAndValidator();
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        this.violations.push(`server error: ${(err as Error).stack}`);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /**
   * The next `count` requests fail with `status` (5xx), a primary rate limit
   * ('rate-limit') or a secondary one, are never answered ('hang'), or are
   * answered 200 with a text body ('text') or JSON of the wrong shape ('shape').
   */
  failNext(count: number, how: number | 'rate-limit' | 'secondary' | 'hang' | 'text' | 'shape'): void {
    for (let i = 0; i < count; i++) {
      this.failures.push(typeof how === 'number' ? { status: how, kind: 'error' } : { status: how === 'text' || how === 'shape' ? 200 : 403, kind: how });
    }
  }

  /** Throws with every invalid request seen so far. */
  assertValid(): void {
    if (this.violations.length > 0) throw new Error(`Requests GitHub would refuse:\n- ${this.violations.join('\n- ')}`);
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.comments.length = 0;
    this.checkRuns.length = 0;
    this.pulls = [];
    this.denied.clear();
    this.failures = [];
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams.entries());
    const record: RecordedRequest = { method, path: url.pathname, query, operationId: '', body: undefined, status: 0 };
    this.requests.push(record);
    const send = (status: number, body?: Json, headers: Record<string, string> = {}): void => {
      record.status = status;
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      res.end(text);
    };
    const refuse = (message: string): void => {
      this.violations.push(`${method} ${url.pathname}${url.search}: ${message}`);
      send(422, { message: `Invalid request: ${message}`, documentation_url: 'https://docs.github.com/rest' });
    };

    const { routes } = specAndValidator();
    const candidates = routes.filter((r) => r.regex.test(url.pathname));
    if (candidates.length === 0) return refuse('no path of the OpenAPI description matches');
    const route = candidates.find((r) => r.method === method);
    if (!route) return refuse(`method ${method} is not defined for ${candidates[0].template}`);
    record.operationId = route.operation.operationId;

    // Parameters.
    const match = route.regex.exec(url.pathname)!;
    const pathValues: Record<string, string> = {};
    route.names.forEach((n, i) => (pathValues[n] = decodeURIComponent(match[i + 1])));
    const params = (route.operation.parameters ?? []).map((p) => resolveRef<ParameterObject>(p));
    const allowedQuery = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of Object.keys(query)) if (!allowedQuery.has(name)) return refuse(`unknown query parameter ${name} for ${route.operation.operationId}`);
    for (const p of params) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const text = p.in === 'path' ? pathValues[p.name] : query[p.name];
      if (text === undefined) {
        if (p.required) return refuse(`missing required ${p.in} parameter ${p.name}`);
        continue;
      }
      const v = this.schemaValidator(p.schema);
      if (v && !v(coerce(text, p.schema))) return refuse(`${p.in} parameter ${p.name}=${JSON.stringify(text)}: ${ajvErrors(v)}`);
    }
    if (query.per_page !== undefined && Number(query.per_page) > 100) return refuse(`per_page ${query.per_page} > 100 (GitHub caps it at 100)`);

    // Body.
    const rb = route.operation.requestBody ? resolveRef(route.operation.requestBody) : undefined;
    if (rb) {
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
      if (!rb.content[type]) return refuse(`content-type ${JSON.stringify(type)} is not one of ${Object.keys(rb.content).join(', ')}`);
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch (err) {
        return refuse(`body is not JSON: ${(err as Error).message}`);
      }
      if (body === undefined && rb.required) return refuse('a request body is required');
      record.body = body;
      const v = validatorAt(pointer('paths', route.template, route.method.toLowerCase(), 'requestBody', 'content', type, 'schema'));
      if (body !== undefined && !v(body)) return refuse(`body does not match the ${route.operation.operationId} schema: ${ajvErrors(v)}`);
      const limit = this.documentedLimits(route.operation.operationId, body);
      if (limit) return refuse(limit);
    } else if (raw !== '') {
      return refuse(`${route.operation.operationId} takes no body`);
    }
    if (!req.headers.authorization) return send(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });

    // Faults.
    const area: DeniedArea | null = /^issues\/.*comment/.test(route.operation.operationId)
      ? 'comments'
      : route.operation.operationId.startsWith('checks/')
        ? 'checks'
        : null;
    const failure = this.failures.shift();
    if (failure?.kind === 'error') return send(failure.status, { message: 'Server Error' });
    if (failure?.kind === 'hang') {
      record.status = -1;
      return; // the connection stays open, unanswered, until stop()
    }
    if (failure?.kind === 'text') {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end('<html><body>Unicorn! This page is taking too long to load.</body></html>');
    }
    if (failure?.kind === 'shape') return send(200, { unexpected: true });
    if (failure?.kind === 'rate-limit') {
      return send(
        403,
        {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
        },
      );
    }
    if (failure?.kind === 'secondary') {
      return send(
        403,
        {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest',
        },
        { 'retry-after': '0' },
      );
    }
    if (area && this.denied.has(area) && (method !== 'GET' || area === 'checks')) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }

    const out = this.respond(route, pathValues, query, record.body, url);
    if (out.status < 300 && out.body !== undefined) {
      const check = this.responseValidator(route, out.status);
      if (check && !check(out.body)) this.violations.push(`test server made an unrealistic ${route.operation.operationId} response: ${ajvErrors(check)}`);
    }
    send(out.status, out.body, out.headers);
  }

  private schemaValidator(schema: Record<string, unknown> | undefined): ValidateFunction | null {
    if (!schema) return null;
    const key = JSON.stringify(schema);
    let v = compiled.get(key);
    if (!v) {
      v = specAndValidator().ajv.compile(schema);
      compiled.set(key, v);
    }
    return v;
  }

  /** Validates our made-up responses for the operations the publisher relies on. */
  private responseValidator(route: Route, status: number): ValidateFunction | null {
    if (!/^(issues\/(list-comments|create-comment|update-comment)|checks\/(create|update))$/.test(route.operation.operationId)) return null;
    const r = resolveRef(route.operation.responses[String(status)]) as { content?: Record<string, unknown> } | undefined;
    if (!r?.content?.['application/json']) return null;
    return validatorAt(pointer('paths', route.template, route.method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema'));
  }

  /** Limits GitHub documents in prose rather than in the schema. */
  private documentedLimits(operationId: string, body: unknown): string | null {
    const b = body as { body?: string; output?: { title?: string; annotations?: Array<{ title?: string; message?: string }> } } | undefined;
    if ((operationId === 'issues/create-comment' || operationId === 'issues/update-comment') && (b?.body?.length ?? 0) > 65_536) {
      return `comment body of ${b!.body!.length} characters exceeds GitHub's 65536`;
    }
    for (const a of b?.output?.annotations ?? []) {
      if ((a.title?.length ?? 0) > 255) return `annotation title of ${a.title!.length} characters exceeds 255`;
      if (Buffer.byteLength(a.message ?? '') > 64 * 1024) return 'annotation message exceeds 64 KB';
    }
    return null;
  }

  private user(login = 'github-actions[bot]'): Record<string, Json> {
    const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
    return {
      login,
      id: 41898282,
      node_id: 'MDM6Qm90NDE4OTgyODI=',
      avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
      gravatar_id: '',
      url: api,
      html_url: `https://github.com/apps/github-actions`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: 'Bot',
      site_admin: false,
    };
  }

  private commentJson(c: StoredComment): Record<string, Json> {
    const repoApi = `https://api.github.com/repos/${this.owner}/${this.repo}`;
    return {
      id: c.id,
      node_id: `IC_kwDO${c.id}`,
      url: `${repoApi}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${repoApi}/issues/${c.issueNumber}`,
      author_association: c.user === 'github-actions[bot]' ? 'NONE' : 'MEMBER',
    };
  }

  private checkRunJson(r: StoredCheckRun): Record<string, Json> {
    const repoApi = `https://api.github.com/repos/${this.owner}/${this.repo}`;
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id: r.id,
      head_sha: r.headSha,
      node_id: `CR_kwDO${r.id}`,
      external_id: '',
      url: `${repoApi}/check-runs/${r.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${r.id}`,
      details_url: r.detailsUrl ?? `https://github.com/${this.owner}/${this.repo}/runs/${r.id}`,
      status: r.status,
      conclusion: r.conclusion,
      started_at: now,
      completed_at: r.status === 'completed' ? now : null,
      output: {
        title: r.title,
        summary: r.summary,
        text: null,
        annotations_count: r.annotations.length,
        annotations_url: `${repoApi}/check-runs/${r.id}/annotations`,
      },
      name: r.name,
      check_suite: { id: 5 },
      app: {
        id: 15368,
        slug: 'github-actions',
        node_id: 'MDM6QXBwMTUzNjg=',
        owner: this.user('github'),
        name: 'GitHub Actions',
        description: 'Automate your workflow from idea to production',
        external_url: 'https://help.github.com/en/actions',
        html_url: 'https://github.com/apps/github-actions',
        created_at: '2018-07-30T09:30:17Z',
        updated_at: '2019-12-10T19:04:12Z',
        permissions: { checks: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
        events: [],
      },
      pull_requests: [],
    };
  }

  private respond(
    route: Route,
    p: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    url: URL,
  ): { status: number; body?: Json; headers?: Record<string, string> } {
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const b = (body ?? {}) as Record<string, unknown>;
    if (p.owner !== this.owner || p.repo !== this.repo) return { status: 404, body: { message: 'Not Found' } };
    switch (route.operation.operationId) {
      case 'issues/list-comments': {
        const all = this.commentsOn(Number(p.issue_number));
        const perPage = Number(query.per_page ?? 30);
        const page = Number(query.page ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const link = (n: number, rel: string) => {
          const u = new URL(url.toString());
          u.searchParams.set('page', String(n));
          links.push(`<${u.toString()}>; rel="${rel}"`);
        };
        if (page < last) {
          link(page + 1, 'next');
          link(last, 'last');
        }
        if (page > 1) {
          link(1, 'first');
          link(page - 1, 'prev');
        }
        const slice = all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(c));
        return { status: 200, body: slice, headers: links.length ? { link: links.join(', ') } : {} };
      }
      case 'issues/create-comment': {
        const c: StoredComment = {
          id: this.nextId++,
          issueNumber: Number(p.issue_number),
          body: String(b.body),
          createdAt: now,
          updatedAt: now,
          user: 'github-actions[bot]',
        };
        this.comments.push(c);
        return {
          status: 201,
          body: this.commentJson(c),
          headers: { location: `https://api.github.com/repos/${this.owner}/${this.repo}/issues/comments/${c.id}` },
        };
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === Number(p.comment_id));
        if (!c) return { status: 404, body: { message: 'Not Found' } };
        c.body = String(b.body);
        c.updatedAt = now;
        return { status: 200, body: this.commentJson(c) };
      }
      case 'checks/create': {
        const output = (b.output ?? {}) as Record<string, unknown>;
        const r: StoredCheckRun = {
          id: this.nextId++,
          name: String(b.name),
          headSha: String(b.head_sha),
          status: b.conclusion ? 'completed' : String((b.status as string | undefined) ?? 'queued'),
          conclusion: (b.conclusion as string | undefined) ?? null,
          title: (output.title as string | undefined) ?? null,
          summary: (output.summary as string | undefined) ?? null,
          detailsUrl: (b.details_url as string | undefined) ?? null,
          annotations: [...((output.annotations as Array<Record<string, unknown>>) ?? [])],
        };
        this.checkRuns.push(r);
        return { status: 201, body: this.checkRunJson(r) };
      }
      case 'checks/update': {
        const r = this.checkRuns.find((x) => x.id === Number(p.check_run_id));
        if (!r) return { status: 404, body: { message: 'Not Found' } };
        const output = (b.output ?? {}) as Record<string, unknown>;
        if (typeof output.title === 'string') r.title = output.title;
        if (typeof output.summary === 'string') r.summary = output.summary;
        // GitHub appends annotations on update.
        r.annotations.push(...((output.annotations as Array<Record<string, unknown>>) ?? []));
        if (b.conclusion) {
          r.conclusion = typeof b.conclusion === 'string' ? b.conclusion : JSON.stringify(b.conclusion);
          r.status = 'completed';
        }
        return { status: 200, body: this.checkRunJson(r) };
      }
      case 'pulls/list': {
        const state = query.state ?? 'open';
        const found = this.pulls.filter(
          (pr) => (state === 'all' || (pr.state ?? 'open') === state) && (!query.head || query.head === `${pr.headOwner}:${pr.headBranch}`),
        );
        return { status: 200, body: found.map((pr) => this.pullJson(pr)) };
      }
      case 'pulls/get': {
        const pr = this.pulls.find((x) => x.number === Number(p.pull_number));
        return pr ? { status: 200, body: this.pullJson(pr) } : { status: 404, body: { message: 'Not Found' } };
      }
      default:
        return { status: 404, body: { message: `Not Found (the test server does not implement ${route.operation.operationId})` } };
    }
  }

  /** The fields of a pull request the publisher reads (responses of pulls are not schema-checked; see the file comment). */
  private pullJson(pr: PullRequestFixture): Record<string, Json> {
    return {
      number: pr.number,
      state: pr.state ?? 'open',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
      head: { sha: pr.headSha, ref: pr.headBranch, label: `${pr.headOwner}:${pr.headBranch}` },
      base: { ref: 'main', sha: 'base0001' },
      labels: (pr.labels ?? []).map((name, i) => ({ id: i + 1, name, color: 'ededed' })),
    };
  }
}
