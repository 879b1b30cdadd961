/**
 * Every setting of go-runtime-gate, declared once: its name, default,
 * description, which shells expose it (the Action's inputs, the CLI's flags
 * and for which commands) and how its text is validated. `action.yml`, the
 * CLI's flags and `--help`, and the README's input table are generated from or
 * checked against this table (src/options/docs.ts; the tests fail when they
 * disagree), so a setting cannot exist in one place and not another.
 *
 * A table: long by nature, one entry per setting, in the order the docs list them.
 */
import { ConfigError } from '../errors.js';
import * as k from './kinds.js';
import type { Parser } from './kinds.js';
import { parseGoDuration } from './duration.js';

/** The CLI's commands, for options that only some of them take. */
export type Command = 'run' | 'ab' | 'merge' | 'compare' | 'report' | 'demo' | 'inspect';

/** What a reader of the docs looks for the setting under. */
type OptionGroup = 'measure' | 'decide' | 'baseline' | 'publish' | 'output' | 'inspect';

export interface OptionSpec<T> {
  /** Name as an input and a flag (`--name`). */
  readonly name: string;
  /** Default as text, as an Action input holds it ('' = unset). */
  readonly default: string;
  /** How the README shows the default, when not the text itself (e.g. "the default branch"). */
  readonly defaultText?: string;
  /** Full description: action.yml and the README. */
  readonly description: string;
  /** One line for `--help` (default: the description's first sentence). */
  readonly summary?: string;
  readonly group: OptionGroup;
  /** Exposed as an Action input. */
  readonly action: boolean;
  /** Exposed as a CLI flag, for these commands. */
  readonly cli?: { readonly commands: readonly Command[]; readonly short?: string; readonly boolean?: boolean; readonly valueName?: string };
  readonly parse: Parser<T>;
}

function opt<T>(spec: OptionSpec<T>): OptionSpec<T> {
  return spec;
}

/**
 * Largest `cpu` value: what Go's runtime once capped GOMAXPROCS at. Beyond it
 * a process spends seconds to minutes starting (4.7 s at 4096, over 2 minutes
 * at 100000, measured with go1.26 on 2 cores), and every sample would repeat it.
 */
const MAX_GOMAXPROCS = 1024;

const MEASURING: readonly Command[] = ['run', 'ab', 'merge', 'demo'];
const DECIDING: readonly Command[] = ['run', 'ab', 'merge', 'demo', 'compare'];
const REPORTING: readonly Command[] = ['run', 'ab', 'merge', 'demo', 'compare', 'report'];

