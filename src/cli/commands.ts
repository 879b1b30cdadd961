/**
 * The CLI's commands. Each turns its flags into a plan (or a stage's inputs)
 * and hands it to the one gate pipeline (src/gate), then prints the report in
 * the chosen format (output.ts); the exit status comes from the same decision
 * the Action uses (src/gate/decision.ts). `--shard i/n` and `merge` are in
 * shards.ts.
 */
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { parseConfig, parseOptions, type GateConfig } from '../options/config.js';
import type { RawOptions } from '../options/table.js';
import { processRunner } from '../toolchain/exec.js';
import { excludeFromGit, gitInfo } from '../toolchain/git.js';
import { defaultBaseRef, resolveMergeBase } from '../toolchain/worktree.js';
import { readDocumentFile, reportDocument, runResultDocument, writeDocumentFile } from '../document/index.js';
import { DirectoryStore } from '../store/dir.js';
import { ConfigError, GateError } from '../errors.js';
import { compareStage, runGate } from '../gate/pipeline.js';
import { unconfirmable } from '../gate/confirm.js';
import { plainLog, type GateDeps, type GatePlan } from '../gate/plan.js';
import { gateDecision } from '../gate/decision.js';
import { BASELINE_FLAGS, UsageError } from './flags.js';
import { emit, OUTPUT_KEYS, type CliIO } from './output.js';
import { directoryPlan } from './baseline.js';
import { runShardCommand, shardOf } from './shards.js';

export type { CliIO } from './output.js';

/** Refuses a path that names a directory before any work is done, instead of failing after measuring. */
async function checkOutputPath(file: string, flag: string): Promise<void> {
  const st = await stat(file).catch(() => null);
  if (st?.isDirectory()) throw new UsageError(`${flag}: ${file} is a directory; give a file name`);
}

