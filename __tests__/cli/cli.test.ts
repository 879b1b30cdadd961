/**
 * The CLI: `compare` and `report` in-process on files, and the bundled
 * `demo` end to end as a user runs it (`node dist/cli/index.js demo`).
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { displayWidth } from '../../src/report/width.js';
import { runResultDocument, writeDocumentFile } from '../../src/document/index.js';
import { run } from '../compare/helpers.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';

const six = (v: number) => [v, v, v, v, v, v];

describe('go-runtime-gate compare / report', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeDocumentFile(runResultDocument, path.join(dir, 'base.json'), run([{ name: 'BenchmarkEncode', metrics: { allocs: six(0) } }]));
    await writeDocumentFile(runResultDocument, path.join(dir, 'head.json'), run([{ name: 'BenchmarkEncode', metrics: { allocs: six(1) } }]));
    await writeDocumentFile(runResultDocument, path.join(dir, 'same.json.gz'), run([{ name: 'BenchmarkEncode', metrics: { allocs: six(0) } }]));
  });

  it('exits 1 on a gated regression and writes the report JSON', async () => {
    const io = capture();
    const code = await runCli(['compare', path.join(dir, 'base.json'), path.join(dir, 'head.json'), '--report', path.join(dir, 'r.json')], io);
    expect(code).toBe(1);
    expect(io.stdout).toMatch(/BenchmarkEncode/);
    expect(io.stdout).toMatch(/regression/);
    const again = capture();
    expect(await runCli(['report', path.join(dir, 'r.json'), '--format', 'markdown'], again)).toBe(1);
    expect(again.stdout).toMatch(/allocs\/op/);
  });

  it('exits 0 for an unchanged run, reading gzip files too', async () => {
    const io = capture();
    expect(await runCli(['compare', path.join(dir, 'base.json'), path.join(dir, 'same.json.gz'), '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).verdict).toBe('pass');
  });

  it('exits 2 naming the file and position for a corrupt baseline', async () => {
    const bad = path.join(dir, 'corrupt.json');
    await writeFile(bad, '{"schema": "go-runtime-gate/run-result",\n "version": 1,\n "tool": }');
    const io = capture();
    expect(await runCli(['compare', bad, path.join(dir, 'head.json')], io)).toBe(2);
    expect(io.stderr).toMatch(/corrupt\.json:3:\d+: expected/);
  });

  it('exits 2 naming the file, line, field and value of a forged report', async () => {
    const io = capture();
    await runCli(['compare', path.join(dir, 'base.json'), path.join(dir, 'head.json'), '--report', path.join(dir, 'forged.json')], io);
    const forged = JSON.parse(await readFile(path.join(dir, 'forged.json'), 'utf8'));
    forged.comparisons[0].unit = 7;
    const text = JSON.stringify(forged, null, 2);
    await writeFile(path.join(dir, 'forged.json'), text);
    const again = capture();
    expect(await runCli(['report', path.join(dir, 'forged.json')], again)).toBe(2);
    const line = text.slice(0, text.indexOf('"unit": 7')).split('\n').length;
    expect(again.stderr).toContain(`forged.json:${line}:15: expected a string at $.comparisons[0].unit: found number 7`);
  });

  it('exits 2 with usage errors', async () => {
    const io = capture();
    expect(await runCli(['compare', 'only-one.json'], io)).toBe(2);
    expect(io.stderr).toMatch(/compare needs two files/);
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.stderr).toMatch(/unknown command "frobnicate"/);
    expect(await runCli(['run', '--count', 'x'], io)).toBe(2);
    expect(io.stderr).toMatch(/count: "x"/);
  });
});

describe('npm run demo (node dist/cli/index.js demo)', () => {
  it(
    'reports the extra allocation and the grown B/op as regressions and the third benchmark unchanged',
    async () => {
      // count 6, as the demo and the Action default: at 5 the smallest Mann–Whitney p
      // (0.0079) leaves little room under Benjamini–Hochberg for the GC cycles/op
      // of BenchmarkBuild (it failed once under load at 5).
      const res = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'demo', '--count', '6', '--format', 'json'], {
        cwd: await tempDir(),
        encoding: 'utf8',
        // 8 test binaries and their escape builds, 100 benchmark processes with traces
        // and profiles: 94 s warm on a loaded 2-core machine, plus the builds of a cold cache.
        timeout: GO_MEASURE_TIMEOUT_MS,
      });
      expect(res.stderr).toMatch(/so the gate fails, as it should/);
      expect(res.status).toBe(0);
      const report = JSON.parse(res.stdout);
      // The whole comparison on failure (test, p values, samples), not just its verdict.
      const verdict = (name: string, metric: string) => {
        const c = report.comparisons.find((x: { benchmark: { name: string }; metric: string }) => x.benchmark.name === name && x.metric === metric);
        return { name, metric, verdict: c?.verdict, test: c?.test, p: c?.p, pAdjusted: c?.pAdjusted, reason: c?.reason, base: c?.base, head: c?.head };
      };
      expect(verdict('BenchmarkEncode', 'allocs')).toMatchObject({ verdict: 'regression' });
      expect(verdict('BenchmarkNewFrame', 'bytes')).toMatchObject({ verdict: 'regression' });
      expect(verdict('BenchmarkNewFrame', 'allocs')).toMatchObject({ verdict: 'unchanged' });
      for (const size of ['64', '4096']) {
        expect(verdict(`BenchmarkChecksum/size=${size}`, 'allocs')).toMatchObject({ verdict: 'unchanged' });
        expect(verdict(`BenchmarkChecksum/size=${size}`, 'bytes')).toMatchObject({ verdict: 'unchanged' });
      }
      expect(report.verdict).toBe('fail');

      // Allocation sites explain the allocation regressions at their exact lines.
      const explanation = (name: string, metric: string) =>
        report.comparisons.find((c: { benchmark: { name: string }; metric: string }) => c.benchmark.name === name && c.metric === metric)?.explanation;
      expect(explanation('BenchmarkEncode', 'allocs')).toMatch(/^allocs\/op 0 → 1: new allocation at codec\/codec\.go:16 in \(\*Encoder\)\.Encode/);
      expect(explanation('BenchmarkNewFrame', 'bytes')).toMatch(/^B\/op 4096 → 6144: allocation grew at codec\/codec\.go:26 in NewFrame/);

      // The leaking benchmark fails on its creation site; the GC-pressure one on GC cycles/op.
      type Site = { kind: string; change: string; file: string; line: number; gating: boolean };
      const sites: Site[] = report.sites;
      expect(sites.filter((s) => s.kind === 'leak' && s.gating).map((s) => `${s.file}:${s.line}`)).toEqual(['leaky/leaky.go:13']);
      expect(verdict('BenchmarkBuild', 'gc-cycles')).toMatchObject({ verdict: 'regression' });
      expect(verdict('BenchmarkProcess', 'goroutines-leaked')).toMatchObject({ verdict: 'regression' });

      // Exactly the new escapes: codec's copy, escapes' `return &s` and the boxed value.
      expect(
        sites
          .filter((s) => s.kind === 'escape' && s.change === 'new')
          .map((s) => `${s.file}:${s.line}`)
          .sort(),
      ).toEqual(['codec/codec.go:16', 'escapes/escapes.go:24', 'escapes/escapes.go:45']);
      expect(sites.filter((s) => s.kind === 'escape').every((s) => s.gating === (s.change === 'new'))).toBe(true);

      // The same report as text at COLUMNS=100 (the CLI passes it as `columns`): every line fits, no name is cut.
      const file = path.join(await tempDir(), 'report.json');
      await writeFile(file, res.stdout);
      const text = capture();
      text.columns = 100;
      expect(await runCli(['report', file], text)).toBe(1);
      const lines = text.stdout.split('\n');
      expect(lines.filter((l) => displayWidth(l) > 100)).toEqual([]);
      expect(text.stdout).not.toContain('…');
      for (const c of report.comparisons as Array<{ benchmark: { name: string; procs: number } }>) {
        const short = `${c.benchmark.name.replace(/^Benchmark/, '')}${c.benchmark.procs > 1 ? `-${c.benchmark.procs}` : ''}`;
        expect(lines.some((l) => l.startsWith(`${short} `) || l === short)).toBe(true);
      }
    },
    GO_MEASURE_TIMEOUT_MS,
  );
});
