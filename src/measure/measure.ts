/**
 * Measure: every sample is its own process running exactly one leaf benchmark,
 * so that the heap profile and the execution trace a process writes belong to
 * that benchmark alone. Samples are interleaved round-robin (A B C A B C …)
 * rather than grouped (A A A B B B …), so slow drift of the machine — thermal
 * state, a noisy neighbour — spreads over all benchmarks instead of biasing one.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { CommandResult, CommandRunner } from '../toolchain/exec.js';
import type { BenchmarkResult, Sample } from '../result/types.js';
import { repoRelative } from '../result/paths.js';
import { parseBenchmarkOutput, printedProcs } from '../parse/benchfmt.js';
import { metricForUnit } from '../metrics/registry.js';
import { parseGoDuration } from '../options/duration.js';
import { discoveryPattern, exactBenchPattern, splitBenchPattern } from './pattern.js';
import { classifyFailure, flagRefusal, isSkipped } from './failure.js';
import { ConfigError } from '../errors.js';
import { runArtifactsDir, sampleDirName, writeSampleManifest } from './artifacts.js';
import type { BenchmarkDecl } from '../discover/discover.js';

export interface MeasureTarget {
  importPath: string;
  /** Package directory: the benchmark runs there, as `go test` would run it. */
  dir: string;
  binary: string;
  declarations: BenchmarkDecl[];
  /** A shard run: whether this shard runs a top-level benchmark, and measures a leaf (absent: all). */
  shard?: { runs: (top: string) => boolean; measures: (leaf: string) => boolean };
}

export interface MeasureOptions {
  count: number;
  benchtime: string;
  /** GOMAXPROCS values to run each benchmark with; empty = the binary's default. */
  cpu: number[];
  /** Per-process timeout in Go duration syntax, passed as -test.timeout. */
  timeout: string;
  /** The user's -bench pattern. */
  bench: string;
  memprofile: boolean;
  /** -test.memprofilerate; 0 leaves Go's default. */
  memprofileRate?: number;
  trace: boolean;
  /** Where per-sample profile and trace folders are created. */
  artifactsDir: string;
  /** Paths recorded for benchmark declarations are made relative to this. */
  repoRoot: string;
  /** Extra environment for benchmark processes. */
  env?: Record<string, string>;
  /**
   * Only these leaves are measured, as `leafKey(importPath, name)` (a
   * confirmation re-measures a few suspects); undefined measures every leaf
   * the `bench` pattern selects.
   */
  leaves?: ReadonlySet<string>;
  /**
   * Called when a sample has been measured and its artifacts' manifest
   * written (side index, package, leaf name, the sample): their reading may
   * start while the next sample runs (src/analyze/pool.ts).
   */
  onSample?: (side: number, importPath: string, name: string, sample: Sample) => void;
  log?: (message: string) => void;
}

export interface MeasureOutcome {
  benchmarks: BenchmarkResult[];
  /** From the `cpu:` configuration line Go prints ('' when absent). */
  cpuModel: string;
  warnings: string[];
  processes: number;
}

interface Leaf {
  target: MeasureTarget;
  name: string;
  /** -test.cpu value for this leaf's processes, undefined for the binary's default. */
  cpu?: number;
  result: BenchmarkResult;
}

/** How `MeasureOptions.leaves` names a leaf benchmark. */
export function leafKey(importPath: string, name: string): string {
  return `${importPath}\u0000${name}`;
}

function emptyResult(t: MeasureTarget, name: string, procs: number, root: string): BenchmarkResult {
  const top = name.split('/')[0];
  const decl = t.declarations.find((d) => d.name === top);
  const r: BenchmarkResult = { package: t.importPath, name, procs, samples: [], metrics: {}, unavailable: {} };
  if (decl) {
    r.file = repoRelative(root, decl.file);
    r.line = decl.line;
  }
  return r;
}

/** One side of a measurement: its binaries and where its artifacts and paths live. */
export interface MeasureSide {
  targets: MeasureTarget[];
  /** Where this side's per-sample profile and trace folders are created. */
  artifactsDir: string;
  /** Paths recorded for this side's benchmark declarations are made relative to this. */
  repoRoot: string;
}

/**
 * Measures several sides (A/B mode: the merge-base and the head) in one
 * schedule. Leaves are matched across sides by package, name and -cpu; each
 * round runs every leaf once per side, the sides of one leaf back to back so
 * that they see the same machine state. The order of the sides rotates every
 * round (round 0: base, head; round 1: head, base; …): a leaf measured right
 * after its twin may gain or lose from it (page cache, CPU frequency), and
 * alternating who goes first cancels that over an even `count` instead of
 * biasing one side. With one side this is exactly the round-robin above.
 * A leaf present on one side only is measured on that side only.
 * `opts.artifactsDir` and `opts.repoRoot` are ignored in favour of each side's.
 */
