/**
 * Time to verdict on a large repository (issue 16), measured in one run on a
 * generated module (scripts/scale/generate.mjs: 100 packages, 400 benchmarks
 * by default). A benchmark script, not a test:
 *
 *   node scripts/bench-scale.mjs [--packages 100] [--per-package 4]
 *        [--count 6] [--benchtime 100ms] [--shards 4] [--cli dist/cli/index.js]
 *
 * Prints, as JSON:
 *   plain     `go test -run ^$ -bench . -benchmem -count N -benchtime T ./...`
 *   full      `go-runtime-gate run` of every benchmark, recording the baseline
 *   affected  a pull request that changes one leaf package, `--affected auto`
 *             against that baseline (target: under 10% of full)
 *   shards    the same pull request with everything measured in --shards
 *             jobs (`run --shard i/n`, one after the other here) and merged
 *             (`merge --compare --confirm off`): per-shard wall time = the
 *             slowest shard + the merge, as a matrix would see it (target:
 *             under 30% of full). The confirmation of machine-sensitive
 *             suspects is left out: it costs the same sharded or not.
 *             Each shard here finds the build cache warm, as a job with
 *             actions/setup-go's cache does.
 * The build cache is warmed first so that no side pays for compiling the
 * standard library. Needs Go and a built CLI (npm run package, or --cli
 * build/src/cli/index.js after npm run build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, leafPackage } from './scale/generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const packages = Number(opt('packages', '100'));
const perPackage = Number(opt('per-package', '4'));
const count = opt('count', '6');
const benchtime = opt('benchtime', '100ms');
const shardCount = Number(opt('shards', '4'));
const cli = resolve(root, opt('cli', 'dist/cli/index.js'));
const work = mkdtempSync(join(tmpdir(), 'grg-bench-scale-'));
const repo = join(work, 'module');
const baselines = join(work, 'baselines');

function run(cmd, argv, { ok = [0] } = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (!ok.includes(r.status)) {
    process.stderr.write(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout.slice(-4000)}${r.stderr.slice(-4000)}\n`);
    process.exit(1);
  }
  return { ms, stdout: r.stdout, stderr: r.stderr };
}
const git = (...a) => run('git', a).stdout.trim();
const gate = (...a) => run(process.execPath, [cli, ...a, '--count', count, '--benchtime', benchtime], { ok: [0, 1] });
const seconds = (ms) => +(ms / 1000).toFixed(1);

try {
  const shape = generate(repo, { packages, perPackage });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '--quiet', '-m', 'base');
  console.error(`${shape.packages} packages, ${shape.benchmarks} benchmarks, count ${count}, benchtime ${benchtime}; warming the build cache…`);
  run('go', ['test', '-run', '^$', '-bench', '^$', './...']);

  const plain = run('go', ['test', '-run', '^$', '-bench', '.', '-benchmem', '-count', count, '-benchtime', benchtime, './...']);
  console.error(`  plain go test: ${seconds(plain.ms)} s`);
  const full = gate('run', '--baseline-dir', baselines, '--save', '--branch', 'main', '--out', join(work, 'full.json'));
  console.error(`  full run: ${seconds(full.ms)} s`);

  // A pull request that changes one leaf package (nobody imports it).
  const leaf = leafPackage(packages);
  git('checkout', '--quiet', '-b', 'change');
  const file = join(repo, 'pkg', leaf, `${leaf}.go`);
  writeFileSync(file, readFileSync(file, 'utf8').replace('b := make([]byte, 0, 64)', 'b := make([]byte, 0, 96)'));
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '--quiet', '-am', 'change a leaf');
  const affected = gate('run', '--baseline-dir', baselines, '--compare', '--branch', 'main', '--affected', 'auto', '--out', join(work, 'affected.json'));
  const measured = JSON.parse(readFileSync(join(work, 'affected.json'), 'utf8')).benchmarks.length;
  console.error(`  affected-only run (${leaf} changed, ${measured} benchmarks measured): ${seconds(affected.ms)} s`);

  // The same pull request measured whole, in shards, then merged.
  const shardDir = join(work, 'shards');
  const shardMs = [];
  for (let i = 1; i <= shardCount; i++) {
    const r = gate('run', '--baseline-dir', baselines, '--compare', '--branch', 'main', '--shard', `${i}/${shardCount}`, '--shard-dir', shardDir);
    shardMs.push(r.ms);
    console.error(`  shard ${i}/${shardCount}: ${seconds(r.ms)} s`);
  }
  // Without the same-runner confirmation: what it re-measures depends on how the machine's load moved
  // since the baseline, and a pull request run whole would pay it just the same.
  const merge = gate('merge', shardDir, '--baseline-dir', baselines, '--compare', '--branch', 'main', '--confirm', 'off', '--format', 'json');
  const merged = JSON.parse(merge.stdout);
  console.error(`  merge: ${seconds(merge.ms)} s (verdict ${merged.verdict}, ${merged.comparisons.length} comparisons)`);
  const perShard = Math.max(...shardMs) + merge.ms;

  const result = {
    packages: shape.packages,
    benchmarks: shape.benchmarks,
    count: Number(count),
    benchtime,
    seconds: {
      plain: seconds(plain.ms),
      full: seconds(full.ms),
      affected: seconds(affected.ms),
      shards: shardMs.map(seconds),
      merge: seconds(merge.ms),
      perShard: seconds(perShard),
    },
    affectedBenchmarks: measured,
    shardCount,
    mergedVerdict: merged.verdict,
    fullOverPlain: +(full.ms / plain.ms).toFixed(2),
    affectedOverFull: +(affected.ms / full.ms).toFixed(3),
    perShardOverFull: +(perShard / full.ms).toFixed(3),
    targets: { affectedOverFull: '< 0.10', perShardOverFull: '< 0.30' },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
