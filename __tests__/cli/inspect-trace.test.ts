import { renderTraceInspection } from '../../src/cli/inspect-trace.js';
import { summarizePauses, traceMetrics, type TraceMetrics } from '../../src/trace/metrics.js';
import { REAL_125 } from '../trace/helpers.js';

const sample: TraceMetrics = {
  goVersion: 26,
  durationNs: 1_500_000_000,
  generations: 3,
  gcCycles: 2,
  forcedGcCycles: 1,
  gcPauses: summarizePauses([30_000, 120_000, 45_000, 80_000]),
  unforcedGcPauses: summarizePauses([30_000, 45_000]),
  markAssistNs: 2500,
  peakHeapBytes: 8 * 1024 * 1024,
  heapGoalBytes: 9 * 1024 * 1024,
  goroutines: { atStart: 5, created: 10, ended: 8, aliveAtEnd: 7, peakAlive: 12 },
  unblockedAtEnd: 4,
  benchmarkRounds: 3,
  lastRound: { startNs: 1_000_000, gcCycles: 1, gcPauses: summarizePauses([30_000, 45_000]), markAssistNs: 1500 },
  leaks: [
    {
      function: 'example.com/m/leaky.Process',
      file: '/src/m/leaky/leaky.go',
      line: 13,
      count: 2,
      lastRoundCount: 1,
      stack: [
        { function: 'example.com/m/leaky.Process', file: '/src/m/leaky/leaky.go', line: 13 },
        { function: 'example.com/m/leaky.BenchmarkProcess\u001b[31m', file: '/src/m/leaky/leaky_test.go', line: 9 },
      ],
    },
  ],
};

test('human form: every metric, leak sites with their stacks, no control characters', () => {
  const out = renderTraceInspection(sample, { json: false });
  expect(out).toContain('go 1.26');
  expect(out).toMatch(/cycles\s+2/);
  expect(out).toMatch(/forced \(runtime\.GC\)\s+1/);
  expect(out).toMatch(/unforced pauses\s+2 \(p99 45.0µs, max 45.0µs\)/);
  expect(out).toMatch(/pause p99\s+120µs/);
  expect(out).toMatch(/pause max\s+120µs/);
  expect(out).toMatch(/peak heap\s+8\.00MiB/);
  expect(out).toMatch(/alive at end\s+7/);
  expect(out).toMatch(/rounds in trace\s+3/);
  expect(out).toContain('Not counted as leaked: 4 goroutines of the module still runnable or running at the end');
  expect(out).toMatch(/GC cycles \(unforced\)\s+1/);
  expect(out).toMatch(/GC pauses\s+2 \(total 75\.0µs\)/);
  expect(out).toContain('2 × /src/m/leaky/leaky.go:13 (example.com/m/leaky.Process)');
  expect(out).toContain('/src/m/leaky/leaky_test.go:9');
  expect(out).not.toContain('\u001b');
});

test('--json round-trips the metrics exactly', () => {
  expect(JSON.parse(renderTraceInspection(sample, { json: true }))).toEqual(sample);
});

test('pause percentiles are nearest-rank', () => {
  const p = summarizePauses([5, 1, 4, 2, 3]);
  expect(p).toMatchObject({ count: 5, p50Ns: 3, p99Ns: 5, maxNs: 5, totalNs: 15 });
  expect(summarizePauses([])).toMatchObject({ count: 0, p50Ns: 0, p99Ns: 0, maxNs: 0, totalNs: 0 });
});

test('a real trace renders without leaks when no frame is in the module', async () => {
  const m = await traceMetrics(REAL_125, { fileName: 'json.trace', isModuleFrame: () => false });
  const out = renderTraceInspection(m);
  expect(out).toContain('Leaked goroutines: none attributed to the module');
  expect(out).toMatch(/cycles\s+17/);
});
