/**
 * Allocation sites from real profiles: known allocations land on their line
 * with the right objects/op and bytes/op, per-op figures agree with the
 * benchmark's own B/op and allocs/op, and the example module's head
 * regressions are named at their exact file:line.
 */
import path from 'node:path';
import { compareAllocationSites, explainAllocationChange } from '../../src/compare/allocation-sites.js';
import { readProfile } from '../../src/pprof/reader.js';
import { allocationSites, profileIterations, type AllocationSite } from '../../src/pprof/sites.js';
import { readFileSync } from 'node:fs';
import { allocsDir, buildTestBinary, exampleDir, lineOf, readBytes, runBenchmark, tempDir, type BenchRun } from './gofixture.js';

const dir = tempDir();
const N = 5000;
const allocsFile = path.join(allocsDir, 'allocs.go');
let op: BenchRun;
let sub: BenchRun;

const find = (sites: AllocationSite[], fn: string, line: number): AllocationSite | undefined => sites.find((s) => s.function === fn && s.line === line);

beforeAll(() => {
  const bin = buildTestBinary(allocsDir, dir, 'allocs.test');
  op = runBenchmark(bin, allocsDir, { bench: '^BenchmarkOp$', benchtime: `${N}x`, profile: path.join(dir, 'op.pprof'), memprofilerate: 1 });
  sub = runBenchmark(bin, allocsDir, { bench: '^BenchmarkSub$/^k=2$', benchtime: `${N}x`, profile: path.join(dir, 'sub.pprof'), memprofilerate: 1 });
});

describe('known allocations (memprofilerate=1)', () => {
  test('3×48 B at the record line and 1×1024 B at the inlined block line, per op', () => {
    const p = readProfile(readBytes(op.profile), op.profile);
    const sites = allocationSites(p, { iterations: profileIterations(`${N}x`, op.n)!, benchmark: 'BenchmarkOp' });
    const record = find(sites.byLine, 'example.com/allocs.fill', lineOf(allocsFile, 'site:record'));
    const block = find(sites.byLine, 'example.com/allocs.block', lineOf(allocsFile, 'site:block'));
    // Exact up to the odd allocation the runtime makes on a loaded machine
    // (one object in N is 0.0002/op), hence closeness rather than equality.
    expect(record).toMatchObject({ file: allocsFile });
    expect(record!.objectsPerOp).toBeCloseTo(3, 2);
    expect(record!.bytesPerOp / 144).toBeCloseTo(1, 3);
    expect(block).toMatchObject({ file: allocsFile });
    expect(block!.objectsPerOp).toBeCloseTo(1, 2);
    expect(block!.bytesPerOp / 1024).toBeCloseTo(1, 3);
    // Nothing else allocates inside the benchmark's loop.
    expect(sites.objectsPerOp).toBeCloseTo(4, 2);
    expect(sites.bytesPerOp / 1168).toBeCloseTo(1, 2);
    const fill = sites.byFunction.find((s) => s.function === 'example.com/allocs.fill')!;
    expect(fill.line).toBe(lineOf(allocsFile, /^func fill\(\)/));
  });

  test('per-op totals agree with the benchmark line (iterations = 1 + N)', () => {
    expect(op.allocsPerOp).toBe(4);
    expect(Math.abs(op.bytesPerOp - 1168)).toBeLessThanOrEqual(2);
    expect(profileIterations(`${N}x`, op.n)).toBe(N + 1);
    const p = readProfile(readBytes(op.profile), op.profile);
    const sites = allocationSites(p, { iterations: N + 1, benchmark: 'BenchmarkOp' });
    expect(Math.abs(sites.objectsPerOp - op.allocsPerOp)).toBeLessThan(0.01);
    expect(Math.abs(sites.bytesPerOp - op.bytesPerOp) / op.bytesPerOp).toBeLessThan(0.001);
    // Without the benchmark filter, init and the testing framework add a little.
    const whole = allocationSites(p, { iterations: N + 1 });
    expect(whole.bytesPerOp).toBeGreaterThan(sites.bytesPerOp);
  });

  test('reported mode scales the sites to the benchmark line exactly', () => {
    const p = readProfile(readBytes(op.profile), op.profile);
    const sites = allocationSites(p, {
      reported: { allocsPerOp: op.allocsPerOp, bytesPerOp: op.bytesPerOp },
      benchmark: 'example.com/allocs.BenchmarkOp',
    });
    expect(sites.objectsPerOp).toBeCloseTo(op.allocsPerOp, 9);
    expect(sites.bytesPerOp).toBeCloseTo(op.bytesPerOp, 6);
    expect(find(sites.byLine, 'example.com/allocs.fill', lineOf(allocsFile, 'site:record'))!.objectsPerOp).toBeCloseTo(3, 2);
  });

  test('a leaf sub-benchmark is attributed through its closure', () => {
    expect(sub.allocsPerOp).toBe(8);
    const p = readProfile(readBytes(sub.profile), sub.profile);
    const sites = allocationSites(p, { iterations: profileIterations(`${N}x`, sub.n)!, benchmark: 'BenchmarkSub/k=2' });
    const record = find(sites.byLine, 'example.com/allocs.fill', lineOf(allocsFile, 'site:record'))!;
    expect(record.objectsPerOp).toBeCloseTo(6, 2);
    expect(Math.abs(sites.objectsPerOp - sub.allocsPerOp)).toBeLessThan(0.05);
  });

  test('profileIterations knows only fixed iteration counts', () => {
    expect(profileIterations('1x', 1)).toBe(1);
    expect(profileIterations('100x', 100)).toBe(101);
    expect(profileIterations('1s', 123456)).toBeUndefined();
    expect(profileIterations('100x', 99)).toBeUndefined();
  });
});

