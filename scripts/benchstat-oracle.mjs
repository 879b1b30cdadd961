#!/usr/bin/env node
/**
 * benchstat oracle: records what the real benchstat (and the golang.org/x/perf
 * library behind it) says about a fixed, deterministic set of sample pairs, so
 * that __tests__/compare/stats/benchstat.test.ts can check our TypeScript
 * statistics against it without needing Go at test time.
 *
 *   node scripts/benchstat-oracle.mjs            # rewrite the fixture
 *   node scripts/benchstat-oracle.mjs --check    # compare with the fixture, write nothing
 *
 * What it does:
 *   1. Reads the golang.org/x/perf version pinned in scripts/benchstat-oracle/go.mod
 *      and `go install`s cmd/benchstat at exactly that version into a temp GOBIN.
 *   2. Generates the cases below from a seeded PRNG (same output every run) and
 *      writes them as Go benchmark files old.txt / new.txt, one benchmark per case.
 *   3. Runs `benchstat -format csv old.txt new.txt` and parses, per case, the
 *      printed p (3 decimals), n, and whether it printed `~` or a delta.
 *   4. Runs the Go helper in scripts/benchstat-oracle/ (benchmath's exported
 *      AssumeNothing.Compare / Summary) for full-precision p-values and
 *      median confidence intervals.
 *   5. Writes the table cases of benchstat-oracle/tables.mjs (several units,
 *      packages, sample sizes) as files `base` and `head`, runs plain
 *      `benchstat base head` on each, and records the printed text tables.
 *   6. Writes everything to __tests__/fixtures/benchstat/expectations.json.
 *
 * Needs Go and network access to the Go module proxy (first run only).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchText, tableCases, UNIT_METRIC } from './benchstat-oracle/tables.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HELPER_DIR = join(ROOT, 'scripts', 'benchstat-oracle');
const FIXTURE = join(ROOT, '__tests__', 'fixtures', 'benchstat', 'expectations.json');
const SEED = 20240611;
const ALPHA = 0.05;

// ---------------------------------------------------------------- PRNG ----

/** mulberry32: tiny, well-known 32-bit PRNG; deterministic across platforms. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);

/** Standard normal deviate (Box–Muller). */
function gauss() {
  let u = 0;
  while (u === 0) u = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const round = (v, decimals) => Number(v.toFixed(decimals));

/** n values ~ N(mu, sd) rounded to `decimals`, nudged until all are distinct. */
function continuous(n, mu, sd, decimals = 2, avoid = []) {
  const step = 10 ** -decimals;
  const seen = new Set(avoid);
  const out = [];
  for (let i = 0; i < n; i++) {
    let v = round(mu + sd * gauss(), decimals);
    while (seen.has(v)) v = round(v + step, decimals);
    seen.add(v);
    out.push(v);
  }
  return out;
}

/** n integer values ~ round(N(mu, sd)): deliberately full of ties (like allocs/op). */
function integers(n, mu, sd) {
  return Array.from({ length: n }, () => Math.max(0, Math.round(mu + sd * gauss())));
}

/** A pair with no value shared within or across the samples. */
function untiedPair(n1, mu1, n2, mu2, sd) {
  const x = continuous(n1, mu1, sd);
  const y = continuous(n2, mu2, sd, 2, x);
  return [x, y];
}

const constant = (n, v) => new Array(n).fill(v);

// ---------------------------------------------------------------- cases ---
// `regime` is the code path we expect our implementation (and benchstat) to
// take; the test asserts it, so a generator change cannot silently stop
// exercising a path.

const cases = [];
function add(slug, description, regime, x, y) {
  const name = `Case${String(cases.length + 1).padStart(2, '0')}`;
  cases.push({ name, slug, description, regime, x, y });
}

add('4v4-separated', 'n=4 each, no overlap: the smallest p possible at 4v4 (2/70)', 'exact', ...untiedPair(4, 100, 4, 140, 3));
add('4v4-overlap', 'n=4 each, same distribution', 'exact', ...untiedPair(4, 100, 4, 100, 3));
add('4v4-near-alpha', 'n=4 each, U=1: p=4/70=0.057, just above alpha', 'exact', [100, 101, 102, 104], [103, 105, 106, 107]);
add('5v5-same', 'n=5 each, same distribution', 'exact', ...untiedPair(5, 200, 5, 200, 5));
add('5v5-shift-1sd', 'n=5 each, shifted by one sd', 'exact', ...untiedPair(5, 200, 5, 205, 5));
add('5v5-near-alpha-above', 'n=5 each, U=3: p=14/252=0.056, just above alpha', 'exact', [1, 2, 3, 4, 8], [5, 6, 7, 9, 10]);
add('5v5-near-alpha-below', 'n=5 each, U=2: p=8/252=0.032, below alpha', 'exact', [1, 2, 3, 4, 7], [5, 6, 8, 9, 10]);
add('6v6-shift-2sd', 'n=6 each, shifted by two sd', 'exact', ...untiedPair(6, 500, 6, 520, 10));
add('6v6-same', 'n=6 each, same distribution', 'exact', ...untiedPair(6, 500, 6, 500, 10));
add('6v6-near-alpha', 'n=6 each, U=5: p=38/924=0.041, just below alpha', 'exact', [1, 2, 3, 4, 5, 11], [6, 7, 8, 9, 10, 12]);
add('4v7-shift', 'unequal sizes 4 vs 7, shifted', 'exact', ...untiedPair(4, 1000, 7, 1030, 15));
add('7v4-shift', 'unequal sizes 7 vs 4, shifted the other way', 'exact', ...untiedPair(7, 1030, 4, 1000, 15));
add('3v3-separated', 'n=3 each, no overlap: p=0.1, can never reach 0.05', 'exact', ...untiedPair(3, 100, 3, 200, 2));
add('3v8-separated', 'unequal 3 vs 8, no overlap: 2/165 is reachable', 'exact', ...untiedPair(3, 100, 8, 200, 2));
add('center', 'U exactly n1*n2/2: p=1 by definition', 'exact', [1, 4, 5, 8], [2, 3, 6, 7]);
add('1v2-ties-quirk', 'x=[1], y=[1,2]: doubled tail of an asymmetric tied distribution, p=4/3', 'exact-ties', [1], [1, 2]);
add('2v1-ties-quirk', 'the same data swapped: p=2/3 (benchstat is order-dependent with ties)', 'exact-ties', [1, 2], [1]);
add('5v5-ties-same', 'n=5 each, small integers (heavy ties), same distribution', 'exact-ties', integers(5, 40, 1), integers(5, 40, 1));
add('6v6-ties-shift', 'n=6 each, small integers, shifted', 'exact-ties', integers(6, 40, 1), integers(6, 42, 1));
add('8v10-ties', 'unequal 8 vs 10, integers with ties, shifted', 'exact-ties', integers(8, 12, 1.5), integers(10, 14, 1.5));
add('all-equal-5v5', 'every value identical: "all samples are equal", p=1', 'all-equal', constant(5, 64), constant(5, 64));
add('one-constant-5v5', 'x constant, y varies around it (ties across samples)', 'exact-ties', constant(5, 300), [298, 300, 301, 303, 305]);
add('two-constants-5v5', 'x constant, y a different constant: p=2/252', 'exact-ties', constant(5, 16), constant(5, 24));
add('10v10-small-shift', 'n=10 each, small shift', 'exact', ...untiedPair(10, 1000, 10, 1004, 10));
add('20v20-shift', 'n=20 each, half-sd shift', 'exact', ...untiedPair(20, 1000, 20, 1005, 10));
add('30v30-no-ties', 'n=30 each without ties: still exact (limit 50)', 'exact', ...untiedPair(30, 1000, 30, 1004, 10));
add('30v30-ties', 'n=30 each with ties: normal approximation (ties limit 25)', 'normal', integers(30, 50, 2), integers(30, 51, 2));
add('25v25-ties', 'n=25 each with ties: last size using the exact tie-aware distribution', 'exact-ties', integers(25, 50, 2), integers(25, 51, 2));
add('26v26-ties', 'n=26 each with ties: first size using the normal approximation', 'normal', integers(26, 50, 2), integers(26, 51, 2));
add('50v50-no-ties', 'n=50 each without ties: last exact size', 'exact', ...untiedPair(50, 1000, 50, 1003, 10));
add('51v51-no-ties', 'n=51 each without ties: first normal size', 'normal', ...untiedPair(51, 1000, 51, 1003, 10));
add('60v60-no-ties', 'n=60 each, no ties, small shift', 'normal', ...untiedPair(60, 1000, 60, 1004, 10));
add('60v60-ties', 'n=60 each, integers with ties', 'normal', integers(60, 20, 1.5), integers(60, 20.5, 1.5));
add('30v60-shift', 'unequal 30 vs 60, no ties, shifted: 60 > 50 so normal approximation', 'normal', ...untiedPair(30, 1000, 60, 1006, 10));
add('40v40-all-equal', 'n=40 all identical (normal-approximation path, zero variance)', 'all-equal', constant(40, 7), constant(40, 7));
add('60v60-separated-up', 'n=60, x entirely below y: p~4e-21', 'normal', ...untiedPair(60, 1000, 60, 2000, 10));
add('60v60-separated-down', 'n=60, x entirely above y: benchstat computes 1-CDF and gets exactly 0', 'normal', ...untiedPair(60, 2000, 60, 1000, 10));

// Median-CI fixtures: values 1..n, so an order statistic equals its value.
const summaries = [];
for (const confidence of [0.95, 0.9, 0.99]) {
  const maxN = confidence === 0.95 ? 70 : 40;
  for (let n = 1; n <= maxN; n++) {
    summaries.push({ name: `ci-${confidence}-n${n}`, xs: Array.from({ length: n }, (_, i) => i + 1), confidence });
  }
}
for (const c of cases) {
  summaries.push({ name: `${c.name}-x`, xs: c.x, confidence: 0.95 });
  summaries.push({ name: `${c.name}-y`, xs: c.y, confidence: 0.95 });
}

// ------------------------------------------------------------ run tools ---

/** Runs a command; returns stdout (stderr is returned too when `withStderr`). */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return opts.withStderr ? { stdout: r.stdout, stderr: r.stderr } : r.stdout;
}

