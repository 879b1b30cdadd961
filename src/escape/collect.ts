/**
 * Collects every heap-escape site of the given packages: the one part of
 * escape analysis that runs the Go toolchain.
 *
 *     go list -export -f '{{.ImportPath}} {{.Name}}' [-tags=…] [flags…] -gcflags=-m[=2] -- <packages>
 *
 * - `go list -export` compiles each package (to report its export data) and
 *   prints the compiler's output like `go build` does, replayed from the
 *   build cache on a hit, but never links. `go build` links every main
 *   package on every run, cache hit or not: on golang.org/x/tools (46
 *   commands) a fully cached `go build` still spends ~35 s linking.
 *   It also takes packages that hold only _test.go files (benchmark-only
 *   packages) without failing, where `go build` exits 1.
 * - `-gcflags` without a package pattern applies to the packages named on the
 *   command line only: dependencies compile with default flags and stay
 *   shared with every other build in the build cache.
 * - `-m` output is replayed from the build cache on a hit (see
 *   diagnostics.ts for why the text and not the JSON log). `-m=2` adds the
 *   compiler's explanation of each escape, for a larger output; it is an
 *   option because only new sites need explaining (a baseline does not).
 * - Test files are not compiled: escapes in test code are not the product's.
 * - The copies the compiler reports for inlined code are folded into the
 *   site they copy, so each source position is one site (inlining.ts); `-f`
 *   prints each package's name too, which qualifies cross-package copies.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { CommandRunner } from '../toolchain/exec.js';
import { ToolchainError } from '../errors.js';
import { parseEscapeDiagnostics, type CompilerEscape, type UnrecognisedLine } from './diagnostics.js';
import { enclosingFunction, scanGoFile, type ScannedGoFile } from './functions.js';
import { allowReason, findAllowDirectives, type DirectiveScan } from './ignore.js';
import { assignKeys, PACKAGE_SCOPE, type EscapeSite } from './sites.js';
import { foldInlinedCopies, type CollectedSite } from './inlining.js';
import { relativeInside } from '../result/paths.js';

export interface EscapeCompileError {
  /** Package whose compilation printed it ('' when the go command printed it before any package). */
  package: string;
  /** Repo-relative like EscapeSite.file; '' without position. */
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface EscapeCollection {
  goVersion: string;
  /** Import paths of the packages analysed (the patterns resolved), including those without sites. */
  packages: string[];
  /** Sorted by package, file, position; keys assigned. */
  sites: EscapeSite[];
  /** Compiler output lines that fit no known form: kept, never dropped. `line` is the source line when the output line had a position. */
  unrecognised: { package: string; file: string; line: number; text: string; outputLine: number }[];
  /** Non-empty when a package failed to compile; the gate fails on them. */
  compileErrors: EscapeCompileError[];
  /** Things the user can live with, shown next to the results (e.g. a directive without a reason). */
  warnings: string[];
}

export interface CollectOptions {
  /** Directory to run the go command in (the module, or a directory inside the workspace). */
  cwd: string;
  /** Import paths (or patterns) of the packages to analyse. */
  packages: string[];
  /** Build tags, comma-separated ('' for none). */
  tags: string;
  /**
   * Extra build flags, passed before ours: a `-gcflags` without a package
   * pattern is replaced by ours; one with a pattern (`all=-N`) combines.
   */
  goFlags: string[];
  /** Repository root: file paths in sites are relative to it. */
  repoRoot: string;
  /** Collect `-m=2` explanations. */
  explain: boolean;
  /** The go command (default `go`). */
  goCommand?: string;
  /** Default 30 minutes. */
  timeoutMs?: number;
  /** Environment on top of process.env (tests set GOCACHE, GOFLAGS). */
  env?: Record<string, string | undefined>;
}

/**
 * Bound on the compiler output kept in memory. `-m=2` on golang.org/x/tools (216
 * packages) prints 28 MB; the bound leaves a wide margin, and exceeding it is
 * an error rather than a silently shorter list.
 */
const MAX_OUTPUT = 512 * 1024 * 1024;

