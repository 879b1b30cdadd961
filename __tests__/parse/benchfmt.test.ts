import { parseBenchmarkOutput, benchmarkName, printedProcs, formatBenchmarkLine, formatBenchmarkOutput, type BenchmarkLine } from '../../src/parse/benchfmt.js';
import { ConfigError, InputError } from '../../src/errors.js';

const parse = (text: string, knownProcs?: number[]) => parseBenchmarkOutput(text, 'bench.txt', knownProcs ? { knownProcs } : undefined);

/** The single benchmark a one-line input must produce. */
function only(text: string, knownProcs?: number[]): BenchmarkLine {
  const r = parse(text, knownProcs);
  expect(r.warnings).toEqual([]);
  expect(r.benchmarks).toHaveLength(1);
  return r.benchmarks[0];
}

function warningsOf(text: string) {
  return parse(text).warnings.map((w) => ({
    line: w.position && 'line' in w.position ? w.position.line : undefined,
    column: w.position && 'line' in w.position ? w.position.column : undefined,
    expected: w.expected,
  }));
}

describe('parseBenchmarkOutput: benchmark lines', () => {
  it('reads name, procs, iterations and ordered value-unit pairs', () => {
    const b = only('BenchmarkEncode/size=small-8   \t 1000000\t      1234 ns/op\t  64.88 MB/s\t  64 B/op\t 2 allocs/op\n');
    expect(b).toEqual({
      name: 'BenchmarkEncode/size=small',
      procs: 8,
      iterations: 1000000,
      values: [
        { value: 1234, unit: 'ns/op' },
        { value: 64.88, unit: 'MB/s' },
        { value: 64, unit: 'B/op' },
        { value: 2, unit: 'allocs/op' },
      ],
      config: {},
      line: 1,
    });
  });

  it('accepts the names Go accepts: Benchmark then a non-lowercase character or nothing', () => {
    expect(only('Benchmark 5 1 ns/op').name).toBe('Benchmark');
    expect(only('Benchmark-4 5 1 ns/op')).toMatchObject({ name: 'Benchmark', procs: 4 });
    expect(only('Benchmark_x 5 1 ns/op').name).toBe('Benchmark_x');
    expect(only('Benchmark1 5 1 ns/op').name).toBe('Benchmark1');
    expect(only('BenchmarkÉcrire 5 1 ns/op').name).toBe('BenchmarkÉcrire');
  });

  it('leaves lines that only start with the word Benchmark in other', () => {
    const r = parse('Benchmarking stuff now\nBenchmarkfoo 10 1 ns/op\n  BenchmarkIndented 10 1 ns/op\n');
    expect(r.benchmarks).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.other).toEqual(['Benchmarking stuff now', 'Benchmarkfoo 10 1 ns/op', '  BenchmarkIndented 10 1 ns/op']);
  });

  it('keeps sub-benchmark names intact, including Go rewrites and de-dup suffixes', () => {
    const r = parse(
      [
        'BenchmarkSub/with_space-2 10 1 ns/op',
        'BenchmarkSub/dup#01-2 10 1 ns/op',
        'BenchmarkSub/#00 10 1 ns/op',
        'BenchmarkDecode/text:digits/level=best/size=1e4 10 1 ns/op',
        'BenchmarkWeird/tab_here_nb\\x01ctl-2 10 1 ns/op',
      ].join('\n'),
    );
    expect(r.benchmarks.map((b) => [b.name, b.procs])).toEqual([
      ['BenchmarkSub/with_space', 2],
      ['BenchmarkSub/dup#01', 2],
      ['BenchmarkSub/#00', 1],
      ['BenchmarkDecode/text:digits/level=best/size=1e4', 1],
      ['BenchmarkWeird/tab_here_nb\\x01ctl', 2],
    ]);
  });

  it('reads every float form strconv.ParseFloat accepts', () => {
    const b = only('BenchmarkF 1 1.2e+06 a 1E-3 b .5 c 5. d -3 e +4 f 1_000 g 0x1p-2 h 0X1.8P1 i Inf j -infinity k NaN l 4.9e-325 m');
    expect(b.values.map((v) => v.value)).toEqual([1.2e6, 0.001, 0.5, 5, -3, 4, 1000, 0.25, 3, Infinity, -Infinity, NaN, 0]);
    expect(b.values.map((v) => v.unit).join('')).toBe('abcdefghijklm');
  });

  it('accepts custom b.ReportMetric units', () => {
    const b = only('BenchmarkGame-4 10 16.5 ns/frame 60.00 frames/s 1250 p99-ns 3 L1-miss-ns/op');
    expect(b.values.map((v) => v.unit)).toEqual(['ns/frame', 'frames/s', 'p99-ns', 'L1-miss-ns/op']);
  });

  it('splits fields on any Unicode whitespace, as strings.Fields does', () => {
    const b = only('BenchmarkWs\u00a010\u2003 5\u000bns/op\f7\u0085B/op');
    expect(b).toMatchObject({
      name: 'BenchmarkWs',
      iterations: 10,
      values: [
        { value: 5, unit: 'ns/op' },
        { value: 7, unit: 'B/op' },
      ],
    });
  });
});

