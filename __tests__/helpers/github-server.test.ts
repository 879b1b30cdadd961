/**
 * The test GitHub server itself: it must refuse what GitHub refuses, or the
 * publisher's tests prove nothing.
 */
import { GitHubServer } from '../helpers/github-server.js';

describe('GitHubServer', () => {
  const server = new GitHubServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => server.reset());

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(server.url + path, {
      method,
      headers: { authorization: 'token t', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: await res.json().catch(() => null) };
  }

  it('accepts a valid comment, lists it, and makes schema-valid responses', async () => {
    expect((await call('POST', '/repos/octo/example/issues/1/comments', { body: 'hi' })).status).toBe(201);
    const list = await call('GET', '/repos/octo/example/issues/1/comments?per_page=100');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    server.assertValid();
  });

  it.each([
    ['an unknown path', 'GET', '/repos/octo/example/nothing-here', undefined, /no path/],
    ['a method the path does not have', 'PUT', '/repos/octo/example/issues/1/comments', { body: 'x' }, /method PUT/],
    ['a body missing a required field', 'POST', '/repos/octo/example/issues/1/comments', { text: 'x' }, /required property 'body'/],
    ['a wrongly typed path parameter', 'GET', '/repos/octo/example/issues/abc/comments', undefined, /issue_number/],
    ['an unknown query parameter', 'GET', '/repos/octo/example/issues/1/comments?perpage=5', undefined, /unknown query parameter perpage/],
    ['per_page over 100', 'GET', '/repos/octo/example/issues/1/comments?per_page=500', undefined, /per_page/],
    ['a bad check conclusion', 'POST', '/repos/octo/example/check-runs', { name: 'x', head_sha: 'a', conclusion: 'passed' }, /conclusion/],
    [
      '51 annotations in one request',
      'POST',
      '/repos/octo/example/check-runs',
      {
        name: 'x',
        head_sha: 'a',
        output: {
          title: 't',
          summary: 's',
          annotations: Array.from({ length: 51 }, () => ({ path: 'a.go', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' })),
        },
      },
      /maxItems|50/,
    ],
    [
      'a summary over 65535 characters',
      'POST',
      '/repos/octo/example/check-runs',
      { name: 'x', head_sha: 'a', output: { title: 't', summary: 'x'.repeat(65_536) } },
      /summary/,
    ],
    ['a comment over 65536 characters', 'POST', '/repos/octo/example/issues/1/comments', { body: 'x'.repeat(65_537) }, /65536/],
  ])('refuses %s', async (_what, method, path, body, message) => {
    const r = await call(method, path, body);
    expect(r.status).toBe(422);
    expect(() => server.assertValid()).toThrow(message);
  });

  it('paginates with Link headers', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/repos/octo/example/issues/2/comments', { body: `c${i}` });
    const first = await call('GET', '/repos/octo/example/issues/2/comments?per_page=2');
    expect((first.body as Array<{ body: string }>).map((c) => c.body)).toEqual(['c0', 'c1']);
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next".*page=3>; rel="last"/);
    server.assertValid();
  });

  it('answers 403 in the areas a read-only token may not write', async () => {
    server.denied.add('comments');
    expect((await call('POST', '/repos/octo/example/issues/1/comments', { body: 'x' })).status).toBe(403);
    expect((await call('GET', '/repos/octo/example/issues/1/comments')).status).toBe(200);
    server.assertValid();
  });
});
