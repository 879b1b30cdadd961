/**
 * Builds and runs the Go fixtures the heap-profile tests need, the way the
 * engine does: `go test -c` once, then the binary per benchmark with
 * `-test.memprofile`. Profiles go to a temp dir; nothing is committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const allocsDir = path.join(repoRoot, '__tests__/fixtures/pprof/allocs');
export const exampleDir = (side: 'base' | 'head'): string => path.join(repoRoot, 'fixtures/example', side, 'codec');

export function tempDir(prefix = 'pprof-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** `go test -c` in `pkgDir`; returns the binary path. */
export function buildTestBinary(pkgDir: string, outDir: string, name = 'pkg.test'): string {
  const bin = path.join(outDir, name);
  execFileSync('go', ['test', '-c', '-o', bin, '.'], { cwd: pkgDir, stdio: ['ignore', 'pipe', 'pipe'] });
  return bin;
}

export interface BenchRun {
  profile: string;
  stdout: string;
  /** The printed benchmark line's figures. */
  n: number;
  bytesPerOp: number;
  allocsPerOp: number;
}

export function runBenchmark(bin: string, cwd: string, opts: { bench: string; benchtime: string; profile: string; memprofilerate?: number }): BenchRun {
  const args = [
    '-test.run=^$',
    `-test.bench=${opts.bench}`,
    '-test.benchmem',
    '-test.count=1',
    `-test.benchtime=${opts.benchtime}`,
    `-test.memprofile=${opts.profile}`,
  ];
  if (opts.memprofilerate !== undefined) args.push(`-test.memprofilerate=${opts.memprofilerate}`);
  const stdout = execFileSync(bin, args, { cwd, encoding: 'utf8' });
  const m = /^Benchmark\S*\s+(\d+)\s+[\d.]+ ns\/op\s+(\d+) B\/op\s+(\d+) allocs\/op/m.exec(stdout);
  if (!m) throw new Error(`no benchmark line in:\n${stdout}`);
  return { profile: opts.profile, stdout, n: Number(m[1]), bytesPerOp: Number(m[2]), allocsPerOp: Number(m[3]) };
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** The line number of the source line carrying `marker` (e.g. `site:record`). */
export function lineOf(file: string, marker: string | RegExp): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => (typeof marker === 'string' ? l.includes(marker) : marker.test(l)));
  if (i < 0) throw new Error(`${marker} not found in ${file}`);
  return i + 1;
}

export function goTool(args: string[]): string {
  return execFileSync('go', ['tool', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Flat per-function totals as `go tool pprof -top` prints them. Units are
 * forced to bytes/counts and nothing is trimmed, so figures are exact integers.
 */
export function pprofTopFlat(profile: string, sampleIndex: 'alloc_space' | 'alloc_objects'): Map<string, number> {
  const out = goTool([
    'pprof',
    '-top',
    '-flat',
    `-sample_index=${sampleIndex}`,
    ...(sampleIndex === 'alloc_space' ? ['-unit=B'] : []),
    '-nodecount=1000000',
    '-nodefraction=0',
    '-edgefraction=0',
    profile,
  ]);
  const flat = new Map<string, number>();
  let inTable = false;
  for (const line of out.split('\n')) {
    if (/^\s+flat\s+flat%/.test(line)) {
      inTable = true;
      continue;
    }
    if (!inTable || !line.trim()) continue;
    // "   1024B 12.5% 12.5%   2048B 25%  example.com/x.F (inline)"
    const m = /^\s*(\S+)\s+\S+%\s+\S+%\s+\S+\s+\S+%\s+(.+?)(?: \(inline\))?$/.exec(line);
    if (!m) throw new Error(`unexpected pprof -top line: ${line}`);
    const v = Number(m[1].replace(/B$/, ''));
    if (!Number.isFinite(v)) throw new Error(`non-exact value in pprof -top line: ${line}`);
    if (v !== 0) flat.set(m[2], (flat.get(m[2]) ?? 0) + v);
  }
  return flat;
}

export interface RawSampleLine {
  values: number[];
  locationIds: number[];
}

/** Samples and sample types as `go tool pprof -raw` prints them. */
export function pprofRaw(profile: string): { types: string[]; samples: RawSampleLine[] } {
  const out = goTool(['pprof', '-raw', profile]);
  const lines = out.split('\n');
  const start = lines.indexOf('Samples:');
  if (start < 0) throw new Error(`no Samples: section in pprof -raw output`);
  const types = lines[start + 1].trim().split(/\s+/);
  const samples: RawSampleLine[] = [];
  for (let i = start + 2; i < lines.length; i++) {
    const l = lines[i];
    if (/^\S/.test(l)) break; // the next section ("Locations")
    const m = /^\s*([\d\s]+):\s*([\d\s]*)$/.exec(l);
    if (!m) continue; // label lines ("bytes:[48]") follow their sample
    samples.push({
      values: m[1].trim().split(/\s+/).map(Number),
      locationIds: m[2].trim() ? m[2].trim().split(/\s+/).map(Number) : [],
    });
  }
  return { types, samples };
}
