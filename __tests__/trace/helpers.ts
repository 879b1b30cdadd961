/**
 * Test helpers for the trace reader: the shared corpus (../shared beside the
 * repository), its text and fuzz forms converted to bytes, the x/exp/trace
 * oracle, and Go fixture programs that write traces into temp dirs.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/paths.js';
import { SPECS } from '../../src/trace/wire.js';
import { encodeUvarint } from '../../src/encoding/varint.js';
import type { StackFrame } from '../../src/trace/metrics.js';

const run = promisify(execFile);

export const SHARED = path.resolve(ROOT, '..', 'shared');
export const CORPUS = path.join(SHARED, 'trace-corpus');
export const GOLDEN_DIR = path.join(CORPUS, 'go-exp-tests');
export const FUZZ_DIR = path.join(CORPUS, 'go-exp-fuzz');
export const REAL_125 = path.join(CORPUS, 'real', 'go1.25-test-encoding-json.trace');
export const REAL_121 = path.join(CORPUS, 'real', 'go1.21-test-encoding-json.trace');
export const FIXTURES = path.join(ROOT, '__tests__', 'fixtures', 'trace');
export const ORACLE_DIR = path.join(ROOT, 'scripts', 'trace-oracle');

export function corpusPresent(): boolean {
  return existsSync(GOLDEN_DIR) && existsSync(FUZZ_DIR);
}

/**
 * Decodes a Go interpreted string literal body to bytes (strconv.Unquote on
 * bytes): literal characters are their UTF-8 bytes, escapes are bytes.
 */
export function unquoteGo(quoted: string): Uint8Array {
  if (!quoted.startsWith('"') || !quoted.endsWith('"')) throw new Error(`not a Go string literal: ${quoted.slice(0, 40)}`);
  const src = Buffer.from(quoted.slice(1, -1), 'utf8');
  const out: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    const e = String.fromCharCode(src[++i]);
    const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, "'": 39, '"': 34 };
    if (e in simple) out.push(simple[e]);
    else if (e === 'x') {
      out.push(parseInt(src.subarray(i + 1, i + 3).toString(), 16));
      i += 2;
    } else if (e >= '0' && e <= '7') {
      out.push(parseInt(src.subarray(i, i + 3).toString(), 8));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const cp = parseInt(src.subarray(i + 1, i + 1 + n).toString(), 16);
      out.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
      i += n;
    } else throw new Error(`bad escape \\${e}`);
  }
  return Uint8Array.from(out);
}

export interface GoldenTest {
  name: string;
  expect: { ok: true } | { ok: false; pattern: RegExp };
  bytes: Uint8Array;
}

const BY_NAME = new Map(SPECS.flatMap((s, i) => (s ? [[s.name, i] as const] : [])));

/** Converts the text form of Go's trace tests (raw.TextWriter) to the wire format. */
export function textTraceToBytes(text: string): Uint8Array {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const out: number[] = [];
  const header = /^Trace Go1\.(\d+)\s*$/.exec(lines[0]);
  if (!header) throw new Error(`bad header ${lines[0]}`);
  out.push(...Buffer.from(`go 1.${header[1]} trace\0\0\0`, 'latin1'));
  const kv = (tok: string, name: string): bigint => {
    const [k, v] = tok.split('=');
    if (k !== name) throw new Error(`expected ${name}, got ${tok}`);
    return BigInt(v);
  };
  for (let i = 1; i < lines.length; i++) {
    const toks = lines[i].trim().split(/\s+/);
    const typ = BY_NAME.get(toks[0]);
    if (typ === undefined) throw new Error(`unknown event ${toks[0]}`);
    const spec = SPECS[typ]!;
    out.push(typ);
    spec.args.forEach((name, j) => encodeUvarint(kv(toks[j + 1], name), out));
    if (spec.name === 'Stack') {
      const n = Number(kv(toks[2], 'nframes'));
      for (let f = 0; f < n; f++) {
        const ft = lines[++i].trim().split(/\s+/);
        ['pc', 'func', 'file', 'line'].forEach((name, j) => encodeUvarint(kv(ft[j], name), out));
      }
    }
    if (spec.name === 'String' || spec.name === 'ExperimentalBatch') {
      const d = lines[++i].trim();
      if (!d.startsWith('data=')) throw new Error(`expected data= line, got ${d}`);
      const data = unquoteGo(d.slice('data='.length));
      encodeUvarint(data.length, out);
      out.push(...data);
    }
  }
  return Uint8Array.from(out);
}

