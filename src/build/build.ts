/**
 * Build: one test binary per package, built once and run many times. `go test`
 * refuses -memprofile and -trace with several packages, and rebuilding per
 * sample would measure the build cache, so per-package binaries are the only
 * sound shape. Compile errors are parsed into file:line entries so they can be
 * reported and annotated.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { CommandRunner } from '../toolchain/exec.js';

interface CompileError {
  /** Path as the compiler printed it (relative to the package's module or absolute). */
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface BuiltBinary {
  importPath: string;
  binary: string;
}

export interface BuildFailure {
  importPath: string;
  output: string;
  errors: CompileError[];
}

export interface BuildOptions {
  cwd: string;
  outDir: string;
  tags: string;
  /** Extra flags for `go test -c` (build flags such as -gcflags, -race, -ldflags). */
  goTestFlags: string[];
  goCommand?: string;
  timeoutMs?: number;
}

const COMPILE_ERROR = /^(\S[^:\n]*\.go):(\d+)(?::(\d+))?: (.*)$/;

/** Extracts `file.go:line:col: message` diagnostics from `go build` / `go vet` output. */
function parseCompileErrors(output: string): CompileError[] {
  const errors: CompileError[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = COMPILE_ERROR.exec(line.trim());
    if (!m) continue;
    errors.push({
      file: m[1].replace(/^\.\//, ''),
      line: Number(m[2]),
      column: m[3] ? Number(m[3]) : undefined,
      message: m[4],
    });
  }
  return errors;
}

export async function buildTestBinary(
  runner: CommandRunner,
  importPath: string,
  index: number,
  opts: BuildOptions,
): Promise<BuiltBinary | BuildFailure> {
  await mkdir(opts.outDir, { recursive: true });
  const safe = importPath.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-80);
  const binary = path.join(opts.outDir, `${index}-${safe}.test${process.platform === 'win32' ? '.exe' : ''}`);
  const args = ['test', '-c', '-o', binary];
  if (opts.tags) args.push('-tags', opts.tags);
  args.push(...opts.goTestFlags, importPath);
  const res = await runner.run(opts.goCommand ?? 'go', args, {
    cwd: opts.cwd,
    timeoutMs: opts.timeoutMs ?? 15 * 60_000,
  });
  if (res.code === 0) return { importPath, binary };
  const output = (res.stderr + res.stdout).trim() || `go test -c exited with ${res.code ?? res.signal}`;
  return { importPath, output, errors: parseCompileErrors(output) };
}

export function isBuildFailure(b: BuiltBinary | BuildFailure): b is BuildFailure {
  return 'errors' in b;
}
