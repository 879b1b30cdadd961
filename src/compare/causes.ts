/**
 * One finding per cause. A single change in the code moves several numbers:
 * a new `make` in `Encode` adds an allocation (allocs/op), bytes (B/op), an
 * escape at the same line, and — on a machine that now has to collect — GC
 * cycles, pauses and a higher peak heap. Counted as six regressions, the
 * reviewer cannot tell the cause from its echoes, and the set of echoes
 * differs from run to run. This module groups a report's regressions:
 *
 * - a **cause** is a machine-invariant change with a location when one is
 *   known: a new allocation site (with the escape at the same line, if any),
 *   an allocation site that grew, a new goroutine-leak site, a new heap escape
 *   no benchmark allocates at, or — when no site explains it — the invariant
 *   metric itself (allocs/op, B/op);
 * - its **effects** are the invariant comparisons it explains;
 * - its **consequences** are the machine-sensitive regressions (GC cycles,
 *   pauses, mark assist, peak heap, time) of the same benchmarks: they are
 *   listed with the cause and never gate on their own;
 * - a machine-sensitive regression in a benchmark with no invariant cause is
 *   a cause of its own (`runtime`), which gates only once confirmed on the same
 *   runner (src/gate/confirm.ts).
 *
 * Pure: the report's comparisons and sites in, causes out (and each
 * comparison that became a consequence marked so).
 */
import { benchmarkKey } from '../result/types.js';
import { machineClass } from '../metrics/registry.js';
import type { BenchmarkRef, Cause, CauseEffect, MetricComparison, SiteFinding } from '../report/model.js';

function effectOf(c: MetricComparison): CauseEffect {
  return {
    benchmark: c.benchmark,
    metric: c.metric,
    label: c.label,
    unit: c.unit,
    base: c.base?.median ?? null,
    head: c.head?.median ?? null,
    ...(c.reason.startsWith('now triggers GC') ? { note: 'now triggers GC' } : {}),
  };
}

function locationKey(file: string, line: number): string {
  return `${file}\u0000${line}`;
}

function addBenchmark(cause: Cause, b: BenchmarkRef | undefined): void {
  if (b && !cause.benchmarks.some((x) => benchmarkKey(x) === benchmarkKey(b))) cause.benchmarks.push(b);
}

/** A regression that counts as a cause's evidence or consequence (gate mode, regressed, not an improvement). */
function regressed(c: MetricComparison): boolean {
  return c.verdict === 'regression' && c.mode === 'gate';
}

/**
 * Groups the report's regressions into causes. Marks every machine-sensitive
 * comparison it attaches to an invariant cause with `consequenceOf` (and
 * takes its gating away: a consequence never fails the gate twice).
 */