describe('parseBenchmarkOutput: GOMAXPROCS suffix', () => {
  it('strips -N only from the end of the full name', () => {
    expect(only('BenchmarkX/size-10-4 1 1 ns/op')).toMatchObject({ name: 'BenchmarkX/size-10', procs: 4 });
    expect(only('BenchmarkX-4/sub 1 1 ns/op')).toMatchObject({ name: 'BenchmarkX-4/sub', procs: 1 });
    expect(only('BenchmarkX 1 1 ns/op')).toMatchObject({ name: 'BenchmarkX', procs: 1 });
  });

  it('without knownProcs, takes any trailing -N as GOMAXPROCS (the benchfmt reading)', () => {
    // Ambiguous: Go prints sub-benchmark "n-3" at GOMAXPROCS=1 exactly like "n" at GOMAXPROCS=3.
    expect(only('BenchmarkX/n-3 1 1 ns/op')).toMatchObject({ name: 'BenchmarkX/n', procs: 3 });
  });

  it('with knownProcs, strips only listed values, so names ending in digits survive', () => {
    expect(only('BenchmarkX/n-3 1 1 ns/op', [1, 2])).toMatchObject({ name: 'BenchmarkX/n-3', procs: 1 });
    expect(only('BenchmarkX/n-3-2 1 1 ns/op', [1, 2])).toMatchObject({ name: 'BenchmarkX/n-3', procs: 2 });
    expect(only('BenchmarkX/n-2 1 1 ns/op', [1, 2])).toMatchObject({ name: 'BenchmarkX/n', procs: 2 });
  });

  it('always treats -1 as a suffix: Go never prints it, our writer does to protect names', () => {
    expect(only('BenchmarkX/n-3-1 1 1 ns/op', [4])).toMatchObject({ name: 'BenchmarkX/n-3', procs: 1 });
    expect(only('BenchmarkX/n-3-1 1 1 ns/op')).toMatchObject({ name: 'BenchmarkX/n-3', procs: 1 });
  });

  it('does not take -0 or an unrepresentable number as GOMAXPROCS', () => {
    expect(only('BenchmarkX-0 1 1 ns/op')).toMatchObject({ name: 'BenchmarkX-0', procs: 1 });
    expect(only('BenchmarkX-99999999999999999999 1 1 ns/op')).toMatchObject({ name: 'BenchmarkX-99999999999999999999', procs: 1 });
  });

  it('rejects knownProcs that are not positive integers', () => {
    expect(() => parse('', [0])).toThrow(ConfigError);
    expect(() => parse('', [1.5])).toThrow(ConfigError);
  });
});

