/**
 * Discover: which packages of the `packages` pattern have benchmarks, where
 * each benchmark function is declared (for annotations), and which Go module
 * they belong to. `go list` is the authority on packages; benchmark functions
 * are found by scanning the test files' declarations, which is cheap and lets us
 * skip building test binaries for packages that have nothing to measure. The
 * test binary's own `-test.list` later confirms the names.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CommandRunner } from '../toolchain/exec.js';
import { ToolchainError } from '../errors.js';

export interface BenchmarkDecl {
  /** `BenchmarkEncode` */
  name: string;
  /** Absolute path of the _test.go file. */
  file: string;
  line: number;
}

export interface DiscoveredPackage {
  importPath: string;
  dir: string;
  name: string;
  moduleDir: string;
  /** Module path (`example.com/m`); '' outside module mode. */
  modulePath: string;
  benchmarks: BenchmarkDecl[];
  /** `go list` error for this package (e.g. a syntax error), if any. */
  listError?: string;
}

export interface DiscoverOptions {
  cwd: string;
  packages: string[];
  tags: string;
  goCommand?: string;
}

interface GoListPackage {
  ImportPath?: string;
  Dir?: string;
  Name?: string;
  TestGoFiles?: string[];
  XTestGoFiles?: string[];
  Module?: { Dir?: string; Path?: string };
  Error?: { Err?: string };
}

/**
 * Splits `go list -json` output (a stream of concatenated JSON objects) into
 * objects. Tracks string state so braces inside strings do not confuse depth.
 */
export function splitJsonStream(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0 && start >= 0) {
        out.push(JSON.parse(text.slice(start, i + 1)));
        start = -1;
      }
    }
  }
  return out;
}

const BENCH_DECL = /^func\s+(Benchmark[^\s(]*)\s*\(\s*\w+\s+\*testing\.B\s*\)/;

/**
 * Finds top-level benchmark functions in Go test source. Go requires the name
 * after `Benchmark` to start with a non-lowercase letter (or be empty); the
 * scanner applies the same rule so it agrees with `go test`.
 */
export function findBenchmarkDecls(source: string, file: string): BenchmarkDecl[] {
  const decls: BenchmarkDecl[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = BENCH_DECL.exec(lines[i]);
    if (!m) continue;
    const rest = m[1].slice('Benchmark'.length);
    if (rest.length > 0 && /^[a-z]/.test(rest)) continue;
    decls.push({ name: m[1], file, line: i + 1 });
  }
  return decls;
}

/** The nearest directory at or above `dir` with a go.mod or go.work, or undefined. */
function findModuleRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'go.mod')) || existsSync(path.join(d, 'go.work'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

export async function discoverPackages(runner: CommandRunner, opts: DiscoverOptions): Promise<DiscoveredPackage[]> {
  const args = ['list', '-e', '-json=ImportPath,Dir,Name,TestGoFiles,XTestGoFiles,Module,Error'];
  if (opts.tags) args.push('-tags', opts.tags);
  args.push('--', ...opts.packages);
  const res = await runner.run(opts.goCommand ?? 'go', args, { cwd: opts.cwd, timeoutMs: 5 * 60_000 });
  if (res.code !== 0) {
    throw new ToolchainError(`go list ${opts.packages.join(' ')} failed in ${opts.cwd} (exit ${res.code ?? res.signal}):\n${res.stderr.trim()}`);
  }
  let listed: GoListPackage[];
  try {
    listed = splitJsonStream(res.stdout) as GoListPackage[];
  } catch (err) {
    throw new ToolchainError(`go list printed output that is not JSON: ${(err as Error).message}`);
  }
  // An entry without a directory is a pattern go list could not resolve (no
  // go.mod, a directory that does not exist, a package no module provides):
  // Go's reason is the answer, not "no benchmark matches" later.
  const unresolved = listed.filter((p) => !p.Dir && p.Error?.Err).map((p) => p.Error!.Err!);
  if (unresolved.length > 0) {
    const hint = findModuleRoot(opts.cwd) ? '' : `\n(no go.mod or go.work in ${opts.cwd} or above it: set working-directory to the module's directory)`;
    throw new ToolchainError(`go list ${opts.packages.join(' ')} in ${opts.cwd}: ${unresolved.join('; ')}${hint}`);
  }
  const found: DiscoveredPackage[] = [];
  for (const p of listed) {
    if (!p.ImportPath || !p.Dir) continue;
    const files = [...(p.TestGoFiles ?? []), ...(p.XTestGoFiles ?? [])];
    const benchmarks: BenchmarkDecl[] = [];
    for (const f of files) {
      const abs = path.join(p.Dir, f);
      const src = await readFile(abs, 'utf8');
      benchmarks.push(...findBenchmarkDecls(src, abs));
    }
    const pkg: DiscoveredPackage = {
      importPath: p.ImportPath,
      dir: p.Dir,
      name: p.Name ?? path.basename(p.Dir),
      moduleDir: p.Module?.Dir ?? opts.cwd,
      modulePath: p.Module?.Path ?? '',
      benchmarks,
    };
    if (p.Error?.Err) pkg.listError = p.Error.Err;
    found.push(pkg);
  }
  return found;
}