function perfVersion() {
  const gomod = readFileSync(join(HELPER_DIR, 'go.mod'), 'utf8');
  const m = /^require\s+golang\.org\/x\/perf\s+(\S+)/m.exec(gomod);
  if (!m) throw new Error('golang.org/x/perf version not found in scripts/benchstat-oracle/go.mod');
  return m[1];
}

/** Go benchmark-format text for one side. */
function benchFile(side) {
  const lines = ['goos: linux', 'goarch: amd64', 'pkg: example.com/oracle'];
  for (const c of cases) {
    for (const v of c[side]) lines.push(`Benchmark${c.name} \t       1\t${v} ns/op`);
  }
  return lines.join('\n') + '\n';
}

/** Parses `benchstat -format csv` rows: name, old, CI, new, CI, vs base, P. */
function parseCsv(csv) {
  const rows = new Map();
  for (const line of csv.split('\n')) {
    const fields = line.split(',');
    if (!/^Case\d+$/.test(fields[0] ?? '')) continue;
    const delta = fields[5];
    const stat = fields[6] ?? '';
    const p = /p=([0-9.]+)/.exec(stat);
    const n = /n=(\d+)(?:\+(\d+))?/.exec(stat);
    if (!n) throw new Error(`cannot parse benchstat row: ${line}`);
    rows.set(fields[0], {
      delta,
      unchanged: delta === '~',
      pText: p ? p[1] : null,
      p: p ? Number(p[1]) : null,
      n1: Number(n[1]),
      n2: Number(n[2] ?? n[1]),
      row: line,
    });
  }
  return rows;
}

