/**
 * Reader and writer for Go's benchmark data format: the text `go test -bench`
 * prints, standardised in golang.org/design/14313-benchmark-format and read
 * by benchstat (golang.org/x/perf/benchfmt).
 *
 * The parser is pure (string in, records out) so it can be tested against
 * saved and live `go test` output and reused for baseline files we write
 * ourselves. It never throws on input text: benchmark output is routinely
 * interleaved with logs, stray stdout writes and failure reports, and one
 * bad line must not discard a whole run. Lines that claim to be benchmark
 * results but cannot be read become `warnings` (with file, line and column)
 * so the caller can surface them, and everything else is kept in `other`.
 *
 * Decisions where the format leaves room (each is exercised by a test):
 *
 * - Line endings: lines split on `\n`; any trailing `\r` characters are
 *   dropped (CRLF files, and CRLF files converted twice), and a leading BOM
 *   is ignored. Line numbers count `\n`-separated lines from 1.
 * - Config lines follow the spec literally: a key starting with a lowercase
 *   letter, containing no whitespace or uppercase letters, then `:` and
 *   either nothing or spaces/tabs and the value. That means lines Go itself
 *   prints such as `panic: …`, `coverage: …` or `testing: warning: …` are
 *   config lines too, exactly as benchstat sees them; consumers should key
 *   on the config they care about (goos, goarch, pkg, cpu) rather than on
 *   the whole record. A key with an empty value removes the key, which is
 *   how benchfmt models "this no longer applies".
 * - Benchmark lines start with `Benchmark` followed by end of field or a
 *   character that is not a lowercase letter. That is Go's own rule for
 *   benchmark function names (so `Benchmark_x` and `Benchmark` count,
 *   `Benchmarking …` does not); the spec's "upper case" wording is stricter
 *   than what `go test` actually runs.
 * - A line that is only a benchmark name is what `go test -v` prints when a
 *   benchmark starts (and for parents of sub-benchmarks); it goes to
 *   `other`. So does `BenchmarkX-4 \t--- FAIL: BenchmarkX-4`, which Go
 *   prints when a benchmark fails after its name was written: it reports a
 *   failure (visible in the exit status), not a malformed result.
 * - A result needs at least one value-unit pair. Go prints a bare
 *   `BenchmarkX 10` when `b.ReportMetric(0, "ns/op")` removed the only
 *   column; the spec requires four fields and benchfmt rejects it, so it is
 *   a warning here too: there is nothing to compare.
 * - Iteration counts must be non-negative integers (no sign), values use
 *   Go's `strconv.ParseFloat` syntax (decimal, hex with `p` exponent, `_`
 *   digit separators, Inf/Infinity/NaN), and a finite literal that
 *   overflows float64 is rejected as Go does. A unit that itself reads as a
 *   number is rejected: no real unit is numeric, and it almost always means
 *   a unit went missing and the pairs slid by one, so the warning points at
 *   the field that is actually wrong.
 * - GOMAXPROCS: testing prints `benchmarkName(name, N)`: the name, then `-N`
 *   when N (the process's GOMAXPROCS for that run) is not 1; never `-1`. A
 *   name whose last element really ends in `-digits`
 *   (`BenchmarkNewSeq/Weighted-1`, `BenchmarkX/n-3` at GOMAXPROCS 1) is
 *   indistinguishable from a suffix in the text alone. Without options we do
 *   what benchfmt does with a file and strip any `-N` (N ≥ 1). With
 *   `knownProcs` (the `-cpu` list of the run) a suffix is stripped only when
 *   N is in that list or is 1: our writer writes `-1` to protect names that
 *   end in digits, so files we write read back the same. Output of a process
 *   we ran ourselves is read with `keepNames`: nothing is stripped, and the
 *   caller, which knows the name it asked for and the GOMAXPROCS it set,
 *   splits the suffix with `printedProcs` — the only reading that cannot
 *   mistake part of a name for a suffix.
 */

import { ConfigError, InputError } from '../errors.js';

