/**
 * Affected benchmarks: which packages' benchmarks a change can move. The
 * change is what `git diff` says between a base commit and the working tree
 * (plus untracked files); the graph is Go's own, `go list -e -deps -test`,
 * whose `P.test` entries list every package linked into P's test binary —
 * test-only imports and external `_test` packages included. A file counts for
 * the package whose directory holds it when Go builds it (any `.go` file, cgo
 * and assembly sources, embedded files) or when the tests may read it
 * (`testdata/`); a README counts for nothing.
 *
 * Fail closed: whatever cannot be decided (no git repository, the base commit
 * missing and not fetchable, go list failing, a package of the module with an
 * error, go.mod/go.sum/go.work, vendor/, the workflow files that configure the
 * gate) selects everything, with the reason in one sentence.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { CommandRunner } from '../toolchain/exec.js';
import { splitJsonStream } from './discover.js';

export type Selection =
  /** Everything is measured; `reason` says why no narrower set was chosen. */
  | { kind: 'all'; base: string; reason: string }
  | {
      kind: 'affected';
      /** The commit the working tree was compared with. */
      base: string;
      /** Files changed (repository-relative), for the log. */
      files: string[];
      /** Import paths whose files changed (deleted packages included). */
      changed: string[];
      /** Packages with tests whose test binary links a changed package. */
      affected: string[];
      /** Packages with tests that no change reaches. */
      unaffected: string[];
    };

export interface SelectOptions {
  /** The module (or workspace) directory. */
  cwd: string;
  /** The commit to diff against. */
  base: string;
  /** Why there is no base to diff against: everything is selected. */
  unavailable?: string;
  packages: string[];
  tags: string;
  goCommand?: string;
  log?: (message: string) => void;
}

interface ListedPackage {
  ImportPath?: string;
  Name?: string;
  Dir?: string;
  ForTest?: string;
  Standard?: boolean;
  Deps?: string[];
  Module?: { Path?: string; Dir?: string };
  Error?: { Err?: string; ImportStack?: string[] };
  EmbedPatterns?: string[];
  TestEmbedPatterns?: string[];
  XTestEmbedPatterns?: string[];
  [files: string]: unknown;
}

/** The `go list` fields naming a package's non-Go inputs: a change to one of them changes the package. */
const CODE_INPUTS = ['CgoFiles', 'CFiles', 'CXXFiles', 'MFiles', 'HFiles', 'FFiles', 'SFiles', 'SwigFiles', 'SwigCXXFiles', 'SysoFiles', 'EmbedFiles'];
const TEST_INPUTS = ['TestEmbedFiles', 'XTestEmbedFiles'];
const INPUT_FILES = [...CODE_INPUTS, ...TEST_INPUTS];
const FIELDS = [
  'ImportPath',
  'Name',
  'Dir',
  'ForTest',
  'Standard',
  'Deps',
  'Module',
  'Error',
  'EmbedPatterns',
  'TestEmbedPatterns',
  'XTestEmbedPatterns',
  ...INPUT_FILES,
];

/** Files whose change can move every package: the build's own configuration. */
export function changesEverything(file: string): string | undefined {
  const base = path.posix.basename(file);
  if (['go.mod', 'go.sum', 'go.work', 'go.work.sum'].includes(base)) return `${file} changed`;
  if (file.split('/').includes('vendor')) return `${file} (vendored code) changed`;
  if (file.startsWith('.github/workflows/') || file.startsWith('.github/actions/')) return `${file} (the workflow that configures the gate) changed`;
  if (/^\.?go-runtime-gate/.test(base)) return `${file} (the gate's configuration) changed`;
  return undefined;
}

function bare(importPath: string): string {
  const i = importPath.indexOf(' [');
  return i < 0 ? importPath : importPath.slice(0, i);
}

interface PackageDir {
  importPath: string;
  /** Files, relative to the directory, that are inputs besides its .go files. */
  inputs: Set<string>;
  /** Of those, the ones the package's tests embed, and the ones its code uses. */
  testInputs: Set<string>;
  codeInputs: Set<string>;
  embeds: boolean;
}

