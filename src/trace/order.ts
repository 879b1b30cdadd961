/**
 * Orders events across Ms into one stream, and validates them.
 *
 * Each M writes its own batches with its own timestamps, and clocks on
 * different CPUs do not agree exactly, so sorting by timestamp alone would
 * sometimes put a goroutine's start before its creation. The runtime adds
 * sequence numbers and statuses so a reader can tell whether an event is
 * ready: a goroutine may start only once it is runnable with the preceding
 * sequence number, a P may be stolen only from a syscall, and so on. This
 * module is that state machine: `advance` either accepts an event (updating
 * G/P/M state and queueing the events it implies), says "not yet", or rejects
 * the trace as inconsistent. The scheduling events are handled here; tasks,
 * regions, GC and ranges in order-ranges.ts; the state and helpers in
 * order-state.ts.
 *
 * It follows the semantics of Go's reader (golang.org/x/exp/trace) closely on
 * purpose: metrics such as peak concurrent goroutines depend on the order,
 * and the STW durations the oracle reports depend on the timestamps Go
 * adjusts while ordering, so matching Go to the nanosecond requires the same
 * decisions.
 */
import { EV_SYNC, GO_STATUS_TO_STATE, GoState, NO_GOROUTINE, NO_PROC, NO_THREAD, PROC_STATUS_TO_STATE, ProcState, TraceEvent } from './events.js';
import type { GenerationTable } from './generation.js';
import type { Id } from '../encoding/varint.js';
import { Ev, GoStatus, ProcStatus } from './wire.js';
import { type MState, Need, type PendingEvent, isSucc } from './order-state.js';
import { RangeOrdering } from './order-ranges.js';

export type { MState, PendingEvent } from './order-state.js';

/** Orders and validates events; see the header. */
export class Ordering extends RangeOrdering {
  /**
   * Tries to accept `ev`, read from M `mid` in generation `gen`.
   * Returns false when the event must wait for events on other Ms.
   */
  advance(ev: PendingEvent, table: GenerationTable, mid: Id, gen: Id, cache?: { mState: MState | undefined }): boolean {
    if (this.initialGen === 0) this.initialGen = gen;
    let ms: MState | undefined;
    let curG: Id = NO_GOROUTINE;
    let curP: Id = NO_PROC;
    if (mid !== NO_THREAD) {
      ms = cache?.mState;
      if (ms === undefined) {
        ms = this.m.get(mid);
        if (!ms) {
          ms = { g: NO_GOROUTINE, p: NO_PROC };
          this.m.set(mid, ms);
        }
        if (cache) cache.mState = ms;
      }
      curG = ms.g;
      curP = ms.p;
    }
    if (!this.dispatch(ev, table, mid, gen, curG, curP)) return false;
    if (ms) {
      ms.g = this.ng;
      ms.p = this.np;
    }
    return true;
  }

