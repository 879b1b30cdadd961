/**
 * The bundled Action (dist/index.js) run as the runner runs it, against a
 * local Actions cache service (the protocol @actions/cache v6 speaks) and a
 * local GitHub API that validates every request against GitHub's OpenAPI
 * description: a push records the baseline in the cache, pull requests
 * restore it, publish one sticky comment and a check run with annotations,
 * and keep their verdict when GitHub refuses them (forks) or the cache is down.
 */
import path from 'node:path';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import { EXAMPLE, tempDir } from '../helpers/paths.js';
import { runAction, type ActionRun } from '../helpers/runner-env.js';
import { GitHubServer } from '../helpers/github-server.js';
import { CacheServer } from '../helpers/cache-server.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

const repository = { default_branch: 'main', full_name: 'octo/example', name: 'example', owner: { login: 'octo' } };
const BASE_SHA = '1111111111111111111111111111111111111111';
const HEAD_SHA = '2222222222222222222222222222222222222222';
const inputs = { packages: './codec', count: '4', benchtime: '10000x', 'github-token': 'ghs_e2e', comment: 'always', annotations: 'true' };

const github = new GitHubServer();
const cache = new CacheServer();
// The cache files an entry under a hash of the staged path, which lives under
// RUNNER_TEMP; on a hosted runner that is the same directory in every job.
let runnerTemp: string;

async function workspaceWith(side: 'base' | 'head'): Promise<string> {
  const ws = await tempDir('grg-ws-');
  await cp(path.join(EXAMPLE, side), ws, { recursive: true });
  return ws;
}

function prPayload(number: number, labels: string[] = []) {
  return {
    action: 'synchronize',
    number,
    repository,
    pull_request: {
      number,
      state: 'open',
      labels: labels.map((name, i) => ({ id: i + 1, name })),
      base: { ref: 'main', sha: BASE_SHA, repo: repository },
      head: { ref: 'feature', sha: HEAD_SHA, repo: { full_name: 'forker/example', owner: { login: 'forker' } } },
    },
  };
}

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { ...cache.env(), GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '4242', RUNNER_TEMP: runnerTemp, ...extra };
}

async function pullRequestRun(number: number, more: Record<string, string> = {}, labels: string[] = []): Promise<{ run: ActionRun; ws: string }> {
  const ws = await workspaceWith('head');
  const run = await runAction({
    inputs: { ...inputs, 'report-path': 'out/report.json', ...more },
    eventName: 'pull_request',
    payload: prPayload(number, labels),
    ref: `refs/pull/${number}/merge`,
    sha: '9999999999999999999999999999999999999999', // the merge commit: never the one reported on
    workspace: ws,
    env: env(),
  });
  return { run, ws };
}

beforeAll(async () => {
  await Promise.all([github.start(), cache.start()]);
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'grg-runner-temp-'));
  const push = await runAction({
    inputs,
    eventName: 'push',
    payload: { ref: 'refs/heads/main', after: BASE_SHA, repository },
    ref: 'refs/heads/main',
    sha: BASE_SHA,
    workspace: await workspaceWith('base'),
    env: env(),
  });
  expect(push.stdout).not.toMatch(/::(warning|error)::/);
  expect(push.code).toBe(0);
  expect(cache.committedKeys()).toEqual([expect.stringMatching(new RegExp(`^go-runtime-gate-v\\d+-linux-.*-main-go.*-${BASE_SHA}$`))]);
  // A push publishes nothing on GitHub.
  expect(github.requests).toEqual([]);
});

afterAll(async () => {
  await Promise.all([github.stop(), cache.stop()]);
});

afterEach(() => {
  github.assertValid();
  expect(cache.problems).toEqual([]);
});

