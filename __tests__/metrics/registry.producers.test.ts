/**
 * Every producer fills only metrics the registry has rows for, and exactly
 * the ones it declares (the rows naming it): an id without a row would never
 * be compared, so it must fail here rather than pass silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { writeSampleManifest } from '../../src/measure/artifacts.js';
import path from 'node:path';
import { analyzeSamples } from '../../src/analyze/samples.js';
import { compareRuns } from '../../src/compare/compare.js';
import { builtinMetrics, metricById, metricForUnit, metricsFilledBy, producerName, type TraceFamilyName } from '../../src/metrics/registry.js';
import { parseBenchmarkOutput } from '../../src/parse/benchfmt.js';
import type { BenchmarkResult } from '../../src/result/types.js';
import type { TraceCollector, TraceFamily } from '../../src/trace/families/family.js';
import { collectTrace, traceFamilies } from '../../src/trace/metrics.js';
import { run } from '../compare/helpers.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { REAL_125 } from '../trace/helpers.js';

const options = { fileName: REAL_125, isModuleFrame: (f: { file: string }) => f.file.includes('/encoding/json/') };

/** The ids a list of emitted ids has no row for. */
const unknown = (ids: Iterable<string>) => [...ids].filter((id) => metricById(id) === undefined);

function benchmark(samples: Array<{ trace?: string; memprofile?: string }>): BenchmarkResult {
  return {
    package: 'example.com/m',
    name: 'BenchmarkX',
    procs: 1,
    samples: samples.map((artifacts, order) => ({ order, iterations: 10, values: {}, artifacts, wallMs: 1 })),
    metrics: {},
    unavailable: {},
  };
}

test('every row is filled by a producer, and every trace row by a family', () => {
  for (const m of builtinMetrics()) {
    expect(['benchmark line', 'heap profile', 'escape analysis', 'trace']).toContain(producerName(m.producer));
  }
  const fromFamilies = traceFamilies().flatMap((f) => metricsFilledBy({ trace: f.name as TraceFamilyName }));
  expect(fromFamilies.sort()).toEqual(metricsFilledBy('trace').sort());
});

test('benchmark line: every unit of the recorded go test outputs is a benchmark-line row or a custom metric', () => {
  const dir = path.join(ROOT, '__tests__', 'fixtures', 'benchfmt');
  const ids = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const b of parseBenchmarkOutput(readFileSync(path.join(dir, f), 'utf8'), f).benchmarks) {
      for (const v of b.values) ids.add(metricForUnit(v.unit).id);
    }
  }
  expect(unknown(ids)).toEqual([]);
  const builtin = [...ids].filter((id) => !id.startsWith('custom:'));
  expect(builtin.sort()).toEqual(metricsFilledBy('benchmark line').sort());
});

test('trace: each family emits exactly the metrics whose rows name it', async () => {
  const collectors = new Map<TraceFamily, TraceCollector>();
  // A family that asks for every registry family's collector, to call their values one by one.
  const spy: TraceFamily = {
    name: 'spy',
    events: [],
    create: ({ use }) => {
      for (const f of traceFamilies()) collectors.set(f, use(f));
      return { onEvent() {}, finish() {} };
    },
    values: () => ({}),
  };
  const c = await collectTrace(REAL_125, options, [spy]);
  for (const f of traceFamilies()) {
    const ids = Object.keys(f.values(collectors.get(f)!, { trace: c.metrics, ops: 1 }));
    expect(unknown(ids)).toEqual([]);
    expect({ family: f.name, ids: ids.sort() }).toEqual({ family: f.name, ids: metricsFilledBy({ trace: f.name as TraceFamilyName }).sort() });
  }
  expect(Object.keys(c.values(1)).sort()).toEqual(metricsFilledBy('trace').sort());
});

test('analyzeSamples fills the trace’s metrics from a trace, and marks the same ones unavailable when none can be read', async () => {
  const dir = await tempDir('grg-producers-');
  // Each sample's artifacts in its own folder with the manifest the measuring run writes.
  for (const d of ['good', 'bad']) {
    await mkdir(path.join(dir, d));
    await writeSampleManifest(path.join(dir, d), { package: 'example.com/m', benchmark: 'BenchmarkX', cpu: null, procs: 1, round: 0, order: 0 });
  }
  await copyFile(REAL_125, path.join(dir, 'good', 'trace.out'));
  await writeFile(path.join(dir, 'bad', 'trace.out'), 'go 1.23 trace\0\0\0\x01\x02');
  const good = benchmark([{ trace: 'good/trace.out' }]);
  const bad = benchmark([{ trace: 'bad/trace.out' }]);
  const warnings = await analyzeSamples([good, bad], { artifactsDir: dir, repoRoot: dir, modules: new Map() });
  expect(Object.keys(good.metrics).sort()).toEqual(metricsFilledBy('trace').sort());
  expect(Object.keys(bad.unavailable).sort()).toEqual(metricsFilledBy('trace').sort());
  expect(unknown([...Object.keys(good.metrics), ...Object.keys(bad.unavailable)])).toEqual([]);
  expect(warnings).toEqual([expect.stringContaining('BenchmarkX: trace of sample 0 could not be read: ')]);
});

test('heap profile: a benchmark none of whose profiles can be read has its metrics unavailable, and the report says so', async () => {
  const dir = await tempDir('grg-producers-');
  await writeFile(path.join(dir, 'bad.pprof'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]));
  const b = benchmark([{ memprofile: 'bad.pprof' }, { memprofile: 'bad.pprof' }]);
  const warnings = await analyzeSamples([b], { artifactsDir: dir, repoRoot: dir, modules: new Map() });
  expect(warnings).toHaveLength(2);
  expect(Object.keys(b.unavailable)).toEqual(metricsFilledBy('heap profile'));
  expect(unknown(Object.keys(b.unavailable))).toEqual([]);
  // Before the row existed, compareRuns dropped the id without a word.
  const report = compareRuns(null, run([b]));
  expect(report.comparisons).toEqual([
    expect.objectContaining({ metric: 'allocation-sites', verdict: 'insufficient', reason: 'unavailable: no heap profile of this benchmark could be read' }),
  ]);
});
