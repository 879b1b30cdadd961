/**
 * Damaged real traces never crash, hang or run away: truncations and byte
 * flips end in a result or a typed InputError, within a time bound.
 */
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { traceMetrics } from '../../src/trace/metrics.js';
import { tempDir } from '../helpers/paths.js';
import { REAL_125, runFixture } from './helpers.js';

jest.setTimeout(180_000);

const BOUND_MS = 3000;
/**
 * The time bound for one damaged trace: BOUND_MS, or 20 times what a warm read
 * of the intact traces took in this process, whichever is more. Reading a
 * damaged trace should never take much longer than reading the intact one, so a
 * run-away read still fails; but a machine slowed down by load (a warm read of
 * the 350 KB trace takes a few tens of milliseconds) moves the bound with it.
 */
let boundMs = BOUND_MS;
const traces: Array<[string, Uint8Array]> = [];

beforeAll(async () => {
  traces.push(['go1.25 real', new Uint8Array(readFileSync(REAL_125))]);
  // A Go 1.26 (local toolchain) trace with several generations, so EndOfGeneration framing is damaged too.
  const file = path.join(await tempDir('grg-trace-prop-'), 'multi.trace');
  await runFixture('traceprog', file, {
    args: ['-gcs', '2', '-leak', '1', '-busy', '60ms', '-churn', '3'],
    env: { GODEBUG: 'traceadvanceperiod=15000000' },
  });
  traces.push(['local multi-generation', new Uint8Array(readFileSync(file))]);
  // Read each intact trace twice: the first read compiles the reader (a cold first
  // read took 320 ms under load, more than ten times a warm one), the second is timed.
  for (const [, bytes] of traces) {
    await traceMetrics(bytes, { fileName: 'intact.trace', isModuleFrame: () => true });
    const start = performance.now();
    await traceMetrics(bytes, { fileName: 'intact.trace', isModuleFrame: () => true });
    boundMs = Math.max(boundMs, 20 * (performance.now() - start));
  }
});

/** Resolves to 'ok' or 'typed-error'; anything else (a crash) rejects the property. */
async function outcome(bytes: Uint8Array): Promise<'ok' | 'typed-error'> {
  const start = performance.now();
  try {
    await traceMetrics(bytes, { fileName: 'damaged.trace', isModuleFrame: () => true });
    return 'ok';
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message.startsWith('damaged.trace: offset ')).toBe(true);
    return 'typed-error';
  } finally {
    expect(performance.now() - start).toBeLessThan(boundMs);
  }
}

test('truncation at any point: a result or a typed error', async () => {
  for (const [, bytes] of traces) {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (cut) => {
        const r = await outcome(bytes.subarray(0, cut));
        // Truncation inside the header or inside a batch cannot be read as a complete trace.
        if (cut < 16) expect(r).toBe('typed-error');
      }),
      { numRuns: 40 },
    );
  }
});

test('byte flips anywhere: a result or a typed error', async () => {
  for (const [, bytes] of traces) {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          const copy = bytes.slice();
          for (const [at, mask] of flips) copy[at] ^= mask;
          await outcome(copy);
        },
      ),
      { numRuns: 60 },
    );
  }
});

test('a truncated trace reports the file and the byte offset of the damage', async () => {
  const bytes = traces[0][1];
  const err = await traceMetrics(bytes.subarray(0, bytes.length - 100), {
    fileName: 'cut.trace',
    isModuleFrame: () => true,
  }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  expect((err as Error).message).toMatch(/^cut\.trace: offset \d+: expected .*truncated/);
});

test('a trace that holds only its header is an error saying it holds no events, not all-zero metrics', async () => {
  for (const [, bytes] of traces) {
    const err = await traceMetrics(bytes.subarray(0, 16), { fileName: 'header-only.trace', isModuleFrame: () => true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^header-only\.trace: offset 16: expected .*events.*: the trace holds only its header/);
  }
});
