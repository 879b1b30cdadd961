/**
 * Chunk recycling in the reader: a trace read from a path reuses the chunks of
 * each finished generation for the next, so a real multi-generation trace of
 * several MiB (tracebig at a capped rate: ~2 MB generations, 1 MiB chunks)
 * must read event for event as the same bytes given whole (never recycled),
 * with x/exp/trace's event count; and a generation read after the next one
 * was requested throws instead of decoding recycled bytes. Also the
 * allocation-free goroutine transition the families use (memory per event).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { TraceReader, type TraceInput } from '../../src/trace/reader.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { tempDir } from '../helpers/paths.js';
import { REAL_125, buildOracle, runFixture, runOracle } from './helpers.js';
import { GoState } from '../../src/trace/events.js';
import type { Id } from '../../src/encoding/varint.js';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

let file: string;
let oracle: string;

beforeAll(async () => {
  const dir = await tempDir('grg-trace-recycle-');
  file = path.join(dir, 'big.trace');
  oracle = await buildOracle(dir);
  await runFixture('tracebig', file, { args: ['-size', '6', '-mbps', '2', '-pairs', '2'] });
});

/** Every event's fields, folded into a digest, and the counts. */
async function digest(input: TraceInput): Promise<{ events: number; generations: number; hash: string }> {
  let events = 0;
  let generations = 0;
  let h = 0;
  const mix = (v: number | bigint): void => {
    const x = typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : v % 4294967296;
    h = (Math.imul(h ^ x, 0x01000193) + (x / 4294967296) * 7) >>> 0;
  };
  for await (const g of new TraceReader(input, 'big.trace').generations()) {
    generations++;
    for (let ev = g.next(); ev; ev = g.next()) {
      events++;
      for (const v of [ev.type, ev.time, ev.a0, ev.a1, ev.a2, ev.a3, ev.g, ev.p, ev.m]) mix(v);
    }
  }
  return { events, generations, hash: h.toString(16) };
}

test('a path reads as the same bytes in memory, across recycled chunks', async () => {
  const fromFile = await digest(file);
  const inMemory = await digest(readFileSync(file));
  expect(fromFile).toEqual(inMemory);
  // Enough generations, each larger than a chunk, for chunks to be reused.
  expect(fromFile.generations).toBeGreaterThanOrEqual(3);
  const [go] = await runOracle(oracle, ['-stream', file]);
  // Go's reader ends with one more Sync event than we emit.
  expect(fromFile.events + 1).toBe(go.events);
});

test('a generation read after the next one was requested throws', async () => {
  const gens = new TraceReader(file, 'big.trace').generations();
  const first = (await gens.next()).value!;
  expect(first.next()).toBeDefined();
  await gens.next();
  expect(() => {
    for (let ev = first.next(); ev; ev = first.next());
  }).toThrow(/read after the next generation was requested/);
  await gens.return(undefined);
});

test('goTransitionInto gives goTransition() without the stack, for every event', async () => {
  const out = { goroutine: 0 as Id, from: GoState.Undetermined, to: GoState.Undetermined };
  let transitions = 0;
  for await (const ev of new TraceReader(REAL_125, 'real.trace').events()) {
    const t = ev.goTransition();
    expect(ev.goTransitionInto(out)).toBe(t !== undefined);
    if (!t) continue;
    transitions++;
    expect(out).toEqual({ goroutine: t.goroutine, from: t.from, to: t.to });
  }
  expect(transitions).toBeGreaterThan(1000);
});
