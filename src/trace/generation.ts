/**
 * Batches and generations: the framing layer of the trace.
 *
 * A trace is a header then a sequence of batches. Each batch belongs to a
 * generation; a generation is self-contained (its own string table, stack
 * table, frequency and, from Go 1.25, clock snapshot). Event batches may come
 * before the tables they reference, so a whole generation is buffered before
 * any of its events are interpreted — and only one generation at a time, which
 * is what bounds memory by the largest generation, not the file.
 *
 * Go 1.26 ends each generation with an explicit EndOfGeneration byte; older
 * versions are split at the first batch of generation N+1, which is "spilled"
 * into the next read.
 */
import { TraceFormatError } from './errors.js';
import type { ByteSource } from './source.js';
import { ByteCursor, type Id, VarintError, toFloat } from '../encoding/varint.js';
import { Ev, MAX_BATCH_SIZE, MAX_FRAMES_PER_STACK, MAX_STRING_SIZE, type WireVersion, eventName } from './wire.js';

export interface Batch {
  m: Id;
  /** Raw timestamp (clock ticks) of the batch start. */
  time: Id;
  data: Uint8Array;
  /** File offset of data[0]. */
  offset: number;
}

export interface PcFrame {
  funcID: Id;
  fileID: Id;
  line: Id;
}

export interface StackFrame {
  function: string;
  file: string;
  line: number;
}

interface CpuSample {
  time: number;
  m: Id;
  p: Id;
  g: Id;
  stack: Id;
}

const NO_GOROUTINE = -1;

/** Per-generation lookup tables: strings, stacks, clock. */
export class GenerationTable {
  readonly strings = new Map<Id, string>();
  readonly stacks = new Map<Id, Id[]>();
  readonly pcs = new Map<Id, PcFrame>();
  /** Nanoseconds per clock tick (Go computes 1/(freq/1e9) in float64; so do we, to match to the ns). */
  freq = 0;
  hasClockSnapshot = false;
  private readonly resolved = new Map<Id, StackFrame[]>();
  /** Presence bitmaps for small numeric IDs (the usual case): every event checks its IDs. */
  private stringSeen: Uint8Array | undefined;
  private stackSeen: Uint8Array | undefined;

  hasString(id: Id): boolean {
    const d = this.stringSeen;
    if (d && typeof id === 'number' && id >= 0 && id < d.length) return id === 0 || d[id] === 1;
    return id === 0 || this.strings.has(id);
  }

  hasStack(id: Id): boolean {
    const d = this.stackSeen;
    if (d && typeof id === 'number' && id >= 0 && id < d.length) return id === 0 || d[id] === 1;
    return id === 0 || this.stacks.has(id);
  }

  /** Builds the presence bitmaps once the tables are complete. Bounded: IDs above 4× the table size stay in the map. */
  seal(): void {
    const dense = (ids: Iterable<Id>, size: number): Uint8Array => {
      const d = new Uint8Array(Math.min(4 * size + 64, 1 << 24));
      for (const id of ids) if (typeof id === 'number' && id >= 0 && id < d.length) d[id] = 1;
      return d;
    };
    this.stringSeen = dense(this.strings.keys(), this.strings.size);
    this.stackSeen = dense(this.stacks.keys(), this.stacks.size);
  }

  string(id: Id): string {
    return this.strings.get(id) ?? '';
  }

  /** The frames of stack `id`, innermost first, resolved once per generation. */
  stack(id: Id): StackFrame[] {
    if (id === 0) return [];
    let frames = this.resolved.get(id);
    if (!frames) {
      frames = (this.stacks.get(id) ?? []).map((pc) => {
        const f = this.pcs.get(pc);
        return f ? { function: this.string(f.funcID), file: this.string(f.fileID), line: Number(f.line) } : { function: '', file: '', line: 0 };
      });
      this.resolved.set(id, frames);
    }
    return frames;
  }

  /** Converts a tick count to nanoseconds exactly as Go does: Time(float64(t) * freq), truncated. */
  ns(ticks: Id): number {
    return Math.trunc(toFloat(ticks) * this.freq);
  }
}

export interface Generation {
  gen: Id;
  /**
   * Event batches per M, M in first-seen order (this order feeds the frontier, so it must match Go's).
   * Emptied by the reader once the generation's events have all been read.
   */
  batches: Map<Id, Batch[]>;
  batchMs: Id[];
  cpuSamples: CpuSample[];
  minTs: Id;
  table: GenerationTable;
  /** File offset of the first batch, for messages. */
  offset: number;
}

