/**
 * The ordering's state (src/trace/order.ts): what it knows of every G, P and
 * M, user tasks and the GC, the queue of accepted events, and the small
 * helpers every event handler uses — checking an event's G/P/M context,
 * failing with a positioned TraceFormatError, queueing accepted and implied
 * events, and the in-flight ranges (STW, sweep, mark assist) of a resource.
 * Split by class level: OrderingState (this file) ← RangeOrdering
 * (order-ranges.ts: tasks, regions, GC, ranges) ← Ordering (order.ts: the
 * scheduling events and the entry point).
 */
import { TraceFormatError } from './errors.js';
import { NO_GOROUTINE, NO_PROC, NO_THREAD, TraceEvent } from './events.js';
import type { GenerationTable } from './generation.js';
import { IdTable } from './idtable.js';
import type { Id } from '../encoding/varint.js';
import { type GoStatus, type ProcStatus, SPECS, eventName } from './wire.js';

/**
 * An event read from a batch, not yet accepted by the ordering. It is the
 * same object that is later delivered (one allocation per event): the
 * ordering fills in its G/P/M context when it accepts it.
 */
export type PendingEvent = TraceEvent;

interface RangeType {
  typ: number;
  desc: Id;
}

interface RangeState {
  inFlight: RangeType[];
}

function hasRange(s: RangeState, typ: number, desc: Id): boolean {
  return s.inFlight.some((r) => r.typ === typ && r.desc === desc);
}

interface GState extends RangeState {
  status: GoStatus;
  seqGen: Id;
  seq: Id;
  regions: Array<{ task: Id; name: string }>;
}

interface PState extends RangeState {
  status: ProcStatus;
  seqGen: Id;
  seq: Id;
}

export interface MState {
  g: Id;
  p: Id;
}

export const enum GcState {
  Undetermined,
  NotRunning,
  Running,
}

export const enum Need {
  MustNot,
  May,
  Must,
}

export function isSucc(a: Id, b: Id): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a === b + 1 : BigInt(a) === BigInt(b) + 1n;
}

function startOf(typ: number): number {
  return SPECS[typ]?.startEv ?? typ;
}

export abstract class OrderingState {
  protected readonly g = new IdTable<GState>();
  protected readonly p = new IdTable<PState>();
  protected readonly m = new Map<Id, MState>();
  protected readonly tasks = new Map<Id, { name: string; parent: Id }>();
  protected gcSeq: Id = 0;
  protected gcState = GcState.Undetermined;
  protected initialGen: Id = 0;
  protected queue: TraceEvent[] = [];
  protected head = 0;
  protected tail = 0;

  constructor(private readonly file: string) {}

  /** The status the ordering last gave goroutine `id`: undefined once it ended, or if never seen. */
  goroutineStatus(id: Id): GoStatus | undefined {
    return this.g.get(id)?.status;
  }

  next(): TraceEvent | undefined {
    if (this.head < this.tail) {
      const ev = this.queue[this.head++];
      if (this.head === this.tail) this.head = this.tail = 0;
      return ev;
    }
    return undefined;
  }

  protected fail(ev: PendingEvent, detail: string): never {
    throw new TraceFormatError(this.file, ev.offset, 'a consistent sequence of events', `${eventName(ev.type)}: ${detail}`);
  }

  protected check(ev: PendingEvent, g: Id, p: Id, m: Id, needM: Need, needP: Need, needG: Need): void {
    if (needM === Need.Must && m === NO_THREAD) this.fail(ev, "expected a thread but didn't have one");
    if (needM === Need.MustNot && m !== NO_THREAD) this.fail(ev, 'expected no thread but had one');
    if (needP === Need.Must && p === NO_PROC) this.fail(ev, "expected a proc but didn't have one");
    if (needP === Need.MustNot && p !== NO_PROC) this.fail(ev, 'expected no proc but had one');
    if (needG === Need.Must && g === NO_GOROUTINE) this.fail(ev, "expected a goroutine but didn't have one");
    if (needG === Need.MustNot && g !== NO_GOROUTINE) this.fail(ev, 'expected no goroutine but had one');
  }

  protected userGo(ev: PendingEvent, g: Id, p: Id, m: Id): void {
    this.check(ev, g, p, m, Need.Must, Need.Must, Need.Must);
  }

  protected push(ev: PendingEvent, _table: GenerationTable, g: Id, p: Id, m: Id, old = 0): void {
    ev.g = g;
    ev.p = p;
    ev.m = m;
    ev.old = old;
    this.enqueue(ev);
  }

  protected enqueue(ev: TraceEvent): void {
    // Indices instead of shift()/length resets: the queue is nearly always 0–3 long and
    // touched once per event, so array resizing would dominate.
    if (this.tail === this.queue.length) this.queue.push(ev);
    else this.queue[this.tail] = ev;
    this.tail++;
  }

  /** The M's context after the last accepted event (set by dispatch, to avoid an object per event). */
  protected ng: Id = NO_GOROUTINE;
  protected np: Id = NO_PROC;

  protected ok(g: Id, p: Id): true {
    this.ng = g;
    this.np = p;
    return true;
  }

  protected synth(type: number, time: number, args: Id[], table: GenerationTable, g: Id, p: Id, m: Id, old = 0): void {
    this.enqueue(new TraceEvent(type, time, args[0] ?? 0, args[1] ?? 0, 0, 0, g, p, m, table, 0, old));
  }

  protected beginRange(ev: PendingEvent, s: RangeState | undefined, typ: number, desc: Id): void {
    if (!s) this.fail(ev, 'range begins on an unknown resource');
    if (hasRange(s, typ, desc)) this.fail(ev, `discovered event already in-flight when starting ${eventName(typ)}`);
    s.inFlight.push({ typ, desc });
  }

  protected activeRange(ev: PendingEvent, s: RangeState, typ: number, initial: boolean): void {
    if (initial) {
      if (hasRange(s, typ, 0)) this.fail(ev, `found named active range already in first gen: ${eventName(typ)}`);
      s.inFlight.push({ typ, desc: 0 });
    } else if (!hasRange(s, typ, 0)) {
      this.fail(ev, `resource is missing active range: ${eventName(typ)}`);
    }
  }

  protected endRange(ev: PendingEvent, s: RangeState | undefined): Id {
    if (!s) this.fail(ev, 'range ends on an unknown resource');
    const st = startOf(ev.type);
    const idx = s.inFlight.findIndex((r) => r.typ === st);
    if (idx < 0) this.fail(ev, `tried to end event ${eventName(st)}, but not in-flight`);
    const desc = s.inFlight[idx].desc;
    // Swap-remove, like Go: order of in-flight ranges carries no meaning.
    s.inFlight[idx] = s.inFlight[s.inFlight.length - 1];
    s.inFlight.pop();
    return desc;
  }
}
