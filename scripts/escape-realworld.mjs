#!/usr/bin/env node
/**
 * Escape gate on a real, sizeable module: golang.org/x/tools, fetched from the
 * Go module proxy into a temporary module cache (nothing is committed).
 *
 *   node scripts/escape-realworld.mjs [--module golang.org/x/tools@v0.52.0] [--packages ./...] [--keep]
 *
 * What it checks and prints:
 *   1. collectEscapes runs with no compile errors and no unrecognised lines,
 *      and its per-package counts equal the `escapes to heap` / `moved to heap`
 *      lines of `go build -gcflags=-m` on the same packages (same cache, so a
 *      replay from the build cache).
 *   2. The scanner's function names agree with the names the compiler gives in
 *      its -m=2 explanations ("x escapes to heap in F:"), closures folded into
 *      their declaration.
 *   3. Time of a plain `go build` of the packages against collectEscapes
 *      (-m, and -m=2 with explanations), each from a build cache in which the
 *      dependencies are compiled and the module's own packages are not: the
 *      situation of a CI job whose cache holds the dependencies.
 *
 * Needs Go and network access to the module proxy. Compiles src/escape with
 * the project's TypeScript into a temporary directory first.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const MODULE = flag('--module', 'golang.org/x/tools@v0.52.0');
const PACKAGES = flag('--packages', './...').split(/\s+/).filter(Boolean);
const KEEP = args.includes('--keep');

const work = mkdtempSync(join(tmpdir(), 'grg-escape-realworld-'));
const baseEnv = { ...process.env, GOMODCACHE: join(work, 'mod'), GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local' };

function run(cmd, argv, opts = {}) {
  const t0 = performance.now();
  const res = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = performance.now() - t0;
  if (res.status !== 0 && !opts.allowFail) {
    throw new Error(`${cmd} ${argv.join(' ')} failed (${res.status}):\n${(res.stderr || '').slice(-3000)}`);
  }
  return { ...res, ms };
}

// 1. Our code, compiled on its own (the rest of the project need not type-check for this).
const js = join(work, 'js');
run(
  join(ROOT, 'node_modules', '.bin', 'tsc'),
  [
    '--outDir',
    js,
    '--rootDir',
    ROOT,
    '--module',
    'es2022',
    '--moduleResolution',
    'bundler',
    '--target',
    'es2022',
    '--types',
    'node',
    '--skipLibCheck',
    '--strict',
    join(ROOT, 'src', 'escape', 'index.ts'),
    join(ROOT, 'src', 'toolchain', 'exec.ts'),
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
const { collectEscapes, countEscapes } = await import(pathToFileURL(join(js, 'src', 'escape', 'index.js')).href);
const { processRunner } = await import(pathToFileURL(join(js, 'src', 'toolchain', 'exec.js')).href);

// 2. The module and its dependencies.
const dl = JSON.parse(run('go', ['mod', 'download', '-json', MODULE], { cwd: work, env: baseEnv }).stdout);
const dir = dl.Dir;
run('go', ['mod', 'download'], { cwd: dir, env: baseEnv });
const goVersion = run('go', ['env', 'GOVERSION'], { cwd: dir, env: baseEnv }).stdout.trim();
const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim() || '?';

// 3. A cache with the dependencies compiled, the module's packages not.
const list = run('go', ['list', '-deps', '-f', '{{if .Module}}{{.Module.Path}}{{else}}std{{end}} {{.ImportPath}}', ...PACKAGES], {
  cwd: dir,
  env: baseEnv,
}).stdout;
const modulePath = MODULE.split('@')[0];
const deps = list
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split(' '))
  .filter(([m]) => m !== modulePath)
  .map(([, p]) => p);
const targets = run('go', ['list', ...PACKAGES], { cwd: dir, env: baseEnv })
  .stdout.trim()
  .split('\n');
const warm = join(work, 'cache-deps');
run('go', ['build', ...deps], { cwd: dir, env: { ...baseEnv, GOCACHE: warm } });
const cacheCopy = (name) => {
  const c = join(work, name);
  cpSync(warm, c, { recursive: true });
  return c;
};

console.log(`module ${MODULE} in ${dir}`);
console.log(`${goVersion}, ${nproc} CPUs; ${targets.length} packages (${PACKAGES.join(' ')}), ${deps.length} dependencies pre-compiled`);

// 4. Timings, each from its own copy of the dependency cache.
const plain = run('go', ['build', '-o', '/dev/null', ...PACKAGES], { cwd: dir, env: { ...baseEnv, GOCACHE: cacheCopy('cache-plain') } });
// The compile-only equivalent of what collectEscapes runs, without -gcflags: isolates the cost of the diagnostics.
const plainList = run('go', ['list', '-export', '-f', '{{.ImportPath}}', ...PACKAGES], { cwd: dir, env: { ...baseEnv, GOCACHE: cacheCopy('cache-list') } });

async function timedCollect(cache, explain) {
  const t0 = performance.now();
  const c = await collectEscapes(processRunner, {
    cwd: dir,
    packages: PACKAGES,
    tags: '',
    goFlags: [],
    repoRoot: dir,
    explain,
    env: { ...baseEnv, GOCACHE: cache },
  });
  return { c, ms: performance.now() - t0 };
}
const m1Cache = cacheCopy('cache-m1');
const m1 = await timedCollect(m1Cache, false);
const m1hit = await timedCollect(m1Cache, false);
const m2 = await timedCollect(cacheCopy('cache-m2'), true);

// 5. Counts against go build -gcflags=-m, same cache (a replay).
const gb = run('go', ['build', '-gcflags=-m', ...PACKAGES], { cwd: dir, env: { ...baseEnv, GOCACHE: m1Cache } });
const grep = {};
let pkg = '';
for (const line of gb.stderr.split('\n')) {
  const h = /^# (\S+)/.exec(line);
  if (h) pkg = h[1];
  else if (/escapes to heap$/.test(line) || /moved to heap: /.test(line)) grep[pkg] = (grep[pkg] ?? 0) + 1;
}
const ours = countEscapes(m1.c.sites).byPackage;
const mismatched = [...new Set([...Object.keys(grep), ...Object.keys(ours)])].filter((p) => grep[p] !== ours[p]);
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);

// 6. Scanner vs the compiler's own function names.
let compared = 0;
let agreed = 0;
const disagreements = [];
for (const s of m2.c.sites) {
  const m = /escapes to heap in (.+):$/.exec(s.explanation[0] ?? '') ?? /^parameter \S+ leaks to .+ for (.+) with derefs=-?\d+:$/.exec(s.explanation[0] ?? '');
  if (!m || !s.file || s.file.startsWith('<')) continue;
  // Compare without type arguments (the compiler prints instantiations, we print [...]) and closure suffixes.
  const compilerName = dropBrackets(m[1]).replace(/(?:\.(?:func|gowrap|deferwrap)?\d+|-range\d+)+$/, '');
  const ourName = dropBrackets(s.function);
  compared++;
  if (compilerName === ourName || (ourName === '(package scope)' && compilerName === 'init')) agreed++;
  else if (disagreements.length < 10) disagreements.push(`${s.file}:${s.line}: ours ${ourName}, compiler ${m[1]}`);
}

function dropBrackets(name) {
  let out = '';
  let depth = 0;
  for (const c of name) {
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

const byKind = {};
for (const s of m1.c.sites) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
const unknownFn = m1.c.sites.filter((s) => s.function === '').length;
const outside = m1.c.sites.filter((s) => s.file.startsWith('$GOROOT/') || s.file.startsWith('$GOMODCACHE/')).length;

console.log('');
console.log(
  `sites: ${m1.c.sites.length} (${Object.entries(byKind)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}); ${outside} in generic code from GOROOT/GOMODCACHE; ${unknownFn} without a function (autogenerated or no position)`,
);
console.log(
  `compile errors: ${m1.c.compileErrors.length}; unrecognised lines: ${m1.c.unrecognised.length} (-m), ${m2.c.unrecognised.length} (-m=2); warnings: ${m1.c.warnings.length}`,
);
for (const u of m1.c.unrecognised.slice(0, 5)) console.log(`  unrecognised: ${u.text}`);
console.log(
  `per-package heap sites vs go build -gcflags=-m: ${Object.keys(grep).length} packages, ${sum(ours)} ours vs ${sum(grep)} printed; mismatched packages: ${mismatched.length}`,
);
for (const p of mismatched.slice(0, 5)) console.log(`  ${p}: ours ${ours[p] ?? 0}, go build ${grep[p] ?? 0}`);
console.log(`same sites from -m and -m=2: ${JSON.stringify(m1.c.sites.map((s) => s.key)) === JSON.stringify(m2.c.sites.map((s) => s.key))}`);
console.log(`function names vs the compiler's (-m=2 headers): ${agreed}/${compared} agree`);
for (const d of disagreements) console.log(`  ${d}`);
console.log('');
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`go build -o /dev/null ${PACKAGES.join(' ')}      ${s(plain.ms)}`);
console.log(`go list -export ${PACKAGES.join(' ')} (no -m)    ${s(plainList.ms)}`);
console.log(`collectEscapes (-m)                      ${s(m1.ms)}  ratio ${(m1.ms / plain.ms).toFixed(2)}×`);
console.log(`collectEscapes (-m), build-cache hit     ${s(m1hit.ms)}`);
console.log(`collectEscapes (-m=2, explanations)      ${s(m2.ms)}  ratio ${(m2.ms / plain.ms).toFixed(2)}×`);
console.log(`(ratios are against go build; against go list -export: ${(m1.ms / plainList.ms).toFixed(2)}× and ${(m2.ms / plainList.ms).toFixed(2)}×)`);

const ok = m1.c.compileErrors.length === 0 && m1.c.unrecognised.length === 0 && m2.c.unrecognised.length === 0 && mismatched.length === 0;
if (KEEP) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