interface RawBatch extends Batch {
  gen: Id;
  exp: number;
  /** File offset of the batch's header. */
  start: number;
}

function isSucc(a: Id, b: Id): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a === b + 1 : BigInt(a) === BigInt(b) + 1n;
}

function lessTs(a: Id, b: Id): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a < b : BigInt.asUintN(64, BigInt(a)) < BigInt.asUintN(64, BigInt(b));
}

/**
 * Reads generations one at a time. `next()` returns the next generation, or
 * undefined at the end; a read error that happens after some batches of a
 * pre-1.26 generation were read is deferred (`pendingError`) so that the
 * events of that generation are still delivered first, as Go's reader does.
 */
export class GenerationReader {
  private spill: RawBatch | undefined;
  pendingError: TraceFormatError | undefined;
  private done = false;
  /** Generation named by the header of the batch being read, once its header parsed. */
  private headerGen: Id | undefined;

  constructor(
    private readonly src: ByteSource,
    private readonly version: WireVersion,
    private readonly file: string,
  ) {}

  private fail(offset: number, expected: string, detail?: string): TraceFormatError {
    return new TraceFormatError(this.file, offset, expected, detail);
  }

  /** Reads one batch, or undefined at a clean end of input. */
  private async readBatch(): Promise<RawBatch | undefined> {
    const src = this.src;
    this.headerGen = undefined;
    if (!(await src.need(1))) return undefined;
    const start = src.offset;
    const typ = src.buf[src.pos];
    if (typ === Ev.EndOfGeneration) {
      src.pos++;
      return { gen: 0, m: -1, time: 0, data: new Uint8Array([typ]), offset: start, exp: 0, start };
    }
    if (typ !== Ev.EventBatch && typ !== Ev.ExperimentalBatch) {
      throw this.fail(start, 'a batch header (EventBatch)', `found event type ${typ} (${eventName(typ)})`);
    }
    // Header: type, [experiment], 4 varints of at most 10 bytes each.
    await src.need(42);
    const cur = new ByteCursor(src.buf, src.pos + 1, src.buf.length);
    let gen: Id,
      m: Id,
      time: Id,
      size: number,
      exp = 0;
    try {
      if (typ === Ev.ExperimentalBatch) exp = cur.byte();
      gen = cur.uvarint();
      m = cur.uvarint();
      time = cur.uvarint();
      size = cur.length();
    } catch (e) {
      if (e instanceof VarintError) {
        throw this.fail(src.base + e.offset, 'a complete batch header (gen, M, time, size)', e.message);
      }
      throw e;
    }
    if (size > MAX_BATCH_SIZE) {
      throw this.fail(src.base + cur.pos, `a batch size of at most ${MAX_BATCH_SIZE} bytes`, `found ${size}`);
    }
    src.pos = cur.pos;
    this.headerGen = gen;
    const dataOffset = src.offset;
    if (!(await src.need(size))) {
      throw this.fail(dataOffset, `${size} bytes of batch data`, `the trace ends after ${src.available()} bytes (truncated?)`);
    }
    const data = src.buf.subarray(src.pos, src.pos + size);
    src.pos += size;
    return { gen, m, time, data, offset: dataOffset, exp, start };
  }

  /** File offset where the next generation starts: bytes before it belong to generations already returned. */
  nextStart(): number {
    return this.spill ? this.spill.start : this.src.offset;
  }

  async next(): Promise<Generation | undefined> {
    if (this.done) return undefined;
    return this.version >= 26 ? this.nextDelimited() : this.nextWithSpill();
  }

  /** Go 1.26+: a generation ends with an EndOfGeneration byte. */
  private async nextDelimited(): Promise<Generation | undefined> {
    const g = newGeneration(this.src.offset);
    let seen = false;
    for (;;) {
      const b = await this.readBatch();
      if (!b) {
        this.done = true;
        if (seen) {
          throw this.fail(this.src.offset, 'an EndOfGeneration event', 'the trace ends inside a generation (truncated?)');
        }
        return undefined;
      }
      if (g.gen === 0) g.gen = b.gen;
      if (b.exp === 0 && b.data.length === 1 && b.data[0] === Ev.EndOfGeneration) break;
      seen = true;
      if (b.gen === 0) throw this.fail(b.offset, 'a generation number above 0', 'found 0');
      if (b.gen !== g.gen) {
        throw this.fail(
          b.offset,
          `a batch of generation ${g.gen} or an EndOfGeneration event`,
          `found generation ${b.gen} (generations interleaved or end missing)`,
        );
      }
      if (g.minTs === 0 || lessTs(b.time, g.minTs)) g.minTs = b.time;
      this.processBatch(g, b);
    }
    this.finish(g);
    return g;
  }

