/**
 * Streaming reader of Go 1.22+ execution traces.
 *
 * Shaped like bufio.Scanner: construct with the input and a name used only in
 * messages, then iterate. `generations()` yields one generation at a time;
 * each generation's `events()` yields its events in the order Go's own reader
 * (golang.org/x/exp/trace) would, with the same nanosecond timestamps —
 * including its rule that timestamps are made strictly increasing by bumping
 * an event that is not later than its predecessor to predecessor + 1 ns.
 * Consume a generation's events before asking for the next generation: the
 * ordering state carries over.
 *
 * Memory: one generation's batches and tables at a time.
 */
import { TraceFormatError, UnsupportedTraceVersionError } from './errors.js';
import { NO_GOROUTINE, NO_PROC, NO_THREAD, TraceEvent } from './events.js';
import { type Batch, type Generation, GenerationReader, type GenerationTable } from './generation.js';
import { type MState, Ordering, type PendingEvent, syncEvent } from './order.js';
import { ByteSource, type TraceInput } from './source.js';
import { ByteCursor, type Id, VarintError } from './varint.js';
import { Ev, HEADER_LENGTH, SUPPORTED_VERSIONS, type WireVersion, specFor, SPECS, eventName } from './wire.js';

export type { TraceInput } from './source.js';

/** Reads events from one M's batches, converting deltas to absolute nanoseconds. */
/** Per version: number of arguments after `dt` of each timed event type, -1 if not a valid timed event. */
const ARG_COUNTS = new Map<WireVersion, Int8Array>(
  SUPPORTED_VERSIONS.map((v) => {
    const counts = new Int8Array(256).fill(-1);
    for (let t = 0; t < 256; t++) {
      const s = specFor(v, t);
      if (s && s.timed) counts[t] = s.args.length - 1;
    }
    return [v, counts];
  }),
);

/**
 * Per event type, the argument indices (0-based, after dt) that are stack IDs
 * and string IDs, two slots each, -1 when unused: every event's IDs are
 * checked against its generation's tables, so this avoids walking the spec.
 */
const STACK_IDX = new Int8Array(512).fill(-1);
const STRING_IDX = new Int8Array(512).fill(-1);
const HAS_IDS = new Uint8Array(256);
for (let t = 0; t < 256; t++) {
  SPECS[t]?.stackArgs.forEach((a, k) => (STACK_IDX[2 * t + k] = a - 1));
  SPECS[t]?.stringArgs.forEach((a, k) => (STRING_IDX[2 * t + k] = a - 1));
  HAS_IDS[t] = STACK_IDX[2 * t] >= 0 || STRING_IDX[2 * t] >= 0 ? 1 : 0;
}

class BatchCursor {
  /** This M's scheduling state in the ordering, looked up once (entries are never removed). */
  mState: MState | undefined;
  private readonly argCounts: Int8Array;
  private idx = 0;
  private lastTs = 0;
  private readonly cur: ByteCursor;
  ev!: PendingEvent;
  private spare: PendingEvent | undefined;

  constructor(
    readonly m: Id,
    private readonly batches: Batch[],
    private readonly table: GenerationTable,
    private readonly version: WireVersion,
    private readonly file: string,
  ) {
    this.argCounts = ARG_COUNTS.get(version)!;
    const first = batches.length > 0 ? batches[0].data : new Uint8Array(0);
    this.cur = new ByteCursor(first, 0, first.length);
  }

  /** Advances to the next event; false when this M has no more events in the generation. */
  next(): boolean {
    const cur = this.cur;
    while (this.idx < this.batches.length && cur.pos === cur.end) {
      this.idx++;
      this.lastTs = 0;
      if (this.idx < this.batches.length) {
        const b = this.batches[this.idx];
        cur.buf = b.data;
        cur.pos = 0;
        cur.end = b.data.length;
      }
    }
    if (this.idx >= this.batches.length) return false;
    const batch = this.batches[this.idx];
    // Go restarts from the batch's base time whenever the running time is 0, not only at a
    // batch boundary; reproducing that keeps our timestamps identical to Go's on odd traces.
    if (this.lastTs === 0) this.lastTs = this.table.ns(batch.time);
    const at = cur.pos;
    const typ = cur.buf[cur.pos++];
    const n = this.argCounts[typ];
    if (n < 0) {
      const spec = specFor(this.version, typ);
      throw new TraceFormatError(
        this.file,
        batch.offset + at,
        `a timed event for trace version go 1.${this.version}`,
        spec ? `found ${spec.name}, which has no timestamp` : `found invalid event type ${typ} (${eventName(typ)})`,
      );
    }
    let dt: Id;
    let a0: Id = 0;
    let a1: Id = 0;
    let a2: Id = 0;
    let a3: Id = 0;
    const buf = cur.buf;
    try {
      // Most arguments are single-byte varints; test for that before calling the decoder.
      dt = buf[cur.pos] < 0x80 && cur.pos < cur.end ? buf[cur.pos++] : cur.uvarint();
      if (n > 0) a0 = buf[cur.pos] < 0x80 && cur.pos < cur.end ? buf[cur.pos++] : cur.uvarint();
      if (n > 1) a1 = buf[cur.pos] < 0x80 && cur.pos < cur.end ? buf[cur.pos++] : cur.uvarint();
      if (n > 2) a2 = buf[cur.pos] < 0x80 && cur.pos < cur.end ? buf[cur.pos++] : cur.uvarint();
      if (n > 3) a3 = cur.uvarint();
    } catch (e) {
      if (e instanceof VarintError) {
        throw new TraceFormatError(this.file, batch.offset + e.offset, `the arguments of ${eventName(typ)}`, e.message);
      }
      throw e;
    }
    const time = this.table.ns(dt) + this.lastTs;
    this.lastTs = time;
    // Two event objects per M, used alternately: an accepted event is delivered before
    // this cursor is advanced twice more, so it is never overwritten while in use, and
    // reading allocates nothing per event.
    let ev = this.spare;
    if (ev) {
      this.spare = this.ev;
      ev.type = typ;
      ev.time = time;
      ev.a0 = a0;
      ev.a1 = a1;
      ev.a2 = a2;
      ev.a3 = a3;
      ev.g = NO_GOROUTINE;
      ev.p = NO_PROC;
      ev.m = NO_THREAD;
      ev.offset = batch.offset + at;
      ev.old = 0;
    } else {
      ev = new TraceEvent(typ, time, a0, a1, a2, a3, NO_GOROUTINE, NO_PROC, NO_THREAD, this.table, batch.offset + at);
      this.spare = this.ev;
    }
    this.ev = ev;
    return true;
  }
}

