/**
 * The bundled Action (dist/index.js) run as the runner runs it, on the real
 * example module, with a directory baseline store: a push records the
 * baseline, a pull request compares against it and fails on the regressions.
 */
import path from 'node:path';
import { cp, readdir, writeFile, mkdir } from 'node:fs/promises';
import { EXAMPLE, BROKEN, tempDir } from '../helpers/paths.js';
import { runAction } from '../helpers/runner-env.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

const repository = { default_branch: 'main', full_name: 'octo/example' };
// 10000 iterations: the testing harness itself sometimes allocates ~5 KB during a
// run, which at 20x would read as +266 B/op; at 10000x it rounds away.
const common = { packages: './codec', count: '4', benchtime: '10000x', 'baseline-dir': 'baselines' };

async function workspaceWith(side: 'base' | 'head'): Promise<string> {
  const ws = await tempDir('grg-ws-');
  await cp(path.join(EXAMPLE, side), ws, { recursive: true });
  return ws;
}

function prPayload(number = 1) {
  return { repository, number, pull_request: { number, base: { ref: 'main', sha: 'base0001' }, head: { sha: 'head0001', ref: 'feature' } } };
}

describe('node dist/index.js', () => {
  let baselines: string;

  beforeAll(async () => {
    baselines = await tempDir('grg-baselines-');
    const ws = await workspaceWith('base');
    const push = await runAction({
      inputs: { ...common, 'baseline-dir': baselines },
      eventName: 'push',
      payload: { repository, ref: 'refs/heads/main' },
      ref: 'refs/heads/main',
      sha: 'base0001',
      workspace: ws,
    });
    expect(push.stderr).toBe('');
    expect(push.code).toBe(0);
    expect(push.stdout).toMatch(/Baseline saved/);
    expect(push.summary).toMatch(/Baseline recorded for main at base0001/);
    // A push records the baseline; its summary never also says there is none.
    expect(push.summary).not.toMatch(/No baseline (?:was )?found|No baseline to compare/i);
  });

  it('fails a pull request whose head adds an allocation and grows B/op, with summary and outputs', async () => {
    const ws = await workspaceWith('head');
    const pr = await runAction({
      inputs: { ...common, 'baseline-dir': baselines, 'report-path': 'out/report.json' },
      eventName: 'pull_request',
      payload: prPayload(),
      ref: 'refs/pull/1/merge',
      sha: 'merge0001',
      workspace: ws,
    });
    expect(pr.code).toBe(1);
    expect(pr.stdout).toMatch(/::error::\d regressions?: /);
    expect(pr.outputs.verdict).toBe('fail');
    expect(pr.outputs['baseline-commit']).toBe('base0001');
    expect(pr.outputs['report-json']).toBe(path.join(ws, 'out', 'report.json'));
    expect(pr.summary).toMatch(/BenchmarkEncode/);
    expect(pr.summary).toMatch(/allocs\/op/);
    const report = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(pr.outputs['report-json'], 'utf8')));
    const gating = report.comparisons
      .filter((c: { gating: boolean }) => c.gating)
      .map((c: { benchmark: { name: string }; metric: string }) => `${c.benchmark.name} ${c.metric}`);
    // Encode's 7 B/op sometimes drowns in the harness's own allocations at n=4
    // (see publish.e2e.test.ts); the exact metrics are what this test pins.
    expect(gating).toEqual(expect.arrayContaining(['BenchmarkEncode allocs', 'BenchmarkNewFrame bytes']));
    // One per cause: Encode's new allocation (with its escape at the same line), NewFrame's B/op growth.
    expect(pr.outputs.regressions).toBe(String(report.causes.filter((c: { gating: boolean }) => c.gating).length));
    // The confirmation's counts are outputs too, and agree with the report it wrote.
    const status = (st: string) => String(report.comparisons.filter((c: { confirmation?: { status: string } }) => c.confirmation?.status === st).length);
    expect(pr.outputs.suspects).toBe(String(report.comparisons.filter((c: { confirmation?: unknown }) => c.confirmation).length));
    expect(pr.outputs.confirmed).toBe(status('confirmed'));
    expect(pr.outputs['runner-drift']).toBe(status('not-reproduced'));
    expect(
      report.causes.filter((c: { gating: boolean }) => c.gating).map((c: { kind: string; file: string; line: number }) => `${c.kind} ${c.file}:${c.line}`),
    ).toEqual(['new-allocation codec/codec.go:16', 'allocation-growth codec/codec.go:26']);
    expect(report.head.environment.commit).toBe('head0001'); // the PR head, not GITHUB_SHA's merge commit
  });

  it('passes an unchanged pull request (A/A) and never saves a baseline from it', async () => {
    const ws = await workspaceWith('base');
    const before = await readdir(path.join(baselines, 'main'));
    const pr = await runAction({
      inputs: { ...common, 'baseline-dir': baselines, 'save-baseline': 'true' },
      eventName: 'pull_request',
      payload: prPayload(2),
      ref: 'refs/pull/2/merge',
      sha: 'merge0002',
      workspace: ws,
    });
    expect(pr.code).toBe(0);
    expect(pr.outputs.verdict).toBe('pass');
    expect(pr.outputs.regressions).toBe('0');
    expect(pr.stdout).toMatch(/never saves a baseline/);
    expect(await readdir(path.join(baselines, 'main'))).toEqual(before);
  });

  it('passes with a clear notice when there is no baseline', async () => {
    const ws = await workspaceWith('head');
    const pr = await runAction({
      inputs: { ...common, 'baseline-dir': await tempDir('grg-empty-') },
      eventName: 'pull_request',
      payload: prPayload(3),
      ref: 'refs/pull/3/merge',
      sha: 'merge0003',
      workspace: ws,
    });
    expect(pr.code).toBe(0);
    expect(pr.outputs.verdict).toBe('no-baseline');
    expect(pr.stdout).toMatch(/::notice::No baseline of branch main was found \(directory .*\)/);
    expect(pr.summary).toMatch(/[Nn]o baseline/);
  });

  it('treats a corrupt baseline file as no baseline, naming the file and what was wrong', async () => {
    const dir = await tempDir('grg-corrupt-');
    await mkdir(path.join(dir, 'main'), { recursive: true });
    await writeFile(path.join(dir, 'main', 'base0001.json'), '{"schema": "go-runtime-gate/run-result", "version": 1, "tool": ');
    const pr = await runAction({
      inputs: { ...common, 'baseline-dir': dir },
      eventName: 'pull_request',
      payload: prPayload(4),
      ref: 'refs/pull/4/merge',
      sha: 'merge0004',
      workspace: await workspaceWith('head'),
    });
    expect(pr.code).toBe(0);
    expect(pr.outputs.verdict).toBe('no-baseline');
    expect(pr.stdout).toMatch(/::warning::The baseline of branch main could not be restored \(directory .*\): .*base0001\.json.*expected/);
  });

  it('fails at once, saying setup-go is needed, when Go is not on PATH', async () => {
    const ws = await workspaceWith('head');
    const pr = await runAction({
      inputs: common,
      eventName: 'pull_request',
      payload: prPayload(5),
      ref: 'refs/pull/5/merge',
      sha: 'm',
      workspace: ws,
      env: { PATH: path.dirname(process.execPath) },
    });
    expect(pr.code).toBe(1);
    expect(pr.stdout).toMatch(/::error::Go was not found on PATH.*setup-go/);
    expect(pr.summary).toMatch(/could not run/);
  });

  it('fails with the input name when the working directory is missing', async () => {
    const pr = await runAction({
      inputs: { ...common, 'working-directory': 'nope' },
      eventName: 'pull_request',
      payload: prPayload(6),
      ref: 'refs/pull/6/merge',
      sha: 'm',
      workspace: await tempDir('grg-ws-'),
    });
    expect(pr.code).toBe(1);
    expect(pr.stdout).toMatch(/::error::working-directory: "nope" does not exist/);
  });

  it('annotates compile errors at file:line and fails', async () => {
    const ws = await tempDir('grg-ws-');
    await cp(BROKEN, ws, { recursive: true });
    const pr = await runAction({
      inputs: { ...common, packages: './nocompile ./panics', bench: 'Fine|Broken' },
      eventName: 'pull_request',
      payload: prPayload(7),
      ref: 'refs/pull/7/merge',
      sha: 'm',
      workspace: ws,
    });
    expect(pr.code).toBe(1);
    expect(pr.stdout).toMatch(
      /::error title=example\.com\/gatebroken\/nocompile does not compile,file=nocompile\/nocompile\.go,line=5,col=9::undefined: undefinedIdentifier/,
    );
  });

  it('fails on a panicking benchmark and shows its panic in the summary', async () => {
    const ws = await tempDir('grg-ws-');
    await cp(BROKEN, ws, { recursive: true });
    const pr = await runAction({
      inputs: { ...common, packages: './panics' },
      eventName: 'pull_request',
      payload: prPayload(8),
      ref: 'refs/pull/8/merge',
      sha: 'm',
      workspace: ws,
    });
    expect(pr.code).toBe(1);
    expect(pr.summary).toMatch(/BenchmarkPanics/);
    expect(pr.summary).toMatch(/assignment to entry in nil map/);
  });
});