describe('GOMAXPROCS suffix of a process we ran (keepNames, printedProcs)', () => {
  it('keepNames reads names exactly as printed, -1 included', () => {
    const r = parseBenchmarkOutput('BenchmarkNewSeq/Weighted-1 10 5 ns/op\nBenchmarkNewSeq/Weighted-1-4 10 5 ns/op\n', 'f.txt', {
      keepNames: true,
      knownProcs: [1],
    });
    expect(r.benchmarks.map((b) => [b.name, b.procs])).toEqual([
      ['BenchmarkNewSeq/Weighted-1', 1],
      ['BenchmarkNewSeq/Weighted-1-4', 1],
    ]);
  });

  it('benchmarkName appends -N exactly when N is not 1, as testing does', () => {
    expect(benchmarkName('BenchmarkX/n-3', 1)).toBe('BenchmarkX/n-3');
    expect(benchmarkName('BenchmarkX/n-3', 2)).toBe('BenchmarkX/n-3-2');
  });

  it('printedProcs splits the suffix knowing the name that was asked for and the -test.cpu it ran with', () => {
    // At an explicit -test.cpu the printed name is exactly benchmarkName(name, cpu).
    expect(printedProcs('BenchmarkNewSeq/Weighted-1', 'BenchmarkNewSeq/Weighted-1', 1)).toBe(1);
    expect(printedProcs('BenchmarkNewSeq/Weighted-1-2', 'BenchmarkNewSeq/Weighted-1', 2)).toBe(2);
    expect(printedProcs('BenchmarkNewSeq/Weighted-1', 'BenchmarkNewSeq/Weighted-1', 2)).toBeUndefined();
    expect(printedProcs('BenchmarkNewSeq/Weighted-1-2', 'BenchmarkNewSeq/Weighted-1', 1)).toBeUndefined();
    // At the default GOMAXPROCS (unknown to us): the name alone is 1, a suffix is N ≥ 2.
    expect(printedProcs('BenchmarkNewSeq/Weighted-1', 'BenchmarkNewSeq/Weighted-1')).toBe(1);
    expect(printedProcs('BenchmarkNewSeq/Weighted-1-8', 'BenchmarkNewSeq/Weighted-1')).toBe(8);
    // Never another benchmark's line, nor a suffix Go cannot print.
    expect(printedProcs('BenchmarkNewSeq/Weighted-1', 'BenchmarkNewSeq/Weighted')).toBeUndefined();
    expect(printedProcs('BenchmarkNewSeq/Weighted-128', 'BenchmarkNewSeq/Weighted-1')).toBeUndefined();
    expect(printedProcs('BenchmarkX/a#01', 'BenchmarkX/a')).toBeUndefined();
    expect(printedProcs('BenchmarkX-1', 'BenchmarkX')).toBeUndefined();
    expect(printedProcs('BenchmarkX-02', 'BenchmarkX')).toBeUndefined();
  });
});

