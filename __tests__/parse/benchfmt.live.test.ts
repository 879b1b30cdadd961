/**
 * Runs `go test -bench` on the generator module with the installed Go and
 * parses what it prints. The saved fixtures pin one Go version; this test
 * catches a Go release that changes the output the parser relies on. It
 * needs `go` on PATH (the gate cannot work without it either) and takes a
 * second or two with a warm build cache, ~20 s cold.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseBenchmarkOutput, formatBenchmarkOutput, type ParseResult } from '../../src/parse/benchfmt.js';
import { MAIN, NOISY, inPkg, key, expectGenResults } from './benchfmt.gen-expectations.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';

const genDir = fileURLToPath(new URL('../fixtures/benchfmt/gen/', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function go(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    // GOWORK=off: an enclosing go.work must not pull the module into another build.
    const child = spawn('go', args, { cwd: genDir, env: { ...process.env, GOWORK: 'off' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) => reject(new Error(`cannot run go (is it on PATH?): ${err.message}`)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const BENCH = ['test', '-run=^$', '-bench=.', '-benchmem', '-benchtime=5x', '-cpu=1,2'];

describe('live go test -bench output', () => {
  let machine: Record<string, string>;
  let plain: Run;
  let verbose: Run;

  beforeAll(async () => {
    const env = await go(['env', 'GOOS', 'GOARCH']);
    expect(env.code).toBe(0);
    const [goos, goarch] = env.stdout.trim().split('\n');
    machine = { goos, goarch };
    plain = await go([...BENCH, './...']);
    verbose = await go([...BENCH, '-v', './...']);
  }, GO_BUILD_TIMEOUT_MS);

  function check(run: Run, name: string): ParseResult {
    // gen/noisy fails on purpose; anything else failing is a real problem.
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: expect.any(String) });
    const r = parseBenchmarkOutput(run.stdout, name, { knownProcs: [1, 2] });
    const main = inPkg(r, MAIN);
    // Go prints cpu: only where it can name the processor.
    const cpu = main[0]?.config.cpu;
    expectGenResults(r, {
      procsList: [1, 2],
      iterations: 5,
      config: cpu === undefined ? machine : { ...machine, cpu },
      allocs: 'atLeast',
    });
    if (cpu !== undefined) expect(cpu.trim()).not.toBe('');
    expect(r.other.some((l) => l.startsWith(`ok  \t${MAIN}\t`))).toBe(true);
    expect(r.other.some((l) => l.startsWith(`FAIL\t${NOISY}\t`))).toBe(true);
    return r;
  }

  it('parses the plain run: every result of the main package, split lines as warnings', () => {
    const r = check(plain, 'live.txt');
    expect(inPkg(r, NOISY).map(key)).toEqual(['BenchmarkLogs@1', 'BenchmarkLogs@2']);
    expect(r.warnings.length).toBeGreaterThan(0);
    const lines = plain.stdout.split('\n');
    for (const w of r.warnings) {
      const at = w.position && 'line' in w.position ? w.position.line : 0;
      expect(lines[at - 1]).toMatch(/^BenchmarkStdout(-2)?\s+stray output$/);
    }
    expect(r.other).toEqual(expect.arrayContaining([expect.stringMatching(/^BenchmarkFailsLate(-2)?\s+--- FAIL: /)]));
  });

  it('parses the -v run to the same results, without warnings', () => {
    const r = check(verbose, 'live-v.txt');
    expect(r.warnings).toEqual([]);
    const p = parseBenchmarkOutput(plain.stdout, 'live.txt', { knownProcs: [1, 2] });
    const shape = (x: ParseResult) => inPkg(x, MAIN).map((b) => [key(b), b.iterations, b.values.map((v) => v.unit)]);
    expect(shape(r)).toEqual(shape(p));
  });

  it('round-trips the live output through formatBenchmarkOutput', () => {
    const a = parseBenchmarkOutput(plain.stdout, 'live.txt', { knownProcs: [1, 2] });
    const b = parseBenchmarkOutput(formatBenchmarkOutput(a.benchmarks), 'written.txt', { knownProcs: [1, 2] });
    expect(b.warnings).toEqual([]);
    expect(b.benchmarks.map(({ line: _l, ...x }) => x)).toEqual(a.benchmarks.map(({ line: _l, ...x }) => x));
  });
});
