#!/usr/bin/env node
/**
 * Trace-reader benchmark (not a test): our TypeScript reader against Go's
 * golang.org/x/exp/trace on the same large trace, in the same run.
 *
 *   npm run bench:trace                      # ≥ 220 MB trace, generated fresh
 *   node scripts/bench-trace.mjs --size 500  # bigger
 *   node scripts/bench-trace.mjs --trace f   # an existing trace instead
 *   node scripts/bench-trace.mjs --mbps 3    # trace grown at ≤ 3 MB/s: ~3 MB generations
 *   node scripts/bench-trace.mjs --keep      # keep the temp dir (trace, binaries)
 *
 * What it does:
 *   1. Compiles src/trace with tsc into a temp dir (the reader runs as plain JS).
 *   2. Builds scripts/trace-oracle (x/exp/trace; module proxy on first run) and
 *      __tests__/fixtures/trace/tracebig, and runs the latter until its trace
 *      reaches --size MB.
 *   3. Reads every event with each reader, each in its own process, timing
 *      only the read (process start-up and compilation excluded on both sides),
 *      best of --runs runs. Go's side is trace-oracle -stream: x/exp/trace's
 *      Reader on the file, one ReadEvent at a time, keeping only a counter.
 *      Ours also computes the full metrics once, timed.
 *   4. Prints event counts (which must agree), times, the time ratio, each
 *      side's peak RSS and their ratio, and the peak RSS of an idle Node
 *      (`node -e ''`: the runtime's floor, which no reader can go below).
 *      Peak RSS is getrusage's ru_maxrss on both sides, read when the read
 *      ends (process.resourceUsage().maxRSS; syscall.Getrusage in Go).
 *      Targets: ours faster than Go's; our peak RSS ≤ 2× Go's.
 *
 * Needs Go on PATH and write access to the OS temp dir.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const sizeMB = Number(opt('size', '220'));
const runs = Number(opt('runs', '2'));
const rateMBps = opt('mbps', undefined);
const keep = args.includes('--keep');

function sh(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (r.status !== 0) {
    process.stderr.write(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}\n`);
    process.exit(1);
  }
  return r.stdout;
}

const work = mkdtempSync(join(tmpdir(), 'grg-bench-trace-'));
try {
  console.log(`work dir: ${work}`);
  // 1. Our reader as JavaScript.
  const js = join(work, 'js');
  sh(process.execPath, [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '--outDir',
    js,
    '--rootDir',
    join(root, 'src'),
    '--module',
    'es2022',
    '--target',
    'es2022',
    '--moduleResolution',
    'bundler',
    '--strict',
    '--skipLibCheck',
    '--types',
    'node',
    join(root, 'src', 'trace', 'metrics.ts'),
  ]);
  writeFileSync(join(js, 'package.json'), '{"type":"module"}');
  const runner = join(js, 'bench-runner.mjs');
  writeFileSync(
    runner,
    `import { TraceReader } from './trace/reader.js';
import { traceMetrics } from './trace/metrics.js';
const [file, mode] = process.argv.slice(2);
const t0 = performance.now();
let events = 0;
let generations = 0;
if (mode === 'metrics') {
  const m = await traceMetrics(file, { fileName: file, isModuleFrame: () => false });
  generations = m.generations;
} else {
  for await (const g of new TraceReader(file, file).generations()) {
    generations++;
    for (let ev = g.next(); ev; ev = g.next()) events++;
  }
  events++; // Go's reader ends with one more Sync event than we emit.
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ events, generations, ms, maxRssKiB: process.resourceUsage().maxRSS }));
`,
  );

  // 2. Oracle and trace.
  const oracle = join(work, 'trace-oracle');
  sh('go', ['build', '-o', oracle, '.'], { cwd: join(root, 'scripts', 'trace-oracle') });
  let trace = opt('trace', undefined);
  if (!trace) {
    trace = join(work, 'big.trace');
    const gen = join(work, 'tracebig');
    sh('go', ['build', '-o', gen, '.'], { cwd: join(root, '__tests__', 'fixtures', 'trace', 'tracebig') });
    const t0 = performance.now();
    sh(gen, ['-trace', trace, '-size', String(sizeMB), ...(rateMBps ? ['-mbps', rateMBps] : [])]);
    console.log(`generated ${trace} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const bytes = statSync(trace).size;
  console.log(`trace: ${(bytes / 1e6).toFixed(1)} MB`);

  // 3. Timings, best of `runs`.
  const best = (f) => {
    let b;
    for (let i = 0; i < runs; i++) {
      const r = f();
      if (!b || r.ms < b.ms) b = { ...r, maxRssKiB: Math.max(r.maxRssKiB, b?.maxRssKiB ?? 0) };
    }
    return b;
  };
  const ours = best(() => JSON.parse(sh(process.execPath, [runner, trace, 'events'])));
  const go = best(() => {
    const [r] = JSON.parse(sh(oracle, ['-stream', trace]));
    if (r.error) throw new Error(`x/exp/trace failed: ${r.error}`);
    return { events: r.events, ms: r.elapsedMs, maxRssKiB: r.maxRssKiB };
  });
  const metrics = JSON.parse(sh(process.execPath, [runner, trace, 'metrics']));
  const idleKiB = Number(sh(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS)']));

  // 4. Report.
  const mbps = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(0);
  const rss = (kib) => (kib ? `${(kib / 1024).toFixed(0)} MB` : 'n/a');
  console.log('');
  console.log(`                      events      read time   MB/s   peak RSS`);
  console.log(
    `ours (TypeScript)  ${String(ours.events).padStart(10)}  ${(ours.ms / 1000).toFixed(2).padStart(9)} s  ${mbps(ours.ms).padStart(5)}  ${rss(ours.maxRssKiB)}`,
  );
  console.log(
    `x/exp/trace (Go)   ${String(go.events).padStart(10)}  ${(go.ms / 1000).toFixed(2).padStart(9)} s  ${mbps(go.ms).padStart(5)}  ${rss(go.maxRssKiB)}`,
  );
  console.log(`ours, full metrics             ${(metrics.ms / 1000).toFixed(2).padStart(9)} s  ${mbps(metrics.ms).padStart(5)}  ${rss(metrics.maxRssKiB)}`);
  console.log(`node -e '' (idle)                                  ${rss(idleKiB)}`);
  console.log('');
  console.log(`generations: ${ours.generations} (${(bytes / 1e6 / ours.generations).toFixed(1)} MB each on average)`);
  // Both readers run in this one process tree, so the ratio is what to compare across runs;
  // the load average says how much other work the absolute times shared the machine with.
  console.log(
    `load average (1, 5, 15 min): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`ratio ours/Go: ${(ours.ms / go.ms).toFixed(2)} (${ours.ms < go.ms ? 'faster' : 'slower'} than Go)`);
  const rssRatio = (kib) => (go.maxRssKiB ? (kib / go.maxRssKiB).toFixed(2) : 'n/a');
  const met = (kib) => (go.maxRssKiB && kib <= 2 * go.maxRssKiB ? 'met' : 'NOT met');
  console.log(`peak RSS ours/Go, reading events: ${rssRatio(ours.maxRssKiB)} (target ≤ 2: ${met(ours.maxRssKiB)})`);
  console.log(`peak RSS ours/Go, full metrics:   ${rssRatio(metrics.maxRssKiB)} (target ≤ 2: ${met(metrics.maxRssKiB)})`);
  console.log(`peak RSS above idle Node, ours/Go: ${go.maxRssKiB ? ((ours.maxRssKiB - idleKiB) / go.maxRssKiB).toFixed(2) : 'n/a'}`);
  if (ours.events !== go.events) {
    console.error(`event counts differ: ours ${ours.events}, Go ${go.events}`);
    process.exitCode = 1;
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