type Git = (args: string[]) => Promise<{ code: number | null; stdout: string; stderr: string }>;

function firstLine(r: { stdout: string; stderr: string }): string {
  return (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-1)[0] ?? '';
}

/** The files changed between `base` and the working tree, untracked ones included; throws a sentence. */
async function changedFiles(git: Git, base: string, log: (m: string) => void): Promise<string[]> {
  if (!base.trim() || base.startsWith('-')) throw new Error(`"${base}" is not a commit`);
  const present = await git(['cat-file', '-e', `${base}^{commit}`]);
  if (present.code !== 0) {
    log(`Affected benchmarks: fetching the base commit ${base.slice(0, 12)} (depth 1)`);
    const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', base]);
    if (fetched.code !== 0) throw new Error(`the base commit ${base.slice(0, 12)} is not in this clone and could not be fetched (${firstLine(fetched)})`);
  }
  const diff = await git(['diff', '--name-only', '--no-renames', '-z', base, '--']);
  if (diff.code !== 0) throw new Error(`git diff ${base.slice(0, 12)} failed (${firstLine(diff)})`);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z']);
  if (untracked.code !== 0) throw new Error(`git ls-files failed (${firstLine(untracked)})`);
  const names = [...diff.stdout.split('\0'), ...untracked.stdout.split('\0')].filter(Boolean);
  return [...new Set(names)].sort();
}

/** What a changed file changes: a package (its code, or only its tests), or nothing. */
interface FileEffect {
  importPath: string;
  /** Only the package's own tests see it (a _test.go file, testdata/, a test's embedded file). */
  testsOnly: boolean;
}

/**
 * The package a changed file belongs to: the nearest package directory above
 * it, if Go builds the file into it or its tests may read it; a `.go` file in
 * a directory that is no package of the graph (deleted, or nobody's
 * dependency) names the import path that directory would have.
 */
function packageOfFile(abs: string, dirs: Map<string, PackageDir>, modules: { dir: string; path: string }[], root: string): FileEffect | undefined {
  const isGo = abs.endsWith('.go');
  const isTestGo = abs.endsWith('_test.go');
  for (let d = path.dirname(abs); ; d = path.dirname(d)) {
    const pkg = dirs.get(d);
    if (pkg) {
      const rel = path.relative(d, abs).split(path.sep).join('/');
      const parts = rel.split('/');
      const effect = (testsOnly: boolean) => ({ importPath: pkg.importPath, testsOnly });
      if (parts.length === 1 && isGo) return effect(isTestGo);
      if (parts.slice(0, -1).includes('testdata')) return effect(true);
      if (pkg.inputs.has(rel)) return effect(pkg.testInputs.has(rel) && !pkg.codeInputs.has(rel));
      // A deleted file is in no list any more: an embedding package may have read it.
      if (!existsSync(abs) && pkg.embeds) return effect(false);
      break;
    }
    if (d === root || path.dirname(d) === d) break;
  }
  if (!isGo) return undefined;
  const dir = path.dirname(abs);
  const mod = modules.filter((m) => dir === m.dir || dir.startsWith(m.dir + path.sep)).sort((a, b) => b.dir.length - a.dir.length)[0];
  if (!mod) return undefined;
  const rel = path.relative(mod.dir, dir).split(path.sep).join('/');
  return { importPath: rel ? `${mod.path}/${rel}` : mod.path, testsOnly: false };
}

/**
 * Which packages' benchmarks the change from `base` to the working tree can
 * affect. Never throws: what cannot be decided selects everything, saying why.
 */