// A binary min-heap on event time, written to make the same choices as Go's
// (same sift rules, same tie behaviour): which of two equal-time events is
// tried first decides which one gets bumped by 1 ns.
function siftUp(h: BatchCursor[], i: number): number {
  while (i > 0 && h[(i - 1) >> 1].ev.time > h[i].ev.time) {
    const p = (i - 1) >> 1;
    const x = h[p];
    h[p] = h[i];
    h[i] = x;
    i = p;
  }
  return i;
}

function siftDown(h: BatchCursor[], i: number): void {
  for (;;) {
    let m = i;
    let minT = i < h.length ? h[i].ev.time : Infinity;
    const l = 2 * i + 1;
    const r = l + 1;
    if (l < h.length && h[l].ev.time < minT) {
      m = l;
      minT = h[l].ev.time;
    }
    if (r < h.length && h[r].ev.time < minT) m = r;
    if (m === i) return;
    const x = h[i];
    h[i] = h[m];
    h[m] = x;
    i = m;
  }
}

function heapUpdate(h: BatchCursor[], i: number): void {
  if (siftUp(h, i) !== i) return;
  siftDown(h, i);
}

function heapRemove(h: BatchCursor[], i: number): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
  h[0] = h[h.length - 1];
  h.pop();
  siftDown(h, 0);
}

/**
 * Insertion sort by time: stable, and what Go's sort does for up to 12
 * elements (one per M with events in the generation), so ties resolve alike.
 */
function sortByTime(h: BatchCursor[]): void {
  for (let i = 1; i < h.length; i++) {
    for (let j = i; j > 0 && h[j].ev.time < h[j - 1].ev.time; j--) [h[j], h[j - 1]] = [h[j - 1], h[j]];
  }
}

export interface ReaderState {
  lastTs: number;
  syncs: number;
}

/** One generation, ready to be iterated. */
export class TraceGeneration {
  constructor(
    readonly generation: Generation,
    private readonly order: Ordering,
    private readonly state: ReaderState,
    private readonly version: WireVersion,
    private readonly file: string,
  ) {}

  get gen(): Id {
    return this.generation.gen;
  }

  get table(): GenerationTable {
    return this.generation.table;
  }

  private emit(ev: TraceEvent): TraceEvent {
    if (ev.time <= this.state.lastTs) ev.time = this.state.lastTs + 1;
    this.state.lastTs = ev.time;
    return ev;
  }

  private validateIds(ev: TraceEvent): void {
    const t = this.generation.table;
    const k = 2 * ev.type;
    for (let j = k; j < k + 2; j++) {
      const si = STACK_IDX[j];
      if (si >= 0) {
        const id = ev.arg(si);
        if (!t.hasStack(id)) this.badId(ev, 'stack', id);
      }
      const ti = STRING_IDX[j];
      if (ti >= 0) {
        const id = ev.arg(ti);
        if (!t.hasString(id)) this.badId(ev, 'string', id);
      }
    }
  }

  private badId(ev: TraceEvent, what: 'stack' | 'string', id: Id): never {
    throw new TraceFormatError(this.file, ev.offset, `a known ${what} ID in ${ev.name}`, `${what} ${id} is not in the ${what} table`);
  }


  private frontier: BatchCursor[] | undefined;
  private sample = 0;
  private finished = false;