export const OPTIONS = {
  // ------------------------------------------------------------------ what to measure
  workingDirectory: opt({
    name: 'working-directory',
    default: '.',
    description: 'Directory of the Go module (or go.work workspace) to measure.',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, short: 'C', valueName: 'DIR' },
    parse: k.raw,
  }),
  packages: opt({
    name: 'packages',
    default: './...',
    description: 'Package patterns for `go list`, separated by spaces or commas.',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'PATTERNS' },
    parse: (t, name) => {
      const p = k.list(t, name);
      if (p.length === 0) throw new ConfigError(`${name}: no package pattern given`);
      return p;
    },
  }),
  bench: opt({
    name: 'bench',
    default: '.',
    description: 'The `-bench` regular expression selecting benchmarks (per level, split on `/` like Go).',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'REGEXP' },
    parse: (t) => t.trim() || '.',
  }),
  count: opt({
    name: 'count',
    default: '6',
    description:
      'Samples per benchmark; each sample is its own process. At least 4 are needed for a significant result at alpha 0.05; 6 catch a new allocation, escape or leak every time; use 8 or more to gate on GC cycles/op (docs/accuracy.md).',
    summary: 'Samples (processes) per benchmark.',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'N' },
    parse: k.integer(1, 1000),
  }),
  benchtime: opt({
    name: 'benchtime',
    default: '1s',
    description: 'The `-benchtime` of each sample, a duration (`1s`) or an iteration count (`100x`).',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'T' },
    parse: k.benchtime,
  }),
  cpu: opt({
    name: 'cpu',
    default: '',
    description:
      "Comma-separated GOMAXPROCS values to run each benchmark with (like `-cpu`), each at most 1024; empty uses Go's default. (The Go runtime's start-up grows steeply with GOMAXPROCS: 0.4 s at 1024, 4.7 s at 4096, more than 2 minutes at 100000.)",
    summary: 'Comma-separated GOMAXPROCS values (like `-cpu`), each at most 1024.',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'LIST' },
    parse: (t, name) =>
      t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => {
          const n = k.integer(1)(s, `${name}`);
          if (n > MAX_GOMAXPROCS) {
            throw new ConfigError(`${name}: ${n} is more than a benchmark can start with: GOMAXPROCS values must be at most ${MAX_GOMAXPROCS}`);
          }
          return n;
        }),
  }),
  tags: opt({
    name: 'tags',
    default: '',
    description: 'Build tags, as for `go test -tags`.',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'TAGS' },
    parse: k.text,
  }),
  goTestFlags: opt({
    name: 'go-test-flags',
    default: '',
    description: 'Extra build flags for `go test -c` (for example `-gcflags=all=-d=checkptr`). Quoted with \' or " as in a shell; no shell is ever run.',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'FLAGS' },
    parse: k.args,
  }),
  timeout: opt({
    name: 'timeout',
    default: '10m',
    description: 'Timeout of each benchmark process, a Go duration; a benchmark that exceeds it is reported as failed.',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'D' },
    parse: k.duration,
  }),
  profiles: opt({
    name: 'profiles',
    default: 'memprofile,trace',
    description: 'Which per-sample artifacts to record, `memprofile`, `trace` (comma-separated), or `none`.',
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'LIST' },
    parse: (t, name) => {
      const set = new Set(k.list(t, name));
      for (const p of set) if (p !== 'memprofile' && p !== 'trace' && p !== 'none') throw new ConfigError(`${name}: "${p}" is not memprofile, trace or none`);
      return { memprofile: set.has('memprofile'), trace: set.has('trace') };
    },
  }),
  memprofileRate: opt({
    name: 'memprofile-rate',
    default: '4096',
    description:
      "`-test.memprofilerate` for the heap profiles, in bytes per recorded sample. 4096 finds allocation sites of short benchmarks at about 10% cost on allocation-heavy ones; 0 keeps Go's default (512 KiB); 1 records every allocation (slow).",
    group: 'measure',
    action: true,
    cli: { commands: MEASURING, valueName: 'BYTES' },
    parse: k.integer(0, Number.MAX_SAFE_INTEGER, "bytes (0 = Go's default)"),
  }),

  // ------------------------------------------------------------------ how to decide
  metrics: opt({
    name: 'metrics',
    default: '',
    description:
      "Per-metric mode overrides, `metric=gate|report|off`, comma or newline separated (metric ids as in the README's metrics table, or `custom:<unit>`; `ns/op`, `B/op`, `allocs/op` and `MB/s` are accepted for time, bytes, allocs and throughput).",
    summary: 'Mode overrides, metric=gate|report|off.',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'LIST' },
    parse: k.pairs,
  }),
  thresholds: opt({
    name: 'thresholds',
    default: '',
    description: "Per-metric relative thresholds a significant change must exceed, `metric=5%` (defaults in the README's metrics table).",
    summary: 'Relative thresholds, metric=5%.',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'LIST' },
    parse: k.pairs,
  }),
  floors: opt({
    name: 'floors',
    default: '',
    description: "Per-metric absolute floors (in the metric's unit) a change must also exceed, `metric=value`, e.g. `time=50`.",
    summary: 'Absolute floors, metric=value.',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'LIST' },
    parse: k.pairs,
  }),
  ceilings: opt({
    name: 'ceilings',
    default: '',
    description:
      "Absolute ceilings, `metric=value` in the metric's unit (Go durations for ns metrics): a head median beyond one regresses whatever the baseline. Suggested: `gc-pause-p99=20ms, goroutines-peak=10000`.",
    summary: 'Absolute ceilings, e.g. gc-pause-p99=20ms.',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'LIST' },
    parse: k.pairs,
  }),
  gcPauseRule: opt({
    name: 'gc-pause-rule',
    default: 'mann-whitney',
    description: "`mann-whitney` (default) or `3sigma`: regress when the head's median GC pause exceeds the baseline's mean by 3 standard deviations.",
    summary: 'mann-whitney or 3sigma.',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'RULE' },
    parse: (t, name) => k.oneOf(['mann-whitney', '3sigma'])(t, name),
  }),
  alpha: opt({
    name: 'alpha',
    default: '0.05',
    description: 'Significance level of the Mann–Whitney U test.',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'P' },
    parse: k.between(0, 1),
  }),
  fdr: opt({
    name: 'fdr',
    default: 'true',
    description: 'Control the false discovery rate across all comparisons of the job (Benjamini–Hochberg). Strongly recommended.',
    summary: 'Benjamini–Hochberg across the job (true/false).',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'BOOL' },
    parse: k.bool,
  }),
  maxNewEscapes: opt({
    name: 'max-new-escapes',
    default: '0',
    description:
      'New heap-escape sites (compiler escape analysis of the measured packages) allowed before the gate fails. Accept a deliberate one with a `//runtimegate:allow-escape <reason>` comment instead.',
    summary: 'New heap-escape sites allowed before the gate fails.',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'N' },
    parse: k.integer(0),
  }),
  failOnRegression: opt({
    name: 'fail-on-regression',
    default: 'true',
    description: 'Fail the step when a gated metric regressed.',
    group: 'decide',
    action: true,
    parse: k.bool,
  }),
  failOnBenchmarkFailure: opt({
    name: 'fail-on-benchmark-failure',
    default: 'true',
    description: 'Fail the step when a benchmark fails, panics or times out.',
    group: 'decide',
    action: true,
    parse: k.bool,
  }),
  name: opt({
    name: 'check-name',
    default: 'go-runtime-gate',
    description: 'Name of this configuration, shown in reports; use distinct names for several gates in one repository.',
    group: 'decide',
    action: true,
    parse: (t) => t.trim() || 'go-runtime-gate',
  }),

  confirm: opt({
    name: 'confirm',
    default: 'auto',
    description:
      "Machine-sensitive metrics (GC cycles and pauses, mark assist, peak heap, time) move with the runner's state, so a regression of one against a baseline from another run (the cache) is only a suspect. `auto`: re-measure the suspect benchmarks on this runner, interleaved A/B against the baseline's commit (checked out in a worktree, fetched with depth 1 when missing), and gate only on what that reproduces. `off`: never re-measure; such suspects never gate. Machine-invariant metrics (allocs/op, B/op, escapes, leaks) gate from the baseline directly.",
    summary: 'auto or off: re-measure machine-sensitive suspects on this runner before they gate.',
    group: 'decide',
    action: true,
    cli: { commands: ['run', 'merge', 'demo'], valueName: 'auto|off' },
    parse: (t, name) => k.oneOf(['auto', 'off'])(t || 'auto', name),
  }),
  confirmCount: opt({
    name: 'confirm-count',
    default: '8',
    description:
      'Samples per side of the same-runner confirmation (each its own process, base and head interleaved). 8 confirms a doubled GC cycles/op every time at `confirm-alpha` 0.01; 6 in 85% of jobs (docs/accuracy.md).',
    group: 'decide',
    action: true,
    cli: { commands: ['run', 'merge', 'demo'], valueName: 'N' },
    parse: k.integer(4, 1000),
  }),
  confirmAlpha: opt({
    name: 'confirm-alpha',
    default: '0.01',
    description:
      "Significance level a suspect must reach in the same-runner re-measurement (Benjamini–Hochberg over the job's suspects). Stricter than `alpha`: at 0.05 the re-measurement itself falsely confirmed drift in 1–3% of unchanged jobs, at 0.01 in at most 0.8% (docs/accuracy.md).",
    summary: 'Significance level of the same-runner confirmation.',
    group: 'decide',
    action: true,
    cli: { commands: ['run', 'merge', 'demo'], valueName: 'P' },
    parse: k.between(0, 1),
  }),
  confirmBudget: opt({
    name: 'confirm-budget',
    default: '10m',
    description:
      'Time budget of the confirmation, a Go duration: the most certain suspects are re-measured first, and suspects beyond the budget are reported as not confirmed (they do not gate).',
    group: 'decide',
    action: true,
    cli: { commands: ['run', 'merge', 'demo'], valueName: 'D' },
    parse: k.duration,
  }),
  invariantMetrics: opt({
    name: 'invariant-metrics',
    default: '',
    description:
      'Custom metrics (`custom:<unit>` from `b.ReportMetric`) that depend only on the code, not on the machine, so that they may gate from a baseline of another run like allocs/op does; comma separated. Custom metrics are machine-sensitive otherwise.',
    summary: 'custom:<unit> metrics that are machine-invariant.',
    group: 'decide',
    action: true,
    cli: { commands: DECIDING, valueName: 'LIST' },
    parse: (t, name) => {
      const ids = k.list(t, name);
      for (const id of ids)
        if (!id.startsWith('custom:'))
          throw new ConfigError(`${name}: "${id}" is not a custom metric (custom:<unit>); the built-in metrics' classes are fixed`);
      return ids;
    },
  }),

  // ------------------------------------------------------------------ where the baseline comes from
  mode: opt({
    name: 'mode',
    default: 'cache',
    description:
      "`cache`: measure, compare with the baseline in the Actions cache (or `baseline-dir`), publish. `ab`: check out the merge-base of HEAD and `base-ref` in a temporary git worktree and measure it in this job, its samples interleaved with the head's, then compare and publish as `cache` does; nothing is restored from or saved to the cache. Needs the history: `fetch-depth: 0` on actions/checkout. Takes about twice as long. `merge`: measure nothing; put together what the jobs of a sharded run (`shard: i/n`, in `cache` or `ab` mode) wrote to `shard-dir`, then compare, publish and (on a push, in cache mode) save one baseline as an unsharded run would; needs the checkout and Go to re-measure suspects. `publish`: measure nothing; post the comment and check of the report at `report-path` (the `workflow_run` companion for pull requests from forks).",
    summary: 'cache, ab, merge or publish.',
    group: 'baseline',
    action: true,
    parse: (t, name) => k.oneOf(['cache', 'ab', 'merge', 'publish'])(t || 'cache', name),
  }),
  shard: opt({
    name: 'shard',
    default: '',
    description:
      '`i/n` (e.g. `2/4`): this job measures only its share of the benchmarks, one of `n` jobs of a matrix, and writes a ShardResult to `shard-dir` instead of comparing or publishing; a job with `mode: merge` then compares all shards as one run. Packages (a long one by function, a long function by sub-benchmark) are split by their durations in the baseline, by their number of benchmark functions without one; every shard computes the same split and builds only what it measures. Empty: no sharding.',
    summary: 'Measure only shard i of n (i/n); merge them with mode merge.',
    group: 'measure',
    action: true,
    cli: { commands: ['run', 'ab'], valueName: 'i/n' },
    parse: (t, name) => {
      const v = t.trim();
      if (!v) return undefined;
      const m = /^(\d+)\/(\d+)$/.exec(v);
      const index = m ? Number(m[1]) : NaN;
      const count = m ? Number(m[2]) : NaN;
      if (!m || index < 1 || count < 1 || index > count || count > 256)
        throw new ConfigError(`${name}: "${v}" is not i/n with 1 ≤ i ≤ n ≤ 256 (e.g. 2/4, the matrix's \${{ matrix.shard }}/4)`);
      return { index, count };
    },
  }),
  shardDir: opt({
    name: 'shard-dir',
    default: 'go-runtime-gate-shards',
    description:
      "Where a job with `shard: i/n` writes its ShardResult (`shard-<i>-of-<n>.json`, to upload as an artifact), and where `mode: merge` reads every `*.json` file below it (download the shards' artifacts there). Relative to the workspace.",
    summary: 'Directory of shard results (written by --shard, read by merge).',
    group: 'measure',
    action: true,
    cli: { commands: ['run', 'ab', 'merge'], valueName: 'DIR' },
    parse: (t) => t.trim() || 'go-runtime-gate-shards',
  }),
  baseRef: opt({
    name: 'base-ref',
    default: '',
    defaultText: "the pull request's base commit",
    description:
      "`mode: ab` only: the branch, tag or commit whose merge-base with HEAD is the baseline. Empty: the pull request's base commit, or `origin/<baseline branch>` on other events (the CLI: `origin/HEAD`, else `origin/main` or `origin/master`).",
    summary: 'Compare with the merge-base of HEAD and REF.',
    group: 'baseline',
    action: true,
    cli: { commands: ['ab'], valueName: 'REF' },
    parse: k.text,
  }),
  affected: opt({
    name: 'affected',
    default: 'auto',
    description:
      "`auto`: on a pull request, measure only the benchmarks whose test binary depends on a package the pull request changes (Go's import graph, `go list -deps -test`: test-only imports, embedded files, cgo sources and `testdata/` included), diffing the pull request's base commit (fetched with depth 1 if missing) against the checkout. A change to go.mod, go.sum, go.work, vendor/ or .github/workflows measures everything, and so does anything that cannot be decided (the reason is in the report). Benchmarks not affected are not measured: the report lists them as 'not affected by this change' with the baseline's values, never with a verdict; with no benchmark affected, the check passes saying so. A push that records the baseline always measures everything. `all`: always measure everything. The CLI measures everything unless `--affected auto` is given: then `run` diffs the working tree against its merge-base with the default branch (`origin/HEAD`, else `origin/main` or `origin/master`, else a local `main` or `master`), and `ab` against the merge-base it measures.",
    summary: 'auto (only benchmarks a change affects) or all.',
    group: 'baseline',
    action: true,
    cli: { commands: ['run', 'ab'], valueName: 'auto|all' },
    parse: (t, name) => k.oneOf(['auto', 'all'])(t || 'auto', name),
  }),
  baselineBranch: opt({
    name: 'baseline-branch',
    default: '',
    defaultText: 'the default branch',
    description: "Branch whose runs record the baseline; empty means the repository's default branch.",
    group: 'baseline',
    action: true,
    parse: k.text,
  }),
  saveBaseline: opt({
    name: 'save-baseline',
    default: 'auto',
    description: '`auto` saves on a push to the baseline branch; `true` also saves on other non-PR events; `false` never saves. A pull request never saves.',
    group: 'baseline',
    action: true,
    parse: (t, name) => k.oneOf(['auto', 'true', 'false'])(t || 'auto', name),
  }),
  allowIncompleteBaseline: opt({
    name: 'allow-incomplete-baseline',
    default: 'false',
    description:
      'Record the baseline even when the run measured less than it should: a package that does not compile, a benchmark that failed, or benchmarks the previous baseline of the branch had and this run lost. Off by default, so that one broken push cannot disarm the gate for every pull request based on it; the push step fails and says why instead.',
    summary: 'Save the baseline even with build failures, failed or lost benchmarks.',
    group: 'baseline',
    action: true,
    cli: { commands: ['run', 'merge'], boolean: true },
    parse: k.bool,
  }),
  baselineDir: opt({
    name: 'baseline-dir',
    default: '',
    description: 'Keep baselines in this directory instead of the Actions cache (self-hosted runners with a persistent disk).',
    summary: 'Directory store of baselines.',
    group: 'baseline',
    action: true,
    cli: { commands: ['run', 'merge'], valueName: 'DIR' },
    parse: k.raw,
  }),
  cacheKeyPrefix: opt({
    name: 'cache-key-prefix',
    default: 'go-runtime-gate',
    description: 'Prefix of the Actions cache keys that hold baselines.',
    group: 'baseline',
    action: true,
    parse: (t) => t.trim() || 'go-runtime-gate',
  }),
  branch: opt({
    name: 'branch',
    default: '',
    defaultText: 'the default branch',
    description:
      "`run --save`: the branch to save the baseline under (default: the current git branch); `run --compare`: the branch whose baseline to compare with (default: the repository's default branch, as the Action does).",
    summary: 'Branch for --save (default: current) or --compare (default: the default branch).',
    group: 'baseline',
    action: false,
    cli: { commands: ['run', 'merge'], valueName: 'NAME' },
    parse: k.text,
  }),
  save: opt({
    name: 'save',
    default: 'false',
    description: "Save this run as the branch's baseline in `--baseline-dir`.",
    group: 'baseline',
    action: false,
    cli: { commands: ['run', 'merge'], boolean: true },
    parse: k.bool,
  }),
  compare: opt({
    name: 'compare',
    default: 'false',
    description: "Compare with the branch's baseline in `--baseline-dir`.",
    group: 'baseline',
    action: false,
    cli: { commands: ['run', 'merge'], boolean: true },
    parse: k.bool,
  }),

  // ------------------------------------------------------------------ publishing
  networkTimeout: opt({
    name: 'network-timeout',
    default: '60s',
    description:
      'Longest wait for one call to the GitHub API or the Actions cache service, a Go duration. A call that gets no answer in time is given up and handled like a server error (5xx): the comment, the check run or the baseline is skipped with a warning, and the verdict and the job summary stand.',
    summary: 'Longest wait for one GitHub API or Actions cache call.',
    group: 'publish',
    action: true,
    parse: (t, name) => {
      const ms = parseGoDuration(t || '60s', name);
      if (ms < 1) throw new ConfigError(`${name}: "${t}" must be a Go duration of at least 1ms`);
      return ms;
    },
  }),
  githubToken: opt({
    name: 'github-token',
    default: '${{ github.token }}',
    description:
      'Token for the pull-request comment and the check run. Needs `pull-requests: write` and `checks: write`; with less (forks) those are skipped with a notice and the verdict is unaffected. Empty skips them.',
    group: 'publish',
    action: true,
    parse: k.text,
  }),
  comment: opt({
    name: 'comment',
    default: 'always',
    description:
      'Sticky pull-request comment: `always`, `on-regression` (only when the gate fails or a regression is acknowledged; an existing comment is still updated, e.g. to say the regressions are fixed), or `never`.',
    group: 'publish',
    action: true,
    parse: (t, name) => k.oneOf(['always', 'on-regression', 'never'])(t || 'always', name),
  }),
  annotations: opt({
    name: 'annotations',
    default: 'true',
    description: 'Annotate regressed benchmarks and compile errors at file:line (on the check run, or as workflow commands without `checks: write`).',
    group: 'publish',
    action: true,
    parse: k.bool,
  }),
  acknowledgeLabel: opt({
    name: 'acknowledge-label',
    default: 'runtime-regression-acknowledged',
    description:
      'A pull-request label that acknowledges expected regressions; with it the verdict is `acknowledged` and the gate passes (benchmark failures still fail). Empty disables it.',
    group: 'publish',
    action: true,
    parse: k.text,
  }),
  reportPath: opt({
    name: 'report-path',
    default: '',
    defaultText: 'under RUNNER_TEMP',
    description:
      'Where to write the report JSON (empty: under RUNNER_TEMP). With `mode: publish`, the report to publish: the file, or the directory an artifact was downloaded to (then `report.json` in it).',
    group: 'publish',
    action: true,
    parse: k.raw,
  }),

  // ------------------------------------------------------------------ CLI output
  format: opt({
    name: 'format',
    default: 'text',
    description: 'Output format of the report: `text`, `markdown` or `json`.',
    group: 'output',
    action: false,
    cli: { commands: REPORTING, valueName: 'text|markdown|json' },
    parse: (t, name) => {
      const v = t.trim().toLowerCase();
      return k.oneOf(['text', 'markdown', 'json'])(v === 'md' ? 'markdown' : v, name);
    },
  }),
  report: opt({
    name: 'report',
    default: '',
    description: 'Also write the report JSON to this file.',
    group: 'output',
    action: false,
    cli: { commands: REPORTING, valueName: 'FILE' },
    parse: k.raw,
  }),
  out: opt({
    name: 'out',
    default: '',
    defaultText: '.gate/run.json',
    description: 'Write the RunResult here (default: `.gate/run.json` in the module).',
    group: 'output',
    action: false,
    cli: { commands: ['run'], short: 'o', valueName: 'FILE' },
    parse: k.raw,
  }),

  // ------------------------------------------------------------------ inspect
  json: opt({
    name: 'json',
    default: 'false',
    description: 'Machine-readable output.',
    group: 'inspect',
    action: false,
    cli: { commands: ['inspect'], boolean: true },
    parse: k.bool,
  }),
  top: opt({
    name: 'top',
    default: '20',
    description: 'Allocation sites to list (0 = all).',
    group: 'inspect',
    action: false,
    cli: { commands: ['inspect'], valueName: 'N' },
    parse: k.integer(0),
  }),
  byFunction: opt({
    name: 'by-function',
    default: 'false',
    description: 'Group allocation sites by function.',
    group: 'inspect',
    action: false,
    cli: { commands: ['inspect'], boolean: true },
    parse: k.bool,
  }),
  moduleDir: opt({
    name: 'module-dir',
    default: '.',
    description: 'Module root deciding goroutine-leak creation sites.',
    group: 'inspect',
    action: false,
    cli: { commands: ['inspect'], valueName: 'DIR' },
    parse: k.raw,
  }),
  modulePath: opt({
    name: 'module-path',
    default: '',
    description: 'Module path, for traces of -trimpath builds.',
    group: 'inspect',
    action: false,
    cli: { commands: ['inspect'], valueName: 'PATH' },
    parse: k.text,
  }),
} as const;

