/**
 * The parser against real `go test -bench` output saved from the module in
 * __tests__/fixtures/benchfmt/gen (see the README there for the exact
 * commands and Go version). The numbers in these files are real timings, so
 * the tests assert on structure and on the few values Go makes deterministic.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBenchmarkOutput, formatBenchmarkOutput, type ParseResult } from '../../src/parse/benchfmt.js';
import { metricForUnit } from '../../src/metrics/registry.js';
import { MAIN, NOISY, NAMES, UNITS, MEM, inPkg, key, expectGenResults } from './benchfmt.gen-expectations.js';

const dir = fileURLToPath(new URL('../fixtures/benchfmt/', import.meta.url));
const read = (name: string) => readFileSync(dir + name, 'utf8');

const MACHINE = { goos: 'linux', goarch: 'amd64', cpu: 'AMD EPYC' };

function expectMainPackage(r: ParseResult, procsList: number[]): void {
  expectGenResults(r, { procsList, iterations: 10, config: MACHINE });
}

describe('fixture go1.26-cpu1-2.txt (-benchmem -cpu=1,2 ./...)', () => {
  const text = read('go1.26-cpu1-2.txt');
  // -cpu=1,2 is the run's GOMAXPROCS list, which settles the BenchmarkSub/n-10 ambiguity.
  const r = parseBenchmarkOutput(text, 'go1.26-cpu1-2.txt', { knownProcs: [1, 2] });

  it('reads every benchmark of the main package with names, procs, iterations, units and config', () => {
    expectMainPackage(r, [1, 2]);
  });

  it('reads the noisy package: logs go to other, split lines become warnings', () => {
    const noisy = inPkg(r, NOISY);
    expect(noisy.map(key)).toEqual(['BenchmarkLogs@1', 'BenchmarkLogs@2']);
    expect(noisy[0]).toMatchObject({ line: 37, config: { ...MACHINE, pkg: NOISY } });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'go1.26-cpu1-2.txt:46:25: expected an iteration count (a non-negative integer) after the benchmark name: got "stray"',
      'go1.26-cpu1-2.txt:48:25: expected an iteration count (a non-negative integer) after the benchmark name: got "stray"',
    ]);
    expect(r.other).toEqual(
      expect.arrayContaining([
        'PASS',
        '--- BENCH: BenchmarkLogs-2',
        '    noisy_test.go:16: ran 10 iterations',
        'stray output',
        'BenchmarkFailsLate     \t--- FAIL: BenchmarkFailsLate',
        'BenchmarkFailsLate-2   \t--- FAIL: BenchmarkFailsLate-2',
        'exit status 1',
        'FAIL',
      ]),
    );
    expect(r.other.filter((l) => l.startsWith('ok  \texample.com/benchfmtgen\t'))).toHaveLength(1);
    expect(r.other.filter((l) => l.startsWith('FAIL\texample.com/benchfmtgen/noisy\t'))).toHaveLength(1);
    expect(r.config).toEqual({ ...MACHINE, pkg: NOISY });
  });

  it('shows the GOMAXPROCS ambiguity Go creates for a sub-benchmark named n-10', () => {
    // At GOMAXPROCS=1 Go prints "BenchmarkSub/n-10", the same text it would print
    // for a sub-benchmark "n" at GOMAXPROCS=10. Without the -cpu list the
    // parser must guess, and it guesses the way benchfmt does.
    const guessed = parseBenchmarkOutput(text, 'f').benchmarks.filter((b) => b.name.startsWith('BenchmarkSub/n'));
    expect(guessed.map(key)).toEqual(['BenchmarkSub/n@10', 'BenchmarkSub/n-10@2']);
    const known = r.benchmarks.filter((b) => b.name.startsWith('BenchmarkSub/n'));
    expect(known.map(key)).toEqual(['BenchmarkSub/n-10@1', 'BenchmarkSub/n-10@2']);
  });

  it('records the line number of each result', () => {
    const lines = text.split('\n');
    for (const b of r.benchmarks) expect(lines[b.line - 1].startsWith(b.name)).toBe(true);
    expect(r.benchmarks[0]).toMatchObject({ name: 'BenchmarkPlain', procs: 1, line: 5 });
  });

  it('maps every unit to a metric in the registry', () => {
    const ids = new Set(r.benchmarks.flatMap((b) => b.values.map((v) => metricForUnit(v.unit).id)));
    expect([...ids].sort()).toEqual(
      ['allocs', 'bytes', 'custom:frames/s', 'custom:ns/frame', 'custom:p99-ns', 'custom:widgets/op', 'throughput', 'time'].sort(),
    );
  });
});

describe('fixture go1.26-cpu4.txt (-benchmem -cpu=4 ./...)', () => {
  const r = parseBenchmarkOutput(read('go1.26-cpu4.txt'), 'go1.26-cpu4.txt');

  it('strips the -4 suffix from every name, including after n-10', () => {
    expectMainPackage(r, [4]);
    expect(r.benchmarks.find((b) => b.line === 12)).toMatchObject({ name: 'BenchmarkSub/n-10', procs: 4 });
  });

  it('warns about the one split line and reads the rest', () => {
    expect(inPkg(r, NOISY).map(key)).toEqual(['BenchmarkLogs@4']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'go1.26-cpu4.txt:29:25: expected an iteration count (a non-negative integer) after the benchmark name: got "stray"',
    ]);
  });
});

describe('fixture go1.26-cpu1-nobenchmem.txt (-cpu=1 ./..., no -benchmem)', () => {
  const r = parseBenchmarkOutput(read('go1.26-cpu1-nobenchmem.txt'), 'nobenchmem.txt', { knownProcs: [1] });

  it('reads results without B/op and allocs/op', () => {
    const main = inPkg(r, MAIN);
    expect(main.map((b) => b.name)).toEqual(NAMES.filter((n) => n !== 'BenchmarkZeroNs/only'));
    for (const b of main) {
      expect(b.procs).toBe(1);
      expect(b.values.map((v) => v.unit)).toEqual(UNITS[b.name].filter((u) => !MEM.includes(u)));
    }
  });

  it('warns about the bare iteration count Go prints when ReportMetric(0, "ns/op") leaves no columns', () => {
    expect(r.warnings.map((w) => w.message)).toEqual([
      'nobenchmem.txt:15:42: expected at least one value-unit pair after the iteration count: Go prints a bare count when b.ReportMetric(0, "ns/op") removed the only column',
      'nobenchmem.txt:29:21: expected an iteration count (a non-negative integer) after the benchmark name: got "stray"',
    ]);
  });
});

describe('fixture go1.26-cpu1-2-v.txt (-v)', () => {
  const verbose = parseBenchmarkOutput(read('go1.26-cpu1-2-v.txt'), 'v.txt', { knownProcs: [1, 2] });
  const plain = parseBenchmarkOutput(read('go1.26-cpu1-2.txt'), 'plain.txt', { knownProcs: [1, 2] });

  it('reads the same results as without -v and keeps the name announcements in other', () => {
    expectMainPackage(verbose, [1, 2]);
    expect(verbose.other).toEqual(expect.arrayContaining(['BenchmarkSub', 'BenchmarkSub/dup#01', 'BenchmarkZeroNs']));
  });

  it('reads BenchmarkStdout, whose line -v keeps intact', () => {
    // With -v Go prints the name only after the run, so stray stdout cannot split the line.
    expect(verbose.warnings).toEqual([]);
    expect(inPkg(verbose, NOISY).map(key)).toEqual(['BenchmarkLogs@1', 'BenchmarkLogs@2', 'BenchmarkStdout@1', 'BenchmarkStdout@2']);
    expect(inPkg(plain, NOISY).map(key)).toEqual(['BenchmarkLogs@1', 'BenchmarkLogs@2']);
  });
});

describe('all fixtures', () => {
  const files = ['go1.26-cpu1-2.txt', 'go1.26-cpu4.txt', 'go1.26-cpu1-nobenchmem.txt', 'go1.26-cpu1-2-v.txt'];

  it.each(files)('%s reads the same with CRLF line endings', (file) => {
    const lf = read(file);
    const a = parseBenchmarkOutput(lf, file);
    const b = parseBenchmarkOutput(lf.replaceAll('\n', '\r\n'), file);
    expect(b.benchmarks).toEqual(a.benchmarks);
    expect(b.config).toEqual(a.config);
    expect(b.other).toEqual(a.other);
    expect(b.warnings.map((w) => w.message)).toEqual(a.warnings.map((w) => w.message));
  });

  it.each(files)('%s survives parse → format → parse', (file) => {
    const a = parseBenchmarkOutput(read(file), file, { knownProcs: [1, 2, 4] });
    const written = formatBenchmarkOutput(a.benchmarks);
    const b = parseBenchmarkOutput(written, 'written.txt', { knownProcs: [1, 2, 4] });
    expect(b.warnings).toEqual([]);
    expect(b.other).toEqual([]);
    const strip = (r: ParseResult) => r.benchmarks.map(({ line: _line, ...rest }) => rest);
    expect(strip(b)).toEqual(strip(a));
    expect(formatBenchmarkOutput(b.benchmarks)).toBe(written);
  });
});
