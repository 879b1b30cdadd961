/**
 * Scheduling latency: the waits from synthetic transitions, then end to end
 * on real benchmarks (fixture schedlat, GOMAXPROCS=1): goroutines queued on a
 * saturated P wait longer than goroutines of a benchmark that leaves the P
 * idle, from the trace through analyzeSamples to a comparison in the report.
 * Agreement with Go's reader is in ../oracle.test.ts.
 */
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { writeSampleManifest } from '../../../src/measure/artifacts.js';
import { promisify } from 'node:util';
import { analyzeSamples } from '../../../src/analyze/samples.js';
import { compareRuns } from '../../../src/compare/compare.js';
import { GoState } from '../../../src/trace/events.js';
import { SchedLatencyCollector } from '../../../src/trace/families/sched-latency.js';
import type { BenchmarkResult } from '../../../src/result/types.js';
import { Ev, GoStatus } from '../../../src/trace/wire.js';
import { run as runResult } from '../../compare/helpers.js';
import { tempDir } from '../../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../../helpers/timeouts.js';
import { FIXTURES } from '../helpers.js';
import { event } from './synthetic.js';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);
const run = promisify(execFile);

describe('waits from transitions', () => {
  it('times each wait from becoming runnable to running, whatever made it runnable', () => {
    const c = new SchedLatencyCollector();
    const feed = (type: number, f: Parameters<typeof event>[1]) => c.onEvent(event(type, f));
    feed(Ev.GoCreate, { time: 100, g: 1, a0: 10 }); // created runnable
    feed(Ev.GoStart, { time: 130, a0: 10 }); // 30
    feed(Ev.GoStop, { time: 200, g: 10 }); // preempted
    feed(Ev.GoStart, { time: 250, a0: 10 }); // 50
    feed(Ev.GoBlock, { time: 300, g: 10 });
    feed(Ev.GoUnblock, { time: 400, g: 1, a0: 10 }); // unblocked
    feed(Ev.GoStart, { time: 410, a0: 10 }); // 10
    feed(Ev.GoSyscallBegin, { time: 500, g: 10 });
    feed(Ev.GoSyscallEndBlocked, { time: 600, g: 10 }); // back from a syscall without its P
    feed(Ev.GoStart, { time: 700, a0: 10 }); // 100
    c.finish();
    expect(c.waits).toEqual({ count: 4, p99Ns: 100, maxNs: 100, totalNs: 190 });
  });

  it('continues a wait across a generation boundary; skips waits the trace does not show whole', () => {
    const c = new SchedLatencyCollector();
    const feed = (type: number, f: Parameters<typeof event>[1]) => c.onEvent(event(type, f));
    // Runnable when first mentioned: when it became runnable is unknown.
    feed(Ev.GoStatus, { time: 10, a0: 20, a2: GoStatus.Runnable, old: GoState.Undetermined });
    feed(Ev.GoStart, { time: 50, a0: 20 });
    feed(Ev.GoCreate, { time: 60, g: 20, a0: 21 });
    // A new generation restates it as runnable: still the same wait.
    feed(Ev.GoStatus, { time: 70, a0: 21, a2: GoStatus.Runnable, old: GoState.Runnable });
    feed(Ev.GoStart, { time: 90, a0: 21 });
    feed(Ev.GoCreate, { time: 95, g: 20, a0: 22 }); // never runs before the end
    c.finish();
    expect(c.waits).toEqual({ count: 1, p99Ns: 30, maxNs: 30, totalNs: 30 });
  });

  it('takes the nearest-rank p99, and 0 without waits', () => {
    const c = new SchedLatencyCollector();
    for (let i = 1; i <= 2000; i++) {
      c.onEvent(event(Ev.GoCreate, { time: i * 10_000, g: 1, a0: 100 + i }));
      c.onEvent(event(Ev.GoStart, { time: i * 10_000 + i, a0: 100 + i }));
    }
    c.finish();
    expect(c.waits).toMatchObject({ count: 2000, p99Ns: 1980, maxNs: 2000 });
    const none = new SchedLatencyCollector();
    none.finish();
    expect(none.waits).toEqual({ count: 0, p99Ns: 0, maxNs: 0, totalNs: 0 });
  });
});

