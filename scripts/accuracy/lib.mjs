// Shared helpers of the accuracy harness (see docs/accuracy.md).
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE = path.join(ROOT, 'fixtures/accuracy');
export const EXAMPLE = path.join(ROOT, 'fixtures/example');
export const OUT_DIR = path.join(ROOT, 'build/accuracy');
/** Compiled sources (`npm run build` → build/src); ACCURACY_BUILD overrides (e.g. a snapshot build). */
export const BUILD = process.env.ACCURACY_BUILD ? path.resolve(process.env.ACCURACY_BUILD) : path.join(ROOT, 'build/src');

export async function load(rel) {
  return import(pathToFileURL(path.join(BUILD, rel)).href);
}

/**
 * The injected regressions. Each is one build tag of fixtures/accuracy (or the
 * example module's head) and the benchmark(s) it changes; every other
 * benchmark of the "B" side is the unchanged code, so B is drawn from the A
 * pool there and from the variant's own pool for `bench`.
 */
export const VARIANTS = [
  {
    id: 'alloc',
    title: '+1 allocation/op',
    tags: 'regress_alloc',
    pkg: 'example.com/accuracy/alloc',
    bench: '^BenchmarkRecords$',
    target: { metric: 'allocs' },
  },
  { id: 'bytes', title: '+10% B/op', tags: 'regress_bytes', pkg: 'example.com/accuracy/alloc', bench: '^BenchmarkBuffer$/^64k$', target: { metric: 'bytes' } },
  {
    id: 'escape',
    title: 'one new heap escape',
    tags: 'regress_escape',
    pkg: 'example.com/accuracy/escapes',
    bench: '^BenchmarkPoint$',
    target: { site: 'escape' },
  },
  {
    id: 'leak',
    title: 'one leaked goroutine per op',
    tags: 'regress_leak',
    pkg: 'example.com/accuracy/conc',
    bench: '^BenchmarkWorkerPool$',
    target: { site: 'leak' },
  },
  { id: 'gc', title: 'GC cycles ×2', tags: 'regress_gc', pkg: 'example.com/accuracy/gc', bench: '^BenchmarkGarbage$', target: { metric: 'gc-cycles' } },
  {
    id: 'pause',
    title: 'GC pause p99 ×1.5',
    tags: 'regress_pause',
    pkg: 'example.com/accuracy/gc',
    bench: '^BenchmarkPause$',
    target: { metric: 'gc-pause-p99' },
  },
];

/** Deterministic PRNG (mulberry32) so a rerun of the analysis gives the same table. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One module measured through the gate pipeline (no baseline): its RunResult. */
export async function measureModule(config, ctx) {
  const { measureHead } = await load('gate/pipeline.js');
  const { plainLog } = await load('gate/plan.js');
  const { processRunner } = await load('toolchain/exec.js');
  const plan = { config, head: { repoRoot: ctx.repoRoot, commit: ctx.commit, ref: ctx.ref }, baseline: { kind: 'none', why: 'measure' }, workDir: ctx.workDir };
  return (await measureHead(plan, { runner: processRunner, log: plainLog(ctx.log ?? (() => {})) })).result;
}

/** The merge-base of HEAD and `baseRef` and the head, measured interleaved through the gate pipeline's A/B plan. */
export async function measureAb(config, ctx, baseRef, tmpRoot) {
  const { runGate } = await load('gate/pipeline.js');
  const { plainLog } = await load('gate/plan.js');
  const { processRunner } = await load('toolchain/exec.js');
  const plan = { config, head: { repoRoot: ctx.repoRoot, commit: ctx.commit, ref: ctx.ref }, baseline: { kind: 'ab', baseRef }, workDir: ctx.workDir, tmpRoot };
  const outcome = await runGate(plan, { runner: processRunner, log: plainLog(ctx.log ?? (() => {})) });
  return { base: outcome.base, head: outcome.head, problem: outcome.base ? undefined : outcome.report.warnings[0] };
}

/**
 * Machine states the cross-condition pools are recorded in: the number of busy
 * neighbour processes, and the environment of the run. `after` is quiet with
 * every trace and heap profile read after measuring (GO_RUNTIME_GATE_ANALYSIS,
 * src/analyze/pool.ts), as the first versions did: against `quiet` (read while
 * measuring, by a lowest-priority thread) it shows whether that reading moves
 * the samples.
 */
export const STATES = {
  quiet: { busy: 0 },
  busy1: { busy: 1 },
  busy2: { busy: 2 },
  after: { busy: 0, env: { GO_RUNTIME_GATE_ANALYSIS: 'after' } },
};

/** Puts the machine in `state` (STATES): starts its busy neighbours, sets its environment; returns the function that undoes both. */
export function enter(state) {
  const saved = Object.fromEntries(Object.keys(state.env ?? {}).map((k) => [k, process.env[k]]));
  Object.assign(process.env, state.env ?? {});
  const stop = busy(state.busy);
  return () => {
    stop();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

/** Starts `n` busy neighbours (`sh -c 'while :; do :; done'`); returns the function that ends them by pid. */
function busy(n) {
  const procs = Array.from({ length: n }, () => spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' }));
  return () => {
    for (const p of procs) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
}
