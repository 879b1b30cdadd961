/**
 * The publisher against the local GitHub server (every request validated
 * against GitHub's OpenAPI description), with the real Octokit, retry and
 * throttling plugins.
 */
import Bottleneck from 'bottleneck';
import { GitHubServer } from '../helpers/github-server.js';
import { createGitHubClient, type GitHubClient } from '../../src/publish/client.js';
import { publishReport, type PublishDeps, type PublishSettings, type PublishTarget } from '../../src/publish/publish.js';
import { commentBody, COMMENT_LIMIT, commentMarker } from '../../src/publish/comment.js';
import { hiddenMarker } from '../../src/report/escape.js';
import type { AnnotationProperties } from '../../src/publish/check.js';
import type { Report } from '../../src/report/model.js';
import { bench, comparison, failingReport, hostileReport, report as baseReport } from '../report/fixtures.js';
import { lint, splitFences } from '../report/gfm.js';

const server = new GitHubServer();
beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());
afterEach(() => server.assertValid());

interface Captured {
  deps: PublishDeps;
  log: { info: string[]; notice: string[]; warning: string[] };
  commands: Array<{ level: string; message: string; props: AnnotationProperties }>;
  summary: string[];
}

function client(timeoutMs?: number): GitHubClient {
  return createGitHubClient({
    token: 'ghs_test',
    baseUrl: server.url,
    log: { info: () => {}, warning: () => {} },
    retryAfterBaseValue: 5,
    timeoutMs,
    // Without the default 1 s (writes) and 3 s (comments) spacing of the throttling plugin.
    throttle: {
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    },
  });
}

function capture(withClient = true, timeoutMs?: number): Captured {
  const c: Captured = { log: { info: [], notice: [], warning: [] }, commands: [], summary: [], deps: undefined as unknown as PublishDeps };
  const push = (level: string) => (message: string, props: AnnotationProperties) => c.commands.push({ level, message, props });
  c.deps = {
    client: withClient ? client(timeoutMs) : null,
    log: { info: (m) => c.log.info.push(m), notice: (m) => c.log.notice.push(m), warning: (m) => c.log.warning.push(m) },
    commands: { error: push('error'), warning: push('warning'), notice: push('notice') },
    writeSummary: async (md) => {
      c.summary.push(md);
    },
  };
  return c;
}

const target: PublishTarget = { owner: 'octo', repo: 'example', pullRequest: 7, headSha: 'abc123head' };
const settings: PublishSettings = { comment: 'always', annotations: true, checkName: 'go-runtime-gate' };

function passing(): Report {
  return baseReport({ name: 'default', verdict: 'pass', headline: 'No gated regressions.' });
}

