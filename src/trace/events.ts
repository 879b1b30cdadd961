/**
 * Events as the ordered stream delivers them, with typed accessors.
 *
 * Metric code asks an event what it means (a goroutine went from Running to
 * NotExist; a stop-the-world range named "GC mark termination" began; the
 * heap is now N bytes) rather than decoding arguments; argument positions are
 * known only here and in wire.ts.
 */
import type { GenerationTable, StackFrame } from './generation.js';
import { type Id, toFloat } from '../encoding/varint.js';
import { Ev, SPECS } from './wire.js';

/** Goroutine states as the reader reports them (not the wire statuses). */
export const enum GoState {
  Undetermined = 0,
  NotExist = 1,
  Runnable = 2,
  Running = 3,
  Waiting = 4,
  Syscall = 5,
}

export const enum ProcState {
  Undetermined = 0,
  NotExist = 1,
  Running = 2,
  Idle = 3,
}

/** Wire goroutine status → state; index 0 (bad) maps to Undetermined, like Go. */
export const GO_STATUS_TO_STATE: readonly GoState[] = [GoState.Undetermined, GoState.Runnable, GoState.Running, GoState.Syscall, GoState.Waiting];

/** Wire P status → state; a P in a syscall still counts as running its M. */
export const PROC_STATUS_TO_STATE: readonly ProcState[] = [ProcState.Undetermined, ProcState.Running, ProcState.Idle, ProcState.Running, ProcState.Idle];

export const NO_GOROUTINE = -1;
export const NO_PROC = -1;
export const NO_THREAD = -1;

/** Pseudo event type for generation boundaries (never on the wire). */
export const EV_SYNC = 255;

export interface GoTransition {
  goroutine: Id;
  from: GoState;
  to: GoState;
  /** For creations: the stack of the `go` statement (creator's stack), innermost first. */
  stack: StackFrame[];
}

/** A goroutine state change without its stack (see TraceEvent.goTransitionInto). */
export type GoStateChange = Omit<GoTransition, 'stack'>;

export class TraceEvent {
  // Fields start with a value of their final type instead of being constructor parameter
  // properties: compiled as ES2022 class fields, those are first defined as `undefined`,
  // which makes V8 keep `time` as a tagged field and allocate a heap number for every
  // timestamp stored into a reused event. Starting from a number keeps it a double field.
  type = 0;
  /** Nanoseconds, monotonically increasing across the stream. */
  time = 0;
  /**
   * Arguments after the time delta (fields rather than an array: one allocation per
   * event instead of two). For some events the ordering layer stores derived facts
   * in spare slots, as Go's reader does: STWEnd carries its Begin's reason string ID in a0.
   */
  a0: Id = 0;
  a1: Id = 0;
  a2: Id = 0;
  a3: Id = 0;
  g: Id = 0;
  p: Id = 0;
  m: Id = 0;
  table: GenerationTable | undefined = undefined;
  /** File offset of the event (0 for synthesised events). */
  offset = 0;
  /** Prior state for ProcStatus/GoStatus/ProcSteal, filled in by the ordering. */
  old = 0;

  constructor(type: number, time: number, a0: Id, a1: Id, a2: Id, a3: Id, g: Id, p: Id, m: Id, table: GenerationTable | undefined, offset: number, old = 0) {
    this.type = type;
    this.time = time;
    this.a0 = a0;
    this.a1 = a1;
    this.a2 = a2;
    this.a3 = a3;
    this.g = g;
    this.p = p;
    this.m = m;
    this.table = table;
    this.offset = offset;
    this.old = old;
  }

  /** A copy that stays valid after the reader moves on (the reader reuses event objects). */
  clone(): TraceEvent {
    return new TraceEvent(this.type, this.time, this.a0, this.a1, this.a2, this.a3, this.g, this.p, this.m, this.table, this.offset, this.old);
  }

  /** Arguments after the time delta, in wire order (always four; unused ones are 0). */
  get args(): Id[] {
    return [this.a0, this.a1, this.a2, this.a3];
  }

  /** Argument `i` (0-based, after the time delta). */
  arg(i: number): Id {
    return i === 0 ? this.a0 : i === 1 ? this.a1 : i === 2 ? this.a2 : this.a3;
  }

  get name(): string {
    return this.type === EV_SYNC ? 'Sync' : (SPECS[this.type]?.name ?? `Invalid(${this.type})`);
  }