export function loadGoldenTests(): GoldenTest[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.test'))
    .sort()
    .map((f) => {
      const txt = readFileSync(path.join(GOLDEN_DIR, f), 'utf8');
      const expect = /-- expect --\n([\s\S]*?)-- trace --\n/.exec(txt);
      const trace = txt.slice(txt.indexOf('-- trace --\n') + '-- trace --\n'.length);
      if (!expect) throw new Error(`${f}: no expect section`);
      const e = expect[1].trim();
      const failure = /^FAILURE "(.*)"$/.exec(e);
      return {
        name: f.replace(/\.test$/, ''),
        expect: failure ? { ok: false as const, pattern: new RegExp(failure[1]) } : { ok: true as const },
        bytes: textTraceToBytes(trace),
      };
    });
}

export function loadFuzzCases(): Array<{ name: string; bytes: Uint8Array }> {
  return readdirSync(FUZZ_DIR)
    .filter((f) => f !== 'LICENSE')
    .sort()
    .map((f) => {
      const txt = readFileSync(path.join(FUZZ_DIR, f), 'utf8');
      const m = /\[\]byte\(("(?:[^"\\]|\\.)*")\)/.exec(txt);
      if (!m) throw new Error(`${f}: no []byte literal`);
      return { name: f, bytes: unquoteGo(m[1]) };
    });
}

export interface OracleFrame {
  function: string;
  file: string;
  line: number;
}

export interface OracleResult {
  file: string;
  error?: string;
  events: number;
  syncs: number;
  gcCycles: number;
  forcedGcCycles: number;
  gcPausesNs: number[];
  stwCount: number;
  markAssistNs: number;
  peakHeapBytes: number;
  heapGoalBytes: number;
  goroutines: { atStart: number; created: number; ended: number; aliveAtEnd: number; peakAlive: number };
  schedWaits: { count: number; p99Ns: number; maxNs: number; totalNs: number };
  leakStacks: OracleFrame[][];
  firstNs: number;
  lastNs: number;
}

let oracleBinary: Promise<string> | undefined;

/** Builds the oracle once per test process (module proxy on first use; cached after). */
export function buildOracle(outDir: string): Promise<string> {
  oracleBinary ??= (async () => {
    const bin = path.join(outDir, 'trace-oracle');
    await run('go', ['build', '-o', bin, '.'], { cwd: ORACLE_DIR, maxBuffer: 1 << 24 });
    return bin;
  })();
  return oracleBinary;
}

export async function runOracle(bin: string, files: string[]): Promise<OracleResult[]> {
  const { stdout } = await run(bin, files, { maxBuffer: 1 << 28 });
  return JSON.parse(stdout) as OracleResult[];
}

/** Runs a fixture program (`go run .` in its dir) that writes a trace to `out`. */
export async function runFixture(name: string, out: string, opts: { env?: Record<string, string>; args?: string[] } = {}): Promise<void> {
  await run('go', ['run', '.', '-trace', out, ...(opts.args ?? [])], {
    cwd: path.join(FIXTURES, name),
    env: { ...process.env, GOFLAGS: '-mod=mod', ...opts.env },
    maxBuffer: 1 << 24,
  });
}

/** Leak predicate for fixtures: frames in the fixture's own main package. */
export function inFixture(name: string): (f: StackFrame) => boolean {
  const dir = path.join(FIXTURES, name) + path.sep;
  return (f) => f.file.startsWith(dir);
}