export async function measureSides(runner: CommandRunner, sides: MeasureSide[], opts: MeasureOptions): Promise<MeasureOutcome[]> {
  const log = opts.log ?? (() => {});
  const timeoutMs = parseGoDuration(opts.timeout, 'timeout');
  // A test binary's -test.timeout covers tests only, not benchmarks (testing
  // stops its alarm before running them), so the timeout is ours to enforce.
  // Like `go test`, we send SIGQUIT so Go prints every goroutine's stack.
  const killAfterMs = timeoutMs > 0 ? timeoutMs : undefined;
  const outcomes: MeasureOutcome[] = sides.map(() => ({ benchmarks: [], cpuModel: '', warnings: [], processes: 0 }));
  const multi = sides.length > 1;
  const label = (s: number) => (multi ? (s === 0 ? '[base] ' : s === 1 ? '[head] ' : `[side ${s}] `) : '');

  const runBinary = async (s: number, t: MeasureTarget, args: string[]): Promise<CommandResult> => {
    outcomes[s].processes++;
    const res = await runner.run(t.binary, args, { cwd: t.dir, timeoutMs: killAfterMs, timeoutSignal: 'SIGQUIT', env: opts.env });
    const refused = flagRefusal(res);
    if (refused) {
      // The settings are wrong, not the benchmark: say so once and stop.
      throw new ConfigError(
        /-test\.(?:bench|list)\b/.test(refused) ? `bench: '${opts.bench}' is not a pattern Go accepts: ${refused}` : `${t.importPath}: ${refused}`,
      );
    }
    return res;
  };
  const noteConfig = (s: number, lines: { config: Record<string, string> }) => {
    if (!outcomes[s].cpuModel && lines.config.cpu) outcomes[s].cpuModel = lines.config.cpu;
  };

  // 1. Per side: top-level benchmarks per binary, then their leaves from a one-iteration run.
  const leavesBySide: Leaf[][] = [];
  const failedBySide: BenchmarkResult[][] = [];
  const topPattern = splitBenchPattern(opts.bench)[0] || '.';
  for (const [s, side] of sides.entries()) {
    const leaves: Leaf[] = [];
    const failed: BenchmarkResult[] = [];
    leavesBySide.push(leaves);
    failedBySide.push(failed);
    for (const t of side.targets) {
      const listed = await runBinary(s, t, [`-test.list=${topPattern}`]);
      if (listed.code !== 0) {
        const f = emptyResult(t, '(list)', 1, side.repoRoot);
        f.failure = classifyFailure(listed, opts.timeout);
        failed.push(f);
        continue;
      }
      const tops = listed.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^Benchmark($|[^a-z])/.test(l));
      const wanted = opts.leaves;
      for (const top of tops) {
        if (t.shard && !t.shard.runs(top)) continue;
        if (wanted && ![...wanted].some((k) => k === leafKey(t.importPath, top) || k.startsWith(leafKey(t.importPath, `${top}/`)))) continue;
        const args = [
          '-test.run=^$',
          `-test.bench=${discoveryPattern(top, opts.bench)}`,
          '-test.benchtime=1x',
          '-test.count=1',
          '-test.cpu=1',
          `-test.timeout=${opts.timeout}`,
        ];
        const res = await runBinary(s, t, args);
        // At -test.cpu=1 testing appends no GOMAXPROCS suffix: every name is
        // printed exactly as it runs and matches (`Weighted-1` stays itself).
        const parsed = parseBenchmarkOutput(res.stdout, `${t.importPath} ${top} (discovery)`, { keepNames: true });
        noteConfig(s, parsed);
        if (res.code !== 0 || res.timedOut) {
          const f = emptyResult(t, top, 1, side.repoRoot);
          f.failure = classifyFailure(res, opts.timeout);
          failed.push(f);
          log(`✗ ${label(s)}${t.importPath} ${top}: ${f.failure.message}`);
          continue;
        }
        if (parsed.benchmarks.length === 0) {
          if (isSkipped(res.stdout)) {
            outcomes[s].warnings.push(`${t.importPath} ${top} was skipped (b.Skip) and is not measured.`);
          } else if (res.stdout.includes(`--- BENCH`) || res.stdout.trim() !== 'PASS') {
            const f = emptyResult(t, top, 1, side.repoRoot);
            f.failure = classifyFailure(res, opts.timeout);
            failed.push(f);
          }
          continue;
        }
        const seen = new Set<string>();
        for (const line of parsed.benchmarks) {
          if (seen.has(line.name)) continue;
          seen.add(line.name);
          if (wanted && !wanted.has(leafKey(t.importPath, line.name))) continue;
          if (t.shard && !t.shard.measures(line.name)) continue;
          const cpus = opts.cpu.length ? opts.cpu : [undefined];
          for (const cpu of cpus) {
            leaves.push({ target: t, name: line.name, cpu, result: emptyResult(t, line.name, cpu ?? 0, side.repoRoot) });
          }
        }
      }
    }
  }

  // Group the same leaf of every side, in the order the first side lists
  // them, then leaves only later sides have.
  const groups = new Map<string, (Leaf | undefined)[]>();
  leavesBySide.forEach((leaves, s) => {
    for (const leaf of leaves) {
      const key = `${leaf.target.importPath}\u0000${leaf.name}\u0000${leaf.cpu ?? ''}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = new Array<Leaf | undefined>(sides.length).fill(undefined)));
      g[s] = leaf;
    }
  });
  const sideOf = new Map<Leaf, number>();
  leavesBySide.forEach((leaves, s) => leaves.forEach((l) => sideOf.set(l, s)));

  // 2. count rounds, each running every leaf once per side. Artifacts go to a
  // fresh directory per side, in a folder per leaf number and round (artifacts.ts).
  const wantArtifacts = opts.memprofile || opts.trace;
  const runDirs = wantArtifacts
    ? await Promise.all(sides.map((side) => mkdir(side.artifactsDir, { recursive: true }).then(() => runArtifactsDir(side.artifactsDir))))
    : [];
  const leafNumber = new Map<Leaf, number>();
  leavesBySide.forEach((leaves) => leaves.forEach((l, i) => leafNumber.set(l, i)));
  let order = 0;
  const alive = new Set(leavesBySide.flat());
  for (let round = 0; round < opts.count; round++) {
    for (const group of groups.values()) {
      for (let k = 0; k < sides.length; k++) {
        const s = (k + round) % sides.length;
        const leaf = group[s];
        if (!leaf || !alive.has(leaf)) continue;
        const side = sides[s];
        const sampleDir = wantArtifacts ? path.join(runDirs[s], sampleDirName(leafNumber.get(leaf)!, round, leaf.target.importPath, leaf.name)) : '';
        const args = [
          '-test.run=^$',
          `-test.bench=${exactBenchPattern(leaf.name)}`,
          '-test.benchmem',
          '-test.count=1',
          `-test.benchtime=${opts.benchtime}`,
          `-test.timeout=${opts.timeout}`,
        ];
        if (leaf.cpu !== undefined) args.push(`-test.cpu=${leaf.cpu}`);
        const artifacts: Sample['artifacts'] = {};
        if (wantArtifacts) await mkdir(sampleDir);
        if (opts.memprofile) {
          const p = path.join(sampleDir, 'mem.pprof');
          args.push(`-test.memprofile=${p}`);
          if (opts.memprofileRate) args.push(`-test.memprofilerate=${opts.memprofileRate}`);
          artifacts.memprofile = path.relative(side.artifactsDir, p);
        }
        if (opts.trace) {
          const p = path.join(sampleDir, 'trace.out');
          args.push(`-test.trace=${p}`);
          artifacts.trace = path.relative(side.artifactsDir, p);
        }
        const res = await runBinary(s, leaf.target, args);
        // The suffix is decided from how this process was run (its name and
        // -test.cpu), never by stripping digits that may belong to the name.
        const parsed = parseBenchmarkOutput(res.stdout, `${leaf.target.importPath} ${leaf.name}`, { keepNames: true });
        noteConfig(s, parsed);
        let line: { iterations: number; values: { value: number; unit: string }[]; procs: number } | undefined;
        for (const b of parsed.benchmarks) {
          const procs = printedProcs(b.name, leaf.name, leaf.cpu);
          if (procs !== undefined) {
            line = { ...b, procs };
            break;
          }
        }
        if (res.code !== 0 || res.timedOut || !line) {
          leaf.result.failure = classifyFailure(res, opts.timeout);
          alive.delete(leaf);
          log(`✗ ${label(s)}${leaf.target.importPath} ${leaf.name}: ${leaf.result.failure.message}`);
          continue;
        }
        if (leaf.result.procs === 0) leaf.result.procs = line.procs;
        const values: Record<string, number> = {};
        for (const v of line.values) values[v.unit] = v.value;
        if (wantArtifacts) {
          const manifest = { package: leaf.target.importPath, benchmark: leaf.name, cpu: leaf.cpu ?? null, procs: line.procs, round, order };
          await writeSampleManifest(sampleDir, manifest);
        }
        const sample: Sample = { order: order++, iterations: line.iterations, values, artifacts, wallMs: Math.round(res.wallMs) };
        leaf.result.samples.push(sample);
        opts.onSample?.(s, leaf.target.importPath, leaf.name, sample);
        for (const v of line.values) {
          const id = metricForUnit(v.unit).id;
          (leaf.result.metrics[id] ??= []).push(v.value);
        }
      }
    }
    const measured = sides.map((_, s) => [...alive].filter((l) => sideOf.get(l) === s).length);
    log(`round ${round + 1}/${opts.count}: ${multi ? measured.map((n, s) => `${label(s).trim()} ${n}`).join(', ') : measured[0]} benchmark(s) measured`);
  }

  sides.forEach((_, s) => {
    const benchmarks = [...leavesBySide[s].map((l) => l.result), ...failedBySide[s]];
    for (const b of benchmarks) if (b.procs === 0) b.procs = 1;
    outcomes[s].benchmarks = benchmarks;
  });
  return outcomes;
}