describe('pull requests with the Actions cache and the GitHub API', () => {
  let firstCommentUrl = '';
  let reportJson = '';

  it('restores the baseline, posts one comment and a check run with annotations, and fails on the regressions', async () => {
    const { run, ws } = await pullRequestRun(1);
    expect(run.stderr).toBe('');
    firstCommentUrl = run.outputs['comment-url']!;
    reportJson = run.outputs['report-json']!;
    const report = JSON.parse(await readFile(reportJson, 'utf8'));
    const gating = report.comparisons
      .filter((c: { gating: boolean }) => c.gating)
      .map((c: { benchmark: { name: string }; metric: string }) => `${c.benchmark.name} ${c.metric}`);
    // allocs/op and NewFrame's B/op are exact; Encode's few bytes per op
    // sometimes share the harness's noise and miss significance (an engine
    // matter, reported separately), so the test does not depend on it.
    expect(gating).toEqual(expect.arrayContaining(['BenchmarkEncode allocs', 'BenchmarkNewFrame bytes']));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    // One per cause (the new allocation with its escape at codec/codec.go:16 is one).
    expect(run.outputs.regressions).toBe(String(report.causes.filter((c: { gating: boolean }) => c.gating).length));
    expect(run.outputs['baseline-commit']).toBe(BASE_SHA);
    expect(run.outputs['comment-url']).toMatch(/^https:\/\/github\.com\/octo\/example\/pull\/1#issuecomment-\d+$/);
    expect(reportJson).toBe(path.join(ws, 'out', 'report.json'));
    expect(report.verdict).toBe('fail');
    expect(report.baselineSource).toBe('cache');

    expect(run.summary).toMatch(/BenchmarkEncode/);
    expect(run.summary).toMatch(/\d regressions?: /);

    const comments = github.commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/^<!-- go-runtime-gate:go-runtime-gate -->/);
    expect(comments[0].body).toMatch(/BenchmarkNewFrame/);

    expect(github.checkRuns).toHaveLength(1);
    const check = github.checkRuns[0];
    expect(check).toMatchObject({ name: 'go-runtime-gate', headSha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
    expect(check.detailsUrl).toBe('https://github.com/octo/example/actions/runs/4242');
    const places = check.annotations.map((a) => `${String(a.path)}:${String(a.start_line)}:${String(a.annotation_level)}`).sort();
    // The regressed benchmarks at their declarations, the new heap escape (gating) and the
    // allocation sites behind the regressions (notices) at the lines that allocate.
    expect(places).toEqual([
      'codec/codec.go:16:failure',
      'codec/codec.go:16:notice',
      'codec/codec.go:26:notice',
      'codec/codec_test.go:10:failure',
      'codec/codec_test.go:18:failure',
    ]);
    expect(check.annotations.find((a) => a.start_line === 10)!.title).toMatch(/BenchmarkEncode(-\d+)? regressed: .*allocs\/op/);
    // The check carried the annotations, so none were repeated as workflow commands.
    expect(run.stdout).not.toMatch(/::error (title|file)=/);
  });

  it('updates that same comment on the next push of the pull request', async () => {
    const before = github.requests.length;
    const { run } = await pullRequestRun(1);
    expect(run.code).toBe(1);
    expect(run.outputs['comment-url']).toBe(firstCommentUrl);
    expect(github.commentsOn(1)).toHaveLength(1);
    const ops = github.requests.slice(before).map((r) => r.operationId);
    expect(ops).toContain('issues/update-comment');
    expect(ops).not.toContain('issues/create-comment');
    expect(github.checkRuns).toHaveLength(2);
  });

  it('from a fork (403 on comments and checks): fails on the verdict alone, with the summary, a notice and workflow-command annotations', async () => {
    github.denied.add('comments').add('checks');
    try {
      const { run } = await pullRequestRun(2);
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(run.outputs['comment-url']).toBe('');
      expect(run.summary).toMatch(/\d regressions?: /);
      expect(run.stdout).toMatch(
        /::notice::The token may not publish here, so these were skipped: the pull-request comment \(HTTP 403.*the check run \(HTTP 403/,
      );
      expect(run.stdout).toMatch(/::error title=BenchmarkEncode(-\d+)? regressed[^,]*,file=codec\/codec_test\.go,line=10::/);
      // Publishing refused is a notice, never a warning. (This test's workspace is no git
      // checkout, so the same-runner confirmation of a GC suspect warns that it cannot run.)
      const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
      expect(warnings.filter((l) => !/could not be confirmed on this runner.*is not in a git repository/.test(l))).toEqual([]);
      expect(github.commentsOn(2)).toHaveLength(0);
    } finally {
      github.denied.clear();
    }
  });

  it('passes an acknowledged pull request, and the comment and check say so', async () => {
    const { run } = await pullRequestRun(3, { 'acknowledge-label': 'runtime-regression-acknowledged' }, ['runtime-regression-acknowledged']);
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('acknowledged');
    expect(run.stdout).toMatch(/::notice::\d regressions? acknowledged with the label "runtime-regression-acknowledged"/);
    expect(github.commentsOn(3)[0].body).toMatch(/acknowledged/);
    expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'success' });
  });

  it('with the cache service down: no baseline, a pass, and the failure said as a failure (not as a miss)', async () => {
    cache.down = true;
    try {
      const { run } = await pullRequestRun(4);
      expect(run.code).toBe(0);
      expect(run.outputs.verdict).toBe('no-baseline');
      expect(run.stdout).toMatch(/::warning::Failed to restore: .*ECONNRESET/);
      expect(run.stdout).toMatch(
        /::warning::The baseline of branch main could not be restored \(the Actions cache.*\): the Actions cache could not be asked for a baseline .*ECONNRESET/,
      );
      expect(run.stdout).not.toMatch(/No baseline of branch main was found/);
      expect(run.summary).toMatch(/could not be restored/);
      expect(run.summary).not.toMatch(/first run|was found/);
      expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'neutral' });
    } finally {
      cache.down = false;
    }
  });

  it('mode publish (the workflow_run companion) posts the comment and check of an uploaded report on the fork PR', async () => {
    github.pulls = [{ number: 9, headSha: HEAD_SHA, headOwner: 'forker', headBranch: 'feature' }];
    const companion = await tempDir('grg-companion-');
    await cp(reportJson, path.join(companion, 'artifact', 'report.json'));
    const run = await runAction({
      inputs: { mode: 'publish', 'report-path': 'artifact', 'github-token': 'ghs_write', comment: 'always', annotations: 'true' },
      eventName: 'workflow_run',
      payload: {
        action: 'completed',
        repository,
        workflow_run: {
          id: 77,
          event: 'pull_request',
          conclusion: 'failure',
          head_sha: HEAD_SHA,
          head_branch: 'feature',
          head_repository: { full_name: 'forker/example', owner: { login: 'forker' } },
          pull_requests: [],
        },
      },
      ref: 'refs/heads/main',
      sha: BASE_SHA,
      workspace: companion,
      // No Go on PATH: publishing measures nothing.
      env: env({ PATH: path.dirname(process.execPath) }),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['comment-url']).toMatch(/\/pull\/9#issuecomment-/);
    expect(github.commentsOn(9)).toHaveLength(1);
    expect(github.checkRuns.at(-1)).toMatchObject({ headSha: HEAD_SHA, conclusion: 'failure' });
    expect(github.checkRuns.at(-1)!.annotations).toHaveLength(5);
    expect(run.summary).toMatch(/BenchmarkEncode/);
    expect(github.requests.find((r) => r.operationId === 'pulls/list')?.query).toMatchObject({ head: 'forker:feature', state: 'open' });
  });

  it('mode publish refuses a report about another commit than the triggering run', async () => {
    github.pulls = [{ number: 10, headSha: 'a'.repeat(40), headOwner: 'forker', headBranch: 'other' }];
    const companion = await tempDir('grg-companion-');
    await cp(reportJson, path.join(companion, 'report.json'));
    const run = await runAction({
      inputs: { mode: 'publish', 'report-path': 'report.json', 'github-token': 'ghs_write' },
      eventName: 'workflow_run',
      payload: {
        repository,
        workflow_run: { head_sha: 'a'.repeat(40), head_branch: 'other', head_repository: { owner: { login: 'forker' } }, pull_requests: [] },
      },
      ref: 'refs/heads/main',
      sha: BASE_SHA,
      workspace: companion,
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The report is about commit 2{40}, but the run that triggered this one was for a{40}/);
    expect(github.commentsOn(10)).toHaveLength(0);
  });

  it('mode publish names the file and field of a forged report', async () => {
    const companion = await tempDir('grg-companion-');
    const forged = JSON.parse(await readFile(reportJson, 'utf8'));
    forged.verdict = 'totally-fine';
    await import('node:fs/promises').then((fs) => fs.writeFile(path.join(companion, 'report.json'), JSON.stringify(forged)));
    const run = await runAction({
      inputs: { mode: 'publish', 'report-path': '.', 'github-token': 'ghs_write' },
      eventName: 'workflow_run',
      payload: { repository, workflow_run: { head_sha: HEAD_SHA, pull_requests: [] } },
      ref: 'refs/heads/main',
      sha: BASE_SHA,
      workspace: companion,
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::.*report\.json:1:\d+: expected one of "pass", "fail", "no-baseline", "acknowledged" at \$\.verdict: found string "totally-fine"/,
    );
  });
});