describe('parseBenchmarkOutput: configuration lines', () => {
  it('applies key: value lines to the benchmark lines that follow, until changed', () => {
    const r = parse(
      [
        'goos: linux',
        'goarch: amd64',
        'pkg: example.com/a',
        'cpu: Intel(R) Xeon(R) CPU @ 2.20GHz',
        'BenchmarkA 1 1 ns/op',
        'pkg: example.com/b',
        'commit-time: 2016-02-11T13:25:45-0500',
        'BenchmarkB 1 1 ns/op',
      ].join('\n'),
    );
    expect(r.benchmarks[0].config).toEqual({
      goos: 'linux',
      goarch: 'amd64',
      pkg: 'example.com/a',
      cpu: 'Intel(R) Xeon(R) CPU @ 2.20GHz',
    });
    expect(r.benchmarks[1].config).toEqual({
      goos: 'linux',
      goarch: 'amd64',
      pkg: 'example.com/b',
      cpu: 'Intel(R) Xeon(R) CPU @ 2.20GHz',
      'commit-time': '2016-02-11T13:25:45-0500',
    });
    expect(r.config).toEqual(r.benchmarks[1].config);
    expect(r.other).toEqual([]);
  });

  it('removes a key whose value is empty', () => {
    const r = parse('note: x\nBenchmarkA 1 1 ns/op\nnote:\nBenchmarkB 1 1 ns/op\nnote: \t \nother: y\n');
    expect(r.benchmarks[0].config).toEqual({ note: 'x' });
    expect(r.benchmarks[1].config).toEqual({});
    expect(r.config).toEqual({ other: 'y' });
  });

  it('follows the spec for what is and is not a key', () => {
    const r = parse(
      [
        'my-key.v2_x: a',
        'k:\t\tspaced out  ',
        'ñu: unicode lower start',
        'Goos: linux',
        'my key: v',
        'aB: v',
        'http://example.com',
        'key:value',
        ': v',
        '1st: v',
      ].join('\n'),
    );
    expect(r.config).toEqual({ 'my-key.v2_x': 'a', k: 'spaced out  ', ñu: 'unicode lower start' });
    expect(r.other).toEqual(['Goos: linux', 'my key: v', 'aB: v', 'http://example.com', 'key:value', ': v', '1st: v']);
  });

  it('treats Go diagnostics shaped like key: value as config, as benchstat does', () => {
    expect(parse('panic: boom\ncoverage: 80.0% of statements\n').config).toEqual({
      panic: 'boom',
      coverage: '80.0% of statements',
    });
  });

  it('gives every benchmark its own config object', () => {
    const r = parse('goos: linux\nBenchmarkA 1 1 ns/op\nBenchmarkB 1 1 ns/op\n');
    r.benchmarks[0].config.extra = 'x';
    expect(r.benchmarks[1].config).toEqual({ goos: 'linux' });
    expect(r.config).toEqual({ goos: 'linux' });
  });

  it('handles keys that are Object.prototype member names', () => {
    const r = parse('constructor: a\ntostring: b\nBenchmarkA 1 1 ns/op\nconstructor:\n');
    expect(r.benchmarks[0].config).toEqual({ constructor: 'a', tostring: 'b' });
    expect(r.config).toEqual({ tostring: 'b' });
  });
});

describe('parseBenchmarkOutput: non-benchmark lines', () => {
  it('puts test chatter in other and skips blank lines', () => {
    const text = [
      'BenchmarkParent',
      'BenchmarkParent/child-4 10 5 ns/op',
      '--- BENCH: BenchmarkParent/child-4',
      '    x_test.go:12: some log',
      'BenchmarkBroken-4   \t--- FAIL: BenchmarkBroken-4',
      '--- FAIL: BenchmarkOther',
      '',
      '   ',
      'PASS',
      'ok  \texample.com/pkg\t1.234s',
      'Unit ns/op assume=exact',
      '# comment',
      'FAIL',
    ].join('\n');
    const r = parse(text);
    expect(r.benchmarks.map((b) => b.name)).toEqual(['BenchmarkParent/child']);
    expect(r.warnings).toEqual([]);
    expect(r.other).toEqual([
      'BenchmarkParent',
      '--- BENCH: BenchmarkParent/child-4',
      '    x_test.go:12: some log',
      'BenchmarkBroken-4   \t--- FAIL: BenchmarkBroken-4',
      '--- FAIL: BenchmarkOther',
      'PASS',
      'ok  \texample.com/pkg\t1.234s',
      'Unit ns/op assume=exact',
      '# comment',
      'FAIL',
    ]);
  });

  it('returns empty results for empty input', () => {
    expect(parse('')).toEqual({ benchmarks: [], config: {}, warnings: [], other: [] });
    expect(parse('\n\n')).toEqual({ benchmarks: [], config: {}, warnings: [], other: [] });
  });
});