export function groupCauses(comparisons: MetricComparison[], sites: readonly SiteFinding[]): Cause[] {
  const causes: Cause[] = [];
  const byBenchmark = new Map<string, MetricComparison[]>();
  for (const c of comparisons) {
    if (!regressed(c)) continue;
    const k = benchmarkKey(c.benchmark);
    byBenchmark.set(k, [...(byBenchmark.get(k) ?? []), c]);
  }
  const invariant = (c: MetricComparison) => machineClass(c.metric) === 'invariant';

  // Gated escapes by location: an allocation site at the same line is the same change.
  const escapes = new Map<string, SiteFinding>();
  for (const s of sites) if (s.kind === 'escape' && s.change === 'new' && s.gating) escapes.set(locationKey(s.file, s.line), s);
  const usedEscapes = new Set<SiteFinding>();
  const byLocation = new Map<string, Cause>();
  /** Causes of each benchmark, first = primary (gets the consequences). */
  const causesOf = new Map<string, Cause[]>();
  const explained = new Set<MetricComparison>();
  const attach = (cause: Cause, b: BenchmarkRef) => {
    const k = benchmarkKey(b);
    const list = causesOf.get(k) ?? [];
    if (!list.includes(cause)) causesOf.set(k, [...list, cause]);
  };

  // 1. New goroutine-leak sites. A leaking benchmark's allocation sites that merely grew are the leak's echo
  //    (goroutines that never exit keep their stacks and the runtime cannot reuse them), folded in below.
  for (const s of sites) {
    if (s.kind !== 'leak' || !s.gating) continue;
    const key = `leak:${locationKey(s.file, s.line)}`;
    let cause = byLocation.get(key);
    if (!cause) {
      // The `go func() {…}()` of a leak often makes its closure escape at the same line: one change.
      const escape = escapes.get(locationKey(s.file, s.line));
      if (escape) usedEscapes.add(escape);
      cause = {
        kind: 'leak',
        package: s.package,
        function: s.function,
        file: s.file,
        line: s.line,
        title: s.change === 'new' ? 'new goroutine leak' : 'goroutine leak grew',
        // …and has no earlier line: the pairing's "was line N" is dropped.
        summary: escape ? `${s.summary.replace(/; was line \d+$/, '')}; ${escape.summary}` : s.summary,
        details: [...s.details, ...(escape?.details ?? [])],
        benchmarks: [],
        effects: [],
        consequences: [],
        gating: true,
      };
      byLocation.set(key, cause);
      causes.push(cause);
    }
    if (s.benchmark) {
      addBenchmark(cause, s.benchmark);
      attach(cause, s.benchmark);
      for (const c of byBenchmark.get(benchmarkKey(s.benchmark)) ?? []) {
        if (c.metric === 'goroutines-leaked' && c.gating) {
          cause.effects.push(effectOf(c));
          explained.add(c);
        }
      }
    }
  }

  // 2. Allocation sites that explain an allocs/op or B/op regression of their benchmark.
  for (const s of sites) {
    if (s.kind !== 'allocation' || (s.change !== 'new' && s.change !== 'grown') || !s.benchmark) continue;
    const regs = (byBenchmark.get(benchmarkKey(s.benchmark)) ?? []).filter((c) => (c.metric === 'allocs' || c.metric === 'bytes') && c.gating);
    if (regs.length === 0) continue;
    const key = locationKey(s.file, s.line);
    const leak = s.change === 'grown' && !escapes.has(key) ? causesOf.get(benchmarkKey(s.benchmark))?.find((c) => c.kind === 'leak') : undefined;
    if (leak) {
      leak.details.push(`allocation grew at ${s.file}:${s.line} in ${s.function}: ${s.summary}`);
      for (const c of regs) {
        if (!leak.effects.some((e) => e.metric === c.metric && benchmarkKey(e.benchmark) === benchmarkKey(c.benchmark))) leak.effects.push(effectOf(c));
        explained.add(c);
      }
      continue;
    }
    let cause = byLocation.get(`alloc:${key}`);
    if (!cause) {
      const escape = escapes.get(key);
      cause = {
        // A new escape at the line is a new allocation, whatever the sampled profile paired it with.
        kind: s.change === 'new' || escape ? 'new-allocation' : 'allocation-growth',
        package: s.package,
        function: s.function,
        file: s.file,
        line: s.line,
        title: s.change === 'new' || escape ? 'new allocation' : 'allocation grew',
        // …and has no earlier line: the pairing's "was line N" is dropped.
        summary: escape ? `${s.summary.replace(/; was line \d+$/, '')}; ${escape.summary}` : s.summary,
        details: escape ? [...escape.details] : [],
        benchmarks: [],
        effects: [],
        consequences: [],
        gating: true,
      };
      if (escape) usedEscapes.add(escape);
      byLocation.set(`alloc:${key}`, cause);
      causes.push(cause);
    }
    addBenchmark(cause, s.benchmark);
    attach(cause, s.benchmark);
    for (const c of regs) {
      if (!cause.effects.some((e) => e.metric === c.metric && benchmarkKey(e.benchmark) === benchmarkKey(c.benchmark))) cause.effects.push(effectOf(c));
      explained.add(c);
    }
  }

  // 3. New heap escapes no benchmark was seen allocating at.
  for (const s of sites) {
    if (s.kind !== 'escape' || s.change !== 'new' || !s.gating || usedEscapes.has(s)) continue;
    causes.push({
      kind: 'new-escape',
      package: s.package,
      function: s.function,
      file: s.file,
      line: s.line,
      title: 'new heap escape',
      summary: s.summary,
      details: [...s.details],
      benchmarks: [],
      effects: [],
      consequences: [],
      gating: true,
    });
  }

  // 4. Invariant regressions no site explains: the benchmark's metrics are the cause.
  for (const [k, regs] of byBenchmark) {
    const rest = regs.filter((c) => invariant(c) && c.gating && !explained.has(c));
    if (rest.length === 0) continue;
    // In a leaking benchmark, allocations no site explains are the leak's: every leaked goroutine
    // keeps its closure and stack, and the runtime cannot reuse them.
    const leak = causesOf.get(k)?.find((c) => c.kind === 'leak');
    if (leak) {
      for (const c of rest) if (!leak.effects.some((e) => e.metric === c.metric && benchmarkKey(e.benchmark) === k)) leak.effects.push(effectOf(c));
      continue;
    }
    const b = rest[0].benchmark;
    const cause: Cause = {
      kind: 'metric',
      package: b.package,
      ...(b.file ? { file: b.file } : {}),
      ...(b.line !== undefined ? { line: b.line } : {}),
      title: `${rest.map((c) => c.label).join(' and ')} regressed`,
      summary: rest.map((c) => c.explanation ?? `${c.label} ${c.reason}`).join('; '),
      details: [],
      benchmarks: [b],
      effects: rest.map(effectOf),
      consequences: [],
      gating: true,
    };
    causes.push(cause);
    causesOf.set(k, [...(causesOf.get(k) ?? []), cause]);
  }

  // 5. Machine-sensitive regressions: consequences of their benchmark's first cause, or causes of their own.
  const runtime = new Map<string, MetricComparison[]>();
  for (const [k, regs] of byBenchmark) {
    const sensitive = regs.filter((c) => !invariant(c));
    if (sensitive.length === 0) continue;
    const primary = causesOf.get(k)?.[0];
    if (primary) {
      for (const c of sensitive) {
        primary.consequences.push(effectOf(c));
        c.consequenceOf = `${primary.kind}${primary.file ? ` at ${primary.file}:${primary.line}` : ''}`;
        c.gating = false;
      }
      continue;
    }
    for (const c of sensitive) {
      const key = `${c.benchmark.package}\u0000${c.gating}`;
      runtime.set(key, [...(runtime.get(key) ?? []), c]);
    }
  }
  // One runtime cause per package (and gating state): a change such as a lower GOGC moves the GC
  // of every benchmark of a package, and is one finding, not one per benchmark.
  for (const regs of runtime.values()) {
    const benchmarks: BenchmarkRef[] = [];
    for (const c of regs) if (!benchmarks.some((b) => benchmarkKey(b) === benchmarkKey(c.benchmark))) benchmarks.push(c.benchmark);
    const labels = [...new Set(regs.map((c) => c.label))];
    const one = benchmarks.length === 1 ? benchmarks[0] : undefined;
    causes.push({
      kind: 'runtime',
      package: regs[0].benchmark.package,
      ...(one?.file ? { file: one.file } : {}),
      ...(one?.line !== undefined ? { line: one.line } : {}),
      title: `${labels.join(', ')} regressed${one ? '' : ` in ${benchmarks.length} benchmarks`}`,
      summary: one ? regs.map((c) => c.confirmation?.reason ?? c.reason).join('; ') : (regs[0].confirmation?.reason ?? regs[0].reason),
      details: one ? [] : regs.map((c) => `${c.benchmark.name} ${c.label}: ${c.confirmation?.reason ?? c.reason}`),
      benchmarks,
      effects: regs.map(effectOf),
      consequences: [],
      gating: regs.some((c) => c.gating),
    });
  }
  return causes;
}

