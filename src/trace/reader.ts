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
 * Memory: one generation's batches and tables at a time; asking for the next
 * generation retires the previous one (reading it further throws) and lets
 * the source reuse its bytes' chunks. The frontier of per-M cursors is
 * ordered as Go orders it (frontier.ts).
 */
import { TraceFormatError, UnsupportedTraceVersionError } from './errors.js';
import { NO_GOROUTINE, NO_PROC, NO_THREAD, TraceEvent } from './events.js';
import { type Batch, type Generation, GenerationReader, type GenerationTable } from './generation.js';
import { type MState, Ordering, type PendingEvent, syncEvent } from './order.js';
import { ByteSource, type TraceInput } from './source.js';
import { heapRemove, heapUpdate, siftDown, siftUp, sortByTime } from './frontier.js';
import { ByteCursor, type Id, VarintError } from '../encoding/varint.js';
import { Ev, type GoStatus, HEADER_LENGTH, SUPPORTED_VERSIONS, type WireVersion, specFor, SPECS, eventName } from './wire.js';

export type { TraceInput } from './source.js';

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

/** Reads events from one M's batches, converting deltas to absolute nanoseconds. */
class BatchCursor {
  /** This M's scheduling state in the ordering, looked up once (entries are never removed). */
  mState: MState | undefined;
  private readonly argCounts: Int8Array;
  private idx = 0;
  private lastTs = 0;
  /** The batch being read: its bytes and the read position (the batch's data is exactly `buf`). */
  private buf: Uint8Array;
  private pos = 0;
  private batchOffset = 0;
  /** Decodes the rare varint longer than 4 bytes (see longVarint()). */
  private readonly cur = new ByteCursor(new Uint8Array(0), 0, 0);
  private readonly freq: number;
  ev!: PendingEvent;
  /** `ev.time`, kept here too so the frontier heap compares cursors without loading the event. */
  time = 0;
  private spare: PendingEvent | undefined;

  constructor(
    readonly m: Id,
    private readonly batches: Batch[],
    private readonly table: GenerationTable,
    private readonly version: WireVersion,
    private readonly file: string,
  ) {
    this.argCounts = ARG_COUNTS.get(version)!;
    this.freq = table.freq;
    this.buf = batches.length > 0 ? batches[0].data : new Uint8Array(0);
    this.batchOffset = batches.length > 0 ? batches[0].offset : 0;
  }

  /**
   * One varint argument. Most are a single byte, decoded here; this method is
   * kept tiny so V8 inlines it at each of the five call sites in next().
   */
  private varint(): Id {
    const buf = this.buf;
    const p = this.pos;
    if (p < buf.length) {
      const b = buf[p];
      if (b < 0x80) {
        this.pos = p + 1;
        return b;
      }
    }
    return this.longVarint();
  }

  /**
   * Values of up to 4 bytes (28 bits: goroutine IDs, sequence numbers) are
   * decoded with small-integer arithmetic; longer ones, and any near the end of
   * the batch, go through ByteCursor, which handles 64-bit values and malformed input.
   */
  private longVarint(): Id {
    const buf = this.buf;
    const p = this.pos;
    if (p + 4 <= buf.length) {
      let b = buf[p];
      let v = b & 0x7f;
      if (b < 0x80) {
        this.pos = p + 1;
        return v;
      }
      b = buf[p + 1];
      if (b < 0x80) {
        this.pos = p + 2;
        return v | (b << 7);
      }
      v |= (b & 0x7f) << 7;
      b = buf[p + 2];
      if (b < 0x80) {
        this.pos = p + 3;
        return v | (b << 14);
      }
      v |= (b & 0x7f) << 14;
      b = buf[p + 3];
      if (b < 0x80) {
        this.pos = p + 4;
        return v | (b << 21);
      }
    }
    const cur = this.cur;
    cur.buf = buf;
    cur.pos = p;
    cur.end = buf.length;
    const v = cur.uvarint();
    this.pos = cur.pos;
    return v;
  }

  /** Moves to the next non-empty batch; false when there is none. */
  private nextBatch(): boolean {
    while (this.pos === this.buf.length) {
      if (++this.idx >= this.batches.length) return false;
      const b = this.batches[this.idx];
      this.buf = b.data;
      this.pos = 0;
      this.batchOffset = b.offset;
      this.lastTs = 0;
    }
    return true;
  }