describe('parseBenchmarkOutput: malformed benchmark lines become warnings', () => {
  it('reports file, line, column and what was expected, and keeps going', () => {
    const text = [
      'goos: linux', // 1
      'BenchmarkGood 10 5 ns/op', // 2
      'BenchmarkStdout-4      \tstray output', // 3
      'BenchmarkOdd 10 12.5 ns/op 64', // 4
      'BenchmarkWord 10 fast ns/op', // 5
      'BenchmarkZero-2 \t 10', // 6
      'BenchmarkName-2    ', // 7
      'BenchmarkFrac 3.5 1 ns/op', // 8
      'BenchmarkNeg -1 1 ns/op', // 9
      'BenchmarkSlid 10 12.5 64 B/op', // 10
      'BenchmarkHuge 10 1e400 ns/op', // 11
      'BenchmarkBig 99999999999999999999 1 ns/op', // 12
      'BenchmarkAlsoGood 10 6 ns/op', // 13
    ].join('\n');
    const r = parse(text);
    expect(r.benchmarks.map((b) => [b.name, b.line])).toEqual([
      ['BenchmarkGood', 2],
      ['BenchmarkAlsoGood', 13],
    ]);
    expect(warningsOf(text)).toEqual([
      { line: 3, column: 25, expected: 'an iteration count (a non-negative integer) after the benchmark name' },
      { line: 4, column: 30, expected: 'a unit after the value 64' },
      { line: 5, column: 18, expected: 'a numeric value' },
      { line: 6, column: 21, expected: 'at least one value-unit pair after the iteration count' },
      { line: 7, column: 20, expected: 'an iteration count after the benchmark name' },
      { line: 8, column: 15, expected: 'an iteration count (a non-negative integer) after the benchmark name' },
      { line: 9, column: 14, expected: 'an iteration count (a non-negative integer) after the benchmark name' },
      { line: 10, column: 23, expected: 'a unit after the value 12.5' },
      { line: 11, column: 18, expected: 'a value within float64 range' },
      { line: 12, column: 14, expected: 'an iteration count (a non-negative integer) after the benchmark name' },
    ]);
    for (const w of r.warnings) {
      expect(w).toBeInstanceOf(InputError);
      expect(w.file).toBe('bench.txt');
      expect(w.code).toBe('bad-input');
    }
    expect(r.warnings[0].message).toBe('bench.txt:3:25: expected an iteration count (a non-negative integer) after the benchmark name: got "stray"');
    expect(r.warnings[1].message).toBe('bench.txt:4:30: expected a unit after the value 64: the line has an odd number of value and unit fields');
    expect(r.warnings[7].message).toBe('bench.txt:10:23: expected a unit after the value 12.5: got the number "64"');
  });

  it('counts columns in code points', () => {
    expect(warningsOf('Benchmark𝔘 10 x ns/op')).toEqual([{ line: 1, column: 15, expected: 'a numeric value' }]);
  });
});

describe('parseBenchmarkOutput: line endings', () => {
  const lf = 'goos: linux\ncpu: AMD EPYC\nBenchmarkName\nBenchmarkA-2 10 5 ns/op\nBenchmarkBad x\nPASS\n';

  it('reads CRLF input exactly like LF input, with the same line numbers', () => {
    const crlf = lf.replaceAll('\n', '\r\n');
    const a = parse(lf);
    const b = parse(crlf);
    expect(b.benchmarks).toEqual(a.benchmarks);
    expect(b.config).toEqual({ goos: 'linux', cpu: 'AMD EPYC' });
    expect(b.other).toEqual(['BenchmarkName', 'PASS']);
    expect(b.warnings.map((w) => w.message)).toEqual(a.warnings.map((w) => w.message));
    expect(b.warnings[0].message).toMatch(/^bench\.txt:5:/);
  });

  it('drops repeated carriage returns and a byte-order mark', () => {
    const r = parse('\ufeffgoos: linux\r\r\nBenchmarkA 1 1 ns/op\r\r\n');
    expect(r.config).toEqual({ goos: 'linux' });
    expect(r.benchmarks[0]).toMatchObject({ name: 'BenchmarkA', line: 2 });
  });

  it('reads a last line without a newline', () => {
    expect(parse('BenchmarkA 1 1 ns/op').benchmarks[0].line).toBe(1);
  });
});

