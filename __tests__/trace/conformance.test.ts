/**
 * Conformance with Go's own reader test corpus (../shared/trace-corpus):
 * golden tests (text form converted to bytes), fuzz-found inputs, and the
 * real Go 1.21 / 1.25 traces.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/errors.js';
import { UnsupportedTraceVersionError } from '../../src/trace/errors.js';
import { traceMetrics } from '../../src/trace/metrics.js';
import { TraceReader } from '../../src/trace/reader.js';
import { REAL_121, REAL_125, corpusPresent, loadFuzzCases, loadGoldenTests } from './helpers.js';

async function readAll(bytes: Uint8Array, name: string): Promise<number> {
  let n = 0;
  for await (const g of new TraceReader(bytes, name).generations()) for (const _ of g.events()) n++;
  return n;
}

const noModule = () => false;

test('the shared corpus is present beside the repository', () => {
  // Failing rather than skipping: a missing corpus must not turn into a silent pass.
  expect(corpusPresent()).toBe(true);
});

describe('golden tests from golang.org/x/exp/trace', () => {
  const cases = corpusPresent() ? loadGoldenTests() : [];

  // The issue and corpus README say 23; the folder holds 22 `.test` files (plus
  // LICENSE and UPSTREAM-README.md). Pinned so a lost file cannot go unnoticed.
  test('all 22 present in the corpus are run', () => {
    expect(cases).toHaveLength(22);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    if (c.expect.ok) {
      await expect(readAll(c.bytes, name)).resolves.toBeGreaterThan(0);
    } else {
      const err = await readAll(c.bytes, name).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(c.expect.pattern);
    }
  });
});

describe('fuzz corpus from golang.org/x/exp/trace', () => {
  const cases = corpusPresent() ? loadFuzzCases() : [];

  test('there are 17 of them', () => {
    expect(cases).toHaveLength(17);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s ends in a result or a typed error, quickly', async (name, c) => {
    const start = performance.now();
    const outcome = await traceMetrics(c.bytes, { fileName: name, isModuleFrame: noModule }).then(
      (m) => m,
      (e: unknown) => e,
    );
    expect(performance.now() - start).toBeLessThan(2000);
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(InputError);
      expect(outcome.message).toContain(name);
    } else {
      expect(outcome).toHaveProperty('goVersion');
    }
  });
});

describe('real traces', () => {
  test('the Go 1.21 trace is refused, naming the version and what is needed', async () => {
    const err = await traceMetrics(REAL_121, { fileName: 'old.trace', isModuleFrame: noModule }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsupportedTraceVersionError);
    expect((err as Error).message).toMatch(/old\.trace/);
    expect((err as Error).message).toMatch(/Go 1\.21/);
    expect((err as Error).message).toMatch(/Go 1\.22\+/);
  });

  test('the Go 1.25 trace reads from a path, a stream and bytes with the same result', async () => {
    const opts = { fileName: 'json.trace', isModuleFrame: noModule };
    const a = await traceMetrics(REAL_125, opts);
    const b = await traceMetrics(readFileSync(REAL_125), opts);
    const { createReadStream } = await import('node:fs');
    const c = await traceMetrics(createReadStream(REAL_125, { highWaterMark: 1000 }), opts);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.goVersion).toBe(25);
    expect(a.generations).toBe(1);
    // Cross-checks from the corpus README (an independent decoder).
    expect(a.gcCycles).toBe(17);
    expect(a.goroutines).toMatchObject({ atStart: 17, created: 607, ended: 605, aliveAtEnd: 19 });
  });
});
