/**
 * Links into the pull request: every file:line of a report opens that line
 * of the head commit. Unit rules first; then end to end on real git and Go
 * with the module in a subfolder of the repository (`svc/`): the A/B
 * pipeline measures fixtures/example's Encode change, the Action's link
 * builder fills `report.links`, the report is published to the local GitHub
 * server, and every blob link in the comment, the check run's summary and
 * its annotations must name the head SHA, a file that exists in that commit
 * (`svc/codec/codec.go`, relative to the repository's root, not the
 * module's), and a line that is the allocation the finding is about.
 */
import path from 'node:path';
import { cp, mkdir } from 'node:fs/promises';
import Bottleneck from 'bottleneck';
import { fileUrl, repositoryPath, docsUrl, DOC_ANCHORS } from '../../src/report/links.js';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/options/config.js';
import { runGate } from '../../src/gate/pipeline.js';
import { plainLog } from '../../src/gate/plan.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { reportLinks, workspaceRoot } from '../../src/action/publishing.js';
import { publishReport } from '../../src/publish/publish.js';
import { createGitHubClient } from '../../src/publish/client.js';
import type { Report } from '../../src/report/model.js';
import { GitHubServer } from '../helpers/github-server.js';
import { EXAMPLE, ROOT, tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { git, twoCommitRepo, type TwoCommitRepo } from '../helpers/gitrepo.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const links = { repository: 'https://github.com/octo/app', headSha: SHA };

describe('fileUrl', () => {
  it('links a repository-relative file and line into the head commit', () => {
    expect(fileUrl(links, 'codec/codec.go', 16)).toBe(`https://github.com/octo/app/blob/${SHA}/codec/codec.go#L16`);
    expect(fileUrl({ ...links, root: 'svc' }, './codec/codec.go', 16)).toBe(`https://github.com/octo/app/blob/${SHA}/svc/codec/codec.go#L16`);
    expect(fileUrl(links, 'a b/c(1).go', 3)).toBe(`https://github.com/octo/app/blob/${SHA}/a%20b/c(1).go#L3`);
  });

  it('links nothing it cannot place: no links, outside the repository, not a commit', () => {
    expect(fileUrl(undefined, 'codec/codec.go', 16)).toBeNull();
    expect(fileUrl(links, '/usr/local/go/src/testing/benchmark.go', 219)).toBeNull();
    expect(fileUrl(links, '../other/x.go', 1)).toBeNull();
    expect(fileUrl({ ...links, headSha: 'head' }, 'codec/codec.go', 1)).toBeNull();
    expect(fileUrl({ ...links, repository: 'javascript:alert(1)' }, 'codec/codec.go', 1)).toBeNull();
    expect(repositoryPath('x.go', '../up')).toBeNull();
  });

  it('points every kind of finding at a README section that exists', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    // GitHub's anchors: lower case, punctuation dropped, spaces to hyphens.
    const anchors = new Set(
      [...readme.matchAll(/^#+ (.+)$/gm)].map((m) =>
        m[1]
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-'),
      ),
    );
    for (const anchor of Object.values(DOC_ANCHORS)) expect({ anchor, exists: anchors.has(anchor) }).toEqual({ anchor, exists: true });
    expect(docsUrl({ ...links, docs: 'https://github.com/acme/go-runtime-gate/blob/v1/README.md' }, 'leak')).toBe(
      'https://github.com/acme/go-runtime-gate/blob/v1/README.md#goroutine-leak',
    );
  });
});

describe('links into a pull request whose module is in a subfolder (real git, Go and the local GitHub server)', () => {
  const server = new GitHubServer();
  let repo: TwoCommitRepo;
  let report: Report;
  beforeAll(async () => {
    await server.start();
    const tree = async (side: 'base' | 'head') => {
      const dir = await tempDir();
      await mkdir(path.join(dir, 'svc'), { recursive: true });
      await cp(path.join(EXAMPLE, side), path.join(dir, 'svc'), { recursive: true });
      return dir;
    };
    repo = await twoCommitRepo(await tree('base'), await tree('head'));
    const outcome = await runGate(
      {
        config: parseConfig({
          workingDirectory: path.join(repo.dir, 'svc'),
          packages: './codec',
          bench: '^BenchmarkEncode$',
          count: '4',
          benchtime: '2000x',
          profiles: 'memprofile',
          // Every allocation recorded: this test is about links, not about the sampled profile finding a 7 B/op site.
          memprofileRate: '1',
        }),
        head: { repoRoot: repo.dir, commit: repo.head, ref: 'refs/heads/feature' },
        baseline: { kind: 'ab', baseRef: 'main' },
        workDir: await tempDir(),
      },
      { runner: processRunner, log: plainLog(() => {}) },
    );
    report = outcome.report;
    const env = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo/example',
      GITHUB_RUN_ID: '42',
      GITHUB_ACTION_REPOSITORY: 'acme/go-runtime-gate',
      GITHUB_ACTION_REF: 'v1',
    };
    const l = reportLinks(env, {}, repo.head, report, workspaceRoot(repo.dir));
    expect(l).toBeDefined();
    report.links = l;
  }, GO_MEASURE_TIMEOUT_MS);
  afterAll(() => server.stop());

  it('gives paths relative to the repository root, not the module', () => {
    const cause = report.causes?.find((c) => c.kind === 'new-allocation' && c.function === '(*Encoder).Encode');
    expect(cause).toMatchObject({ file: 'svc/codec/codec.go', line: 16 });
    expect(workspaceRoot(repo.dir)).toBe('');
    expect(workspaceRoot(path.join(repo.dir, 'svc'))).toBe('svc');
  });

  it('publishes links that open the allocating line of the head commit in the comment, the check summary and the annotations', async () => {
    const client = createGitHubClient({
      token: 'ghs_test',
      baseUrl: server.url,
      log: { info: () => {}, warning: () => {} },
      retryAfterBaseValue: 5,
      throttle: { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }), notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }) },
    });
    const summaries: string[] = [];
    const noop = () => {};
    await publishReport(
      report,
      { owner: 'octo', repo: 'example', pullRequest: 7, headSha: repo.head },
      { comment: 'always', annotations: true, checkName: 'go-runtime-gate' },
      {
        client,
        log: { info: noop, notice: noop, warning: noop },
        commands: { error: noop, warning: noop, notice: noop },
        writeSummary: async (md) => void summaries.push(md),
      },
    );
    server.assertValid();
    const comment = server.comments[0].body;
    const check = server.checkRuns[0];
    const annotations = check.annotations.map((a) => String(a.message));
    const texts = { comment, summary: check.summary ?? '', 'job summary': summaries[0], annotations: annotations.join('\n') };
    const blob = /https:\/\/github\.com\/octo\/example\/blob\/([0-9a-f]{40})\/([^#\s)]+)#L(\d+)/g;
    for (const [where, text] of Object.entries(texts)) {
      const found = [...text.matchAll(blob)];
      expect({ where, links: found.length > 0 }).toEqual({ where, links: true });
      for (const [, sha, file, line] of found) {
        expect(sha).toBe(repo.head);
        const source = git(repo.dir, 'show', `${sha}:${decodeURIComponent(file)}`).split('\n');
        expect(Number(line)).toBeLessThanOrEqual(source.length);
      }
      const encode = found.find((m) => m[2] === 'svc/codec/codec.go' && m[3] === '16');
      expect({ where, encode: !!encode }).toEqual({ where, encode: true });
    }
    expect(git(repo.dir, 'show', `${repo.head}:svc/codec/codec.go`).split('\n')[15]).toMatch(/make\(\[\]byte/);
    expect(comment).toContain('https://github.com/octo/example/actions/runs/42');
    expect(comment).toContain(`https://github.com/octo/example/commit/${repo.base}`);
    expect(comment).toContain('https://github.com/acme/go-runtime-gate/blob/v1/README.md#new-allocation');
  });
});
