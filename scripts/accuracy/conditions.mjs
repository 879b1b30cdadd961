// Runner drift, measured: the pools of scripts/accuracy/record-conditions.mjs
// hold the same code measured quiet, beside one busy neighbour process and
// beside two. Two analyses:
//
// - metricsThatMove: per metric, how many benchmarks moved significantly
//   (Mann–Whitney p < 0.01 on 20 vs 20 samples) and by more than 10% between
//   two states, with the two halves of the quiet pool as the control. This is
//   what classifies a metric as machine-invariant or machine-sensitive
//   (src/metrics/registry.ts).
// - crossCondition: cache mode as it happens on real runners — the baseline
//   drawn from one state, the head from another, same code — decided by the
//   real compareRuns, then the same-runner confirmation replayed with samples
//   of the head's state. The false-failure rate with its 95% interval, and,
//   for comparison, the rate when every metric gates from the cached baseline
//   (the rule before machine classes).
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { BUILD } from './lib.mjs';

const { mannWhitneyU } = await import(pathToFileURL(path.join(BUILD, 'compare/stats/index.js')).href);
const { machineClass, builtinMetrics } = await import(pathToFileURL(path.join(BUILD, 'metrics/registry.js')).href);

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

function moved(x, y) {
  if (!x?.length || !y?.length) return null;
  const same = x.every((v) => v === x[0]) && y.every((v) => v === y[0]) && x[0] === y[0];
  const p = same ? 1 : Math.min(1, mannWhitneyU(x, y).p);
  const mx = median(x);
  const my = median(y);
  const d = mx === 0 ? (my === 0 ? 0 : Infinity) : my / mx - 1;
  return { significant: p < 0.01 && Math.abs(d) > 0.1, d };
}

/** Per module and metric: benchmarks that moved between states (and in the quiet control), with the class the registry gives it. */
export function metricsThatMove(pools) {
  const out = [];
  for (const [id, states] of Object.entries(pools)) {
    const quiet = states.quiet;
    if (!quiet) continue;
    const others = Object.keys(states).filter((s) => s !== 'quiet');
    for (const def of builtinMetrics()) {
      const row = { module: id, metric: def.id, label: def.label, machine: machineClass(def.id), benchmarks: 0, control: 0, by: {}, maxShift: {} };
      for (const b of quiet.benchmarks) {
        if (b.failure || !b.metrics[def.id]) continue;
        const x = b.metrics[def.id];
        const half = Math.floor(x.length / 2);
        const control = moved(x.slice(0, half), x.slice(half));
        if (!control) continue;
        row.benchmarks++;
        if (control.significant) row.control++;
        for (const s of others) {
          const ob = states[s].benchmarks.find((o) => o.package === b.package && o.name === b.name && !o.failure);
          const m = moved(x, ob?.metrics[def.id]);
          if (!m) continue;
          row.by[s] = (row.by[s] ?? 0) + (m.significant ? 1 : 0);
          if (Number.isFinite(m.d)) row.maxShift[s] = Math.max(row.maxShift[s] ?? 0, Math.abs(m.d));
        }
      }
      if (row.benchmarks > 0) out.push(row);
    }
  }
  return out;
}

/** Cache mode across machine states, with and without the same-runner confirmation. */
export function crossCondition(pools, h) {
  const out = [];
  const pairs = [
    ['quiet', 'quiet'],
    ['quiet', 'busy1'],
    ['quiet', 'busy2'],
    ['busy1', 'quiet'],
    ['busy2', 'quiet'],
    ['busy1', 'busy2'],
    // A baseline whose traces were read after measuring (the first versions), a head's read while measuring, and back.
    ['after', 'quiet'],
    ['quiet', 'after'],
  ];
  let seed = h.seed;
  for (const [id, states] of Object.entries(pools)) {
    for (const [from, to] of pairs) {
      const base = states[from];
      const head = states[to];
      if (!base || !head) continue;
      // The confirmation runs on the head's runner: both of its sides come from the head's state.
      const confirm = { count: h.confirmCount, sources: [{ base: head, head }] };
      for (const rule of ['classes', 'no-classes']) {
        const rand = h.rng(++seed);
        let fails = 0;
        let suspects = 0;
        let remeasured = 0;
        const reasons = new Map();
        for (let i = 0; i < h.resamples; i++) {
          const { base: b, head: hd } = h.split(base, from === to ? null : head, h.count, rand);
          const report = h.compare(b, hd, { ...h.options, baselineSource: 'accuracy', sameRunner: rule === 'no-classes' });
          if (rule === 'classes') {
            const c = h.confirmOnPool(report, h.options, confirm, rand);
            suspects += c.suspects;
            remeasured += c.remeasured;
          }
          if (report.verdict === 'fail') fails++;
          for (const why of new Set(h.gateReasons(report))) reasons.set(why, (reasons.get(why) ?? 0) + 1);
        }
        out.push({
          module: id === 'a' ? 'fixtures/accuracy' : 'fixtures/example (base)',
          baseline: from,
          head: to,
          rule,
          count: h.count,
          resamples: h.resamples,
          fails,
          failRate: fails / h.resamples,
          ci: h.wilson(fails, h.resamples),
          suspectsPerJob: suspects / h.resamples,
          remeasuredPerJob: remeasured / h.resamples,
          reasons: Object.fromEntries([...reasons].sort((x, y) => y[1] - x[1])),
          poolLoad: { base: base.accuracy, head: head.accuracy },
        });
        console.error(`[conditions] ${id} ${from}→${to} ${rule}: ${fails}/${h.resamples} fail ${JSON.stringify(Object.fromEntries(reasons))}`);
      }
    }
  }
  return out;
}