const NOUN: Record<Cause['kind'], [string, string]> = {
  'new-allocation': ['new allocation site', 'new allocation sites'],
  'allocation-growth': ['B/op growth', 'B/op growths'],
  leak: ['leak site', 'leak sites'],
  'new-escape': ['new escape', 'new escapes'],
  metric: ['allocation regression without a located site', 'allocation regressions without a located site'],
  runtime: ['confirmed runtime regression', 'confirmed runtime regressions'],
};

/** "6 regressions: 2 new allocation sites, 1 allocation growth, 1 leak site, 2 new escapes (+9 consequences)". */
export function causesSentence(causes: readonly Cause[]): string {
  const gating = causes.filter((c) => c.gating);
  const parts: string[] = [];
  for (const kind of Object.keys(NOUN) as Cause['kind'][]) {
    const n = gating.filter((c) => c.kind === kind).length;
    if (n > 0) parts.push(`${n} ${NOUN[kind][n === 1 ? 0 : 1]}`);
  }
  const consequences = gating.reduce((s, c) => s + c.consequences.length, 0);
  const tail = consequences > 0 ? ` (+${consequences} consequence${consequences === 1 ? '' : 's'})` : '';
  return `${gating.length} regression${gating.length === 1 ? '' : 's'}: ${parts.join(', ')}${tail}`;
}
