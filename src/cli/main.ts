/**
 * The local CLI: the same engine as the Action.
 *
 *   go-runtime-gate run      measure; write a RunResult; optionally save/compare with a baseline dir
 *   go-runtime-gate ab       measure the merge-base and HEAD interleaved (A/B) and compare
 *   go-runtime-gate compare  compare two RunResult files
 *   go-runtime-gate report   render a saved report JSON
 *   go-runtime-gate demo     the bundled example, end to end
 *
 * Exit status: 0 pass, 1 gated regression or benchmark failure, 2 bad usage or input.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { compareOptionsOf, parseConfig, type GateConfig, type RawConfig } from '../config/config.js';
import { processRunner } from '../toolchain/exec.js';
import { gitInfo } from '../toolchain/git.js';
import { runMeasurement } from '../engine/run.js';
import { compareRuns } from '../compare/compare.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import type { Report } from '../report/model.js';
import { readDocumentFile, reportDocument, runResultDocument, serializeDocument, writeDocumentFile } from '../document/index.js';
import { DirectoryStore } from '../store/dir.js';
import { ConfigError, GateError } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { inspectFile } from './inspect.js';
import { runAb, compareAb } from '../ab/ab.js';
import { defaultBaseRef, repositoryRoot } from '../ab/worktree.js';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

const USAGE = `go-runtime-gate ${TOOL_VERSION}: gate Go changes on allocations, heap escapes, GC and goroutines.

Usage:
  go-runtime-gate run [flags]                 measure the benchmarks of a Go module
  go-runtime-gate ab [--base-ref REF] [flags] measure the merge-base of HEAD and REF and HEAD in one
                                              interleaved run (A/B, in a git repository) and compare
  go-runtime-gate compare BASE.json HEAD.json compare two runs and print the report
  go-runtime-gate report REPORT.json          print a saved report
  go-runtime-gate demo                        run the bundled example end to end
  go-runtime-gate inspect FILE                metrics of one trace, or top allocation sites of one heap profile

Measurement flags (run, ab, demo):
  -C, --working-directory DIR   module directory (default .)
  --packages PATTERNS           go list patterns (default ./...)
  --bench REGEXP                -bench pattern (default .)
  --count N                     samples (processes) per benchmark (default 6)
  --benchtime T                 -benchtime per sample (default 1s; the demo uses 100ms)
  --cpu LIST                    GOMAXPROCS values, e.g. 1,4
  --tags TAGS                   build tags
  --go-test-flags FLAGS         extra flags for go test -c
  --timeout D                   per-process timeout (default 10m)
  --profiles LIST               memprofile,trace or none (default both)
  --memprofile-rate BYTES       -test.memprofilerate (default 4096; 0 = Go's 512 KiB)

run flags:
  -o, --out FILE                write the RunResult here (default .gate/run.json)
  --baseline-dir DIR            directory store of baselines
  --branch NAME                 branch for --save / --compare (default: current git branch or main)
  --save                        save this run as the branch's baseline in --baseline-dir
  --compare                     compare with the branch's baseline in --baseline-dir

ab flags:
  --base-ref REF                compare with the merge-base of HEAD and REF (default: origin/HEAD,
                                else origin/main or origin/master); writes .gate/ab-base.json and
                                .gate/ab-head.json

inspect flags:
  --json                        machine-readable output
  --top N                       allocation sites to list (default 20; 0 = all)
  --by-function                 group allocation sites by function
  --module-dir DIR              module root deciding goroutine-leak creation sites (default .)
  --module-path PATH            module path, for traces of -trimpath builds

Report flags (run --compare, ab, compare, report, demo):
  --format text|markdown|json   output format (default text)
  --report FILE                 also write the report JSON here
  --metrics, --thresholds, --floors, --alpha, --fdr, --max-new-escapes, --ceilings, --gc-pause-rule   decision settings (see README)
`;

const measureOptions = {
  'working-directory': { type: 'string', short: 'C' },
  packages: { type: 'string' },
  bench: { type: 'string' },
  count: { type: 'string' },
  benchtime: { type: 'string' },
  cpu: { type: 'string' },
  tags: { type: 'string' },
  'go-test-flags': { type: 'string' },
  timeout: { type: 'string' },
  profiles: { type: 'string' },
  'memprofile-rate': { type: 'string' },
  'max-new-escapes': { type: 'string' },
  ceilings: { type: 'string' },
  'gc-pause-rule': { type: 'string' },
  metrics: { type: 'string' },
  thresholds: { type: 'string' },
  floors: { type: 'string' },
  alpha: { type: 'string' },
  fdr: { type: 'string' },
  format: { type: 'string' },
  report: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'baseline-dir': { type: 'string' },
  branch: { type: 'string' },
  save: { type: 'boolean' },
  compare: { type: 'boolean' },
  json: { type: 'boolean' },
  top: { type: 'string' },
  'by-function': { type: 'boolean' },
  'module-dir': { type: 'string' },
  'module-path': { type: 'string' },
  'base-ref': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = { [K in keyof typeof measureOptions]?: (typeof measureOptions)[K]['type'] extends 'boolean' ? boolean : string };

class UsageError extends GateError {
  constructor(message: string) {
    super('usage', message);
  }
}

function rawConfig(v: Values): RawConfig {
  return {
    workingDirectory: v['working-directory'],
    packages: v.packages,
    bench: v.bench,
    count: v.count,
    benchtime: v.benchtime,
    cpu: v.cpu,
    tags: v.tags,
    goTestFlags: v['go-test-flags'],
    timeout: v.timeout,
    profiles: v.profiles,
    memprofileRate: v['memprofile-rate'],
    maxNewEscapes: v['max-new-escapes'],
    ceilings: v.ceilings,
    gcPauseRule: v['gc-pause-rule'],
    metrics: v.metrics,
    thresholds: v.thresholds,
    floors: v.floors,
    alpha: v.alpha,
    fdr: v.fdr,
  };
}

function render(report: Report, format: string | undefined, io: CliIO): string {
  switch (format ?? 'text') {
    case 'text':
      return renderTerminal(report, { color: io.isTTY });
    case 'markdown':
    case 'md':
      return renderMarkdown(report);
    case 'json':
      return serializeDocument(reportDocument, report);
    default:
      throw new UsageError(`--format: "${format}" is not text, markdown or json`);
  }
}

const compareOptions = compareOptionsOf;

async function emit(report: Report, v: Values, io: CliIO): Promise<number> {
  if (v.report) {
    await mkdir(path.dirname(path.resolve(v.report)), { recursive: true });
    await writeDocumentFile(reportDocument, v.report, report);
  }
  io.out(render(report, v.format, io));
  return report.verdict === 'fail' ? 1 : 0;
}

async function measureHere(config: GateConfig, io: CliIO, workDir: string) {
  const cwd = path.resolve(config.workingDirectory);
  const git = await gitInfo(processRunner, existsSync(cwd) ? cwd : process.cwd());
  return runMeasurement(config, {
    runner: processRunner,
    workDir,
    repoRoot: git.root ?? cwd,
    commit: git.commit,
    ref: git.ref,
    log: (m) => io.err(m),
  });
}

async function cmdRun(v: Values, io: CliIO): Promise<number> {
  const config = parseConfig(rawConfig(v));
  if ((v.save || v.compare) && !v['baseline-dir']) throw new UsageError('--save and --compare need --baseline-dir');
  // Artifacts go in .gate inside the module, but never create the module directory itself.
  if (!existsSync(path.resolve(config.workingDirectory))) {
    throw new ConfigError(`working-directory: "${config.workingDirectory}" does not exist (resolved to ${path.resolve(config.workingDirectory)})`);
  }
  const workDir = path.resolve(path.join(config.workingDirectory, '.gate'));
  await mkdir(workDir, { recursive: true });
  const head = await measureHere(config, io, workDir);
  const out = v.out ?? path.join(workDir, 'run.json');
  await writeDocumentFile(runResultDocument, out, head);
  io.err(`RunResult written to ${out}`);
  const branch = v.branch || head.environment.ref.replace(/^refs\/heads\//, '') || 'main';
  let code = 0;
  if (v.compare) {
    const store = new DirectoryStore(v['baseline-dir']!);
    const restored = await store.restore({
      branch,
      environment: head.environment,
    });
    const report = compareRuns(restored?.result ?? null, head, compareOptions(config, restored ? 'dir' : 'none'));
    if (restored) report.warnings.push(...restored.warnings);
    code = await emit(report, v, io);
  }
  if (v.save) {
    const where = await new DirectoryStore(v['baseline-dir']!).save(head, branch);
    io.err(`Baseline saved: ${where}`);
  }
  return code;
}

/**
 * `ab`: the merge-base measured in a temporary worktree, interleaved with
 * HEAD's working tree (uncommitted changes included, as `run` measures them).
 */
