#!/usr/bin/env node
// Records the pools of the accuracy harness in `mode: ab`: a temporary git
// repository holds fixtures/accuracy as commit "base"; for A/A the head is an
// empty commit on top of it, for each injected regression a commit that
// switches the variant's knobs file on (the build tag becomes the code). The
// real A/B engine (runAb) measures both sides interleaved in one job.
// Writes build/accuracy/pools/ab-*.json.gz as { base, head }.
//
//   node scripts/accuracy/record-ab.mjs [--count N] [--aa-count N] [--benchtime T] [--only aa,alloc,...]
import { parseArgs } from 'node:util';
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { FIXTURE, OUT_DIR, STATES, VARIANTS, enter, load, measureAb } from './lib.mjs';

const { values: v } = parseArgs({
  options: {
    count: { type: 'string', default: '40' },
    'aa-count': { type: 'string', default: '20' },
    benchtime: { type: 'string', default: '100ms' },
    only: { type: 'string', default: '' },
    // Record beside busy neighbour processes (busy1, busy2): the confirmation pools of the cross-condition table.
    state: { type: 'string', default: 'quiet' },
    force: { type: 'boolean', default: false },
  },
});
const { parseConfig } = await load('options/config.js');

const git = (cwd, ...args) =>
  execFileSync('git', ['-c', 'user.name=accuracy', '-c', 'user.email=accuracy@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

const pkgDir = (importPath) => importPath.replace('example.com/accuracy/', '');
const only = new Set(v.only.split(',').filter(Boolean));
const jobs = [{ id: 'aa', bench: '.', count: v['aa-count'] }, ...VARIANTS.map((x) => ({ id: x.id, bench: x.bench, count: v.count, variant: x }))].filter(
  (j) => only.size === 0 || only.has(j.id),
);
await mkdir(path.join(OUT_DIR, 'pools'), { recursive: true });

for (const job of jobs) {
  if (!(v.state in STATES)) throw new Error(`--state: unknown state ${v.state} (${Object.keys(STATES).join(', ')})`);
  const name = v.state === 'quiet' ? `ab-${job.id}` : `cond-${v.state}-ab-${job.id}`;
  const file = path.join(OUT_DIR, 'pools', `${name}.json.gz`);
  if (existsSync(file) && !v.force) {
    console.log(`${name}: exists (use --force to re-record)`);
    continue;
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), `gate-accuracy-ab-${job.id}-`));
  const repo = path.join(tmp, 'repo');
  await cp(FIXTURE, repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'branch', 'base');
  if (job.variant) {
    // The variant's knobs become the code: drop the default knobs, un-tag the variant's.
    const dir = path.join(repo, pkgDir(job.variant.pkg));
    const variantFile = path.join(dir, `knobs_${job.id}.go`);
    const text = await readFile(variantFile, 'utf8');
    await writeFile(variantFile, text.replace(/^\/\/go:build [^\n]*\n\n?/, ''));
    await rm(path.join(dir, 'knobs_base.go'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', job.variant.title);
  } else {
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'unchanged');
  }
  const config = parseConfig({ workingDirectory: repo, count: job.count, benchtime: v.benchtime, bench: job.bench });
  const t0 = Date.now();
  const load0 = os.loadavg()[0];
  const stop = enter(STATES[v.state]);
  let outcome;
  try {
    outcome = await measureAb(config, { workDir: path.join(tmp, 'work'), repoRoot: repo, commit: git(repo, 'rev-parse', 'HEAD'), ref: 'main' }, 'base', tmp);
  } finally {
    stop();
  }
  const seconds = (Date.now() - t0) / 1000;
  if (!outcome.base) throw new Error(`ab-${job.id}: no base: ${outcome.problem}`);
  const accuracy = {
    seconds,
    count: Number(job.count),
    benchtime: v.benchtime,
    bench: job.bench,
    mode: 'ab',
    state: v.state,
    loadavgStart: load0,
    loadavgEnd: os.loadavg()[0],
  };
  outcome.base.accuracy = accuracy;
  outcome.head.accuracy = accuracy;
  await writeFile(file, zlib.gzipSync(JSON.stringify({ base: outcome.base, head: outcome.head })));
  await rm(tmp, { recursive: true, force: true });
  console.log(
    `${name}: ${outcome.head.benchmarks.length} benchmarks × ${job.count} samples per side in ${seconds.toFixed(0)}s (load ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`,
  );
}