  /**
   * True (with the M's new context in ng/np) on success, false for "not yet"; throws when inconsistent.
   *
   * The scheduling events that make up nearly all of a trace are handled in this small
   * method, everything else in dispatchOther(): V8 inlines helpers (the state lookup,
   * check(), push()) only into functions whose bytecode is small, and the full switch is
   * far above that limit, which made every helper a real call on every event.
   */
  private dispatch(ev: PendingEvent, t: GenerationTable, m: Id, gen: Id, g: Id, p: Id): boolean {
    switch (ev.type) {
      case Ev.GoStart: {
        const gid = ev.a0;
        const s = this.g.get(gid);
        if (!s || s.status !== GoStatus.Runnable || s.seqGen !== gen || !isSucc(ev.a1, s.seq)) return false;
        // The common case tested inline; check() (large, so not inlined) only to report a failure.
        if (m === NO_THREAD || p === NO_PROC || g !== NO_GOROUTINE) this.check(ev, g, p, m, Need.Must, Need.Must, Need.MustNot);
        s.status = GoStatus.Running;
        s.seq = ev.a1;
        this.push(ev, t, g, p, m);
        return this.ok(gid, p);
      }
      case Ev.GoUnblock: {
        const gid = ev.a0;
        const s = this.g.get(gid);
        if (!s || s.status !== GoStatus.Waiting || s.seqGen !== gen || !isSucc(ev.a1, s.seq)) return false;
        s.status = GoStatus.Runnable;
        s.seq = ev.a1;
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GoDestroy:
      case Ev.GoStop:
      case Ev.GoBlock: {
        if (m === NO_THREAD || p === NO_PROC || g === NO_GOROUTINE) this.userGo(ev, g, p, m);
        const s = this.g.get(g);
        if (!s) this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
        if (s.status !== GoStatus.Running) this.fail(ev, 'event for goroutine that is not Running');
        if (ev.type === Ev.GoDestroy) this.g.delete(g);
        else s.status = ev.type === Ev.GoStop ? GoStatus.Runnable : GoStatus.Waiting;
        this.push(ev, t, g, p, m);
        return this.ok(NO_GOROUTINE, p);
      }
      default:
        return this.dispatchOther(ev, t, m, gen, g, p);
    }
  }

  /** dispatch() for the event types it does not handle itself. */
  private dispatchOther(ev: PendingEvent, t: GenerationTable, m: Id, gen: Id, g: Id, p: Id): boolean {
    switch (ev.type) {
      case Ev.ProcStatus: {
        const pid = ev.a0;
        const status = Number(ev.a1) as ProcStatus;
        if (typeof ev.a1 !== 'number' || status < 0 || status >= PROC_STATUS_TO_STATE.length) {
          this.fail(ev, `invalid status for proc ${pid}: ${ev.a1}`);
        }
        let oldState = PROC_STATUS_TO_STATE[status];
        const s = this.p.get(pid);
        if (s) {
          if (status === ProcStatus.SyscallAbandoned && s.status === ProcStatus.Syscall) {
            oldState = ProcState.Running;
            ev.a1 = ProcStatus.Syscall;
          } else if (status === ProcStatus.SyscallAbandoned && s.status === ProcStatus.SyscallAbandoned) {
            oldState = ProcState.Idle;
            ev.a1 = ProcStatus.SyscallAbandoned;
          } else if (s.status !== status) {
            this.fail(ev, `inconsistent status for proc ${pid}: old ${s.status} vs. new ${status}`);
          }
          s.seqGen = gen;
          s.seq = 0;
        } else {
          this.p.set(pid, { status, seqGen: gen, seq: 0, inFlight: [] });
          oldState = gen === this.initialGen ? ProcState.Undetermined : ProcState.NotExist;
        }
        const next = { g, p };
        if (status === ProcStatus.Running || status === ProcStatus.Syscall) next.p = pid;
        let ctxM = m;
        let ctxP = p;
        let ctxG = g;
        if (status === ProcStatus.SyscallAbandoned && oldState === ProcState.Running) {
          // The P is about to be stolen: report the event on the M that held it.
          let found = false;
          for (const [id, st] of this.m) {
            if (st.p === pid) {
              ctxM = id;
              ctxP = pid;
              ctxG = st.g;
              found = true;
            }
          }
          if (!found) this.fail(ev, `failed to find sched context for proc ${pid} that's about to be stolen`);
        }
        this.push(ev, t, ctxG, ctxP, ctxM, oldState);
        return this.ok(next.g, next.p);
      }
      case Ev.ProcStart: {
        const pid = ev.a0;
        const s = this.p.get(pid);
        if (!s || s.status !== ProcStatus.Idle || s.seqGen !== gen || !isSucc(ev.a1, s.seq) || p !== NO_PROC) return false;
        this.check(ev, g, p, m, Need.Must, Need.MustNot, Need.May);
        s.status = ProcStatus.Running;
        s.seqGen = gen;
        s.seq = ev.a1;
        this.push(ev, t, g, p, m);
        return this.ok(g, pid);
      }
      case Ev.ProcStop: {
        const s = this.p.get(p);
        if (!s) this.fail(ev, `event for proc (${p}) that doesn't exist`);
        if (s.status !== ProcStatus.Running && s.status !== ProcStatus.Syscall) this.fail(ev, 'event for proc that is not Running or Syscall');
        this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
        s.status = ProcStatus.Idle;
        this.push(ev, t, g, p, m);
        return this.ok(g, NO_PROC);
      }
      case Ev.ProcSteal: {
        const pid = ev.a0;
        const s = this.p.get(pid);
        if (!s || (s.status !== ProcStatus.Syscall && s.status !== ProcStatus.SyscallAbandoned) || s.seqGen !== gen || !isSucc(ev.a1, s.seq)) {
          return false;
        }
        this.check(ev, g, p, m, Need.Must, Need.May, Need.May);
        const oldStatus = s.status;
        s.status = ProcStatus.Idle;
        s.seqGen = gen;
        s.seq = ev.a1;
        if (oldStatus === ProcStatus.SyscallAbandoned) {
          this.push(ev, t, g, p, m, oldStatus);
          return this.ok(g, p);
        }
        const victim = ev.a2;
        if (victim === m) {
          if (p !== pid) this.fail(ev, `tried to self-steal proc ${pid} (thread ${victim}), but got proc ${p} instead`);
          this.push(ev, t, g, p, m, oldStatus);
          return this.ok(g, NO_PROC);
        }
        const vs = this.m.get(victim);
        if (!vs) this.fail(ev, `stole proc from non-existent thread ${victim}`);
        if (vs.p !== pid) this.fail(ev, `tried to steal proc ${pid} from thread ${victim}, but got proc ${vs.p} instead`);
        vs.p = NO_PROC;
        this.push(ev, t, g, p, m, oldStatus);
        return this.ok(g, p);
      }
      case Ev.GoStatus:
      case Ev.GoStatusStack: {
        const gid = ev.a0;
        const mid = ev.a1;
        const status = Number(ev.a2) as GoStatus;
        if (typeof ev.a2 !== 'number' || status < 0 || status >= GO_STATUS_TO_STATE.length) {
          this.fail(ev, `invalid status for goroutine ${gid}: ${ev.a2}`);
        }
        let oldState = GO_STATUS_TO_STATE[status];
        const s = this.g.get(gid);
        if (s) {
          if (s.status !== status) this.fail(ev, `inconsistent status for goroutine ${gid}: old ${s.status} vs. new ${status}`);
          s.seqGen = gen;
          s.seq = 0;
        } else if (gen === this.initialGen) {
          this.g.set(gid, { status, seqGen: gen, seq: 0, regions: [], inFlight: [] });
          oldState = GoState.Undetermined;
        } else {
          this.fail(ev, `found goroutine status for new goroutine after the first generation: id=${gid} status=${status}`);
        }
        const next = { g, p };
        let ctxM = m;
        let ctxG = g;
        if (status === GoStatus.Running) next.g = gid;
        else if (status === GoStatus.Syscall) {
          if (mid === NO_THREAD) this.fail(ev, `found goroutine ${gid} in syscall without a thread`);
          if (mid === m) {
            if (gen !== this.initialGen && g !== gid) {
              this.fail(ev, `inconsistent thread for syscalling goroutine ${gid}: thread has goroutine ${g}`);
            }
            next.g = gid;
          } else {
            const other = this.m.get(mid);
            if (other) {
              if (other.g !== gid) this.fail(ev, `inconsistent thread for syscalling goroutine ${gid}: thread has goroutine ${other.g}`);
              ctxG = other.g;
            } else {
              this.m.set(mid, { g: gid, p: NO_PROC });
            }
            ctxM = mid;
          }
        }
        this.push(ev, t, ctxG, p, ctxM, oldState);
        return this.ok(next.g, next.p);
      }
      case Ev.GoCreate:
      case Ev.GoCreateBlocked: {
        this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
        const cur = this.g.get(g);
        if (cur && cur.status !== GoStatus.Running) this.fail(ev, 'event for goroutine that is not Running');
        const newg = ev.a0;
        if (this.g.has(newg)) this.fail(ev, `tried to create goroutine (${newg}) that already exists`);
        const status = ev.type === Ev.GoCreateBlocked ? GoStatus.Waiting : GoStatus.Runnable;
        this.g.set(newg, { status, seqGen: gen, seq: 0, regions: [], inFlight: [] });
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GoSwitch:
      case Ev.GoSwitchDestroy: {
        this.userGo(ev, g, p, m);
        const cur = this.g.get(g);
        if (!cur) this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
        if (cur.status !== GoStatus.Running) this.fail(ev, 'event for goroutine that is not Running');
        const nextg = ev.a0;
        const ns = this.g.get(nextg);
        if (!ns || ns.status !== GoStatus.Waiting || ns.seqGen !== gen || !isSucc(ev.a1, ns.seq)) return false;
        this.push(ev, t, g, p, m);
        // A switch is an unblock of the target, then the current goroutine blocks or ends, then the target starts.
        if (ev.type === Ev.GoSwitch) {
          cur.status = GoStatus.Waiting;
          this.synth(Ev.GoBlock, ev.time, [0, 0], t, g, p, m);
        } else {
          this.g.delete(g);
          this.synth(Ev.GoDestroy, ev.time, [], t, g, p, m);
        }
        ns.status = GoStatus.Running;
        ns.seq = ev.a1;
        this.synth(Ev.GoStart, ev.time, [nextg, ev.a1], t, NO_GOROUTINE, p, m);
        return this.ok(nextg, p);
      }
      case Ev.GoSyscallBegin: {
        this.userGo(ev, g, p, m);
        const s = this.g.get(g);
        if (!s) this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
        if (s.status !== GoStatus.Running) this.fail(ev, 'event for goroutine that is not Running');
        s.status = GoStatus.Syscall;
        const ps = this.p.get(p);
        if (!ps) this.fail(ev, `uninitialized proc ${p}`);
        ps.status = ProcStatus.Syscall;
        if (ps.seqGen !== gen || !isSucc(ev.a0, ps.seq)) this.fail(ev, `can't make sequence: ${ps.seq} -> ${ev.a0}`);
        ps.seq = ev.a0;
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GoSyscallEnd: {
        this.userGo(ev, g, p, m);
        const s = this.g.get(g);
        if (!s) this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
        if (s.status !== GoStatus.Syscall) this.fail(ev, 'event for goroutine that is not in a syscall');
        s.status = GoStatus.Running;
        const ps = this.p.get(p);
        if (!ps) this.fail(ev, `uninitialized proc ${p}`);
        if (ps.status !== ProcStatus.Syscall) this.fail(ev, `expected proc ${p} in a syscall, but got status ${ps.status}`);
        ps.status = ProcStatus.Running;
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GoSyscallEndBlocked: {
        if (p !== NO_PROC) {
          const ps = this.p.get(p);
          if (!ps) this.fail(ev, `uninitialized proc ${p}`);
          // Our P is still in the syscall: wait until it is stolen.
          if (ps.status === ProcStatus.Syscall) return false;
        }
        this.check(ev, g, p, m, Need.Must, Need.May, Need.Must);
        const s = this.g.get(g);
        if (!s) this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
        if (s.status !== GoStatus.Syscall) this.fail(ev, 'event for goroutine that is not in a syscall');
        s.status = GoStatus.Runnable;
        this.push(ev, t, g, p, m);
        return this.ok(NO_GOROUTINE, p);
      }
      case Ev.GoCreateSyscall: {
        this.check(ev, g, p, m, Need.Must, Need.May, Need.MustNot);
        const newg = ev.a0;
        if (this.g.has(newg)) this.fail(ev, `tried to create goroutine (${newg}) in syscall that already exists`);
        this.g.set(newg, { status: GoStatus.Syscall, seqGen: gen, seq: 0, regions: [], inFlight: [] });
        this.push(ev, t, g, p, m);
        return this.ok(newg, p);
      }
      case Ev.GoDestroySyscall: {
        this.check(ev, g, p, m, Need.Must, Need.May, Need.Must);
        const s = this.g.get(g);
        if (!s) this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
        if (s.status !== GoStatus.Syscall) this.fail(ev, 'event for goroutine that is not in a syscall');
        this.g.delete(g);
        let nextP = p;
        if (p !== NO_PROC) {
          const ps = this.p.get(p);
          if (!ps) this.fail(ev, `found invalid proc ${p}`);
          if (ps.status !== ProcStatus.Syscall) this.fail(ev, `proc ${p} in unexpected state ${ps.status}`);
          // The P is left for another M to steal; report it as taken away from this one.
          ps.status = ProcStatus.SyscallAbandoned;
          nextP = NO_PROC;
          this.synth(Ev.ProcSteal, ev.time, [p], t, g, p, m, ProcStatus.Syscall);
        }
        this.push(ev, t, g, p, m);
        return this.ok(NO_GOROUTINE, nextP);
      }
      default:
        return this.dispatchRanges(ev, t, m, gen, g, p);
    }
  }
}

export function syncEvent(time: number, table: GenerationTable | undefined, n: number): TraceEvent {
  return new TraceEvent(EV_SYNC, time, n, 0, 0, 0, NO_GOROUTINE, NO_PROC, NO_THREAD, table, 0);
}
