#!/usr/bin/env node
// Estimates the gate's accuracy from the recorded pools (record.mjs) by
// resampling: many random count-sized A/A splits (false alarms) and A/B
// splits (detection), each decided by the real compareRuns. Prints the
// table and writes docs/accuracy.md (unless --no-write).
//
//   node scripts/accuracy/analyze.mjs [--resamples-aa N] [--resamples-ab N] [--seed S] [--no-write]
import { parseArgs } from 'node:util';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { OUT_DIR, ROOT, STATES, VARIANTS, load, rng } from './lib.mjs';
import { renderDoc } from './doc.mjs';

const { values: v } = parseArgs({
  options: {
    'resamples-aa': { type: 'string', default: '2000' },
    'resamples-ab': { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'docs/accuracy.md') },
    // Explore candidate defaults without editing the registry: '{"gc-pause-p99":{"floor":100000}}'.
    metrics: { type: 'string', default: '' },
    alpha: { type: 'string', default: '' },
    only: { type: 'string', default: '' },
    // Also estimate with proposed changes of the comparison rule (see whatif.mjs): 'exact', 'family', 'exact+family'.
    whatif: { type: 'string', default: 'disjoint' },
    // Sample counts to estimate at (exploration: '6,8,10'); the document's tables use 6 and 10.
    counts: { type: 'string', default: '6,10' },
    // Samples per side of the simulated same-runner confirmation (the confirm-count setting).
    'confirm-count': { type: 'string', default: '' },
    // Exploration: the significance level the confirmation decides at (the product's is the confirm stage's).
    'confirm-alpha': { type: 'string', default: '' },
    'resamples-cond': { type: 'string', default: '1000' },
  },
});
const COUNTS = v.counts.split(',').map(Number);
if (COUNTS.some((c) => !Number.isInteger(c) || c < 2)) throw new Error(`--counts: expected integers ≥ 2, got ${v.counts}`);
const R_AA = Number(v['resamples-aa']);
const R_AB = Number(v['resamples-ab']);
let { compareRuns } = await load('compare/compare.js');
import { whatIfCompare } from './whatif.mjs';
const { builtinMetrics } = await load('metrics/registry.js');
const { OPTIONS } = await load('options/table.js');
const DEFAULTS = { alpha: OPTIONS.alpha.default, fdr: OPTIONS.fdr.default };
// The confirmation as the product runs it by default (src/options/table.ts), unless explored otherwise.
const CONFIRM_COUNT = Number(v['confirm-count'] || OPTIONS.confirmCount.default);
const CONFIRM_ALPHA = Number(v['confirm-alpha'] || OPTIONS.confirmAlpha.default);

const { benchmarkKey } = await load('result/types.js');
const { suspectsOf, decideSuspects } = await load('gate/confirm.js');
const { settle } = await load('compare/verdict.js');
import { metricsThatMove, crossCondition } from './conditions.mjs';

async function pool(id) {
  const file = path.join(OUT_DIR, 'pools', `${id}.json.gz`);
  if (!existsSync(file)) return null;
  return JSON.parse(zlib.gunzipSync(await readFile(file)).toString('utf8'));
}

// ---------------------------------------------------------------- resampling

/** Pool size of a benchmark: the number of samples every metric and site series has. */
function poolSize(b) {
  let n = b.samples.length;
  for (const xs of Object.values(b.metrics)) n = Math.min(n, xs.length);
  for (const s of b.sites ?? []) for (const xs of Object.values(s.values)) n = Math.min(n, xs.length);
  return n;
}

/** k distinct indices out of n (partial Fisher–Yates). */
function draw(n, k, rand) {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (n - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k);
}

const pick = (xs, idx) => idx.map((i) => xs[i]);

/** The benchmark restricted to the samples `idx`: samples, every metric and every site series sliced alike. */
function sliceBenchmark(b, idx) {
  const out = {
    ...b,
    samples: pick(b.samples, idx),
    metrics: Object.fromEntries(Object.entries(b.metrics).map(([k, xs]) => [k, pick(xs, idx)])),
  };
  if (b.sites) {
    out.sites = b.sites.map((s) => ({ ...s, values: Object.fromEntries(Object.entries(s.values).map(([u, xs]) => [u, pick(xs, idx)])) }));
  }
  return out;
}

function runOf(template, benchmarks, escapes) {
  return { ...template, benchmarks, config: { ...template.config }, escapes };
}