export type OptionKey = keyof typeof OPTIONS;
export type OptionValues = { [K in OptionKey]: ReturnType<(typeof OPTIONS)[K]['parse']> };
/** Settings as text, by key (what an input or a flag holds); missing or '' = the default. */
export type RawOptions = { [K in OptionKey]?: string };

/** Every option, in table order. */
export function allOptions(): [OptionKey, OptionSpec<unknown>][] {
  return Object.entries(OPTIONS) as [OptionKey, OptionSpec<unknown>][];
}

/**
 * The Action's outputs, declared once: action.yml and the README are generated
 * from this list and the Action sets each of them (tests check both).
 */
export const OUTPUTS = {
  verdict: '`pass`, `fail`, `no-baseline` or `acknowledged`.',
  regressions: 'Number of gated regressions.',
  improvements: 'Number of improvements.',
  'report-json': 'Path of the report JSON file.',
  'baseline-commit': 'Commit of the baseline compared against (empty without one).',
  'comment-url': 'URL of the sticky pull-request comment (empty when none was posted).',
  'baseline-saved':
    '`true` when this run was recorded as the baseline, `false` when it was to be and was not (the summary says why), empty when it was not to be.',
  suspects: 'Number of machine-sensitive regressions against a cached baseline that were re-measured on this runner (or would have been), `0` without any.',
  confirmed: 'Number of those suspects the same-runner re-measurement confirmed (they gate).',
  'runner-drift': 'Number of those suspects that did not reproduce on this runner (runner drift; they never gate).',
  'shard-file': 'Path of the ShardResult a `shard: i/n` job wrote (empty otherwise): upload it as an artifact for the merge job.',
} as const;

export type OutputName = keyof typeof OUTPUTS;