async function cmdAb(v: Values, io: CliIO): Promise<number> {
  const config = parseConfig(rawConfig(v));
  const cwd = path.resolve(config.workingDirectory);
  if (!existsSync(cwd)) {
    throw new ConfigError(`working-directory: "${config.workingDirectory}" does not exist (resolved to ${cwd})`);
  }
  const root = await repositoryRoot(processRunner, cwd);
  const baseRef = v['base-ref'] || (await defaultBaseRef(processRunner, root));
  const git = await gitInfo(processRunner, cwd);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'go-runtime-gate-ab-'));
  try {
    const outcome = await runAb(
      config,
      { runner: processRunner, workDir, repoRoot: git.root ?? root, commit: git.commit, ref: git.ref, log: (m) => io.err(m) },
      { baseRef },
    );
    const outDir = path.join(cwd, '.gate');
    await mkdir(outDir, { recursive: true });
    await writeDocumentFile(runResultDocument, path.join(outDir, 'ab-head.json'), outcome.head);
    if (outcome.base) await writeDocumentFile(runResultDocument, path.join(outDir, 'ab-base.json'), outcome.base);
    if (outcome.problem) io.err(`go-runtime-gate: ${outcome.problem}; there is no baseline, the head's values are shown.`);
    const { baselineSource: _unused, ...options } = compareOptions(config, 'ab');
    return await emit(compareAb(outcome, options), v, io);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function cmdCompare(args: string[], v: Values, io: CliIO): Promise<number> {
  if (args.length !== 2) throw new UsageError('compare needs two files: BASE.json HEAD.json');
  const config = parseConfig(rawConfig(v));
  const base = await readDocumentFile(runResultDocument, args[0]);
  const head = await readDocumentFile(runResultDocument, args[1]);
  return emit(compareRuns(base, head, compareOptions(config, 'file')), v, io);
}

async function cmdReport(args: string[], v: Values, io: CliIO): Promise<number> {
  if (args.length !== 1) throw new UsageError('report needs one file: REPORT.json');
  const report = await readDocumentFile(reportDocument, args[0]);
  return emit(report, v, io);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as Partial<T>;
}

/** Finds the bundled example whether we run from dist/cli, build/ or src/. */
function exampleDir(): string {
  const starts = [path.dirname(process.argv[1] ?? '.'), process.cwd()];
  for (const start of starts) {
    let dir = path.resolve(start);
    for (let i = 0; i < 5; i++) {
      const candidate = path.join(dir, 'fixtures', 'example');
      if (existsSync(path.join(candidate, 'base', 'go.mod'))) return candidate;
      dir = path.dirname(dir);
    }
  }
  throw new UsageError('demo: cannot find fixtures/example (run it from a checkout of go-runtime-gate)');
}

async function cmdDemo(v: Values, io: CliIO): Promise<number> {
  const example = exampleDir();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'go-runtime-gate-demo-'));
  try {
    const store = new DirectoryStore(path.join(tmp, 'baselines'));
    const raw = { benchtime: '100ms', ...stripUndefined(rawConfig(v)) };
    io.err(`Demo: measuring the base revision (${path.join(example, 'base')}) as the main branch's baseline…`);
    const baseConfig = parseConfig({ ...raw, workingDirectory: path.join(example, 'base') });
    const base = await runMeasurement(baseConfig, {
      runner: processRunner,
      workDir: path.join(tmp, 'base'),
      repoRoot: path.join(example, 'base'),
      commit: 'base',
      ref: 'refs/heads/main',
      log: (m) => io.err(`  ${m}`),
    });
    await store.save(base, 'main');
    io.err(`Demo: measuring the head revision (${path.join(example, 'head')}) as a pull request…`);
    const headConfig = parseConfig({ ...raw, workingDirectory: path.join(example, 'head') });
    const head = await runMeasurement(headConfig, {
      runner: processRunner,
      workDir: path.join(tmp, 'head'),
      repoRoot: path.join(example, 'head'),
      commit: 'head',
      ref: 'refs/pull/1/merge',
      log: (m) => io.err(`  ${m}`),
    });
    const restored = await store.restore({ branch: 'main', environment: head.environment });
    const report = compareRuns(restored?.result ?? null, head, compareOptions(headConfig, 'dir'));
    const code = await emit(report, v, io);
    io.err(
      'Demo done: the head revision regresses on purpose (an extra allocation in codec.BenchmarkEncode, a 50% larger frame in codec.BenchmarkNewFrame, ' +
        'a leaked goroutine per call in leaky.BenchmarkProcess, more garbage in gcpressure.BenchmarkBuild, two new heap escapes in package escapes), ' +
        `so the gate ${code === 1 ? 'fails, as it should' : 'did NOT fail — that is a bug'}.`,
    );
    return code === 1 ? 0 : 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === 'version') {
    io.out(TOOL_VERSION);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: measureOptions, allowPositionals: true, strict: true });
    const v = values as Values;
    if (v.help) {
      io.out(USAGE);
      return 0;
    }
    switch (command) {
      case 'run':
        return await cmdRun(v, io);
      case 'ab':
        return await cmdAb(v, io);
      case 'compare':
        return await cmdCompare(positionals, v, io);
      case 'report':
        return await cmdReport(positionals, v, io);
      case 'demo':
        return await cmdDemo(v, io);
      case 'inspect': {
        if (positionals.length !== 1) throw new UsageError('inspect needs one file: a trace or a heap profile');
        const top = v.top === undefined ? undefined : Number(v.top);
        if (top !== undefined && !(Number.isInteger(top) && top >= 0)) throw new UsageError(`--top: "${v.top}" is not a whole number`);
        io.out(
          await inspectFile(positionals[0], {
            json: v.json ?? false,
            top,
            byFunction: v['by-function'] ?? false,
            moduleDir: v['module-dir'] ?? '.',
            modulePath: v['module-path'] ?? '',
          }),
        );
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (err) {
    if (err instanceof GateError) {
      io.err(`go-runtime-gate: ${err.message}`);
      return 2;
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      io.err(`go-runtime-gate: ${(err as Error).message}`);
      return 2;
    }
    if (code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`go-runtime-gate: ${(err as Error).message}`);
      return 2;
    }
    io.err(`go-runtime-gate: unexpected error: ${(err as Error).stack ?? err}`);
    return 3;
  }
}