/** One measurement on a benchmark line, in printed order. */
interface BenchmarkValue {
  value: number;
  unit: string;
}

export interface BenchmarkLine {
  /** Full name as printed minus the -N procs suffix, e.g. 'BenchmarkEncode/size=small' */
  name: string;
  /** GOMAXPROCS from the -N suffix; 1 when absent */
  procs: number;
  iterations: number;
  /** ordered value-unit pairs as printed, e.g. [{value: 12.5, unit: 'ns/op'}, {value: 64, unit: 'B/op'} ...] */
  values: BenchmarkValue[];
  /** configuration in effect for this line (goos, goarch, pkg, cpu, and any other key: value config lines) */
  config: Record<string, string>;
  /** 1-based line number in the input */
  line: number;
}

export interface ParseResult {
  benchmarks: BenchmarkLine[];
  /** Configuration in effect at the end of the input. */
  config: Record<string, string>;
  /** Malformed lines that look like benchmark lines; kept here, never thrown. */
  warnings: InputError[];
  /** Non-blank lines that are neither benchmark nor config lines (PASS, ok, logs, --- BENCH blocks, -v name lines). */
  other: string[];
}

export interface ParseOptions {
  /**
   * The GOMAXPROCS values the run used (its `-cpu` list). When given, a
   * trailing `-N` is taken as the GOMAXPROCS suffix only if N is listed (or
   * is 1), so sub-benchmark names such as `n-3` survive a GOMAXPROCS=1 run.
   */
  knownProcs?: number[];
  /**
   * Keep names exactly as printed: no suffix is removed and procs is 1. For
   * the output of a process the caller ran itself, which splits the suffix
   * with `printedProcs`. Overrides `knownProcs`.
   */
  keepNames?: boolean;
}

const PREFIX = 'Benchmark';

// Go's unicode.IsSpace is Unicode's White_Space property, and IsLower/IsUpper
// are the Ll/Lu categories; the spec defines fields and keys with these.
const FIELD = /[^\p{White_Space}]+/gu;
const LOWER_START = /^\p{Ll}/u;
const CONFIG_LINE = /^(\p{Ll}[^\p{White_Space}\p{Lu}:]*):(?:$|[ \t]+([^]*)$)/u;
const HAS_WHITESPACE = /\p{White_Space}/u;
const PROCS_SUFFIX = /-(\d+)$/;
const DIGITS = /^\d+$/;
/** The word after `---` in Go's `--- FAIL:`, `--- SKIP:`, `--- BENCH:` markers. */
const STATUS_WORD = /^[A-Z]+:$/;

// strconv.ParseFloat syntax. `_` may only sit between digits (or right after
// a 0x prefix), which is Go's rule for digit separators.
const DEC_FLOAT = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]((?:_?[0-9a-fA-F](?:_?[0-9a-fA-F])*)?)(?:\.((?:[0-9a-fA-F](?:_?[0-9a-fA-F])*)?))?[pP]([+-]?\d(?:_?\d)*)$/;
const INF = /^([+-]?)inf(?:inity)?$/i;
const NAN = /^nan$/i;

/**
 * Parses `go test -bench` output (or any file in Go's benchmark format).
 * `fileName` is only used in warnings.
 */