  /** The event's own stack (where it happened), innermost frame first. */
  stack(): StackFrame[] {
    const s = SPECS[this.type];
    if (!this.table || !s || s.stackArgs.length === 0) return [];
    return this.table.stack(this.arg(s.stackArgs[0] - 1));
  }

  /** A goroutine state change, or undefined if the event is not one. */
  goTransition(): GoTransition | undefined {
    const t: GoTransition = { goroutine: 0, from: GoState.Undetermined, to: GoState.Undetermined, stack: [] };
    if (!this.goTransitionInto(t)) return undefined;
    t.stack = this.transitionStack();
    return t;
  }

  /**
   * The stack a goroutine state change carries: where the goroutine was
   * created, stopped, blocked, entered a syscall or was reported (GoStatusStack);
   * none for the other changes.
   */
  transitionStack(): StackFrame[] {
    switch (this.type) {
      case Ev.GoCreate:
      case Ev.GoCreateBlocked:
      case Ev.GoStop:
      case Ev.GoBlock:
      case Ev.GoSyscallBegin:
      case Ev.GoStatus:
      case Ev.GoStatusStack:
        return this.stack();
      default:
        return [];
    }
  }

  /**
   * The goroutine state change of this event without its stack, written into
   * `out` (false, `out` untouched, if the event is not one): allocates
   * nothing, for families that look at every transition of a busy trace.
   */
  goTransitionInto(out: GoStateChange): boolean {
    switch (this.type) {
      case Ev.GoCreate:
        out.goroutine = this.a0;
        out.from = GoState.NotExist;
        out.to = GoState.Runnable;
        return true;
      case Ev.GoCreateBlocked:
        out.goroutine = this.a0;
        out.from = GoState.NotExist;
        out.to = GoState.Waiting;
        return true;
      case Ev.GoCreateSyscall:
        out.goroutine = this.a0;
        out.from = GoState.NotExist;
        out.to = GoState.Syscall;
        return true;
      case Ev.GoStart:
        out.goroutine = this.a0;
        out.from = GoState.Runnable;
        out.to = GoState.Running;
        return true;
      case Ev.GoDestroy:
        out.goroutine = this.g;
        out.from = GoState.Running;
        out.to = GoState.NotExist;
        return true;
      case Ev.GoDestroySyscall:
        out.goroutine = this.g;
        out.from = GoState.Syscall;
        out.to = GoState.NotExist;
        return true;
      case Ev.GoStop:
        out.goroutine = this.g;
        out.from = GoState.Running;
        out.to = GoState.Runnable;
        return true;
      case Ev.GoBlock:
        out.goroutine = this.g;
        out.from = GoState.Running;
        out.to = GoState.Waiting;
        return true;
      case Ev.GoUnblock:
      case Ev.GoSwitch:
      case Ev.GoSwitchDestroy:
        out.goroutine = this.a0;
        out.from = GoState.Waiting;
        out.to = GoState.Runnable;
        return true;
      case Ev.GoSyscallBegin:
        out.goroutine = this.g;
        out.from = GoState.Running;
        out.to = GoState.Syscall;
        return true;
      case Ev.GoSyscallEnd:
        out.goroutine = this.g;
        out.from = GoState.Syscall;
        out.to = GoState.Running;
        return true;
      case Ev.GoSyscallEndBlocked:
        out.goroutine = this.g;
        out.from = GoState.Syscall;
        out.to = GoState.Runnable;
        return true;
      case Ev.GoStatus:
      case Ev.GoStatusStack:
        out.goroutine = this.a0;
        out.from = this.old;
        out.to = GO_STATUS_TO_STATE[Number(this.a2)] ?? GoState.Undetermined;
        return true;
      default:
        return false;
    }
  }

  /** For STWBegin/STWEnd: the runtime's reason, e.g. "GC mark termination". */
  stwReason(): string | undefined {
    if (this.type !== Ev.STWBegin && this.type !== Ev.STWEnd) return undefined;
    return this.table?.string(this.a0);
  }

  /** For GoBlock: the runtime's reason, e.g. "wait until GC ends". */
  blockReason(): string | undefined {
    if (this.type !== Ev.GoBlock) return undefined;
    return this.table?.string(this.a0);
  }

  /** For HeapAlloc/HeapGoal: the value in bytes. */
  heapBytes(): number | undefined {
    if (this.type !== Ev.HeapAlloc && this.type !== Ev.HeapGoal) return undefined;
    return toFloat(this.a0);
  }
}
