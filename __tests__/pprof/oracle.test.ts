/**
 * Oracle: for heap profiles written by real Go test binaries, our decoded
 * samples equal `go tool pprof -raw`, and our flat per-function alloc_space and
 * alloc_objects equal `go tool pprof -top -flat` on the same file.
 */
import path from 'node:path';
import { sampleAt } from '../../src/pprof/profile.js';
import { readProfile } from '../../src/pprof/reader.js';
import { allocationSites } from '../../src/pprof/sites.js';
import { allocsDir, buildTestBinary, pprofRaw, pprofTopFlat, readBytes, runBenchmark, tempDir } from './gofixture.js';

const dir = tempDir();
const profiles: Record<string, string> = {};

beforeAll(() => {
  const bin = buildTestBinary(allocsDir, dir, 'allocs.test');
  const runs: [string, string, number | undefined][] = [
    ['mixed-rate1', '^BenchmarkMixed$', 1],
    // The default sampling rate: Go writes unsampled (scaled) estimates, which
    // must come out unchanged (scaling again would not match pprof).
    ['mixed-default', '^BenchmarkMixed$', undefined],
    ['sub-rate1', '^BenchmarkSub$', 1],
  ];
  for (const [name, bench, rate] of runs) {
    const profile = path.join(dir, `${name}.pprof`);
    runBenchmark(bin, allocsDir, { bench, benchtime: rate === 1 ? '2000x' : '200000x', profile, memprofilerate: rate });
    profiles[name] = profile;
  }
});

describe.each(['mixed-rate1', 'mixed-default', 'sub-rate1'])('%s profile', (name) => {
  test('samples and values equal go tool pprof -raw', () => {
    const file = profiles[name];
    const p = readProfile(readBytes(file), file);
    const raw = pprofRaw(file);
    expect(p.sampleTypes.map((t) => `${t.type}/${t.unit}`)).toEqual(raw.types.map((t) => t.replace('[dflt]', '')));
    const ours = Array.from({ length: p.sampleCount }, (_, i) => sampleAt(p, i))
      .map((s) => `${s.values.join(' ')}: ${s.locations.map((l) => l.id).join(' ')}`)
      .sort();
    const theirs = raw.samples.map((s) => `${s.values.join(' ')}: ${s.locationIds.join(' ')}`).sort();
    expect(ours).toEqual(theirs);
    expect(p.defaultSampleType).toBe(raw.types.find((t) => t.endsWith('[dflt]'))!.split('/')[0]);
  });

  test.each(['alloc_space', 'alloc_objects'] as const)('flat per function %s equals go tool pprof -top', (index) => {
    const file = profiles[name];
    const p = readProfile(readBytes(file), file);
    const sites = allocationSites(p, { iterations: 1 });
    const ours = new Map<string, number>();
    for (const s of sites.byFunction) {
      const v = index === 'alloc_space' ? s.bytes : s.objects;
      if (v !== 0) ours.set(s.function, (ours.get(s.function) ?? 0) + v);
    }
    const theirs = pprofTopFlat(file, index);
    expect(theirs.size).toBeGreaterThan(2);
    expect(Object.fromEntries([...ours].sort())).toEqual(Object.fromEntries([...theirs].sort()));
  });
});
