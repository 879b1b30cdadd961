/**
 * The Action in-process (src/action/main.ts's runAction, as src/index.ts
 * calls it) on a pull request, on the real example module, while the Actions
 * cache service and the GitHub API accept every connection and never answer:
 * each call is given up after `network-timeout`, and the step ends with the
 * verdict, the outputs and the job summary, as it would after a 5xx.
 */
import path from 'node:path';
import os from 'node:os';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { runAction } from '../../src/action/main.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { CacheServer } from '../helpers/cache-server.js';
import { GitHubServer } from '../helpers/github-server.js';
import { parseOutputFile } from '../helpers/runner-env.js';
import { EXAMPLE, tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

const cache = new CacheServer();
const github = new GitHubServer();

describe('runAction with services that never answer', () => {
  const saved: Record<string, string | undefined> = {};
  let stdout = '';
  let outputs: Record<string, string>;
  let summary: string;
  let exitCode: typeof process.exitCode;
  let elapsedMs = 0;

  beforeAll(async () => {
    await cache.start();
    await github.start();
    cache.silent = true;
    github.failNext(100, 'hang');
    const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'grg-net-runner-'));
    const ws = await tempDir('grg-net-ws-');
    await cp(path.join(EXAMPLE, 'head'), ws, { recursive: true });
    const payload = {
      repository: { default_branch: 'main', full_name: 'octo/example' },
      number: 4,
      pull_request: { number: 4, base: { ref: 'main', sha: 'base0004' }, head: { sha: 'head0004', ref: 'feature' } },
    };
    await writeFile(path.join(runnerTemp, 'event.json'), JSON.stringify(payload));
    await writeFile(path.join(runnerTemp, 'output'), '');
    await writeFile(path.join(runnerTemp, 'summary.md'), '');
    const env: Record<string, string> = {
      ...cache.env(),
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: ws,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(runnerTemp, 'event.json'),
      GITHUB_REF: 'refs/pull/4/merge',
      GITHUB_SHA: 'merge0004',
      GITHUB_REPOSITORY: 'octo/example',
      GITHUB_API_URL: github.url,
      GITHUB_OUTPUT: path.join(runnerTemp, 'output'),
      GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary.md'),
      'INPUT_WORKING-DIRECTORY': ws, // the runner starts the step in the workspace; jest runs in the repository
      INPUT_PACKAGES: './codec',
      INPUT_COUNT: '2',
      INPUT_BENCHTIME: '100x',
      INPUT_PROFILES: 'none',
      'INPUT_GITHUB-TOKEN': 'ghs_test',
      'INPUT_NETWORK-TIMEOUT': '1s',
    };
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    const write = process.stdout.write;
    process.stdout.write = (chunk: unknown, ...rest: unknown[]) => {
      stdout += String(chunk);
      return (write as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    };
    const exitBefore = process.exitCode;
    const started = Date.now();
    try {
      await runAction({ runner: processRunner, env: process.env });
    } finally {
      elapsedMs = Date.now() - started;
      exitCode = process.exitCode;
      process.exitCode = exitBefore;
      // The cache library's abandoned calls fail once the service closes them; its output watcher lets go then.
      await cache.stop();
      await github.stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
      process.stdout.write = write;
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    outputs = parseOutputFile(await readFile(path.join(runnerTemp, 'output'), 'utf8'));
    summary = await readFile(path.join(runnerTemp, 'summary.md'), 'utf8');
  });

  it('gives up the cache restore after network-timeout and says the cache failed, not that there is no baseline yet', () => {
    expect(cache.calls.filter((c) => c.status === -1).length).toBeGreaterThanOrEqual(1);
    expect(summary).toMatch(/no answer from the Actions cache service within 1 s \(network-timeout\)/);
    expect(summary).not.toMatch(/the first run, or the cache entry was evicted/);
  });

  it('gives up the comment and the check run like a 5xx: warnings, annotations as workflow commands', () => {
    expect(github.requests.filter((r) => r.status === -1)).toHaveLength(2);
    expect(stdout).toMatch(
      /::warning::The pull-request comment could not be posted: no answer from GitHub \(GET \/repos\/octo\/example\/issues\/4\/comments\) within 1 s/,
    );
    expect(stdout).toMatch(/::warning::The check run could not be created: no answer from GitHub \(POST \/repos\/octo\/example\/check-runs\) within 1 s/);
    expect(stdout).not.toMatch(/Check run .* created/);
  });

  it('still ends with the verdict, the outputs and the job summary, and does not fail the step', () => {
    expect(outputs.verdict).toBe('no-baseline');
    expect(outputs['report-json']).toMatch(/report\.json$/);
    expect(summary).toMatch(/\| Encode-\d+ \|/); // benchstat names: the table under pkg: drops the Benchmark prefix
    expect(exitCode === undefined || exitCode === 0).toBe(true);
    // Three calls of 1 s each and the measuring itself; not a hang.
    expect(elapsedMs).toBeLessThan(GO_BUILD_TIMEOUT_MS / 2);
  });
});