export function parseBenchmarkOutput(text: string, fileName: string, options: ParseOptions = {}): ParseResult {
  const known = options.keepNames ? 'keep' : knownProcsSet(options.knownProcs);
  const benchmarks: BenchmarkLine[] = [];
  const warnings: InputError[] = [];
  const other: string[] = [];
  // A Map keeps insertion order and cannot collide with Object.prototype
  // names. `snapshot` caches its object form until the next config line;
  // each benchmark still gets its own copy so a caller annotating one
  // line's config cannot change another's.
  const config = new Map<string, string>();
  let snapshot: Record<string, string> | undefined;

  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  // A final newline terminates the last line; it does not start a new one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = stripTrailingCR(lines[i]);

    if (isBenchmarkStart(line)) {
      const parsed = parseResultLine(line, lineNo, fileName, known);
      if (parsed.kind === 'result') {
        snapshot ??= Object.fromEntries(config);
        const { name, procs, iterations, values } = parsed.result;
        benchmarks.push({ name, procs, iterations, values, config: Object.assign({}, snapshot), line: lineNo });
      } else if (parsed.kind === 'warning') {
        warnings.push(parsed.warning);
      } else {
        other.push(line);
      }
      continue;
    }

    const kv = CONFIG_LINE.exec(line);
    if (kv) {
      const value = kv[2] ?? '';
      if (value === '') config.delete(kv[1]);
      else config.set(kv[1], value);
      snapshot = undefined;
      continue;
    }

    if (line.trim() !== '') other.push(line);
  }

  return { benchmarks, config: Object.fromEntries(config), warnings, other };
}

/**
 * Formats one result as a benchmark line (tab-separated, no padding). The
 * `-N` suffix is written when procs is not 1, and also when the name itself
 * ends in `-digits`, so that the name cannot be mistaken for a suffix when
 * read back. Throws RangeError for a record the format cannot represent
 * (whitespace in a name or unit, no values, …) rather than writing a file
 * that would read back differently.
 */
export function formatBenchmarkLine(b: BenchmarkLine): string {
  if (!isBenchmarkStart(b.name) || HAS_WHITESPACE.test(b.name)) {
    throw new RangeError(`benchmark name ${JSON.stringify(b.name)} must start with "Benchmark" and contain no whitespace`);
  }
  if (!Number.isSafeInteger(b.procs) || b.procs < 1) {
    throw new RangeError(`procs of ${b.name} must be a positive integer, got ${b.procs}`);
  }
  if (!Number.isSafeInteger(b.iterations) || b.iterations < 0) {
    throw new RangeError(`iterations of ${b.name} must be a non-negative integer, got ${b.iterations}`);
  }
  if (b.values.length === 0) {
    throw new RangeError(`${b.name} has no values; a benchmark line needs at least one value-unit pair`);
  }
  const suffix = b.procs !== 1 || PROCS_SUFFIX.test(b.name) ? `-${b.procs}` : '';
  let out = `${b.name}${suffix}\t${b.iterations}`;
  for (const { value, unit } of b.values) {
    if (unit === '' || HAS_WHITESPACE.test(unit) || parseGoFloat(unit) !== undefined) {
      throw new RangeError(`unit ${JSON.stringify(unit)} of ${b.name} must be non-empty, without whitespace, and not a number`);
    }
    out += `\t${formatGoFloat(value)} ${unit}`;
  }
  return out;
}

/**
 * Formats results as a complete benchmark file: before each result whose
 * config differs from the one in effect, it writes the changed keys
 * (`key: value`) and removed keys (`key:`), then a blank line, the layout
 * benchfmt's writer uses. Parsing the output yields the same benchmarks
 * (line numbers aside).
 */
export function formatBenchmarkOutput(benchmarks: readonly BenchmarkLine[]): string {
  let current = new Map<string, string>();
  let out = '';
  for (const b of benchmarks) {
    const next = new Map(Object.entries(b.config).filter(([, v]) => v !== ''));
    let block = '';
    for (const key of current.keys()) {
      if (!next.has(key)) block += `${key}:\n`;
    }
    for (const [key, value] of next) {
      if (current.get(key) === value) continue;
      checkConfigEntry(key, value);
      block += `${key}: ${value}\n`;
    }
    if (block !== '') {
      if (out !== '') out += '\n';
      out += `${block}\n`;
    }
    current = next;
    out += `${formatBenchmarkLine(b)}\n`;
  }
  return out;
}

type LineOutcome = { kind: 'result'; result: Omit<BenchmarkLine, 'config' | 'line'> } | { kind: 'warning'; warning: InputError } | { kind: 'other' };

