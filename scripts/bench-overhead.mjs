#!/usr/bin/env node
/**
 * Whole-step overhead (PRODUCT §8: "less than 25% over a plain
 * `go test -bench -benchmem -count` of the same benchmarks"), not a test.
 *
 *   node scripts/bench-overhead.mjs [--module fixtures/accuracy] [--count 6]
 *        [--benchtime 100ms] [--runs 2] [--bench .] [--cli dist/cli/index.js]
 *        [--breakdown] [--baseline-cli build-of-main/src/cli/index.js]
 *
 * Times, alternately and in the same run:
 *   plain    `go test -run ^$ -bench B -benchmem -count N -benchtime T ./...`
 *   ours     `go-runtime-gate run` (dist/cli: discover, build, escape
 *            analysis, one process per benchmark per sample with a heap
 *            profile and a trace, analysis, RunResult)
 *   bare     the same with `--profiles none` (process-per-sample without
 *            traces and profiles), to show where the difference goes
 * and prints the medians and the ratios ours/plain and bare/plain. With
 * --breakdown it also times, in the same alternation,
 *   trace    `--profiles trace`
 *   mem      `--profiles memprofile` (at the default --memprofile-rate)
 *   mem0     `--profiles memprofile --memprofile-rate 0` (Go's 512 KiB)
 *   both0    `--profiles memprofile,trace --memprofile-rate 0`
 * and, for every side of ours, the sum of the sample processes' wall times
 * (`samplesS`, from the RunResult) next to the whole step. --cli points at
 * another build of the CLI (e.g. build/src/cli/index.js from `npm run build`);
 * --baseline-cli adds a side `baseline`, `run` of a second build (e.g. of
 * main), to time a change against what it changes on a busy machine.
 * The build
 * cache is warmed first so that neither side pays for compiling dependencies.
 * Needs Go and a built dist/ (npm run package).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const moduleDir = resolve(root, opt('module', 'fixtures/accuracy'));
const count = opt('count', '6');
const benchtime = opt('benchtime', '100ms');
const runs = Number(opt('runs', '2'));
const bench = opt('bench', '.');
const cli = resolve(root, opt('cli', 'dist/cli/index.js'));
const breakdown = args.includes('--breakdown');
const baselineCli = opt('baseline-cli', '') && resolve(root, opt('baseline-cli', ''));
const work = mkdtempSync(join(tmpdir(), 'grg-bench-overhead-'));

function timed(cmd, argv) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd: moduleDir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    process.stderr.write(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}\n`);
    process.exit(1);
  }
  return ms;
}

const plain = () => timed('go', ['test', '-run', '^$', '-bench', bench, '-benchmem', '-count', count, '-benchtime', benchtime, './...']);
// Sum of the measured samples' process wall times of a RunResult: what the
// benchmark processes cost, apart from discovery, building and analysis.
const samplesSeconds = (file) => {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  let ms = 0;
  for (const b of r.benchmarks ?? []) for (const s of b.samples ?? []) ms += s.wallMs ?? 0;
  return ms / 1000;
};
const samples = {};
const ours =
  (name, profiles, extra = [], which = cli) =>
  () => {
    const out = join(work, `run-${name}.json`);
    const ms = timed(process.execPath, [
      which,
      'run',
      '--bench',
      bench,
      '--count',
      count,
      '--benchtime',
      benchtime,
      '--profiles',
      profiles,
      ...extra,
      '--out',
      out,
    ]);
    (samples[name] ??= []).push(samplesSeconds(out));
    return ms;
  };

try {
  console.error(`module ${moduleDir}, count ${count}, benchtime ${benchtime}, ${runs} run(s) each; warming the build cache…`);
  timed('go', ['test', '-run', '^$', '-bench', '^$', './...']);
  const sides = { plain, ours: ours('ours', 'memprofile,trace'), bare: ours('bare', 'none') };
  if (baselineCli) sides.baseline = ours('baseline', 'memprofile,trace', [], baselineCli);
  if (breakdown) {
    Object.assign(sides, {
      trace: ours('trace', 'trace'),
      mem: ours('mem', 'memprofile'),
      mem0: ours('mem0', 'memprofile', ['--memprofile-rate', '0']),
      both0: ours('both0', 'memprofile,trace', ['--memprofile-rate', '0']),
    });
  }
  const times = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, f] of Object.entries(sides)) {
      const ms = f();
      times[name].push(ms);
      const sampled = samples[name] ? `, samples ${samples[name].at(-1).toFixed(1)} s` : '';
      console.error(`  ${name}: ${(ms / 1000).toFixed(1)} s${sampled}`);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const result = {
    module: moduleDir,
    count: Number(count),
    benchtime,
    seconds: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map((t) => +(t / 1000).toFixed(1))])),
    oursOverPlain: +(m.ours / m.plain).toFixed(2),
    bareOverPlain: +(m.bare / m.plain).toFixed(2),
    ...(baselineCli ? { baselineOverPlain: +(m.baseline / m.plain).toFixed(2) } : {}),
    target: 'oursOverPlain < 1.25',
  };
  if (breakdown) {
    result.overPlain = Object.fromEntries(Object.keys(sides).map((k) => [k, +(m[k] / m.plain).toFixed(2)]));
    result.samplesS = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, +median(v).toFixed(1)]));
  }
  console.log(JSON.stringify(result, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