/** Escape analysis of `base` with the sites of `variant`'s packages taken from `variant`. */
function mergeEscapes(base, variant) {
  if (!base.escapes || !variant?.escapes) return base.escapes;
  const pkgs = new Set(variant.escapes.packages);
  return {
    ...base.escapes,
    sites: [...base.escapes.sites.filter((s) => !pkgs.has(s.package)), ...variant.escapes.sites],
  };
}

/**
 * One A/A or A/B draw at `count`: base gets `count` samples of A; head gets
 * `count` other samples of A, or for benchmarks the variant changed,
 * `count` samples of the variant's pool.
 */
/**
 * ab mode: base and head were measured interleaved in one job, so a draw
 * takes `count` samples of each side's own pool (no disjointness needed). The
 * job's unchanged benchmarks come from the A/A ab pools; a variant's changed
 * benchmark from that variant's ab pools (base and head).
 */
function splitAb(aa, vr, count, rand) {
  const over = (side) => new Map((vr?.[side].benchmarks ?? []).filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
  const vBase = over('base');
  const vHead = over('head');
  const baseB = [];
  const headB = [];
  const headByKey = new Map(aa.head.benchmarks.filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
  for (const b of aa.base.benchmarks) {
    if (b.failure) continue;
    const k = benchmarkKey(b);
    const bb = vBase.get(k) ?? b;
    const hb = vHead.get(k) ?? headByKey.get(k);
    if (!hb) continue;
    baseB.push(sliceBenchmark(bb, draw(poolSize(bb), count, rand)));
    headB.push(sliceBenchmark(hb, draw(poolSize(hb), count, rand)));
  }
  const cfg = { ...aa.base.config, count };
  return {
    base: { ...runOf(aa.base, baseB, mergeEscapes(aa.base, vr?.base)), config: cfg },
    head: { ...runOf(aa.head, headB, mergeEscapes(aa.head, vr?.head)), environment: aa.base.environment, config: cfg, warnings: [] },
  };
}

function split(a, variant, count, rand) {
  if (a.ab) return splitAb(a.ab, variant?.ab ? variant.ab : null, count, rand);
  const changed = new Map((variant?.benchmarks ?? []).filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
  const baseB = [];
  const headB = [];
  for (const b of a.benchmarks) {
    if (b.failure) continue;
    const n = poolSize(b);
    const v = changed.get(benchmarkKey(b));
    if (v) {
      baseB.push(sliceBenchmark(b, draw(n, count, rand)));
      headB.push(sliceBenchmark(v, draw(poolSize(v), count, rand)));
    } else {
      const idx = draw(n, 2 * count, rand);
      baseB.push(sliceBenchmark(b, idx.slice(0, count)));
      headB.push(sliceBenchmark(b, idx.slice(count)));
    }
  }
  const cfg = { ...a.config, count };
  return {
    base: { ...runOf(a, baseB, a.escapes), config: cfg },
    head: { ...runOf(variant ?? a, headB, mergeEscapes(a, variant)), environment: a.environment, config: cfg, warnings: [] },
  };
}

// ---------------------------------------------------------------- estimation

/** Why a job failed, one word per gating cause (the verdict counts causes): its kind, with the metrics for metric and runtime causes. */
export function gateReasons(report) {
  const r = [];
  for (const c of report.causes ?? []) {
    if (!c.gating) continue;
    r.push(c.kind === 'metric' || c.kind === 'runtime' ? `${c.kind}:${[...new Set(c.effects.map((e) => e.metric))].join('+')}` : c.kind);
  }
  if (report.failures.length && report.settings.failOnBenchmarkFailure) r.push('benchmark-failure');
  return r;
}

/**
 * The same-runner confirmation, replayed on recorded pools: the report's
 * suspects (machine-sensitive regressions against the cached baseline, not
 * consequences) are decided by the real decideSuspects on `count` samples per
 * side drawn from pools measured in one machine state — an interleaved
 * (ab-mode) pool of the same benchmarks, or, where none was recorded, two
 * disjoint draws of one cache-mode pool of the head's state (the same runner
 * at the same time, less the interleaving). `sources` are tried in order; the
 * first that has a suspect's benchmark provides it.
 */
export function confirmOnPool(report, options, confirm, rand) {
  const suspects = suspectsOf(report);
  if (suspects.length === 0 || !confirm) return { suspects: suspects.length, remeasured: 0 };
  const keys = [...new Set(suspects.map((c) => benchmarkKey(c.benchmark)))];
  const base = [];
  const head = [];
  for (const k of keys) {
    for (const src of confirm.sources) {
      const find = (run) => run.benchmarks.find((x) => !x.failure && benchmarkKey(x) === k);
      const b = find(src.base);
      const h = find(src.head);
      if (!b || !h) continue;
      if (src.base === src.head) {
        const idx = draw(poolSize(b), Math.min(2 * confirm.count, poolSize(b)), rand);
        const half = Math.floor(idx.length / 2);
        base.push(sliceBenchmark(b, idx.slice(0, half)));
        head.push(sliceBenchmark(h, idx.slice(half)));
      } else {
        base.push(sliceBenchmark(b, draw(poolSize(b), Math.min(confirm.count, poolSize(b)), rand)));
        head.push(sliceBenchmark(h, draw(poolSize(h), Math.min(confirm.count, poolSize(h)), rand)));
      }
      break;
    }
  }
  const template = confirm.sources[0].base;
  const run = (benchmarks) => ({ ...template, benchmarks, config: { ...template.config, count: confirm.count } });
  decideSuspects(
    suspects,
    { base: run(base), head: run(head) },
    {
      name: 'accuracy',
      alpha: CONFIRM_ALPHA,
      fdr: options.fdr,
      metrics: options.metrics ?? {},
      failOnBenchmarkFailure: true,
      baselineSource: 'confirm',
      maxNewEscapes: 0,
      sameRunner: true,
    },
  );
  settle(report);
  return { suspects: suspects.length, remeasured: keys.length };
}

function hitsTarget(report, variant, changedNames) {
  const t = variant.target;
  if (t.metric) return report.comparisons.some((c) => c.gating && c.metric === t.metric && changedNames.has(c.benchmark.name));
  // Escape sites belong to a package, leak sites to a benchmark.
  return report.sites.some((s) => s.gating && s.kind === t.site && (s.benchmark ? changedNames.has(s.benchmark.name) : s.package === variant.pkg));
}

/** Wilson 95% interval of k successes in n. */
function wilson(k, n) {
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

function estimate(compare, a, variant, count, options, resamples, seed, descriptor = null, confirm = null) {
  const rand = rng(seed);
  const changedNames = new Set((variant?.ab ? variant.ab.head.benchmarks : (variant?.benchmarks ?? [])).map((b) => b.name));
  let fails = 0;
  let target = 0;
  const reasons = new Map();
  let comparisons = 0;
  let suspects = 0;
  let remeasured = 0;
  for (let i = 0; i < resamples; i++) {
    const { base, head } = split(a, variant, count, rand);
    // ab mode draws both sides from one interleaved job: the same runner.
    const report = compare(base, head, { ...options, baselineSource: 'accuracy', sameRunner: Boolean(a.ab) });
    const c = a.ab ? { suspects: 0, remeasured: 0 } : confirmOnPool(report, options, confirm, rand);
    suspects += c.suspects;
    remeasured += c.remeasured;
    comparisons = report.comparisons.length;
    if (report.verdict === 'fail') fails++;
    for (const why of new Set(gateReasons(report))) reasons.set(why, (reasons.get(why) ?? 0) + 1);
    if (descriptor?.target && hitsTarget(report, descriptor, changedNames)) target++;
  }
  return {
    resamples,
    fails,
    failRate: fails / resamples,
    ci: wilson(fails, resamples),
    target,
    targetRate: target / resamples,
    reasons: Object.fromEntries([...reasons].sort((x, y) => y[1] - x[1])),
    comparisons,
    suspectsPerJob: suspects / resamples,
    remeasuredPerJob: remeasured / resamples,
  };
}

// ---------------------------------------------------------------- main

const A = await pool('a');
if (!A) {
  console.error(`No pool in ${path.relative(ROOT, OUT_DIR)}/pools: run node scripts/accuracy/record.mjs first.`);
  process.exit(2);
}
const exampleBase = await pool('example-base');
const exampleHead = await pool('example-head');
const variants = [];
for (const x of VARIANTS) variants.push({ ...x, pool: await pool(x.id), abPool: await pool(`ab-${x.id}`) });
const abAA = await pool('ab-aa');
// The confirmation of suspects on the head's runner: the interleaved A/A pool when recorded, else disjoint draws of A.
const confirmAA = { count: CONFIRM_COUNT, sources: [abAA ? { base: abAA.base, head: abAA.head } : { base: A, head: A }] };

const alpha = Number(v.alpha || DEFAULTS.alpha);
const metrics = v.metrics ? JSON.parse(v.metrics) : {};
const exploring = Boolean(v.metrics || v.alpha);
if (exploring) v['no-write'] = true;
const only = new Set(v.only.split(',').filter(Boolean));
const want = (what) => only.size === 0 || only.has(what);
const t0 = Date.now();
const pools = (run) => {
  const sizes = run.benchmarks.filter((b) => !b.failure).map(poolSize);
  return {
    benchmarks: run.benchmarks.length,
    failed: run.benchmarks.filter((b) => b.failure).map((b) => b.name),
    min: Math.min(...sizes),
    max: Math.max(...sizes),
    seconds: run.accuracy?.seconds,
    benchtime: run.accuracy?.benchtime,
  };
};

async function runAll(compare, label) {
  const aa = [];
  for (const count of want('aa') ? COUNTS : []) {
    for (const fdr of [true, false]) {
      const e = estimate(compare, A, null, count, { alpha, fdr, metrics }, R_AA, Number(v.seed) + count * 10 + (fdr ? 1 : 0), null, confirmAA);
      aa.push({ module: 'fixtures/accuracy', count, fdr, ...e });
      console.error(`[${label}] A/A count=${count} fdr=${fdr}: ${e.fails}/${e.resamples} fail ${JSON.stringify(e.reasons)}`);
    }
  }
  if (exampleBase && want('example')) {
    for (const count of COUNTS) {
      for (const fdr of [true, false]) {
        const e = estimate(compare, exampleBase, null, count, { alpha, fdr, metrics }, R_AA, Number(v.seed) + 7 + count * 10 + (fdr ? 1 : 0), null, {
          count: CONFIRM_COUNT,
          sources: [{ base: exampleBase, head: exampleBase }],
        });
        aa.push({ module: 'fixtures/example (base)', count, fdr, ...e });
        console.error(`[${label}] example A/A count=${count} fdr=${fdr}: ${e.fails}/${e.resamples} fail ${JSON.stringify(e.reasons)}`);
      }
    }
  }
  const ab = [];
  for (const count of want('ab') ? COUNTS : []) {
    for (const x of variants) {
      if (!x.pool) {
        ab.push({ id: x.id, title: x.title, count, missing: true });
        continue;
      }
      const sources = [...(x.abPool ? [{ base: x.abPool.base, head: x.abPool.head }] : [{ base: A, head: x.pool }]), ...confirmAA.sources];
      const e = estimate(compare, A, x.pool, count, { alpha, fdr: true, metrics }, R_AB, Number(v.seed) + 100 + count + x.id.length, x, {
        count: CONFIRM_COUNT,
        sources,
      });
      ab.push({ id: x.id, title: x.title, count, target: x.target, bench: x.pool.benchmarks.map((b) => b.name).join(', '), ...e });
      console.error(
        `[${label}] A/B ${x.id} count=${count}: job fails ${e.fails}/${e.resamples}, target ${e.target}/${e.resamples} ${JSON.stringify(e.reasons)}`,
      );
    }
  }
  const abMode = [];
  if (abAA && want('abmode')) {
    for (const count of COUNTS) {
      const e = estimate(compare, { ab: abAA }, null, count, { alpha, fdr: true, metrics }, R_AA, Number(v.seed) + 500 + count);
      abMode.push({ kind: 'aa', count, fdr: true, ...e });
      console.error(`[${label}] ab-mode A/A count=${count}: ${e.fails}/${e.resamples} fail ${JSON.stringify(e.reasons)}`);
    }
    for (const x of variants) {
      if (!x.abPool) continue;
      const e = estimate(compare, { ab: abAA }, { ab: x.abPool }, 6, { alpha, fdr: true, metrics }, R_AB, Number(v.seed) + 600 + x.id.length, x);
      abMode.push({ kind: 'ab', id: x.id, title: x.title, count: 6, target: x.target, bench: x.abPool.head.benchmarks.map((b) => b.name).join(', '), ...e });
      console.error(
        `[${label}] ab-mode A/B ${x.id} count=6: job fails ${e.fails}/${e.resamples}, target ${e.target}/${e.resamples} ${JSON.stringify(e.reasons)}`,
      );
    }
  }
  let example = null;
  if (exampleBase && exampleHead && want('example')) {
    example = estimate(compare, exampleBase, exampleHead, 6, { alpha, fdr: true, metrics }, R_AB, Number(v.seed) + 999, null, {
      count: CONFIRM_COUNT,
      sources: [{ base: exampleBase, head: exampleHead }],
    });
    console.error(`[${label}] example base→head count=6: job fails ${example.fails}/${example.resamples} ${JSON.stringify(example.reasons)}`);
  }
  return { label, aa, ab, abMode, example };
}

const current = await runAll(compareRuns, 'current');
// Runner drift: which metrics move with the machine's state, and what a baseline from one state does to a head from another.
const conditionPools = {};
for (const state of Object.keys(STATES)) {
  for (const id of ['a', 'example-base']) {
    const p = await pool(`cond-${state}-${id}`);
    if (p) (conditionPools[id] ??= {})[state] = p;
  }
}
const moves = want('conditions') ? metricsThatMove(conditionPools) : null;
const conditions = want('conditions')
  ? crossCondition(conditionPools, {
      compare: compareRuns,
      confirmOnPool,
      split,
      gateReasons,
      wilson,
      rng,
      count: 6,
      confirmCount: CONFIRM_COUNT,
      resamples: Number(v['resamples-cond']),
      seed: Number(v.seed) + 7000,
      options: { alpha, fdr: true, metrics },
    })
  : null;
const { aa, ab, abMode, example } = current;
const whatifs = [];
for (const w of v.whatif.split(',').filter(Boolean)) {
  let compare;
  try {
    compare = await whatIfCompare(w.split('+'));
  } catch (err) {
    // The rule may have been adopted (or rewritten) in src/compare: nothing to patch.
    console.error(`what-if ${w} skipped: ${err.message}`);
    continue;
  }
  whatifs.push(await runAll(compare, w));
}

const defaults = builtinMetrics()
  .filter((m) => m.defaultMode === 'gate')
  .map((m) => ({ id: m.id, unit: m.unit, threshold: m.defaultThreshold, floor: m.defaultFloor }));
// Count metrics whose value genuinely alternates between processes of the same binary.
const alternating = [];
for (const b of A.benchmarks) {
  for (const id of ['allocs']) {
    const counts = new Map();
    for (const x of b.metrics[id] ?? []) counts.set(x, (counts.get(x) ?? 0) + 1);
    const sorted = [...counts].sort((x, y) => y[1] - x[1]);
    if (sorted.length > 1 && sorted[1][1] >= 0.1 * (b.metrics[id]?.length ?? 0)) {
      alternating.push({ benchmark: b.name, metric: id, values: sorted.map(([value, n]) => ({ value, n })) });
    }
  }
}
// How far each metric-targeted variant moves its metric's median (pool medians, A vs variant).
const medianOf = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const shifts = {};
for (const x of variants) {
  const metric = x.target?.metric;
  if (!metric || !x.pool) continue;
  for (const vb of x.pool.benchmarks) {
    const ab = A.benchmarks.find((b) => b.package === vb.package && b.name === vb.name);
    const before = ab?.metrics[metric];
    const after = vb.metrics[metric];
    if (before?.length && after?.length) shifts[x.id] = { benchmark: vb.name, metric, base: medianOf(before), head: medianOf(after) };
  }
}
const result = {
  alternating,
  shifts,
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    go: A.environment.goVersion,
  },
  pools: {
    a: pools(A),
    variants: Object.fromEntries(variants.filter((x) => x.pool).map((x) => [x.id, pools(x.pool)])),
    exampleBase: exampleBase && pools(exampleBase),
    exampleHead: exampleHead && pools(exampleHead),
  },
  resamples: { aa: R_AA, ab: R_AB, seed: Number(v.seed) },
  settings: { alpha, fdr: DEFAULTS.fdr, defaults },
  abMode: abAA ? 'measured' : existsSync(path.join(ROOT, 'src/ab')) ? 'present' : 'missing',
  abModeResults: abMode,
  abPools: abAA ? { aa: pools(abAA.base), variants: Object.fromEntries(variants.filter((x) => x.abPool).map((x) => [x.id, pools(x.abPool.head)])) } : null,
  aa,
  ab,
  example,
  whatifs,
  moves,
  conditions,
  confirmCount: CONFIRM_COUNT,
  analysisSeconds: (Date.now() - t0) / 1000,
};
await writeFile(path.join(OUT_DIR, 'result.json'), JSON.stringify(result, null, 2));
const doc = renderDoc(result);
console.log(doc.table);
if (!v['no-write']) {
  await mkdir(path.dirname(v.out), { recursive: true });
  await writeFile(v.out, doc.markdown);
  console.log(`\nwrote ${path.relative(ROOT, v.out)}`);
}