  // The error paths of next() live in their own methods: keeping next() small lets V8 inline it.
  private badEventType(typ: number, at: number): never {
    const spec = specFor(this.version, typ);
    throw new TraceFormatError(
      this.file,
      this.batchOffset + at,
      `a timed event for trace version go 1.${this.version}`,
      spec ? `found ${spec.name}, which has no timestamp` : `found invalid event type ${typ} (${eventName(typ)})`,
    );
  }

  private badArguments(e: unknown, typ: number): never {
    if (e instanceof VarintError) {
      throw new TraceFormatError(this.file, this.batchOffset + e.offset, `the arguments of ${eventName(typ)}`, e.message);
    }
    throw e;
  }

  /** Advances to the next event; false when this M has no more events in the generation. */
  next(): boolean {
    if (this.pos === this.buf.length && !this.nextBatch()) return false;
    // Go restarts from the batch's base time whenever the running time is 0, not only at a
    // batch boundary; reproducing that keeps our timestamps identical to Go's on odd traces.
    if (this.lastTs === 0) this.lastTs = this.table.ns(this.batches[this.idx].time);
    const at = this.pos;
    const typ = this.buf[this.pos++];
    const n = this.argCounts[typ];
    if (n < 0) this.badEventType(typ, at);
    let dt: Id;
    let a0: Id = 0;
    let a1: Id = 0;
    let a2: Id = 0;
    let a3: Id = 0;
    try {
      dt = this.varint();
      if (n > 0) a0 = this.varint();
      if (n > 1) a1 = this.varint();
      if (n > 2) a2 = this.varint();
      if (n > 3) a3 = this.varint();
    } catch (e) {
      this.badArguments(e, typ);
    }
    // Same arithmetic as GenerationTable.ns(), without its conversion for 64-bit values.
    const time = (typeof dt === 'number' && dt >= 0 ? Math.trunc(dt * this.freq) : this.table.ns(dt)) + this.lastTs;
    this.lastTs = time;
    this.time = time;
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
      // g, p, m and old are left as they are: the ordering sets them when it accepts the event.
      ev.offset = this.batchOffset + at;
    } else {
      ev = new TraceEvent(typ, time, a0, a1, a2, a3, NO_GOROUTINE, NO_PROC, NO_THREAD, this.table, this.batchOffset + at);
      this.spare = this.ev;
    }
    this.ev = ev;
    return true;
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

  /** Goroutine `id`'s status after the events read so far (undefined if it ended or was never seen). */
  goroutineStatus(id: Id): GoStatus | undefined {
    return this.order.goroutineStatus(id);
  }

  get table(): GenerationTable {
    return this.generation.table;
  }

  /** Makes timestamps strictly increasing, as Go's reader does: a tie or step back becomes last + 1 ns. */
  private emit(ev: TraceEvent): TraceEvent {
    const state = this.state;
    if (ev.time <= state.lastTs) ev.time = state.lastTs + 1;
    state.lastTs = ev.time;
    return ev;
  }

  /** Every stack and string ID an event names must be in its generation's tables. */
  private validateIds(ev: TraceEvent): void {
    const t = this.generation.table;
    const k = 2 * ev.type;
    // Unrolled (at most two of each per event type), in the order errors are reported.
    const s0 = STACK_IDX[k];
    if (s0 >= 0 && !t.hasStack(ev.arg(s0))) this.badId(ev, 'stack', ev.arg(s0));
    const t0 = STRING_IDX[k];
    if (t0 >= 0 && !t.hasString(ev.arg(t0))) this.badId(ev, 'string', ev.arg(t0));
    const s1 = STACK_IDX[k + 1];
    if (s1 >= 0 && !t.hasStack(ev.arg(s1))) this.badId(ev, 'stack', ev.arg(s1));
    const t1 = STRING_IDX[k + 1];
    if (t1 >= 0 && !t.hasString(ev.arg(t1))) this.badId(ev, 'string', ev.arg(t1));
  }

  private badId(ev: TraceEvent, what: 'stack' | 'string', id: Id): never {
    throw new TraceFormatError(this.file, ev.offset, `a known ${what} ID in ${ev.name}`, `${what} ${id} is not in the ${what} table`);
  }

  private frontier: BatchCursor[] | undefined;
  private sample = 0;
  private finished = false;
  /** Set when the next generation was requested: this one's batch bytes are being reused. */
  private retired = false;

