/**
 * Properties: the parser never throws on any text, its results obey the
 * record invariants, and what we write reads back unchanged.
 */
import fc from 'fast-check';
import { parseBenchmarkOutput, formatBenchmarkLine, formatBenchmarkOutput, type BenchmarkLine, type ParseResult } from '../../src/parse/benchfmt.js';
import { InputError } from '../../src/errors.js';

// Pieces of real and almost-real output, so random lines often land on the
// interesting boundaries (suffixes, odd pair counts, config look-alikes).
const nameArb = fc.constantFrom(
  'BenchmarkX',
  'Benchmark',
  'Benchmark_y',
  'BenchmarkSub/n-10',
  'BenchmarkSub/n-10-4',
  'BenchmarkÉ/dup#01-2',
  'Benchmark-8',
  'BenchmarkZ-0',
  'BenchmarkQ-99999999999999999999',
  'Benchmarking',
  'Benchmarkfoo',
);
const validNumberArb = fc.oneof(
  fc.constantFrom('10', '0', '12.5', '1e+06', '.5', '5.', '-3', '1_000', '0x1p-2', 'Inf', 'NaN', '-0'),
  fc.double().map(String),
  fc.nat().map(String),
);
const numberArb = fc.oneof(validNumberArb, fc.constantFrom('1e400', 'x', '1__0', '0x.p1', '3.5'));
const validUnitArb = fc.constantFrom('ns/op', 'B/op', 'allocs/op', 'MB/s', 'frames/s', 'p99-ns', 'µs/op');
const unitArb = fc.oneof(validUnitArb, fc.constant('42'));
const wsArb = fc.constantFrom(' ', '\t', '   \t', '\u00a0', '\u2003', '\f');
const joinFields = (fields: string[], ws: string[]) => fields.map((f, i) => f + (i < fields.length - 1 ? ws[i % ws.length] : '')).join('');
// Mostly well-formed result lines (so the round trip has material), plus
// arbitrary field soups that hit every warning path.
const goodLineArb = fc
  .tuple(
    nameArb,
    fc.oneof(fc.nat(), fc.constant(7)).map(String),
    fc.array(fc.tuple(validNumberArb, validUnitArb), { minLength: 1, maxLength: 4 }),
    fc.array(wsArb, { minLength: 1, maxLength: 9 }),
  )
  .map(([name, iters, pairs, ws]) => joinFields([name, iters, ...pairs.flat()], ws));
const soupLineArb = fc
  .tuple(nameArb, fc.array(fc.oneof(numberArb, unitArb), { maxLength: 8 }), fc.array(wsArb, { minLength: 1, maxLength: 9 }))
  .map(([name, fields, ws]) => joinFields([name, ...fields], ws));
const benchLineArb = fc.oneof({ arbitrary: goodLineArb, weight: 3 }, { arbitrary: soupLineArb, weight: 1 });
const configLineArb = fc
  .tuple(fc.constantFrom('goos', 'pkg', 'cpu', 'my-key', 'ñu', 'Goos', 'a b', 'constructor'), fc.constantFrom(':', ': ', ':\t', '::', ':x'), fc.string())
  .map(([k, sep, v]) => k + sep + v.replace(/[\r\n]/g, ''));
const chatterArb = fc.constantFrom('PASS', 'FAIL', 'ok  \tpkg\t0.1s', '--- BENCH: BenchmarkX', '    log', '', 'BenchmarkX-4 \t--- FAIL: BenchmarkX-4');
const lineArb = fc.oneof(
  { arbitrary: benchLineArb, weight: 4 },
  { arbitrary: configLineArb, weight: 2 },
  { arbitrary: chatterArb, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
);
const textArb = fc
  .tuple(fc.array(lineArb, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, final]) => lines.join(eol) + (final ? eol : ''));
const knownProcsArb = fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 16 }), { maxLength: 4 }), { nil: undefined });

const withoutLines = (r: ParseResult) => r.benchmarks.map(({ line: _line, ...b }) => b);