describe('real benchmarks on GOMAXPROCS=1', () => {
  const MODULE = path.join(FIXTURES, 'schedlat');
  // The action's default count.
  const SAMPLES = 6;
  let dir: string;
  let bin: string;

  beforeAll(async () => {
    dir = await tempDir('grg-schedlat-');
    bin = path.join(dir, 'schedlat.test');
    await run('go', ['test', '-c', '-o', bin, '.'], { cwd: MODULE });
  });

  /** SAMPLES processes of one benchmark, each with its trace, analysed like the engine does. */
  async function measure(bench: string): Promise<BenchmarkResult> {
    const b: BenchmarkResult = { package: 'example.com/schedlat', name: 'BenchmarkX', procs: 1, samples: [], metrics: {}, unavailable: {} };
    for (let i = 0; i < SAMPLES; i++) {
      // Its own folder with the manifest the measuring run writes, as the analysis checks it.
      const trace = path.join(`${bench}-${i}`, 'trace.out');
      await mkdir(path.join(dir, `${bench}-${i}`), { recursive: true });
      await writeSampleManifest(path.join(dir, `${bench}-${i}`), { package: b.package, benchmark: b.name, cpu: 1, procs: 1, round: i, order: i });
      const { stdout } = await run(
        bin,
        ['-test.run=^$', `-test.bench=^${bench}$`, '-test.cpu=1', '-test.benchtime=20x', `-test.trace=${path.join(dir, trace)}`],
        {
          cwd: MODULE,
        },
      );
      expect(stdout).toMatch(new RegExp(`^${bench}\\s+20\\s`, 'm'));
      b.samples.push({ order: i, iterations: 20, values: {}, artifacts: { trace }, wallMs: 0 });
    }
    const warnings = await analyzeSamples([b], { artifactsDir: dir, repoRoot: MODULE, modules: new Map([[b.package, { dir: MODULE, path: b.package }]]) });
    expect(warnings).toEqual([]);
    return b;
  }

  it('shows goroutines waiting on a saturated P, and the report compares it', async () => {
    const sleeping = await measure('BenchmarkSleeping');
    const saturated = await measure('BenchmarkSaturated');
    const calm = sleeping.metrics['sched-latency-p99'];
    const busy = saturated.metrics['sched-latency-p99'];
    expect(calm).toHaveLength(SAMPLES);
    expect(busy).toHaveLength(SAMPLES);
    // Eight workers spinning 1ms each on one P: the last waits for the seven before it, and an
    // eighth of the waits are such last ones, so every p99 is at least ~7ms. Sleeping workers
    // leave the P idle: their p99 is a few hundred µs, up to 4ms with a load average of 8 on
    // this 2-core runner (the OS delays the thread while goroutines are runnable).
    for (const v of busy) expect(v).toBeGreaterThanOrEqual(6e6);
    expect(median(busy)).toBeGreaterThan(4 * median(calm));

    // The registry row carries it into the report (report-only): a regression from one to the
    // other. Without the job-wide Benjamini–Hochberg adjustment (`fdr: false`): this report's
    // other metrics are not under test, and with a load average of 10 on 2 cores a sleeping
    // sample's p99 now and then passes a saturated one's, which the adjusted p cannot absorb.
    const report = compareRuns(runResult([sleeping]), runResult([saturated]), { fdr: false });
    const c = report.comparisons.find((x) => x.metric === 'sched-latency-p99');
    expect(c).toMatchObject({ label: 'scheduling latency p99', unit: 'ns', mode: 'report', test: 'mann-whitney', verdict: 'regression', gating: false });
    expect(report.warnings).toEqual([]);
  });
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
}