  /**
   * The next event of the generation in order (the first is a Sync event), or
   * undefined at its end. Like bufio.Scanner's buffer, the returned object is
   * only valid until the next call (the reader reuses it); `clone()` it to keep it. A plain method rather than a generator: it runs once
   * per event, and generator resumption would cost more than the decoding.
   */
  next(): TraceEvent | undefined {
    const g = this.generation;
    const t = g.table;
    let frontier = this.frontier;
    if (!frontier) {
      frontier = this.frontier = [];
      this.state.syncs++;
      for (const m of g.batchMs) {
        const bc = new BatchCursor(m, g.batches.get(m) ?? [], t, this.version, this.file);
        if (!bc.next()) continue;
        frontier.push(bc);
        siftUp(frontier, frontier.length - 1);
      }
      return this.emit(syncEvent(t.ns(g.minTs), t, this.state.syncs));
    }
    const order = this.order;
    let ev = order.next();
    if (ev === undefined) {
      if (this.finished) return undefined;
      const samples = g.cpuSamples;
      if (frontier.length === 0 && this.sample >= samples.length) {
        this.finished = true;
        return undefined;
      }
      if (this.sample < samples.length && (frontier.length === 0 || samples[this.sample].time < frontier[0].ev.time)) {
        const s = samples[this.sample++];
        return this.emit(new TraceEvent(Ev.CPUSample, s.time, s.stack, 0, 0, 0, s.g, s.p, s.m, t, 0));
      }
      // Common case first: the earliest event is ready.
      const bc = frontier[0];
      if (order.advance(bc.ev, t, bc.m, g.gen, bc)) {
        if (bc.next()) siftDown(frontier, 0);
        else heapRemove(frontier, 0);
      } else {
        // It is not; let the others go first, earliest first.
        sortByTime(frontier);
        let ok = false;
        for (let i = 1; i < frontier.length; i++) {
          if (this.tryAdvance(frontier, i)) {
            ok = true;
            break;
          }
        }
        if (!ok) {
          const stuck = frontier.map((c) => `M ${c.m} ${eventName(c.ev.type)} at ${c.ev.time}`).join('; ');
          throw new TraceFormatError(
            this.file,
            frontier[0].ev.offset,
            'an event that can happen next in generation ' + String(g.gen),
            `no M can make progress (${stuck})`,
          );
        }
      }
      ev = order.next();
      if (!ev) throw new Error('internal error: ordering accepted an event but queued nothing');
    }
    if (HAS_IDS[ev.type] === 1) this.validateIds(ev);
    if (ev.time <= this.state.lastTs) ev.time = this.state.lastTs + 1;
    this.state.lastTs = ev.time;
    return ev;
  }

  private tryAdvance(frontier: BatchCursor[], i: number): boolean {
    const bc = frontier[i];
    if (!this.order.advance(bc.ev, this.generation.table, bc.m, this.generation.gen, bc)) return false;
    if (bc.next()) heapUpdate(frontier, i);
    else heapRemove(frontier, i);
    return true;
  }

  /** The generation's events in order, starting with a Sync event (each valid until the next; see next()). */
  *events(): Generator<TraceEvent> {
    for (let ev = this.next(); ev; ev = this.next()) yield ev;
  }
}

export class TraceReader {
  private src: ByteSource;
  private version_: WireVersion | undefined;

  constructor(
    input: TraceInput,
    readonly fileName: string,
  ) {
    this.src = new ByteSource(input);
  }

  /** Wire version (22, 23, 25, 26); available once iteration has started. */
  get version(): WireVersion | undefined {
    return this.version_;
  }

  private async readHeader(): Promise<WireVersion> {
    const src = this.src;
    await src.need(HEADER_LENGTH);
    const n = Math.min(HEADER_LENGTH, src.available());
    const head = src.buf.subarray(src.pos, src.pos + n);
    const text = String.fromCharCode(...head);
    const m = /^go 1\.(\d{1,3}) trace\0*$/.exec(text);
    if (!m) {
      throw new TraceFormatError(this.fileName, 0, 'a Go execution trace header ("go 1.NN trace")', 'not a Go execution trace?');
    }
    const v = Number(m[1]);
    if (!(SUPPORTED_VERSIONS as readonly number[]).includes(v)) throw new UnsupportedTraceVersionError(this.fileName, v);
    if (n < HEADER_LENGTH) {
      throw new TraceFormatError(this.fileName, n, 'a 16-byte trace header', 'the trace ends inside its header');
    }
    src.pos += HEADER_LENGTH;
    return v as WireVersion;
  }

  /** Generations in file order. Throws TraceFormatError / UnsupportedTraceVersionError on bad input. */
  async *generations(): AsyncGenerator<TraceGeneration> {
    try {
      const version = await this.readHeader();
      this.version_ = version;
      const order = new Ordering(this.fileName);
      const state: ReaderState = { lastTs: 0, syncs: 0 };
      const gens = new GenerationReader(this.src, version, this.fileName);
      for (;;) {
        const g = await gens.next();
        if (!g) return;
        yield new TraceGeneration(g, order, state, version, this.fileName);
      }
    } finally {
      await this.src.close();
    }
  }

  /** Every event of the trace in order (convenience; per-generation iteration is faster). */
  async *events(): AsyncGenerator<TraceEvent> {
    for await (const g of this.generations()) yield* g.events();
  }
}