describe('sticky comment', () => {
  it('creates one comment, then updates that same comment', async () => {
    const a = capture();
    const first = await publishReport(failingReport(), target, settings, a.deps);
    expect(first.comment?.action).toBe('created');
    expect(first.commentUrl).toMatch(/^https:\/\/github\.com\/octo\/example\/pull\/7#issuecomment-\d+$/);
    const second = await publishReport(failingReport({ headline: 'Still 3 regressions.' }), target, settings, capture().deps);
    expect(second.comment?.action).toBe('updated');
    expect(second.commentUrl).toBe(first.commentUrl);
    expect(server.commentsOn(7)).toHaveLength(1);
    expect(server.commentsOn(7)[0].body).toMatch(/Still 3 regressions/);
    expect(server.commentsOn(7)[0].body.startsWith(hiddenMarker(commentMarker('default')))).toBe(true);
  });

  it('finds its comment on a later page of a long discussion', async () => {
    for (let i = 0; i < 130; i++)
      server.comments.push({
        id: i + 1,
        issueNumber: 7,
        body: `chatter ${i}`,
        createdAt: '2025-01-01T00:00:00Z',
        updatedAt: '2025-01-01T00:00:00Z',
        user: 'octocat',
      });
    const ours = commentBody(failingReport());
    server.comments.push({
      id: 500,
      issueNumber: 7,
      body: ours,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
      user: 'github-actions[bot]',
    });
    const out = await publishReport(failingReport({ headline: 'changed' }), target, settings, capture().deps);
    expect(out.comment?.action).toBe('updated');
    expect(server.commentsOn(7)).toHaveLength(131);
    const lists = server.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true);
  });

  it('keeps one comment per configuration and never takes over a reply that quotes the marker', async () => {
    const quoted = commentBody(failingReport())
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
    server.comments.push({ id: 1, issueNumber: 7, body: quoted, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', user: 'octocat' });
    await publishReport(failingReport(), target, settings, capture().deps);
    await publishReport(failingReport({ name: 'race-detector' }), target, settings, capture().deps);
    expect(server.commentsOn(7)).toHaveLength(3);
    expect(server.commentsOn(7)[0].body).toBe(quoted);
  });

  it('on-regression: no comment for a passing report, one for a failing one, and says so when a later push fixes it', async () => {
    const s: PublishSettings = { ...settings, comment: 'on-regression' };
    const none = await publishReport(passing(), target, s, capture().deps);
    expect(none.comment?.action).toBe('skipped');
    expect(none.commentUrl).toBe('');
    expect(server.commentsOn(7)).toHaveLength(0);
    await publishReport(failingReport({ name: 'default' }), target, s, capture().deps);
    expect(server.commentsOn(7)).toHaveLength(1);
    const fixed = await publishReport(passing(), target, s, capture().deps);
    expect(fixed.comment?.action).toBe('updated');
    const body = server.commentsOn(7)[0].body;
    expect(body).toMatch(/regressions reported earlier on this pull request are fixed/);
    expect(body).toMatch(/✅/);
  });

  it('never: does not even look', async () => {
    await publishReport(failingReport(), target, { ...settings, comment: 'never' }, capture().deps);
    expect(server.requests.filter((r) => r.operationId.startsWith('issues/'))).toHaveLength(0);
  });

  it('keeps a report with 500 hostile regressions under the comment limit, rendered safely', async () => {
    const r = hostileReport(500);
    const out = await publishReport(r, target, settings, capture().deps);
    expect(out.comment?.action).toBe('created');
    const body = server.commentsOn(7)[0].body;
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toMatch(/more findings not shown/);
    // The two hidden lines (marker first, verdict last) are HTML comments that
    // nothing can end early; their content is never rendered, so lint the rest.
    const lines = body.replace(/\n+$/, '').split('\n');
    const hidden = [lines[0], lines[lines.length - 1]];
    for (const h of hidden) expect(h).toMatch(/^<!-- (?:(?!--)[^<>])* -->$/);
    const visible = lines.slice(1, -1).join('\n');
    expect(lint(visible)).toEqual([]);
    const { outside } = splitFences(visible);
    expect(outside).not.toMatch(/<script>|@octocat|<img/);
    const check = server.checkRuns[0];
    expect(check.summary!.length).toBeLessThanOrEqual(65_535);
    // 500 regressed benchmarks → 500 annotations in 10 requests of 50.
    expect(check.annotations).toHaveLength(500);
    expect(server.requests.filter((q) => q.operationId === 'checks/update')).toHaveLength(9);
  });
});

describe('check run', () => {
  it('is created on the head SHA with the conclusion and annotations at the benchmarks, batched 50 per request', async () => {
    const comparisons = Array.from({ length: 120 }, (_, i) =>
      comparison(`BenchmarkN${i}`, 'allocs', 1, 2, {
        verdict: 'regression',
        gating: true,
        benchmark: bench(`BenchmarkN${i}`, { file: 'codec/codec_test.go', line: i + 1 }),
      }),
    );
    const r = baseReport({ verdict: 'fail', headline: '120 gated regressions.', comparisons });
    const out = await publishReport(r, target, settings, capture().deps);
    expect(out.check?.annotated).toBe(120);
    const run = server.checkRuns[0];
    expect(run).toMatchObject({ name: 'go-runtime-gate', headSha: 'abc123head', status: 'completed', conclusion: 'failure', title: '120 gated regressions.' });
    expect(run.annotations).toHaveLength(120);
    expect(run.annotations[0]).toMatchObject({ path: 'codec/codec_test.go', annotation_level: 'failure' });
    const ops = server.requests.filter((q) => q.operationId.startsWith('checks/')).map((q) => q.operationId);
    expect(ops).toEqual(['checks/create', 'checks/update', 'checks/update']);
    expect(out.workflowAnnotations).toBe(0);
  });

  it.each([
    ['pass', 'success'],
    ['no-baseline', 'neutral'],
    ['acknowledged', 'success'],
    ['fail', 'failure'],
  ] as const)('verdict %s → conclusion %s', async (verdict, conclusion) => {
    await publishReport(baseReport({ verdict }), target, settings, capture().deps);
    expect(server.checkRuns[0].conclusion).toBe(conclusion);
  });

  it('carries no annotations when annotations are off', async () => {
    const c = capture();
    await publishReport(
      failingReport({ comparisons: [comparison('BenchmarkA', 'allocs', 1, 2, { verdict: 'regression', gating: true })] }),
      target,
      { ...settings, annotations: false },
      c.deps,
    );
    expect(server.checkRuns[0].annotations).toHaveLength(0);
    expect(c.commands).toHaveLength(0);
  });
});

describe('faults', () => {
  it('a read-only token (fork): comment and check are skipped with one notice, annotations become workflow commands, 10 per type', async () => {
    server.denied.add('comments').add('checks');
    const comparisons = Array.from({ length: 15 }, (_, i) =>
      comparison(`BenchmarkN${i}`, 'allocs', 1, 2 + i, {
        verdict: 'regression',
        gating: true,
        benchmark: bench(`BenchmarkN${i}`, { file: 'x_test.go', line: i + 1 }),
      }),
    );
    const c = capture();
    const out = await publishReport(baseReport({ verdict: 'fail', comparisons }), target, settings, c.deps);
    expect(out.summaryWritten).toBe(true);
    expect(out.commentUrl).toBe('');
    expect(out.skipped).toEqual(['the pull-request comment', 'the check run']);
    expect(c.log.notice).toHaveLength(1);
    expect(c.log.notice[0]).toMatch(/may not publish.*pull-request comment \(HTTP 403.*check run.*workflow_run/s);
    expect(c.log.warning).toEqual([]);
    expect(c.commands).toHaveLength(10);
    expect(c.commands.every((x) => x.level === 'error')).toBe(true);
    // Most important first: the largest increase (BenchmarkN14: 1 → 16) leads.
    expect(c.commands[0].props).toMatchObject({ file: 'x_test.go', startLine: 15 });
  });

  it('retries 5xx and succeeds', async () => {
    server.failNext(2, 502);
    const c = capture();
    const out = await publishReport(failingReport(), target, settings, c.deps);
    expect(out.comment?.action).toBe('created');
    expect(c.log.warning).toEqual([]);
    expect(server.requests.filter((r) => r.status === 502)).toHaveLength(2);
  });

  it('waits out a short rate limit and a secondary rate limit', async () => {
    server.failNext(1, 'rate-limit');
    server.failNext(1, 'secondary');
    const out = await publishReport(failingReport(), target, settings, capture().deps);
    expect(out.comment?.action).toBe('created');
    expect(out.check).not.toBeNull();
  });

  it('an outage costs the comment and the check, never the summary, and is a warning', async () => {
    server.failNext(100, 503);
    const c = capture();
    const out = await publishReport(failingReport(), target, settings, c.deps);
    expect(out.summaryWritten).toBe(true);
    expect(c.summary[0]).toMatch(/gated regressions/);
    expect(out.comment).toBeNull();
    expect(out.check).toBeNull();
    expect(c.log.warning.join('\n')).toMatch(/comment could not be posted.*503/);
    expect(c.log.warning.join('\n')).toMatch(/check run could not be created/);
  });

  it('a GitHub that accepts the connection and never answers costs the comment and the check within network-timeout, like a 5xx', async () => {
    server.failNext(100, 'hang');
    const c = capture(true, 400);
    const started = Date.now();
    const out = await publishReport(failingReport(), target, settings, c.deps);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(out.summaryWritten).toBe(true);
    expect(c.summary[0]).toMatch(/gated regressions/);
    expect([out.comment, out.check]).toEqual([null, null]);
    const warnings = c.log.warning.join('\n');
    expect(warnings).toMatch(/comment could not be posted: no answer from GitHub \(GET [^)]*\/issues\/7\/comments[^)]*\) within 400 ms \(network-timeout\)/);
    expect(warnings).toMatch(/check run could not be created: no answer from GitHub \(POST [^)]*\/check-runs\) within 400 ms/);
    expect(c.log.info.join('\n')).not.toMatch(/created/);
    // Each call reached the server once: its retries failed at once, after the timeout.
    expect(server.requests.filter((r) => r.status === -1)).toHaveLength(2);
  });

  it('a check run answered 200 with a body that is not JSON is not taken as created, and says what was expected', async () => {
    server.failNext(1, 'text');
    const c = capture();
    const out = await publishReport(failingReport(), target, { ...settings, comment: 'never' }, c.deps);
    expect(out.check).toBeNull();
    expect(c.log.info.join('\n')).not.toMatch(/Check run .* created/);
    expect(c.log.warning.join('\n')).toMatch(
      /check run could not be created: GitHub's answer to POST [^ ]*\/check-runs \(HTTP 200\): expected a JSON body: found text "<html><body>Unicorn!.*Annotations are written as workflow commands instead/,
    );
    expect(out.workflowAnnotations).toBeGreaterThan(0);
  });

  it('a check run answered with JSON of the wrong shape is not taken as created, and says which field was expected', async () => {
    server.failNext(1, 'shape');
    const c = capture();
    const out = await publishReport(failingReport(), target, { ...settings, comment: 'never' }, c.deps);
    expect(out.check).toBeNull();
    expect(c.log.info.join('\n')).not.toMatch(/Check run .* created/);
    expect(c.log.warning.join('\n')).toMatch(
      /GitHub's answer to POST \/repos\/octo\/example\/check-runs: expected a JSON object with a number at `id`.*: found JSON \{"unexpected":true\}/,
    );
  });

  it('a comment listing answered with an HTML page says what was expected, never a raw JavaScript error', async () => {
    server.failNext(1, 'text');
    const c = capture();
    const out = await publishReport(failingReport(), target, settings, c.deps);
    expect(out.comment).toBeNull();
    const warnings = c.log.warning.join('\n');
    expect(warnings).toMatch(
      /comment could not be posted: GitHub's answer to GET [^ ]*\/issues\/7\/comments[^ ]* \(HTTP 200\): expected a JSON body: found text/,
    );
    expect(warnings).not.toMatch(/Cannot use 'in' operator|TypeError/);
    expect(out.check).not.toBeNull(); // the next call was answered properly
  });

  it('a comment listing of the wrong shape says what was expected', async () => {
    server.failNext(1, 'shape');
    const c = capture();
    const out = await publishReport(failingReport(), target, settings, c.deps);
    expect(out.comment).toBeNull();
    expect(c.log.warning.join('\n')).toMatch(
      /GitHub's answer to GET \/repos\/octo\/example\/issues\/7\/comments: expected a JSON array of objects with a number at `id`/,
    );
  });

  it('without a token only the summary and workflow-command annotations are written', async () => {
    const c = capture(false);
    const out = await publishReport(
      failingReport({ comparisons: [comparison('BenchmarkA', 'allocs', 1, 2, { verdict: 'regression', gating: true })] }),
      target,
      settings,
      c.deps,
    );
    expect(out.summaryWritten).toBe(true);
    expect(server.requests).toHaveLength(0);
    expect(c.log.notice[0]).toMatch(/No github-token/);
    expect(c.commands.map((x) => x.props.file)).toEqual(['codec_test.go']);
  });

  it('a failing summary write is a warning and publishing goes on', async () => {
    const c = capture();
    c.deps.writeSummary = async () => {
      throw new Error('GITHUB_STEP_SUMMARY is not writable');
    };
    const out = await publishReport(failingReport(), target, settings, c.deps);
    expect(out.summaryWritten).toBe(false);
    expect(c.log.warning[0]).toMatch(/summary could not be written/);
    expect(out.comment?.action).toBe('created');
  });
});
