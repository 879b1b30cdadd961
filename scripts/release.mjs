#!/usr/bin/env node
/**
 * npm run release -- X.Y.Z [--dry-run]
 *
 * Cuts release X.Y.Z in the local repository and prints the `git push`
 * commands that publish it; it never pushes. Workflows pin `@vX`, so a
 * release is a commit holding the bundle that `uses:` runs, an annotated tag
 * `vX.Y.Z`, and the major tag `vX` moved (forced) onto that commit.
 *
 * Refused (exit 2, nothing changed) unless: X.Y.Z is a plain version above
 * package.json's; package.json and src/version.ts agree; HEAD is the branch
 * `main`; the tree is clean (untracked files included); `main` is not behind
 * `origin/main` as last fetched; tag vX.Y.Z does not exist; CHANGELOG.md has
 * entries under `## [Unreleased]`.
 *
 * Then: the version goes into package.json, package-lock.json and
 * src/version.ts; the Unreleased entries become `## [X.Y.Z] - <UTC date>`
 * under a fresh empty Unreleased heading; `npm run package` rebuilds dist/
 * and `npm run docs` regenerates action.yml and the README's tables; the
 * rebuilt CLI must report X.Y.Z; everything is committed as
 * `release: vX.Y.Z`, and the tags are made. A failing step puts the tree
 * back as it was (exit 1).
 *
 * --dry-run runs the checks and prints the plan without changing anything.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BRANCH = 'main';
const UNRELEASED = '## [Unreleased]';

class Refusal extends Error {}

function refuse(message) {
  throw new Refusal(message);
}

function say(message) {
  process.stderr.write(`release: ${message}\n`);
}

/**
 * Runs a command in the repository; returns its trimmed stdout, or throws with
 * its stderr. `inherit` sends the command's output to our stderr, so that
 * stdout carries only the push commands.
 */
function run(cmd, args, { inherit = false, allowFail = false } = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: inherit ? ['ignore', 2, 2] : 'pipe', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0 && !allowFail) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}${inherit ? '' : `: ${(r.stderr || r.stdout).trim()}`}`);
  return allowFail ? { status: r.status, stdout: (r.stdout ?? '').trim() } : (r.stdout ?? '').trim();
}

const git = (...args) => run('git', args);
const gitOk = (...args) => run('git', args, { allowFail: true }).status === 0;

function parseVersion(text) {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(text ?? '');
  return m ? m.slice(1, 4).map(Number) : null;
}

function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function read(rel) {
  return readFileSync(path.join(ROOT, rel), 'utf8');
}

function write(rel, text) {
  writeFileSync(path.join(ROOT, rel), text);
}

const VERSION_TS = /export const TOOL_VERSION = '([^']*)';/;

function packageVersion() {
  return JSON.parse(read('package.json')).version;
}

function toolVersion() {
  const m = VERSION_TS.exec(read('src/version.ts'));
  if (!m) refuse("src/version.ts has no line `export const TOOL_VERSION = '…';` to bump");
  return m[1];
}

/** The Unreleased section of CHANGELOG.md: its line range and whether it holds any entry. */
function unreleasedSection(text) {
  const lines = text.split('\n');
  const start = lines.indexOf(UNRELEASED);
  if (start < 0) refuse(`CHANGELOG.md has no "${UNRELEASED}" heading`);
  let end = start + 1;
  while (end < lines.length && !lines[end].startsWith('## ')) end++;
  const body = lines.slice(start + 1, end);
  return { lines, start, end, hasEntries: body.some((l) => /^\s*[-*] \S/.test(l)) };
}

/** CHANGELOG.md with the Unreleased entries under the release's heading and a fresh, empty Unreleased. */
function changelogFor(version, date) {
  const { lines, start } = unreleasedSection(read('CHANGELOG.md'));
  return [...lines.slice(0, start + 1), '', `## [${version}] - ${date}`, ...lines.slice(start + 1)].join('\n');
}

