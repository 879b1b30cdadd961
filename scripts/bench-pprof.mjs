#!/usr/bin/env node
// Heap-profile reader performance (not a test): a profile of at least 50 MB
// from __tests__/fixtures/pprof/manystacks (one distinct stack per iteration,
// -test.memprofilerate=1), our parse time and peak memory against
// `go tool pprof -raw` on the same file, in the same run.
//
//   node scripts/bench-pprof.mjs [--min-mb 50] [--regen] [--runs 3] [--no-pprof]
//
// The profile is cached in $TMPDIR/go-runtime-gate-bench-pprof (generating it
// takes about a minute). Our reader is compiled from src/pprof with tsc into
// node_modules/.cache so the numbers are for plain Node, not ts-jest.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};

if (args[0] === '--child') {
  // Runs in its own process so that peak RSS is the reader's alone.
  const { readFileSync } = await import('node:fs');
  const { readProfile, readProfileAsync } = await import(path.join(root, 'node_modules/.cache/bench-pprof/pprof/reader.js'));
  const { allocationSites } = await import(path.join(root, 'node_modules/.cache/bench-pprof/pprof/sites.js'));
  const file = args[1];
  const runs = Number(args[2] ?? 3);
  const bytes = new Uint8Array(readFileSync(file));
  // readProfileAsync is what the engine and `inspect` use (inflate on a
  // worker thread, overlapped with decoding); readProfile is the synchronous
  // form, timed too.
  const times = [];
  const syncTimes = [];
  let samples = 0;
  let sitesMs = 0;
  let maxRssKiB = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const p = await readProfileAsync(bytes, file);
    times.push(performance.now() - t0);
    samples = p.sampleCount;
    const t1 = performance.now();
    allocationSites(p, { iterations: 1, benchmark: 'BenchmarkManyStacks' });
    sitesMs = performance.now() - t1;
    // Peak RSS of one read (and its sites), before later runs add the
    // garbage of earlier ones.
    if (i === 0) maxRssKiB = process.resourceUsage().maxRSS;
  }
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    readProfile(bytes, file);
    syncTimes.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ times, syncTimes, samples, sitesMs, maxRssKiB }));
  process.exit(0);
}

const minMB = Number(opt('--min-mb', 50));
const runs = Number(opt('--runs', 3));
const work = path.join(tmpdir(), 'go-runtime-gate-bench-pprof');
mkdirSync(work, { recursive: true });
const profile = path.join(work, 'manystacks.pprof');

// 1. The reader, compiled.
const out = path.join(root, 'node_modules/.cache/bench-pprof');
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/typescript/bin/tsc'),
    '--outDir',
    out,
    '--rootDir',
    path.join(root, 'src'),
    '--module',
    'es2022',
    '--target',
    'es2022',
    '--moduleResolution',
    'bundler',
    '--esModuleInterop',
    '--skipLibCheck',
    '--strict',
    '--types',
    'node',
    ...['errors.ts', 'pprof/proto.ts', 'pprof/profile.ts', 'pprof/reader.ts', 'pprof/sites.ts'].map((f) => path.join(root, 'src', f)),
  ],
  { stdio: 'inherit' },
);

// 2. The profile: about 15 compressed bytes per sample, so N from the target size.
const sizeMB = () => (existsSync(profile) ? statSync(profile).size / 1e6 : 0);
if (args.includes('--regen') || sizeMB() < minMB) {
  const pkg = path.join(root, '__tests__/fixtures/pprof/manystacks');
  const bin = path.join(work, 'manystacks.test');
  execFileSync('go', ['test', '-c', '-o', bin, '.'], { cwd: pkg, stdio: 'inherit' });
  let n = Math.ceil((minMB * 1e6) / 14);
  for (;;) {
    console.error(`generating a profile with ${n} distinct stacks…`);
    execFileSync(bin, ['-test.run=^$', '-test.bench=^BenchmarkManyStacks$', `-test.benchtime=${n}x`, '-test.memprofilerate=1', `-test.memprofile=${profile}`], {
      cwd: pkg,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (sizeMB() >= minMB) break;
    n = Math.ceil(n * (minMB / sizeMB()) * 1.05);
  }
}
const gzBytes = statSync(profile).size;

// 3. Ours.
const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', profile, String(runs)], {
  encoding: 'utf8',
  maxBuffer: 1 << 20,
});
if (child.status !== 0) throw new Error(`reader failed:\n${child.stderr}`);
const ours = JSON.parse(child.stdout);

// 4. pprof -raw on the same file, output discarded; the binary directly so
// that `go tool` start-up is not counted against it.
const pprofBin = execFileSync('go', ['tool', '-n', 'pprof'], { encoding: 'utf8' }).trim();
const theirs = [];
// --no-pprof: ours only (pprof takes a minute or more per run).
for (let i = 0; i < (args.includes('--no-pprof') ? 0 : Math.min(runs, 2)); i++) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', pprofBin, '-raw', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (r.error || r.status !== 0) {
    // Without GNU time, measure the wall time only.
    const t1 = performance.now();
    execFileSync(pprofBin, ['-raw', profile], { stdio: ['ignore', 'ignore', 'ignore'] });
    theirs.push({ ms: performance.now() - t1, maxRssKiB: NaN });
  } else {
    theirs.push({ ms, maxRssKiB: Number(r.stderr.trim().split('\n').pop()) });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const result = {
  file: profile,
  compressedMB: +(gzBytes / 1e6).toFixed(1),
  samples: ours.samples,
  ours: {
    parseMs: ours.times.map((t) => Math.round(t)),
    medianMs: Math.round(median(ours.times)),
    syncParseMs: ours.syncTimes.map((t) => Math.round(t)),
    sitesMs: Math.round(ours.sitesMs),
    peakRssMB: Math.round(ours.maxRssKiB / 1024),
  },
  pprofRaw: { ms: theirs.map((t) => Math.round(t.ms)), peakRssMB: theirs.map((t) => Math.round(t.maxRssKiB / 1024)) },
};
if (theirs.length > 0) result.speedup = +(median(theirs.map((t) => t.ms)) / median(ours.times)).toFixed(1);
console.log(JSON.stringify(result, null, 2));
writeFileSync(path.join(work, 'last-result.json'), JSON.stringify(result, null, 2));