function parseResultLine(line: string, lineNo: number, fileName: string, known: Set<number> | 'keep' | undefined): LineOutcome {
  const fields: { text: string; column: number }[] = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(line); m !== null; m = FIELD.exec(line)) fields.push({ text: m[0], column: m.index + 1 });

  // `go test -v` announces each benchmark (and each parent of
  // sub-benchmarks) with its bare name; that is progress, not a result.
  if (fields.length === 1 && fields[0].text.length === line.length) return { kind: 'other' };
  // Failure/skip markers printed after the name Go had already written.
  if (fields.length >= 3 && fields[1].text === '---' && STATUS_WORD.test(fields[2].text)) return { kind: 'other' };

  const warn = (column: number, expected: string, detail?: string): LineOutcome => ({
    kind: 'warning',
    warning: new InputError(fileName, { line: lineNo, column: codePointColumn(line, column) }, expected, detail),
  });
  const endColumn = line.length + 1;

  const iters = fields[1];
  if (!iters) return warn(endColumn, 'an iteration count after the benchmark name', 'the line ends after the name');
  if (!DIGITS.test(iters.text) || !Number.isSafeInteger(Number(iters.text))) {
    return warn(iters.column, 'an iteration count (a non-negative integer) after the benchmark name', `got ${quote(iters.text)}`);
  }
  if (fields.length === 2) {
    return warn(
      endColumn,
      'at least one value-unit pair after the iteration count',
      'Go prints a bare count when b.ReportMetric(0, "ns/op") removed the only column',
    );
  }

  const values: BenchmarkValue[] = [];
  for (let i = 2; i < fields.length; i += 2) {
    const v = fields[i];
    const value = parseGoFloat(v.text);
    if (value === undefined) return warn(v.column, 'a numeric value', `got ${quote(v.text)}`);
    if (value === 'overflow') return warn(v.column, 'a value within float64 range', `got ${quote(v.text)}`);
    const u = fields[i + 1];
    if (!u) return warn(endColumn, `a unit after the value ${v.text}`, 'the line has an odd number of value and unit fields');
    if (parseGoFloat(u.text) !== undefined) return warn(u.column, `a unit after the value ${v.text}`, `got the number ${quote(u.text)}`);
    values.push({ value, unit: u.text });
  }

  const { name, procs } = splitProcs(fields[0].text, known);
  return { kind: 'result', result: { name, procs, iterations: Number(iters.text), values } };
}

function splitProcs(full: string, known: Set<number> | 'keep' | undefined): { name: string; procs: number } {
  if (known === 'keep') return { name: full, procs: 1 };
  const m = PROCS_SUFFIX.exec(full);
  if (m) {
    const n = Number(m[1]);
    if (Number.isSafeInteger(n) && n >= 1 && (!known || n === 1 || known.has(n))) {
      return { name: full.slice(0, m.index), procs: n };
    }
  }
  return { name: full, procs: 1 };
}

/**
 * The name testing prints for benchmark `name` run at GOMAXPROCS `procs`
 * (testing's benchmarkName): `-procs` is appended unless procs is 1.
 */
export function benchmarkName(name: string, procs: number): string {
  return procs !== 1 ? `${name}-${procs}` : name;
}

/**
 * The GOMAXPROCS at which testing printed `printed` for the benchmark named
 * `name`, or undefined when `printed` is not that benchmark's line. `cpu` is
 * the `-test.cpu` value the process ran with; without one the process ran at
 * its default GOMAXPROCS, which the caller does not know, so any N ≥ 2 (or no
 * suffix, for 1) is accepted. Knowing the name makes the split exact:
 * `Weighted-1` printed for `Weighted-1` is GOMAXPROCS 1, never `Weighted` at 1.
 */
export function printedProcs(printed: string, name: string, cpu?: number): number | undefined {
  if (cpu !== undefined) return printed === benchmarkName(name, cpu) ? cpu : undefined;
  if (printed === name) return 1;
  if (!printed.startsWith(`${name}-`)) return undefined;
  const digits = printed.slice(name.length + 1);
  // Go formats N with %d: no sign, no leading zero; and 1 is never printed.
  if (!/^[1-9]\d*$/.test(digits)) return undefined;
  const n = Number(digits);
  return Number.isSafeInteger(n) && n >= 2 ? n : undefined;
}

