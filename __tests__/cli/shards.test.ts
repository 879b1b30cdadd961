/**
 * The CLI's sharded runs on real Go and git (__tests__/helpers/graph-module.ts):
 * `run --shard i/n --shard-dir DIR` writes one ShardResult each, `merge DIR`
 * saves one baseline on main and, on a branch, compares every benchmark once;
 * usage mistakes exit 2 with the reason.
 */
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { runCli } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { git } from '../helpers/gitrepo.js';
import { graphRepo, writeFiles, GRAPH_FILES } from '../helpers/graph-module.js';
import { tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_MEASURE_TIMEOUT_MS);

test('run --shard writes the parts, merge saves and compares them as one run', async () => {
  const repo = await graphRepo();
  const baselines = await tempDir('grg-cli-baselines-');
  // Bytes and allocs report without gating: at 20x a benchmark that allocates nothing can read a few
  // hundred B/op from the testing harness in every sample of one run (see __tests__/action/shard.e2e.test.ts).
  const settings = ['--working-directory', repo.dir, '--count', '2', '--benchtime', '20x', '--profiles', 'none', '--metrics', 'bytes=report,allocs=report'];
  const shardRun = async (dir: string, i: number, extra: string[]) => {
    const io = capture();
    expect(await runCli(['run', ...settings, '--shard', `${i}/3`, '--shard-dir', dir, ...extra], io)).toBe(0);
    expect(io.stderr).toMatch(new RegExp(`Shard ${i}/3: \\d+ benchmarks measured; ShardResult written to .*shard-${i}-of-3\\.json`));
  };
  const pushDir = await tempDir('grg-cli-shards-');
  for (const i of [1, 2, 3]) await shardRun(pushDir, i, ['--baseline-dir', baselines, '--save', '--branch', 'main']);
  expect((await readdir(pushDir)).sort()).toEqual(['shard-1-of-3.json', 'shard-2-of-3.json', 'shard-3-of-3.json']);
  // Shards never save: the merge does, once.
  await expect(readdir(baselines)).resolves.toEqual([]);
  const saved = capture();
  expect(await runCli(['merge', pushDir, ...settings, '--baseline-dir', baselines, '--save', '--branch', 'main'], saved)).toBe(0);
  expect(saved.stderr).toMatch(/Merged 3 shards from .*: 7 benchmarks \(cache mode\)/);
  expect(saved.stderr).toMatch(/Baseline saved/);

  git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
  await writeFiles(repo.dir, { 'g/g.go': GRAPH_FILES['g/g.go'].replace('n << 1', 'n << 2') });
  git(repo.dir, 'commit', '--quiet', '-am', 'change g');
  const prDir = await tempDir('grg-cli-shards-');
  for (const i of [1, 2, 3]) await shardRun(prDir, i, ['--baseline-dir', baselines, '--compare']);
  const io = capture();
  const code = await runCli(['merge', '--shard-dir', prDir, ...settings, '--baseline-dir', baselines, '--compare', '--branch', 'main', '--format', 'json'], io);
  expect(code).toBe(0);
  const report = JSON.parse(io.stdout);
  expect(report.shards).toEqual({ count: 3 });
  expect(new Set(report.comparisons.map((c: { benchmark: { name: string } }) => c.benchmark.name)).size).toBe(7);
  expect(report.removed).toEqual([]);

  // The merge's settings must be the shards': another benchtime is refused before anything is compared.
  const other = capture();
  expect(await runCli(['merge', prDir, '--working-directory', repo.dir, '--count', '2', '--benchtime', '30x', '--profiles', 'none'], other)).toBe(2);
  expect(other.stderr).toMatch(/other measurement settings than this merge's/);
  const bad = capture();
  expect(await runCli(['run', ...settings, '--shard', '4/3'], bad)).toBe(2);
  expect(bad.stderr).toMatch(/shard: "4\/3" is not i\/n with 1 ≤ i ≤ n ≤ 256/);
  const flag = capture();
  expect(await runCli(['compare', 'a.json', 'b.json', '--shard', '1/2'], flag)).toBe(2);
  expect(flag.stderr).toMatch(/--shard is not a flag of compare \(it belongs to run, ab\)/);
});

test('merge of a directory without shards says what to do', async () => {
  const empty = await tempDir('grg-cli-noshards-');
  const io = capture();
  expect(await runCli(['merge', empty], io)).toBe(2);
  expect(io.stderr).toMatch(/no shard results \(\*\.json\) in .*did the shard jobs upload them/);
  expect(await runCli(['merge', path.join(empty, 'missing')], io)).toBe(2);
  expect(io.stderr).toMatch(/cannot read .*missing \(no such directory\)/);
});