export async function collectEscapes(runner: CommandRunner, opts: CollectOptions): Promise<EscapeCollection> {
  const go = opts.goCommand ?? 'go';
  const env = await goEnv(runner, go, opts);
  if (opts.packages.length === 0) {
    return { goVersion: env.GOVERSION, packages: [], sites: [], unrecognised: [], compileErrors: [], warnings: [] };
  }
  const args = [
    'list',
    '-export',
    '-f',
    '{{.ImportPath}} {{.Name}}',
    ...(opts.tags ? [`-tags=${opts.tags}`] : []),
    ...opts.goFlags,
    `-gcflags=${opts.explain ? '-m=2' : '-m'}`,
    '--',
    ...opts.packages,
  ];
  const res = await runner.run(go, args, {
    cwd: opts.cwd,
    env: opts.env,
    timeoutMs: opts.timeoutMs ?? 30 * 60_000,
    maxOutput: MAX_OUTPUT,
  });
  const command = `${go} ${args.join(' ')}`;
  if (res.timedOut) throw new ToolchainError(`"${command}" timed out after ${Math.round(res.wallMs / 1000)} s`);
  if (res.truncated) {
    throw new ToolchainError(`"${command}" printed more than ${MAX_OUTPUT} bytes of diagnostics; escape sites would be lost, so none are reported`);
  }
  // Compiler output is on stderr; stdout lists the packages the patterns matched.
  const parsed = parseEscapeDiagnostics(res.stderr);
  const listed = res.stdout
    .split('\n')
    .map((l) => l.trim().split(' '))
    .filter((f) => f[0]);
  const packages = listed.map((f) => f[0]);
  const packageNames = new Map(listed.filter((f) => f[1]).map((f) => [f[0], f[1]]));

  const paths = new PathMapper(opts.cwd, opts.repoRoot, env.GOROOT, env.GOMODCACHE);
  const failed = res.code !== 0;
  const compileErrors: EscapeCompileError[] = [];
  const unrecognised: EscapeCollection['unrecognised'] = [];
  // When the build failed, what we cannot read is the failure: the compiler's errors (under a package header or
  // with a position), or the go command's own (neither), such as a pattern that matches no directory.
  const goCommandErrors: EscapeCompileError[] = [];
  for (const u of parsed.unrecognised) {
    if (!failed) unrecognised.push({ package: u.package, file: paths.display(u.file), line: u.line, text: u.text, outputLine: u.outputLine });
    else if (u.package !== '' || u.file !== '') compileErrors.push(toCompileError(u, paths));
    else goCommandErrors.push(toCompileError(u, paths));
  }
  if (failed && compileErrors.length === 0) {
    // Nothing a package printed: a setup problem to fix, not compile errors to annotate.
    throw new ToolchainError(`"${command}" failed (exit ${res.code ?? res.signal}): ${res.stderr.trim().slice(-4000)}`);
  }
  compileErrors.push(...goCommandErrors);

  const warnings: string[] = [];
  const sources = new SourceFiles();
  const collected: CollectedSite[] = [];
  for (const d of parsed.sites) {
    collected.push({ site: await toSite(d, paths, sources, warnings), compilerFunction: d.compilerFunction });
  }
  const calls = parsed.inlined.map((c) => ({ ...c, file: paths.display(c.file) }));
  const sites = foldInlinedCopies(collected, calls, packageNames);
  for (const [file, scan] of sources.directiveProblems()) {
    for (const p of scan.problems) warnings.push(`${paths.display(file)}:${p.line}: ${p.message}`);
  }
  return {
    goVersion: env.GOVERSION,
    packages,
    sites: assignKeys(sites),
    unrecognised,
    compileErrors,
    warnings,
  };
}

async function goEnv(runner: CommandRunner, go: string, opts: CollectOptions): Promise<Record<'GOVERSION' | 'GOROOT' | 'GOMODCACHE', string>> {
  const res = await runner.run(go, ['env', '-json', 'GOVERSION', 'GOROOT', 'GOMODCACHE'], { cwd: opts.cwd, env: opts.env, timeoutMs: 60_000 });
  if (res.code !== 0) throw new ToolchainError(`"${go} env" failed (exit ${res.code ?? res.signal}): ${res.stderr.trim()}`);
  try {
    const env = JSON.parse(res.stdout) as Record<string, string>;
    return { GOVERSION: env.GOVERSION ?? '', GOROOT: env.GOROOT ?? '', GOMODCACHE: env.GOMODCACHE ?? '' };
  } catch {
    throw new ToolchainError(`"${go} env -json" printed something that is not JSON: ${res.stdout.slice(0, 200)}`);
  }
}