describe('example module: base vs head', () => {
  const samples = 2;
  const module = /^module\s+(\S+)/m.exec(readFileSync(path.join(exampleDir('head'), '..', 'go.mod'), 'utf8'))![1];
  const sitesFor = (side: 'base' | 'head', bench: string): { runs: BenchRun[]; sites: AllocationSite[][] } => {
    const pkg = exampleDir(side);
    const bin = buildTestBinary(pkg, dir, `codec-${side}.test`);
    const runs: BenchRun[] = [];
    const sites: AllocationSite[][] = [];
    for (let i = 0; i < samples; i++) {
      const run = runBenchmark(bin, pkg, {
        bench: `^${bench}$`,
        benchtime: '10000x',
        profile: path.join(dir, `${side}-${bench}-${i}.pprof`),
        memprofilerate: 1,
      });
      const p = readProfile(readBytes(run.profile), run.profile);
      // The derivation recommended to the engine: shares of the benchmark's own figures.
      const s = allocationSites(p, { reported: { allocsPerOp: run.allocsPerOp, bytesPerOp: run.bytesPerOp }, benchmark: bench });
      // What the lead does: module files become repo-relative.
      const root = path.dirname(pkg);
      runs.push(run);
      sites.push(s.byLine.map((x) => (x.file.startsWith(root + path.sep) ? { ...x, file: path.relative(root, x.file) } : x)));
    }
    return { runs, sites };
  };

  test('the new allocation in (*Encoder).Encode is named at its line', () => {
    const base = sitesFor('base', 'BenchmarkEncode');
    const head = sitesFor('head', 'BenchmarkEncode');
    const line = lineOf(path.join(exampleDir('head'), 'codec.go'), 'out := make([]byte, len(e.buf))');
    const growth = compareAllocationSites(base.sites, head.sites);
    expect(growth[0]).toMatchObject({
      function: `${module}/codec.(*Encoder).Encode`,
      file: 'codec/codec.go',
      line,
      kind: 'new',
    });
    // The result is a tiny (8-byte, pointer-free) allocation: scaled to the
    // benchmark's own figures it is 1 object/op and the benchmark's B/op.
    expect(growth[0].deltaObjectsPerOp).toBeCloseTo(1, 2);
    expect(growth[0].deltaBytesPerOp).toBeGreaterThanOrEqual(6.5);
    expect(growth[0].deltaBytesPerOp).toBeLessThanOrEqual(8.5);
    const text = explainAllocationChange('allocs', base.runs[0].allocsPerOp, head.runs[0].allocsPerOp, growth);
    expect(text).toMatch(new RegExp(`^allocs/op 0 → 1: new allocation at codec/codec\\.go:${line} in \\(\\*Encoder\\)\\.Encode, 1\\.0 objects/op, [78] B/op$`));
  });

  test('the grown B/op of BenchmarkNewFrame names the line whose bytes grew', () => {
    const base = sitesFor('base', 'BenchmarkNewFrame');
    const head = sitesFor('head', 'BenchmarkNewFrame');
    expect(base.runs[0].bytesPerOp).toBe(4096);
    expect(head.runs[0].bytesPerOp).toBe(6144);
    const headLine = lineOf(path.join(exampleDir('head'), 'codec.go'), 'make([]byte, 0, 6144)');
    const baseLine = lineOf(path.join(exampleDir('base'), 'codec.go'), 'make([]byte, 0, 4096)');
    const growth = compareAllocationSites(base.sites, head.sites);
    expect(growth).toHaveLength(1);
    expect(growth[0]).toMatchObject({ function: `${module}/codec.NewFrame`, file: 'codec/codec.go', line: headLine, baseLine, kind: 'grown' });
    expect(growth[0].deltaBytesPerOp).toBeCloseTo(2048, 0);
    expect(explainAllocationChange('bytes', 4096, 6144, growth)).toBe(
      `B/op 4096 → 6144: allocation grew at codec/codec.go:${headLine} in NewFrame (was line ${baseLine}), 1.0 → 1.0 objects/op, 4096 → 6144 B/op`,
    );
  });
});