  /** Go 1.22–1.25: a generation ends where the next one's first batch starts. */
  private async nextWithSpill(): Promise<Generation | undefined> {
    if (this.pendingError) {
      this.done = true;
      throw this.pendingError;
    }
    const g = newGeneration(this.src.offset);
    if (this.spill) {
      g.gen = this.spill.gen;
      g.minTs = this.spill.time;
      g.offset = this.spill.offset;
      this.processBatch(g, this.spill);
      this.spill = undefined;
    } else if (await this.src.atEnd()) {
      this.done = true;
      return undefined;
    }
    for (;;) {
      let b: RawBatch | undefined;
      try {
        b = await this.readBatch();
      } catch (e) {
        if (e instanceof TraceFormatError && g.gen !== 0 && this.headerGen !== undefined && this.headerGen !== g.gen) {
          // The damage is in the next generation, so this one is complete: deliver its
          // events first, then the error (as Go does). Damage inside this generation
          // is reported at once — its tables may be the part that is missing.
          this.pendingError = e;
          break;
        }
        throw e;
      }
      if (!b) break;
      if (b.gen === 0) throw this.fail(b.offset, 'a generation number above 0', 'found 0');
      if (g.gen === 0) g.gen = b.gen;
      if (b.gen !== g.gen) {
        if (isSucc(b.gen, g.gen)) {
          this.spill = b;
          break;
        }
        throw this.fail(b.offset, `a batch of generation ${g.gen} or ${toFloat(g.gen) + 1}`, `found generation ${b.gen} (out of order)`);
      }
      if (g.minTs === 0 || lessTs(b.time, g.minTs)) g.minTs = b.time;
      this.processBatch(g, b);
    }
    this.finish(g);
    return g;
  }

  private finish(g: Generation): void {
    if (g.table.freq === 0) throw this.fail(g.offset, `a Frequency event in generation ${g.gen}`, 'none found');
    if (this.version >= 25 && !g.table.hasClockSnapshot) {
      throw this.fail(g.offset, `a ClockSnapshot event in generation ${g.gen}`, 'none found');
    }
    // Every frame of every stack must resolve; checking here keeps metrics free of holes.
    const t = g.table;
    for (const [id, pcs] of t.stacks) {
      for (const pc of pcs) {
        const f = t.pcs.get(pc);
        if (!f) throw this.fail(g.offset, `a frame for pc ${pc} of stack ${id}`, 'unknown pc');
        if (!t.hasString(f.funcID)) throw this.fail(g.offset, `function name string ${f.funcID} of stack ${id}`, 'missing');
        if (!t.hasString(f.fileID)) throw this.fail(g.offset, `file name string ${f.fileID} of stack ${id}`, 'missing');
      }
    }
    t.seal();
    for (const s of g.cpuSamples) s.time = t.ns(s.time);
    // Stable sort by time; Go's sort of CPU samples is by time only.
    g.cpuSamples.sort((a, b) => a.time - b.time);
  }

  private processBatch(g: Generation, b: RawBatch): void {
    if (b.exp !== 0) return; // Experimental batches: opaque by design; skipped.
    if (b.data.length === 0) {
      this.appendEventBatch(g, b);
      return;
    }
    const first = b.data[0];
    if (first === Ev.Strings) this.addStrings(g.table, b);
    else if (first === Ev.Stacks) this.addStacks(g.table, b);
    else if (first === Ev.CPUSamples) this.addCpuSamples(g, b);
    else if ((first === Ev.Frequency && this.version < 25) || (first === Ev.Sync && this.version >= 25)) {
      this.setSync(g.table, b);
    } else if (first === Ev.EndOfGeneration) {
      throw this.fail(b.offset, 'an event batch', 'found a stray EndOfGeneration');
    } else this.appendEventBatch(g, b);
  }

  private appendEventBatch(g: Generation, b: RawBatch): void {
    let list = g.batches.get(b.m);
    if (!list) {
      list = [];
      g.batches.set(b.m, list);
      g.batchMs.push(b.m);
    }
    list.push({ m: b.m, time: b.time, data: b.data, offset: b.offset });
  }

  /** Runs `body` over a cursor on the batch, turning varint failures into positioned errors. */
  private parse(b: RawBatch, what: string, body: (c: ByteCursor) => void): void {
    const c = new ByteCursor(b.data, 1, b.data.length);
    try {
      body(c);
    } catch (e) {
      if (e instanceof VarintError) throw this.fail(b.offset + e.offset, what, e.message);
      throw e;
    }
  }

