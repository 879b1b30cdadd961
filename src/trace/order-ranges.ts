/**
 * The ordering of the events that are not about scheduling (src/trace/order.ts):
 * user tasks and regions, GC cycles (their sequence numbers), sweeping,
 * stop-the-world and mark-assist ranges, experimental events. Reached from
 * Ordering.dispatchOther() for every event type it does not handle.
 */
import type { GenerationTable } from './generation.js';
import type { Id } from '../encoding/varint.js';
import { Ev, SPECS } from './wire.js';
import { GcState, Need, OrderingState, isSucc, type PendingEvent } from './order-state.js';

export abstract class RangeOrdering extends OrderingState {
  /** dispatchOther() for tasks, regions, GC and ranges: true when accepted, false for "not yet"; throws when inconsistent. */
  protected dispatchRanges(ev: PendingEvent, t: GenerationTable, m: Id, gen: Id, g: Id, p: Id): boolean {
    switch (ev.type) {
      case Ev.UserTaskBegin: {
        const id = ev.a0;
        if (this.tasks.has(id)) this.fail(ev, `task ID conflict: ${id}`);
        const parent = ev.a1;
        if (!t.hasString(ev.a2)) this.fail(ev, `invalid string ID ${ev.a2}`);
        this.tasks.set(id, { name: t.string(ev.a2), parent });
        this.userGo(ev, g, p, m);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.UserTaskEnd: {
        this.tasks.delete(ev.a0);
        this.userGo(ev, g, p, m);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.UserRegionBegin:
      case Ev.UserRegionEnd: {
        this.userGo(ev, g, p, m);
        if (!t.hasString(ev.a1)) this.fail(ev, `invalid string ID ${ev.a1}`);
        const name = t.string(ev.a1);
        const s = this.g.get(g);
        if (!s) this.fail(ev, `no known state for current goroutine ${g}`);
        if (ev.type === Ev.UserRegionBegin) s.regions.push({ task: ev.a0, name });
        else if (s.regions.length > 0) {
          const top = s.regions[s.regions.length - 1];
          if (top.task !== ev.a0 || top.name !== name) {
            this.fail(ev, `misuse of region in goroutine ${g}: region end ${name} when the inner-most active region is ${top.name}`);
          }
          s.regions.pop();
        }
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GCActive: {
        const seq = ev.a0;
        if (gen === this.initialGen) {
          if (this.gcState !== GcState.Undetermined) this.fail(ev, "GCActive in the first generation isn't first GC event");
          this.gcSeq = seq;
          this.gcState = GcState.Running;
          this.push(ev, t, g, p, m);
          return this.ok(g, p);
        }
        if (!isSucc(seq, this.gcSeq)) return false;
        if (this.gcState !== GcState.Running) this.fail(ev, 'encountered GCActive while GC was not in progress');
        this.gcSeq = seq;
        this.userGo(ev, g, p, m);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GCBegin: {
        const seq = ev.a0;
        if (this.gcState === GcState.Undetermined) {
          this.gcSeq = seq;
          this.gcState = GcState.Running;
          this.push(ev, t, g, p, m);
          return this.ok(g, p);
        }
        if (!isSucc(seq, this.gcSeq)) return false;
        if (this.gcState === GcState.Running) this.fail(ev, 'encountered GCBegin while GC was already in progress');
        this.gcSeq = seq;
        this.gcState = GcState.Running;
        this.userGo(ev, g, p, m);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GCEnd: {
        const seq = ev.a0;
        if (!isSucc(seq, this.gcSeq)) return false;
        if (this.gcState === GcState.NotRunning) this.fail(ev, 'encountered GCEnd when GC was not in progress');
        if (this.gcState === GcState.Undetermined) this.fail(ev, 'encountered GCEnd when GC was in an undetermined state');
        this.gcSeq = seq;
        this.gcState = GcState.NotRunning;
        this.userGo(ev, g, p, m);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.ProcsChange:
      case Ev.GoLabel:
      case Ev.UserLog:
        this.userGo(ev, g, p, m);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      case Ev.HeapAlloc:
      case Ev.HeapGoal:
        this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      case Ev.GCSweepBegin: {
        this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
        this.beginRange(ev, this.p.get(p), Ev.GCSweepBegin, 0);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GCSweepActive: {
        const ps = this.p.get(ev.a0);
        if (!ps) this.fail(ev, `encountered GCSweepActive for unknown proc ${ev.a0}`);
        this.activeRange(ev, ps, Ev.GCSweepBegin, gen === this.initialGen);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GCSweepEnd: {
        this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
        this.endRange(ev, this.p.get(p));
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.STWBegin:
      case Ev.GCMarkAssistBegin: {
        this.userGo(ev, g, p, m);
        const desc = ev.type === Ev.STWBegin ? ev.a0 : 0;
        const s = this.g.get(g);
        if (!s) this.fail(ev, `no known state for current goroutine ${g}`);
        this.beginRange(ev, s, ev.type, desc);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.GCMarkAssistActive: {
        const s = this.g.get(ev.a0);
        if (!s) this.fail(ev, `uninitialized goroutine ${ev.a0}`);
        this.activeRange(ev, s, Ev.GCMarkAssistBegin, gen === this.initialGen);
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      case Ev.STWEnd:
      case Ev.GCMarkAssistEnd: {
        this.userGo(ev, g, p, m);
        const s = this.g.get(g);
        if (!s) this.fail(ev, `no known state for current goroutine ${g}`);
        const desc = this.endRange(ev, s);
        // The end carries its begin's reason, so a consumer needs no pairing to name it.
        if (ev.type === Ev.STWEnd) ev.a0 = desc;
        this.push(ev, t, g, p, m);
        return this.ok(g, p);
      }
      default:
        if ((SPECS[ev.type]?.experiment ?? 0) !== 0) {
          this.check(ev, g, p, m, Need.Must, Need.May, Need.May);
          this.push(ev, t, g, p, m);
          return this.ok(g, p);
        }
        this.fail(ev, `bad event type ${ev.type} found while ordering`);
    }
  }
}