function toCompileError(u: UnrecognisedLine, paths: PathMapper): EscapeCompileError {
  return { package: u.package, file: paths.display(u.file), line: u.line, column: u.column, message: u.message.trim() };
}

async function toSite(d: CompilerEscape, paths: PathMapper, sources: SourceFiles, warnings: string[]): Promise<Omit<EscapeSite, 'key'>> {
  const abs = paths.absolute(d.file);
  let fn = '';
  let snippet = '';
  let ignored: string | undefined;
  if (abs && d.line > 0) {
    const src = await sources.get(abs, warnings);
    if (src) {
      const decl = enclosingFunction(src.scan.functions, d.line, d.column);
      fn = decl ? decl.name : PACKAGE_SCOPE;
      snippet = (src.lines[d.line - 1] ?? '').trim().replace(/\s+/g, ' ');
      ignored = allowReason(src.directives, d.line);
    }
  }
  // Deliberately not the compiler's -m=2 function name when the source gives none: identity must not depend
  // on whether explanations were collected (baselines are collected without them).
  const site: Omit<EscapeSite, 'key'> = {
    package: d.package,
    file: paths.display(d.file),
    line: d.line,
    column: d.column,
    function: fn,
    kind: d.kind,
    subject: d.subject,
    explanation: d.explanation.map((l) => paths.rewriteMentions(l)),
    snippet,
  };
  if (ignored !== undefined) site.ignored = ignored;
  return site;
}

/** Reads and scans each source file once (sites are many, files few). */
class SourceFiles {
  private readonly files = new Map<string, Promise<SourceFile | undefined>>();
  private readonly read = new Map<string, SourceFile>();

  get(abs: string, warnings: string[]): Promise<SourceFile | undefined> {
    let entry = this.files.get(abs);
    if (!entry) {
      entry = readFile(abs).then(
        (buf) => {
          const scan = scanGoFile(buf);
          const file = { scan, lines: buf.toString('utf8').split('\n'), directives: findAllowDirectives(scan) };
          this.read.set(abs, file);
          return file;
        },
        (err: NodeJS.ErrnoException) => {
          warnings.push(`${abs}: cannot read the source of an escape site (${err.code ?? err.message}); its function is unknown`);
          return undefined;
        },
      );
      this.files.set(abs, entry);
    }
    return entry;
  }

  /** Directive scans of every file read so far. */
  directiveProblems(): [string, DirectiveScan][] {
    return [...this.read].map(([file, f]) => [file, f.directives]);
  }
}

interface SourceFile {
  scan: ScannedGoFile;
  lines: string[];
  directives: DirectiveScan;
}

/**
 * Turns the paths the compiler printed (relative to the go command's
 * directory, or absolute) into stable ones: repo-relative with `/`, or
 * `$GOROOT/…` / `$GOMODCACHE/…` so that a baseline made on another machine
 * names the same file.
 */
class PathMapper {
  constructor(
    private readonly cwd: string,
    private readonly repoRoot: string,
    private readonly goroot: string,
    private readonly gomodcache: string,
  ) {}

  absolute(printed: string): string | undefined {
    if (printed === '' || printed.startsWith('<')) return undefined;
    return path.resolve(this.cwd, printed);
  }

  display(printed: string): string {
    const abs = this.absolute(printed);
    if (!abs) return printed;
    for (const [root, label] of [
      [this.repoRoot, ''],
      [this.goroot, '$GOROOT/'],
      [this.gomodcache, '$GOMODCACHE/'],
    ] as const) {
      if (!root) continue;
      const rel = relativeInside(root, abs);
      if (rel !== undefined) return label + rel;
    }
    return abs.split(path.sep).join('/');
  }

  /** Rewrites `at <path>:L:C` in an explanation line. */
  rewriteMentions(line: string): string {
    return line.replace(/ at ((?:[A-Za-z]:)?[^:\s]+):(\d+(?::\d+)?)$/, (_m, file: string, where: string) => ` at ${this.display(file)}:${where}`);
  }
}