  private addStrings(t: GenerationTable, b: RawBatch): void {
    const dec = new TextDecoder('utf-8');
    this.parse(b, 'a complete String event', (c) => {
      while (c.remaining() > 0) {
        const at = c.pos;
        const ev = c.byte();
        if (ev !== Ev.String) throw this.fail(b.offset + at, 'a String event in the strings batch', `found ${eventName(ev)}`);
        const id = c.uvarint();
        const len = c.length();
        if (len > MAX_STRING_SIZE) throw this.fail(b.offset + at, `a string of at most ${MAX_STRING_SIZE} bytes`, `found ${len}`);
        if (len > c.remaining()) throw this.fail(b.offset + c.pos, `${len} bytes of string data`, `only ${c.remaining()} left in the batch`);
        const s = dec.decode(c.buf.subarray(c.pos, c.pos + len));
        c.pos += len;
        if (t.hasString(id)) throw this.fail(b.offset + at, `a unique string ID`, `string ${id} defined twice`);
        t.strings.set(id, s);
      }
    });
  }

  private addStacks(t: GenerationTable, b: RawBatch): void {
    this.parse(b, 'a complete Stack event', (c) => {
      while (c.remaining() > 0) {
        const at = c.pos;
        const ev = c.byte();
        if (ev !== Ev.Stack) throw this.fail(b.offset + at, 'a Stack event in the stacks batch', `found ${eventName(ev)}`);
        const id = c.uvarint();
        const n = c.length();
        if (n > MAX_FRAMES_PER_STACK) throw this.fail(b.offset + at, `at most ${MAX_FRAMES_PER_STACK} frames per stack`, `found ${n}`);
        const pcs = new Array<Id>(n);
        for (let i = 0; i < n; i++) {
          const pc = c.uvarint();
          const funcID = c.uvarint();
          const fileID = c.uvarint();
          const line = c.uvarint();
          pcs[i] = pc;
          // The first definition of a PC wins, as in Go: PCs are unique per binary.
          if (!t.pcs.has(pc)) t.pcs.set(pc, { funcID, fileID, line });
        }
        if (t.hasStack(id)) throw this.fail(b.offset + at, 'a unique stack ID', `stack ${id} defined twice`);
        t.stacks.set(id, pcs);
      }
    });
  }

  private addCpuSamples(g: Generation, b: RawBatch): void {
    this.parse(b, 'a complete CPUSample event', (c) => {
      while (c.remaining() > 0) {
        const at = c.pos;
        const ev = c.byte();
        if (ev !== Ev.CPUSample) throw this.fail(b.offset + at, 'a CPUSample event in the CPU samples batch', `found ${eventName(ev)}`);
        const ts = c.uvarint();
        const m = c.uvarint();
        const p = c.uvarint();
        const gid = c.uvarint();
        const stack = c.uvarint();
        // `time` holds raw ticks until finish() converts it with the generation's frequency.
        g.cpuSamples.push({ time: toFloat(ts), m, p, g: gid === 0 ? NO_GOROUTINE : gid, stack });
      }
    });
  }

  private setSync(t: GenerationTable, b: RawBatch): void {
    const c = new ByteCursor(b.data, this.version >= 25 ? 1 : 0, b.data.length);
    try {
      while (c.remaining() > 0) {
        const at = c.pos;
        const ev = c.byte();
        if (ev === Ev.Frequency) {
          if (t.freq !== 0) throw this.fail(b.offset + at, 'one Frequency event per generation', 'found a second one');
          const f = toFloat(c.uvarint());
          if (f === 0) throw this.fail(b.offset + at, 'a non-zero clock frequency', 'found 0');
          t.freq = 1.0 / (f / 1e9);
        } else if (ev === Ev.ClockSnapshot && this.version >= 25) {
          if (t.hasClockSnapshot) throw this.fail(b.offset + at, 'one ClockSnapshot event per generation', 'found a second one');
          t.hasClockSnapshot = true;
          c.uvarint(); // dt
          c.uvarint(); // mono
          c.uvarint(); // sec
          c.uvarint(); // nsec
        } else {
          throw this.fail(b.offset + at, 'a Frequency or ClockSnapshot event in the sync batch', `found ${eventName(ev)}`);
        }
      }
    } catch (e) {
      if (e instanceof VarintError) throw this.fail(b.offset + e.offset, 'a complete sync event', e.message);
      throw e;
    }
  }
}

function newGeneration(offset: number): Generation {
  return { gen: 0, batches: new Map(), batchMs: [], cpuSamples: [], minTs: 0, table: new GenerationTable(), offset };
}