export async function selectAffected(runner: CommandRunner, opts: SelectOptions): Promise<Selection> {
  const log = opts.log ?? (() => {});
  const all = (reason: string): Selection => ({ kind: 'all', base: opts.base, reason });
  const git: Git = async (args) => {
    try {
      return await runner.run('git', args, { cwd: opts.cwd, timeoutMs: 300_000 });
    } catch (err) {
      return { code: 1, stdout: '', stderr: `git could not be started: ${(err as Error).message}` };
    }
  };
  if (opts.unavailable) return all(opts.unavailable);
  const top = await git(['rev-parse', '--show-toplevel']);
  if (top.code !== 0) return all(`the module is not in a git repository (${firstLine(top)})`);
  const root = path.resolve(top.stdout.trim());

  let files: string[];
  try {
    files = await changedFiles(git, opts.base, log);
  } catch (err) {
    return all((err as Error).message);
  }
  for (const f of files) {
    const why = changesEverything(f);
    if (why) return all(why);
  }

  const args = ['list', '-e', '-deps', '-test', `-json=${FIELDS.join(',')}`];
  if (opts.tags) args.push('-tags', opts.tags);
  args.push('--', ...opts.packages);
  let listed: ListedPackage[];
  try {
    const res = await runner.run(opts.goCommand ?? 'go', args, { cwd: opts.cwd, timeoutMs: 5 * 60_000 });
    if (res.code !== 0) return all(`go list -deps -test failed (${firstLine(res)})`);
    listed = splitJsonStream(res.stdout) as ListedPackage[];
  } catch (err) {
    return all(`go list -deps -test failed (${(err as Error).message})`);
  }

  // The repository's own packages: a dependency outside it changes only with go.mod.
  const inside = (dir: string) => dir === root || dir.startsWith(root + path.sep);
  const dirs = new Map<string, PackageDir>();
  const modules = new Map<string, string>();
  const tests = new Map<string, Set<string>>();
  for (const p of listed) {
    if (!p.ImportPath || p.Standard) continue;
    if (p.Module?.Dir && p.Module.Path && inside(path.resolve(p.Module.Dir))) modules.set(path.resolve(p.Module.Dir), p.Module.Path);
    if (p.ImportPath.endsWith('.test') && !p.ForTest && p.Name === 'main') {
      tests.set(p.ImportPath.slice(0, -'.test'.length), new Set((p.Deps ?? []).map(bare)));
      continue;
    }
    // A package that cannot be loaded (a missing import has no Dir) leaves the graph incomplete.
    if (p.Error?.Err) return all(`the import graph is incomplete: ${bare(p.Error.ImportStack?.slice(-1)[0] ?? p.ImportPath)}: ${p.Error.Err.split('\n')[0]}`);
    if (!p.Dir || !inside(path.resolve(p.Dir))) continue;
    const dir = path.resolve(p.Dir);
    const entry = dirs.get(dir) ?? {
      importPath: bare(p.ImportPath),
      inputs: new Set<string>(),
      testInputs: new Set<string>(),
      codeInputs: new Set<string>(),
      embeds: false,
    };
    if (!bare(p.ImportPath).endsWith('_test')) entry.importPath = bare(p.ImportPath);
    for (const field of INPUT_FILES) {
      for (const f of (p[field] as string[] | undefined) ?? []) {
        entry.inputs.add(f);
        (TEST_INPUTS.includes(field) ? entry.testInputs : entry.codeInputs).add(f);
      }
    }
    entry.embeds ||= [p.EmbedPatterns, p.TestEmbedPatterns, p.XTestEmbedPatterns].some((x) => (x?.length ?? 0) > 0);
    dirs.set(dir, entry);
  }

  const moduleList = [...modules].map(([dir, p]) => ({ dir, path: p }));
  // A package's code changes every test binary that links it; its tests change only its own.
  const changed = new Set<string>();
  const testsChanged = new Set<string>();
  for (const f of files) {
    const effect = packageOfFile(path.join(root, f), dirs, moduleList, root);
    if (effect) (effect.testsOnly ? testsChanged : changed).add(effect.importPath);
  }

  const affected: string[] = [];
  const unaffected: string[] = [];
  for (const [pkg, deps] of [...tests].sort(([a], [b]) => a.localeCompare(b))) {
    if (changed.has(pkg) || testsChanged.has(pkg) || [...deps].some((d) => changed.has(d))) affected.push(pkg);
    else unaffected.push(pkg);
  }
  return { kind: 'affected', base: opts.base, files, changed: [...new Set([...changed, ...testsChanged])].sort(), affected, unaffected };
}