/** Reads a RunResult or report file; a missing or unreadable file is bad input with its name, not a raw error. */
async function readInput<T>(file: string, read: (file: string) => Promise<T>): Promise<T> {
  try {
    return await read(file);
  } catch (err) {
    if (err instanceof GateError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new GateError('bad-input', `cannot read ${file}: ${why}`);
  }
}

/**
 * `--affected auto` given: the merge-base of HEAD and `baseRef` (default: the
 * default branch) is what the working tree's change is taken from; without it,
 * everything is measured and the report says why.
 */
async function affectedBase(raw: RawOptions, root: string, baseRef?: string): Promise<GatePlan['affected']> {
  if (raw.affected === undefined || parseOptions(raw, ['affected']).affected !== 'auto') return undefined;
  try {
    const ref =
      baseRef ||
      (await defaultBaseRef(processRunner, root).catch(async (err: unknown) => {
        const local = await localDefault(root);
        if (!local) throw err;
        return local;
      }));
    return { base: await resolveMergeBase(processRunner, root, ref) };
  } catch (err) {
    return { base: '', unavailable: `no base to take the change from (${(err as Error).message.split('\n')[0]})` };
  }
}

/** A clone without origin: its own main or master branch. */
async function localDefault(root: string): Promise<string | undefined> {
  for (const b of ['main', 'master']) {
    const r = await processRunner.run('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${b}`], { cwd: root, timeoutMs: 60_000 });
    if (r.code === 0) return b;
  }
  return undefined;
}

function deps(io: CliIO): GateDeps {
  return { runner: processRunner, log: plainLog((m) => io.err(m)) };
}

function moduleDir(config: GateConfig): string {
  const cwd = path.resolve(config.workingDirectory);
  if (!existsSync(cwd)) throw new ConfigError(`working-directory: "${config.workingDirectory}" does not exist (resolved to ${cwd})`);
  return cwd;
}

/** `run`: measure; write the RunResult; save it as, or compare it with, a branch's baseline in a directory. */
export async function cmdRun(raw: RawOptions, io: CliIO): Promise<number> {
  const config = parseConfig(raw);
  const o = parseOptions(raw, ['out', ...BASELINE_FLAGS, ...OUTPUT_KEYS]);
  if ((o.save || o.compare) && !o.baselineDir) throw new UsageError('--save and --compare need --baseline-dir');
  const cwd = moduleDir(config);
  const git = await gitInfo(processRunner, cwd);
  const repoRoot = git.root ?? cwd;
  const workDir = path.join(cwd, '.gate');
  const out = path.resolve(o.out || path.join(workDir, 'run.json'));
  await checkOutputPath(out, '--out');
  if (o.report) await checkOutputPath(o.report, '--report');
  await mkdir(workDir, { recursive: true });
  await excludeFromGit(processRunner, repoRoot, path.relative(repoRoot, workDir));
  // Each run's traces and heap profiles replace the previous run's (hundreds of MB on a large module,
  // which piled up run after run); `inspect` reads the last run's.
  for (const dir of ['samples', 'confirm']) await rm(path.join(workDir, dir), { recursive: true, force: true });

  const plan: GatePlan = {
    config,
    head: { repoRoot, commit: git.commit, ref: git.ref },
    workDir,
    ...(await directoryPlan(o, cwd, git.ref.replace(/^refs\/heads\//, ''), (m) => io.err(m))),
  };
  const affected = await affectedBase(raw, repoRoot);
  if (affected) plan.affected = affected;
  const shard = shardOf(raw);
  if (shard) return runShardCommand(plan, shard, raw, io);
  const outcome = await runGate(plan, deps(io));
  await writeDocumentFile(runResultDocument, out, outcome.head);
  io.err(`RunResult written to ${out}`);
  if (o.compare) return emit(outcome.report, raw, io, config, outcome.saved);
  const decision = gateDecision(outcome.report, config, outcome.saved);
  if (decision.fail) io.err(`go-runtime-gate: ${decision.message}`);
  return decision.fail ? 1 : 0;
}

/**
 * `ab`: the merge-base measured in a temporary worktree, interleaved with
 * HEAD's working tree (uncommitted changes included, as `run` measures them).
 */
export async function cmdAb(raw: RawOptions, io: CliIO): Promise<number> {
  const config = parseConfig(raw);
  const o = parseOptions(raw, ['baseRef', ...OUTPUT_KEYS]);
  if (o.report) await checkOutputPath(o.report, '--report');
  const cwd = moduleDir(config);
  const git = await gitInfo(processRunner, cwd);
  const baseRef = o.baseRef || (await defaultBaseRef(processRunner, git.root ?? cwd));
  const affected = await affectedBase(raw, git.root ?? cwd, baseRef);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'go-runtime-gate-ab-'));
  try {
    const plan: GatePlan = {
      config,
      head: { repoRoot: git.root ?? cwd, commit: git.commit, ref: git.ref },
      baseline: { kind: 'ab', baseRef },
      workDir,
      ...(affected ? { affected } : {}),
    };
    const shard = shardOf(raw);
    if (shard) return await runShardCommand(plan, shard, raw, io);
    const outcome = await runGate(plan, deps(io));
    const outDir = path.join(cwd, '.gate');
    await mkdir(outDir, { recursive: true });
    if (git.root) await excludeFromGit(processRunner, git.root, path.relative(git.root, outDir));
    await writeDocumentFile(runResultDocument, path.join(outDir, 'ab-head.json'), outcome.head);
    if (outcome.base) await writeDocumentFile(runResultDocument, path.join(outDir, 'ab-base.json'), outcome.base);
    return await emit(outcome.report, raw, io, config);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export async function cmdCompare(args: string[], raw: RawOptions, io: CliIO): Promise<number> {
  if (args.length !== 2) throw new UsageError('compare needs two files: BASE.json HEAD.json');
  const config = parseConfig(raw);
  parseOptions(raw, OUTPUT_KEYS);
  const base = await readInput(args[0], (f) => readDocumentFile(runResultDocument, f));
  const head = await readInput(args[1], (f) => readDocumentFile(runResultDocument, f));
  const report = unconfirmable(
    compareStage(base, head, config, 'file'),
    'two saved runs were compared: nothing was re-measured on one runner, so a machine-sensitive change does not gate (`run --compare`, `demo` and `ab` re-measure)',
  );
  return emit(report, raw, io, config);
}

export async function cmdReport(args: string[], raw: RawOptions, io: CliIO): Promise<number> {
  if (args.length !== 1) throw new UsageError('report needs one file: REPORT.json');
  parseOptions(raw, OUTPUT_KEYS);
  const report = await readInput(args[0], (f) => readDocumentFile(reportDocument, f));
  return emit(report, raw, io);
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

/** `demo`: the bundled example's base recorded as main's baseline, then its head gated against it, as a push and a pull request would. */
export async function cmdDemo(raw: RawOptions, io: CliIO): Promise<number> {
  const example = exampleDir();
  const o = parseOptions(raw, ['confirm', 'confirmCount', 'confirmAlpha', 'confirmBudget', ...OUTPUT_KEYS]);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'go-runtime-gate-demo-'));
  try {
    const store = new DirectoryStore(path.join(tmp, 'baselines'));
    const settings: RawOptions = { benchtime: '100ms', ...raw };
    const side = (name: 'base' | 'head') => parseConfig({ ...settings, workingDirectory: path.join(example, name) });
    const log = (prefix: string): GateDeps => ({ runner: processRunner, log: plainLog((m) => io.err(`  ${prefix}${m}`)) });
    io.err(`Demo: measuring the base revision (${path.join(example, 'base')}) as the main branch's baseline…`);
    await runGate(
      {
        config: side('base'),
        head: { repoRoot: path.join(example, 'base'), commit: 'base', ref: 'refs/heads/main' },
        baseline: { kind: 'none', why: 'record' },
        save: { store, branch: 'main' },
        workDir: path.join(tmp, 'base'),
      },
      log(''),
    );
    io.err(`Demo: measuring the head revision (${path.join(example, 'head')}) as a pull request…`);
    const headConfig = side('head');
    const outcome = await runGate(
      {
        config: headConfig,
        head: { repoRoot: path.join(example, 'head'), commit: 'head', ref: 'refs/pull/1/merge' },
        baseline: { kind: 'store', store, branch: 'main' },
        // The demo's "baseline commit" is the example's base directory: suspects are re-measured against it.
        ...(o.confirm === 'auto'
          ? {
              confirm: {
                base: { kind: 'dir' as const, dir: path.join(example, 'base'), repoRoot: path.join(example, 'base') },
                count: o.confirmCount,
                alpha: o.confirmAlpha,
                budget: o.confirmBudget,
              },
            }
          : {}),
        workDir: path.join(tmp, 'head'),
      },
      log(''),
    );
    const code = await emit(outcome.report, raw, io, headConfig);
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