  /** Called by the reader before it reads the next generation into recycled chunks. */
  retire(): void {
    this.retired = true;
    this.finished = true;
    // With a frontier set, next() goes to step(), which throws once retired.
    this.frontier = [];
    this.generation.batches.clear();
  }

  private retiredError(): Error {
    return new Error(`generation ${String(this.gen)} of ${this.file} read after the next generation was requested`);
  }

  /**
   * The next event of the generation in order (the first is a Sync event), or
   * undefined at its end. Like bufio.Scanner's buffer, the returned object is
   * only valid until the next call (the reader reuses it); `clone()` it to keep it. A plain method rather than a generator: it runs once
   * per event, and generator resumption would cost more than the decoding.
   */
  next(): TraceEvent | undefined {
    const frontier = this.frontier;
    if (!frontier) return this.start();
    let ev = this.order.next();
    if (ev === undefined) {
      ev = this.step(frontier);
      if (ev === undefined) return undefined;
    }
    if (HAS_IDS[ev.type] === 1) this.validateIds(ev);
    return this.emit(ev);
  }

  /** Builds the frontier (each M's first event) and returns the generation's Sync event. */
  private start(): TraceEvent {
    const g = this.generation;
    const t = g.table;
    const frontier: BatchCursor[] = (this.frontier = []);
    this.state.syncs++;
    for (const m of g.batchMs) {
      const bc = new BatchCursor(m, g.batches.get(m) ?? [], t, this.version, this.file);
      if (!bc.next()) continue;
      frontier.push(bc);
      siftUp(frontier, frontier.length - 1);
    }
    return this.emit(syncEvent(t.ns(g.minTs), t, this.state.syncs));
  }

  /**
   * Produces the next event when the ordering has none queued: a CPU sample, or
   * the events queued by accepting one more event from the frontier. Undefined
   * at the end of the generation.
   */
  private step(frontier: BatchCursor[]): TraceEvent | undefined {
    if (this.finished) {
      if (this.retired) throw this.retiredError();
      return undefined;
    }
    const g = this.generation;
    const samples = g.cpuSamples;
    if (this.sample < samples.length && (frontier.length === 0 || samples[this.sample].time < frontier[0].time)) {
      const s = samples[this.sample++];
      return new TraceEvent(Ev.CPUSample, s.time, s.stack, 0, 0, 0, s.g, s.p, s.m, g.table, 0);
    }
    if (frontier.length === 0) {
      this.finished = true;
      // The batches are consumed: let their bytes go now rather than when this object
      // does, which may be only after the next generation has been read.
      g.batches.clear();
      return undefined;
    }
    // Common case first: the earliest event is ready.
    const bc = frontier[0];
    if (this.order.advance(bc.ev, g.table, bc.m, g.gen, bc)) {
      if (bc.next()) siftDown(frontier, 0);
      else heapRemove(frontier, 0);
    } else {
      this.advanceOther(frontier);
    }
    const ev = this.order.next();
    if (!ev) throw new Error('internal error: ordering accepted an event but queued nothing');
    return ev;
  }

  /** The earliest event is not ready: let the others go first, earliest first. */
  private advanceOther(frontier: BatchCursor[]): void {
    sortByTime(frontier);
    for (let i = 1; i < frontier.length; i++) {
      if (this.tryAdvance(frontier, i)) return;
    }
    const stuck = frontier.map((c) => `M ${c.m} ${eventName(c.ev.type)} at ${c.ev.time}`).join('; ');
    throw new TraceFormatError(
      this.file,
      frontier[0].ev.offset,
      'an event that can happen next in generation ' + String(this.generation.gen),
      `no M can make progress (${stuck})`,
    );
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
      let prev: TraceGeneration | undefined;
      for (;;) {
        if (prev) {
          // Its batches are done with (see the class comment): their chunks can hold the next ones.
          prev.retire();
          this.src.release(gens.nextStart());
        }
        const g = await gens.next();
        // Go writes a generation before it stops a trace: a bare header is a trace never written, not an idle one.
        if (!g && !prev)
          throw new TraceFormatError(this.fileName, HEADER_LENGTH, 'events after the trace header', 'the trace holds only its header (no events)');
        if (!g) return;
        prev = new TraceGeneration(g, order, state, version, this.fileName);
        yield prev;
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