describe('formatBenchmarkLine', () => {
  const base: BenchmarkLine = {
    name: 'BenchmarkEncode/size=small',
    procs: 8,
    iterations: 1000,
    values: [
      { value: 12.5, unit: 'ns/op' },
      { value: 64, unit: 'B/op' },
    ],
    config: { goos: 'linux' },
    line: 7,
  };

  it('writes name-procs, iterations and the pairs, tab separated', () => {
    expect(formatBenchmarkLine(base)).toBe('BenchmarkEncode/size=small-8\t1000\t12.5 ns/op\t64 B/op');
    expect(formatBenchmarkLine({ ...base, procs: 1 })).toBe('BenchmarkEncode/size=small\t1000\t12.5 ns/op\t64 B/op');
  });

  it('writes -1 when the name ends in digits, so they are not read back as GOMAXPROCS', () => {
    const line = formatBenchmarkLine({ ...base, name: 'BenchmarkX/n-10', procs: 1 });
    expect(line).toBe('BenchmarkX/n-10-1\t1000\t12.5 ns/op\t64 B/op');
    expect(only(line)).toMatchObject({ name: 'BenchmarkX/n-10', procs: 1 });
  });

  it('writes numbers that Go reads back to the same float64', () => {
    const values = [1.2e21, 5e-7, -0, Infinity, -Infinity, NaN, 0.1 + 0.2].map((value, i) => ({ value, unit: `u${i}` }));
    const line = formatBenchmarkLine({ ...base, values });
    expect(line).toBe('BenchmarkEncode/size=small-8\t1000\t1.2e+21 u0\t5e-7 u1\t-0 u2\t+Inf u3\t-Inf u4\tNaN u5\t0.30000000000000004 u6');
    expect(only(line).values).toEqual(values);
  });

  it('refuses records the format cannot represent', () => {
    expect(() => formatBenchmarkLine({ ...base, name: 'Benchmark Encode' })).toThrow(RangeError);
    expect(() => formatBenchmarkLine({ ...base, name: 'Benchmarking' })).toThrow(RangeError);
    expect(() => formatBenchmarkLine({ ...base, procs: 0 })).toThrow(RangeError);
    expect(() => formatBenchmarkLine({ ...base, iterations: 1.5 })).toThrow(RangeError);
    expect(() => formatBenchmarkLine({ ...base, values: [] })).toThrow(RangeError);
    expect(() => formatBenchmarkLine({ ...base, values: [{ value: 1, unit: 'ns op' }] })).toThrow(RangeError);
    expect(() => formatBenchmarkLine({ ...base, values: [{ value: 1, unit: '' }] })).toThrow(RangeError);
    expect(() => formatBenchmarkLine({ ...base, values: [{ value: 1, unit: '42' }] })).toThrow(RangeError);
  });
});

describe('formatBenchmarkOutput', () => {
  it('writes config changes and removals before the lines they apply to', () => {
    const text = [
      'goos: linux',
      'pkg: example.com/a',
      'note: first',
      'BenchmarkA-2 10 5 ns/op',
      'BenchmarkB 10 6 ns/op',
      'pkg: example.com/b',
      'note:',
      'BenchmarkC 10 7 ns/op',
    ].join('\n');
    const r = parse(text);
    const out = formatBenchmarkOutput(r.benchmarks);
    expect(out).toBe(
      [
        'goos: linux',
        'pkg: example.com/a',
        'note: first',
        '',
        'BenchmarkA-2\t10\t5 ns/op',
        'BenchmarkB\t10\t6 ns/op',
        '',
        'note:',
        'pkg: example.com/b',
        '',
        'BenchmarkC\t10\t7 ns/op',
        '',
      ].join('\n'),
    );
    const again = parse(out);
    expect(again.warnings).toEqual([]);
    expect(again.benchmarks.map(({ line: _line, ...b }) => b)).toEqual(r.benchmarks.map(({ line: _line, ...b }) => b));
  });

  it('refuses config it cannot write faithfully', () => {
    const b = only('BenchmarkA 1 1 ns/op');
    expect(() => formatBenchmarkOutput([{ ...b, config: { Goos: 'x' } }])).toThrow(RangeError);
    expect(() => formatBenchmarkOutput([{ ...b, config: { k: ' leading space' } }])).toThrow(RangeError);
    expect(() => formatBenchmarkOutput([{ ...b, config: { k: 'two\nlines' } }])).toThrow(RangeError);
  });
});
