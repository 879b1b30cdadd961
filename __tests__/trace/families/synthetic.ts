/**
 * Synthetic events for collector unit tests: TraceEvents built directly (the
 * reader reuses one object per event; so do these helpers' callers), with a
 * small string and stack table standing in for a generation's.
 */
import { TraceEvent } from '../../../src/trace/events.js';
import type { GenerationTable, StackFrame } from '../../../src/trace/generation.js';
import type { TraceEnd } from '../../../src/trace/families/family.js';
import type { GoStatus } from '../../../src/trace/wire.js';

export class Table {
  private readonly strings: string[] = [''];
  private readonly stacks: StackFrame[][] = [[]];

  /** The id of a string, added on first use. */
  str(s: string): number {
    const i = this.strings.indexOf(s);
    return i >= 0 ? i : this.strings.push(s) - 1;
  }

  /** The id of a new stack (innermost frame first). */
  stk(frames: StackFrame[]): number {
    return this.stacks.push(frames) - 1;
  }

  get table(): GenerationTable {
    return { string: (id: number) => this.strings[id] ?? '', stack: (id: number) => this.stacks[id] ?? [] } as unknown as GenerationTable;
  }
}

export interface EventFields {
  time: number;
  g?: number;
  a0?: number;
  a1?: number;
  a2?: number;
  a3?: number;
  /** Prior state, as the ordering fills it for GoStatus. */
  old?: number;
}

export function event(type: number, f: EventFields, t?: Table): TraceEvent {
  return new TraceEvent(type, f.time, f.a0 ?? 0, f.a1 ?? 0, f.a2 ?? 0, f.a3 ?? 0, f.g ?? -1, 0, 0, t?.table, 0, f.old ?? 0);
}

export function end(lastNs: number, status: Record<number, GoStatus> = {}): TraceEnd {
  return { lastNs, statusAtEnd: (g) => status[Number(g)] };
}

/** A frame with only a function name. */
export const fn = (name: string, line = 1): StackFrame => ({ function: name, file: `/src/${name}.go`, line });