function checkInvariants(text: string, r: ParseResult): void {
  const lineCount = text.split('\n').length;
  for (const b of r.benchmarks) {
    expect(b.name.startsWith('Benchmark')).toBe(true);
    expect(Number.isSafeInteger(b.procs) && b.procs >= 1).toBe(true);
    expect(Number.isSafeInteger(b.iterations) && b.iterations >= 0).toBe(true);
    expect(b.values.length).toBeGreaterThan(0);
    expect(b.line).toBeGreaterThanOrEqual(1);
    expect(b.line).toBeLessThanOrEqual(lineCount);
  }
  for (const w of r.warnings) {
    expect(w).toBeInstanceOf(InputError);
    expect(w.position && 'line' in w.position && w.position.line >= 1 && w.position.line <= lineCount).toBe(true);
  }
}

describe('parseBenchmarkOutput properties', () => {
  it('never throws on arbitrary text, and its results keep their invariants', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), textArb), knownProcsArb, (text, knownProcs) => {
        const r = parseBenchmarkOutput(text, 'f.txt', { knownProcs });
        checkInvariants(text, r);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads its own output back to the same benchmarks: parse → format → parse', () => {
    let seen = 0;
    let withConfig = 0;
    fc.assert(
      fc.property(textArb, knownProcsArb, (text, knownProcs) => {
        const first = parseBenchmarkOutput(text, 'f.txt', { knownProcs });
        seen += first.benchmarks.length;
        withConfig += first.benchmarks.filter((b) => Object.keys(b.config).length > 0).length;
        const written = formatBenchmarkOutput(first.benchmarks);
        const second = parseBenchmarkOutput(written, 'written.txt', { knownProcs });
        expect(second.warnings).toEqual([]);
        expect(second.other).toEqual([]);
        expect(withoutLines(second)).toEqual(withoutLines(first));
        // And writing again is a fixed point.
        expect(formatBenchmarkOutput(second.benchmarks)).toBe(written);
      }),
      { numRuns: 2000 },
    );
    // Guard against a generator that stops producing material to round-trip.
    expect(seen).toBeGreaterThan(1500);
    expect(withConfig).toBeGreaterThan(200);
  });
});

describe('formatBenchmarkLine properties', () => {
  // Any record the format can hold: name = Benchmark + (nothing | non-lowercase
  // first character, no whitespace), positive procs, numeric values of any
  // float64 (including -0, NaN, ±Inf), units that are not numbers.
  const noSpace = (s: string) => !/\p{White_Space}/u.test(s);
  const nameTail = fc.oneof(
    fc.constant(''),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((s) => noSpace(s) && !/^\p{Ll}/u.test(s)),
    fc.constantFrom('/n-10', '_x', 'Encode/size=small', '/dup#01', '-0', 'É'),
  );
  const unit = fc.oneof(
    fc.constantFrom('ns/op', 'B/op', 'allocs/op', 'MB/s', 'frames/s', 'p99-ns'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).filter((s) => noSpace(s) && !/^[+-]?(?:[\d.]|inf|nan|0x)/i.test(s)),
  );
  const recordArb: fc.Arbitrary<BenchmarkLine> = fc.record({
    name: nameTail.map((t) => `Benchmark${t}`),
    procs: fc.oneof(
      fc.constant(1),
      fc.integer({ min: 1, max: 1024 }),
      fc.maxSafeNat().filter((n) => n >= 1),
    ),
    iterations: fc.oneof(fc.nat(), fc.maxSafeNat()),
    values: fc.array(fc.record({ value: fc.double(), unit }), { minLength: 1, maxLength: 6 }),
    config: fc.constant({}),
    line: fc.constant(1),
  });

  it('format → parse returns the record unchanged', () => {
    fc.assert(
      fc.property(recordArb, (b) => {
        const r = parseBenchmarkOutput(formatBenchmarkLine(b), 'f.txt');
        expect(r.warnings).toEqual([]);
        expect(r.other).toEqual([]);
        expect(r.benchmarks).toEqual([b]);
      }),
      { numRuns: 3000 },
    );
  });

  it('format → parse → format is a fixed point even under a knownProcs list', () => {
    fc.assert(
      fc.property(recordArb, knownProcsArb, (b, knownProcs) => {
        const line = formatBenchmarkLine(b);
        const r = parseBenchmarkOutput(line, 'f.txt', { knownProcs });
        expect(r.benchmarks).toHaveLength(1);
        const again = parseBenchmarkOutput(formatBenchmarkLine(r.benchmarks[0]), 'f.txt', { knownProcs });
        expect(again.benchmarks).toEqual(r.benchmarks);
      }),
      { numRuns: 2000 },
    );
  });
});
