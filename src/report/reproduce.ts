/**
 * The commands that reproduce a finding on a developer's machine: the
 * benchmark run on both commits the way the gate ran it (one package, the
 * benchmark anchored, `-benchmem`, the same count, benchtime and CPU count,
 * a heap profile), benchstat on the two outputs, `go tool pprof -diff_base`
 * on the two profiles, and `go-runtime-gate ab`, which does all of it with
 * the gate's own statistics.
 *
 * Commands run in the benchmark's package directory, so they work whether
 * the module is at the repository's root, in a subfolder or in a go.work
 * workspace. Everything interpolated is quoted for a POSIX shell.
 */
import type { BenchmarkRef, Report } from './model.js';
import { benchmarkKey } from '../result/types.js';
import type { Finding } from './findings.js';

const MAX_NAME = 200;

/** Single-quoted for sh: nothing inside is interpreted. */
function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./=:@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `-bench` for one (sub-)benchmark: every level anchored, regexp metacharacters escaped. */
function benchPattern(name: string): string {
  return name
    .split('/')
    .map((part) => `^${part.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')}$`)
    .join('/');
}

function packageDir(b: BenchmarkRef): string | null {
  if (!b.file || b.file.startsWith('/') || b.file.split('/').includes('..')) return null;
  const i = b.file.lastIndexOf('/');
  return i < 0 ? '.' : b.file.slice(0, i);
}

function revision(commit: string | undefined, what: string): string {
  return commit && /^[0-9a-f]{7,64}$/i.test(commit) ? `git switch --detach ${commit}   # ${what}` : `# check out ${what}`;
}

/** Shell lines reproducing the benchmarks of `findings` (at most `max` benchmarks); '' when there is nothing to reproduce. */
export function reproduceScript(report: Report, findings: readonly Finding[], max = 3): string {
  const benches: BenchmarkRef[] = [];
  for (const f of findings) {
    if (f.status === 'report') continue;
    // A name too long to type is no command anyone runs (and would eat the comment's budget).
    for (const b of f.cause.benchmarks) if (b.name.length <= MAX_NAME && !benches.some((x) => benchmarkKey(x) === benchmarkKey(b))) benches.push(b);
  }
  if (benches.length === 0) return '';
  const cfg = report.head.config;
  const headCommit = report.head.environment.commit;
  const baseCommit = report.baseline?.environment.commit;
  const out: string[] = [];
  for (const b of benches.slice(0, max)) {
    const dir = packageDir(b);
    const cd = dir && dir !== '.' ? `cd ${shellQuote(dir)} && ` : '';
    const flags = [
      `-run '^$'`,
      `-bench ${shellQuote(benchPattern(b.name))}`,
      '-benchmem',
      `-count ${cfg.count}`,
      `-benchtime ${shellQuote(cfg.benchtime)}`,
      ...(b.procs > 1 ? [`-cpu ${b.procs}`] : []),
      ...(cfg.tags ? [`-tags ${shellQuote(cfg.tags)}`] : []),
    ].join(' ');
    const run = (side: string) => `(${cd}go test ${flags} -memprofile /tmp/${side}.pprof . | tee /tmp/${side}.txt)`;
    out.push(`# ${b.name}${b.procs > 1 ? `-${b.procs}` : ''} in ${b.package}${dir ? ` (${dir})` : ''}, from the repository's root`);
    out.push(revision(headCommit, 'the pull request'));
    out.push(run('head'));
    out.push(revision(baseCommit, 'the baseline'));
    out.push(run('base'));
    out.push('benchstat /tmp/base.txt /tmp/head.txt   # go install golang.org/x/perf/cmd/benchstat@latest');
    out.push('go tool pprof -sample_index=alloc_space -diff_base /tmp/base.pprof -top /tmp/head.pprof');
    out.push('');
  }
  if (benches.length > max) out.push(`# … and ${benches.length - max} more benchmark${benches.length - max === 1 ? '' : 's'}: the same with their names.`, '');
  const baseRef = baseCommit && /^[0-9a-f]{7,64}$/i.test(baseCommit) ? ` --base-ref ${baseCommit}` : '';
  const pattern = benches.length === 1 ? ` --bench ${shellQuote(benchPattern(benches[0].name).split('/')[0])}` : '';
  out.push(`# All of it with the gate's statistics: base and head interleaved on your machine`);
  out.push(`go-runtime-gate ab${baseRef}${pattern} --count ${cfg.count} --benchtime ${shellQuote(cfg.benchtime)}`);
  return out.join('\n');
}