/** Everything that must hold before anything is touched; returns the plan. */
function check(versionArg) {
  const next = parseVersion(versionArg);
  if (!next) refuse(`give the version as X.Y.Z (digits only, no "v"): npm run release -- 1.2.3${versionArg ? ` (got "${versionArg}")` : ''}`);
  if (!gitOk('rev-parse', '--is-inside-work-tree')) refuse(`${ROOT} is not a git working tree`);
  const branch = run('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFail: true }).stdout;
  if (branch !== BRANCH) refuse(`releases are cut from ${BRANCH}, and HEAD is ${branch ? `the branch ${branch}` : 'detached'}: git switch ${BRANCH}`);
  const dirty = git('status', '--porcelain', '--untracked-files=all');
  if (dirty) refuse(`the working tree is not clean; commit or stash first:\n${dirty}`);
  const current = packageVersion();
  const inSource = toolVersion();
  if (current !== inSource) refuse(`package.json says ${current} and src/version.ts says ${inSource}: make them agree in a commit first`);
  const cur = parseVersion(current);
  if (cur && compareVersions(next, cur) <= 0) refuse(`${versionArg} is not above the current version ${current}`);
  const tag = `v${versionArg}`;
  if (gitOk('rev-parse', '--verify', '--quiet', `refs/tags/${tag}`)) refuse(`the tag ${tag} already exists`);
  if (gitOk('rev-parse', '--verify', '--quiet', `refs/remotes/origin/${BRANCH}`) && !gitOk('merge-base', '--is-ancestor', `origin/${BRANCH}`, 'HEAD')) {
    refuse(`${BRANCH} is behind or diverged from origin/${BRANCH}: git pull --ff-only first`);
  }
  if (!unreleasedSection(read('CHANGELOG.md')).hasEntries) refuse(`CHANGELOG.md has no entries under "${UNRELEASED}": say what this release changes first`);
  return { version: versionArg, current, tag, major: `v${next[0]}`, date: new Date().toISOString().slice(0, 10), head: git('rev-parse', 'HEAD') };
}

function bumpVersions(version) {
  write('package.json', read('package.json').replace(/("version"\s*:\s*")[^"]*(")/, `$1${version}$2`));
  const lock = JSON.parse(read('package-lock.json'));
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  write('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  write('src/version.ts', read('src/version.ts').replace(VERSION_TS, `export const TOOL_VERSION = '${version}';`));
}

function pushCommands(plan) {
  return [`git push origin ${BRANCH}`, `git push origin ${plan.tag}`, `git push --force origin ${plan.major}   # moves the major tag workflows pin`];
}

function release(plan) {
  say(`${plan.current} → ${plan.version}: bumping package.json, package-lock.json, src/version.ts and CHANGELOG.md`);
  bumpVersions(plan.version);
  write('CHANGELOG.md', changelogFor(plan.version, plan.date));
  say('rebuilding dist/ (npm run package)');
  run('npm', ['run', 'package'], { inherit: true });
  say('regenerating action.yml and the README tables (npm run docs)');
  run('npm', ['run', 'docs'], { inherit: true });
  const built = run(process.execPath, ['dist/cli/index.js', '--version']);
  if (built !== plan.version) throw new Error(`the rebuilt dist/cli/index.js reports ${built}, not ${plan.version}`);
  git('add', '-A');
  git(
    'commit',
    '--quiet',
    '-m',
    `release: ${plan.tag}`,
    '-m',
    `Version ${plan.version} in package.json, package-lock.json and src/version.ts; dist/ rebuilt; CHANGELOG section dated ${plan.date}.`,
  );
  git('tag', '-a', plan.tag, '-m', `go-runtime-gate ${plan.version}`);
  git('tag', '-f', '-a', plan.major, '-m', `go-runtime-gate ${plan.major}: ${plan.version}`);
  const left = git('status', '--porcelain', '--untracked-files=all');
  if (left) throw new Error(`the tree is not clean after the release commit:\n${left}`);
}

function notesFile(plan) {
  const { lines, start } = unreleasedSection(read('CHANGELOG.md'));
  const from = lines.indexOf(`## [${plan.version}] - ${plan.date}`, start);
  let end = from + 1;
  while (end < lines.length && !lines[end].startsWith('## ')) end++;
  const rel = path.join('build', `release-notes-${plan.tag}.md`);
  mkdirSync(path.join(ROOT, 'build'), { recursive: true });
  write(
    rel,
    `${lines
      .slice(from + 1, end)
      .join('\n')
      .trim()}\n`,
  );
  return rel;
}

function main(argv) {
  const dryRun = argv.includes('--dry-run');
  const positional = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--dry-run');
  if (unknown.length || positional.length > 1)
    refuse(`unknown arguments ${[...unknown, ...positional.slice(1)].join(' ')}; usage: npm run release -- X.Y.Z [--dry-run]`);
  const plan = check(positional[0]);
  if (dryRun) {
    say(`dry run: checks passed; would release ${plan.tag} from ${plan.head.slice(0, 12)} (${plan.current} → ${plan.version}), move ${plan.major}, and print:`);
    process.stdout.write(`${pushCommands(plan).join('\n')}\n`);
    return;
  }
  try {
    release(plan);
  } catch (err) {
    // The tree was clean (checked), so everything in it now is ours to undo.
    if (git('rev-parse', 'HEAD') === plan.head) {
      git('reset', '--quiet', '--hard', 'HEAD');
      git('clean', '--quiet', '-fd');
      say('the tree is back as it was before the release');
    }
    throw err;
  }
  const notes = notesFile(plan);
  say(`released ${plan.tag} at ${git('rev-parse', '--short=12', 'HEAD')} and moved ${plan.major} there. Nothing is pushed; to publish:`);
  process.stdout.write(`${pushCommands(plan).join('\n')}\n`);
  say(`then the GitHub release: gh release create ${plan.tag} --verify-tag --title ${plan.tag} --notes-file ${notes}`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  say(err.message);
  process.exitCode = err instanceof Refusal ? 2 : 1;
}