function isBenchmarkStart(s: string): boolean {
  return s.startsWith(PREFIX) && !LOWER_START.test(s.slice(PREFIX.length));
}

function knownProcsSet(list: number[] | undefined): Set<number> | undefined {
  if (list === undefined) return undefined;
  for (const n of list) {
    if (!Number.isSafeInteger(n) || n < 1) throw new ConfigError(`knownProcs must be positive integers, got ${n}`);
  }
  return new Set(list);
}

function checkConfigEntry(key: string, value: string): void {
  const m = CONFIG_LINE.exec(`${key}: ${value}`);
  if (!m || m[1] !== key || (m[2] ?? '') !== value || value.includes('\n') || value.endsWith('\r')) {
    throw new RangeError(`config ${JSON.stringify(key)}: ${JSON.stringify(value)} cannot be written as a config line`);
  }
}

function stripTrailingCR(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Column in code points, which is what an editor shows, from a 1-based UTF-16 index. */
function codePointColumn(line: string, utf16Column: number): number {
  let column = 1;
  for (let i = 0; i < utf16Column - 1 && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    column++;
  }
  return column;
}

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

/**
 * Reads a number the way Go's strconv.ParseFloat does, so we accept exactly
 * the files benchstat accepts. Returns undefined for bad syntax and
 * 'overflow' for a finite literal beyond float64 (Go reports "value out of
 * range" for those; an Inf we made up would poison every statistic).
 */
function parseGoFloat(s: string): number | 'overflow' | undefined {
  if (DEC_FLOAT.test(s)) {
    const v = Number(s.replaceAll('_', ''));
    return Number.isFinite(v) ? v : 'overflow';
  }
  const inf = INF.exec(s);
  if (inf) return inf[1] === '-' ? -Infinity : Infinity;
  if (NAN.test(s)) return NaN;
  const hex = HEX_FLOAT.exec(s);
  if (hex && (hex[2] !== '' || (hex[3] ?? '') !== '')) {
    const v = hexFloat(hex[2].replaceAll('_', ''), (hex[3] ?? '').replaceAll('_', ''), hex[4].replaceAll('_', ''));
    if (!Number.isFinite(v)) return 'overflow';
    return hex[1] === '-' ? -v : v;
  }
  return undefined;
}

/**
 * Value of a hex float 0x<int>.<frac>p<exp>. The mantissa is reduced to 64
 * bits plus a sticky bit before conversion so that the rounding to 53 bits
 * is correct; only results in the subnormal range can be off by one ulp.
 */
function hexFloat(intDigits: string, fracDigits: string, expDigits: string): number {
  let mantissa = BigInt(`0x0${intDigits}${fracDigits}`);
  if (mantissa === 0n) return 0;
  // Exponents beyond ±100000 saturate the result anyway; clamping keeps the
  // scaling loop short for absurd inputs.
  let exp = Math.max(-100000, Math.min(100000, Number(expDigits))) - 4 * fracDigits.length;
  const bits = mantissa.toString(2).length;
  if (bits > 64) {
    const shift = BigInt(bits - 64);
    const sticky = mantissa & ((1n << shift) - 1n) ? 1n : 0n;
    mantissa = (mantissa >> shift) | sticky;
    exp += bits - 64;
  }
  let v = Number(mantissa);
  while (exp > 1000) {
    v *= 2 ** 1000;
    exp -= 1000;
  }
  while (exp < -1000) {
    v *= 2 ** -1000;
    exp += 1000;
  }
  return v * 2 ** exp;
}

/**
 * Shortest text that reads back as the same float64, in a form Go's
 * ParseFloat accepts (JavaScript's `1e+21`, `5e-7` are fine; Infinity and
 * -0 need Go's spelling).
 */
function formatGoFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}