function main() {
  const check = process.argv.includes('--check');
  const version = perfVersion();
  const goVersion = run('go', ['version']).trim();
  const work = mkdtempSync(join(tmpdir(), 'benchstat-oracle-'));
  try {
    const gobin = join(work, 'bin');
    const benchstatPkg = `golang.org/x/perf/cmd/benchstat@${version}`;
    run('go', ['install', benchstatPkg], { env: { ...process.env, GOBIN: gobin } });
    const benchstat = join(gobin, 'benchstat');

    writeFileSync(join(work, 'old.txt'), benchFile('x'));
    writeFileSync(join(work, 'new.txt'), benchFile('y'));
    const benchstatArgs = ['-format', 'csv', 'old.txt', 'new.txt'];
    // With -format csv, benchstat writes the footnotes (warnings) to stderr.
    const { stdout: csv, stderr: notes } = run(benchstat, benchstatArgs, { cwd: work, withStderr: true });
    const printed = parseCsv(csv);

    // benchstat's rule at p == alpha: run case 1 alone with alpha set to its own p.
    const helperIn = {
      cases: cases.map(({ name, x, y }) => ({ name, x, y })),
      summaries: summaries.map(({ name, xs, confidence }) => ({ name, xs, confidence })),
    };
    const helperOut = JSON.parse(run('go', ['run', '.'], { cwd: HELPER_DIR, input: JSON.stringify(helperIn) }));
    const full = new Map(helperOut.cases.map((c) => [c.name, c]));

    const edgeCase = cases[0];
    const edgeP = full.get(edgeCase.name).pString;
    const edgeLines = ['goos: linux', 'goarch: amd64', 'pkg: example.com/oracle'];
    writeFileSync(join(work, 'edge-old.txt'), [...edgeLines, ...edgeCase.x.map((v) => `Benchmark${edgeCase.name} \t1\t${v} ns/op`)].join('\n') + '\n');
    writeFileSync(join(work, 'edge-new.txt'), [...edgeLines, ...edgeCase.y.map((v) => `Benchmark${edgeCase.name} \t1\t${v} ns/op`)].join('\n') + '\n');
    const edgeArgs = ['-alpha', edgeP, '-format', 'csv', 'edge-old.txt', 'edge-new.txt'];
    const edgeRow = parseCsv(run(benchstat, edgeArgs, { cwd: work })).get(edgeCase.name);

    const tables = tableCases().map((c) => {
      const dir = join(work, `table-${c.name}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'base'), benchText(c, 0));
      writeFileSync(join(dir, 'head'), benchText(c, 1));
      return { ...c, command: 'benchstat base head', text: run(benchstat, ['base', 'head'], { cwd: dir }) };
    });

    const fixture = {
      description:
        'Expected Mann-Whitney U / median-CI results from benchstat and golang.org/x/perf/benchmath. ' +
        'Generated by scripts/benchstat-oracle.mjs; do not edit by hand.',
      generatedBy: 'node scripts/benchstat-oracle.mjs',
      perfModule: 'golang.org/x/perf',
      perfVersion: version,
      goVersion,
      benchstatInstall: `go install ${benchstatPkg}`,
      benchstatCommand: `benchstat ${benchstatArgs.join(' ')}`,
      fullPrecisionCommand: 'cd scripts/benchstat-oracle && go run . < input.json  (benchmath.AssumeNothing.Compare / Summary, %.17g)',
      seed: SEED,
      alpha: ALPHA,
      alphaEqualityCheck: {
        description: 'benchstat run with -alpha set to exactly the p it computes for this case; "~" would mean p == alpha counts as not significant',
        case: edgeCase.name,
        command: `benchstat ${edgeArgs.join(' ')}`,
        alpha: Number(edgeP),
        p: Number(edgeP),
        delta: edgeRow.delta,
        unchanged: edgeRow.unchanged,
      },
      cases: cases.map((c) => {
        const b = printed.get(c.name);
        const f = full.get(c.name);
        if (!b || !f) throw new Error(`missing benchstat output for ${c.name}`);
        return {
          name: c.name,
          slug: c.slug,
          description: c.description,
          regime: c.regime,
          x: c.x,
          y: c.y,
          benchstat: { pText: b.pText, p: b.p, n1: b.n1, n2: b.n2, delta: b.delta, unchanged: b.unchanged, row: b.row },
          full: { p: f.p, pString: f.pString, n1: f.n1, n2: f.n2, delta: f.delta, warnings: f.warnings },
        };
      }),
      summaries: helperOut.summaries,
      tableUnits: UNIT_METRIC,
      tables,
      benchstatOutput: csv,
      benchstatNotes: notes,
    };

    const text = JSON.stringify(fixture, null, 2) + '\n';
    if (check) {
      const existing = readFileSync(FIXTURE, 'utf8');
      if (existing !== text) {
        console.error('benchstat-oracle: fixture is out of date; run `node scripts/benchstat-oracle.mjs`');
        process.exit(1);
      }
      console.log('benchstat-oracle: fixture up to date');
      return;
    }
    mkdirSync(dirname(FIXTURE), { recursive: true });
    writeFileSync(FIXTURE, text);
    console.log(`benchstat-oracle: wrote ${cases.length} cases and ${summaries.length} summaries to ${FIXTURE}`);
    console.log(`  ${fixture.benchstatInstall}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
