/**
 * Trace IDs are 64-bit: goroutine IDs above 2^53 are tracked exactly through
 * the reader and the metrics (the varint decoding itself is tested in
 * __tests__/encoding/varint.test.ts).
 */
import { encodeUvarint } from '../../src/encoding/varint.js';
import { traceMetrics } from '../../src/trace/metrics.js';
import { TraceReader } from '../../src/trace/reader.js';
import { Ev } from '../../src/trace/wire.js';
import { InputError } from '../../src/errors.js';

/** A minimal Go 1.22 trace built byte by byte, with goroutine IDs above 2^53. */
function tinyTrace(g1: bigint, g2: bigint): Uint8Array {
  const out: number[] = [...Buffer.from('go 1.22 trace\0\0\0', 'latin1')];
  const batch = (m: bigint, events: Array<Array<number | bigint>>) => {
    const body: number[] = [];
    for (const [typ, ...args] of events) {
      body.push(Number(typ));
      for (const a of args) encodeUvarint(a, body);
    }
    out.push(Ev.EventBatch);
    for (const v of [1n, m, 0n, BigInt(body.length)]) encodeUvarint(v, out);
    out.push(...body);
  };
  batch(0n, [
    [Ev.ProcStatus, 1, 0, 1],
    [Ev.GoStatus, 1, g1, 0, 2],
    [Ev.GoCreate, 1, g2, 0, 0],
    [Ev.GoStop, 1, 0, 0],
    [Ev.GoStart, 1, g2, 1],
    [Ev.GoDestroy, 1],
  ]);
  batch(2n ** 64n - 1n, [[Ev.Frequency, 15625000]]);
  batch(2n ** 64n - 1n, [[Ev.Stacks]]);
  batch(2n ** 64n - 1n, [[Ev.Strings], [Ev.String, 1, 0]]);
  return Uint8Array.from(out);
}

test('64-bit goroutine IDs above 2^53 are tracked exactly', async () => {
  const big = 2n ** 60n + 3n;
  const m = await traceMetrics(tinyTrace(big, big + 2n), { fileName: 'ids.trace', isModuleFrame: () => false });
  expect(m.goroutines).toEqual({ atStart: 1, created: 1, ended: 1, aliveAtEnd: 1, peakAlive: 2 });
  const ids: unknown[] = [];
  for await (const ev of new TraceReader(tinyTrace(big, big + 2n), 'ids.trace').events()) {
    const t = ev.goTransition();
    if (t) ids.push(t.goroutine);
  }
  expect(ids).toContain(big + 2n);
});

test('IDs that differ only beyond 2^53 are different goroutines', async () => {
  // As doubles these two IDs are equal; as goroutines they must not be.
  const a = 2n ** 60n;
  const err = await traceMetrics(tinyTrace(a, a + 1n), { fileName: 'ids.trace', isModuleFrame: () => false }).catch((e) => e);
  expect(err).not.toBeInstanceOf(Error);
  const same = await traceMetrics(tinyTrace(a, a), { fileName: 'ids.trace', isModuleFrame: () => false }).catch((e) => e);
  expect(same).toBeInstanceOf(InputError);
  expect((same as Error).message).toMatch(/already exists/);
});
