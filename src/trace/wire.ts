/**
 * The Go execution-trace wire format (Go 1.22+, "v2"), as a table.
 *
 * All format knowledge lives here: event type numbers, their argument lists,
 * which arguments are stack or string IDs, which event ends a range, and the
 * first trace version that may contain each event. The reader consumes this
 * table; supporting a new Go version should mean adding rows and a version
 * entry, not editing reader logic.
 *
 * Written from reading Go's `internal/trace/tracev2` and the runtime's trace
 * writer; the numbers are the wire values and must never be renumbered.
 */

/** Wire versions this reader understands (Go 1.24 writes 23). */
export const SUPPORTED_VERSIONS = [22, 23, 25, 26] as const;
export type WireVersion = (typeof SUPPORTED_VERSIONS)[number];

/** Header is `go 1.NN trace` padded with NULs to 16 bytes. */
export const HEADER_LENGTH = 16;

/**
 * Limits the runtime itself never exceeds. Enforcing them is what bounds memory
 * on hostile input: no length read from the file can make us allocate more.
 */
export const MAX_BATCH_SIZE = 64 << 10;
export const MAX_FRAMES_PER_STACK = 128;
export const MAX_STRING_SIZE = 1 << 10;

export const enum Ev {
  None = 0,
  EventBatch = 1,
  Stacks = 2,
  Stack = 3,
  Strings = 4,
  String = 5,
  CPUSamples = 6,
  CPUSample = 7,
  Frequency = 8,
  ProcsChange = 9,
  ProcStart = 10,
  ProcStop = 11,
  ProcSteal = 12,
  ProcStatus = 13,
  GoCreate = 14,
  GoCreateSyscall = 15,
  GoStart = 16,
  GoDestroy = 17,
  GoDestroySyscall = 18,
  GoStop = 19,
  GoBlock = 20,
  GoUnblock = 21,
  GoSyscallBegin = 22,
  GoSyscallEnd = 23,
  GoSyscallEndBlocked = 24,
  GoStatus = 25,
  STWBegin = 26,
  STWEnd = 27,
  GCActive = 28,
  GCBegin = 29,
  GCEnd = 30,
  GCSweepActive = 31,
  GCSweepBegin = 32,
  GCSweepEnd = 33,
  GCMarkAssistActive = 34,
  GCMarkAssistBegin = 35,
  GCMarkAssistEnd = 36,
  HeapAlloc = 37,
  HeapGoal = 38,
  GoLabel = 39,
  UserTaskBegin = 40,
  UserTaskEnd = 41,
  UserRegionBegin = 42,
  UserRegionEnd = 43,
  UserLog = 44,
  GoSwitch = 45,
  GoSwitchDestroy = 46,
  GoCreateBlocked = 47,
  GoStatusStack = 48,
  ExperimentalBatch = 49,
  Sync = 50,
  ClockSnapshot = 51,
  EndOfGeneration = 52,
  /** Experimental events (alloc/free experiment) live in 128..136. */
  Span = 128,
  SpanAlloc = 129,
  SpanFree = 130,
  HeapObject = 131,
  HeapObjectAlloc = 132,
  HeapObjectFree = 133,
  GoroutineStack = 134,
  GoroutineStackAlloc = 135,
  GoroutineStackFree = 136,
}

export interface EventSpec {
  readonly name: string;
  /** Argument names in wire order; for timed events the first is the time delta `dt`. */
  readonly args: readonly string[];
  /** Timed events sit in per-M batches with a timestamp delta as first argument. */
  readonly timed: boolean;
  /** Indices into `args` that are stack IDs (first = the event's own stack). */
  readonly stackArgs: readonly number[];
  /** Indices into `args` that are string IDs. */
  readonly stringArgs: readonly number[];
  /** For the end (or active) event of a range: the event type that begins it. */
  readonly startEv?: Ev;
  /** First wire version that may contain the event. */
  readonly since: WireVersion;
  /** Non-zero for events of a runtime experiment (surfaced as opaque). */
  readonly experiment: number;
}

function spec(name: string, args: string[], opts: Partial<Omit<EventSpec, 'name' | 'args'>> = {}): EventSpec {
  return {
    name,
    args,
    timed: opts.timed ?? false,
    stackArgs: opts.stackArgs ?? [],
    stringArgs: opts.stringArgs ?? [],
    startEv: opts.startEv,
    since: opts.since ?? 22,
    experiment: opts.experiment ?? 0,
  };
}

function timed(name: string, args: string[], opts: Partial<Omit<EventSpec, 'name' | 'args' | 'timed'>> = {}): EventSpec {
  return spec(name, ['dt', ...args], { ...opts, timed: true });
}

/** Indexed by wire event type. Holes are undefined (invalid types). */
export const SPECS: ReadonlyArray<EventSpec | undefined> = (() => {
  const t = new Array<EventSpec | undefined>(256).fill(undefined);
  // Structural events: never in the timed stream.
  t[Ev.EventBatch] = spec('EventBatch', ['gen', 'm', 'time', 'size']);
  t[Ev.Stacks] = spec('Stacks', []);
  t[Ev.Stack] = spec('Stack', ['id', 'nframes']);
  t[Ev.Strings] = spec('Strings', []);
  t[Ev.String] = spec('String', ['id']);
  t[Ev.CPUSamples] = spec('CPUSamples', []);
  t[Ev.CPUSample] = spec('CPUSample', ['time', 'm', 'p', 'g', 'stack']);
  t[Ev.Frequency] = spec('Frequency', ['freq']);
  t[Ev.ExperimentalBatch] = spec('ExperimentalBatch', ['exp', 'gen', 'm', 'time'], { since: 23 });
  t[Ev.Sync] = spec('Sync', [], { since: 25 });
  t[Ev.EndOfGeneration] = spec('EndOfGeneration', [], { since: 26 });
  // Procs.
  t[Ev.ProcsChange] = timed('ProcsChange', ['procs_value', 'stack'], { stackArgs: [2] });
  t[Ev.ProcStart] = timed('ProcStart', ['p', 'p_seq']);
  t[Ev.ProcStop] = timed('ProcStop', []);
  t[Ev.ProcSteal] = timed('ProcSteal', ['p', 'p_seq', 'm']);
  t[Ev.ProcStatus] = timed('ProcStatus', ['p', 'pstatus']);
  // Goroutines.
  t[Ev.GoCreate] = timed('GoCreate', ['new_g', 'new_stack', 'stack'], { stackArgs: [3, 2] });
  t[Ev.GoCreateSyscall] = timed('GoCreateSyscall', ['new_g']);
  t[Ev.GoStart] = timed('GoStart', ['g', 'g_seq']);
  t[Ev.GoDestroy] = timed('GoDestroy', []);
  t[Ev.GoDestroySyscall] = timed('GoDestroySyscall', []);
  t[Ev.GoStop] = timed('GoStop', ['reason_string', 'stack'], { stackArgs: [2], stringArgs: [1] });
  t[Ev.GoBlock] = timed('GoBlock', ['reason_string', 'stack'], { stackArgs: [2], stringArgs: [1] });
  t[Ev.GoUnblock] = timed('GoUnblock', ['g', 'g_seq', 'stack'], { stackArgs: [3] });
  t[Ev.GoSyscallBegin] = timed('GoSyscallBegin', ['p_seq', 'stack'], { stackArgs: [2] });
  t[Ev.GoSyscallEnd] = timed('GoSyscallEnd', [], { startEv: Ev.GoSyscallBegin });
  t[Ev.GoSyscallEndBlocked] = timed('GoSyscallEndBlocked', [], { startEv: Ev.GoSyscallBegin });
  t[Ev.GoStatus] = timed('GoStatus', ['g', 'm', 'gstatus']);
  // Stop-the-world.
  t[Ev.STWBegin] = timed('STWBegin', ['kind_string', 'stack'], { stackArgs: [2], stringArgs: [1] });
  t[Ev.STWEnd] = timed('STWEnd', [], { startEv: Ev.STWBegin });
  // GC.
  t[Ev.GCActive] = timed('GCActive', ['gc_seq'], { startEv: Ev.GCBegin });
  t[Ev.GCBegin] = timed('GCBegin', ['gc_seq', 'stack'], { stackArgs: [2] });
  t[Ev.GCEnd] = timed('GCEnd', ['gc_seq'], { startEv: Ev.GCBegin });
  t[Ev.GCSweepActive] = timed('GCSweepActive', ['p'], { startEv: Ev.GCSweepBegin });
  t[Ev.GCSweepBegin] = timed('GCSweepBegin', ['stack'], { stackArgs: [1] });
  t[Ev.GCSweepEnd] = timed('GCSweepEnd', ['swept_value', 'reclaimed_value'], { startEv: Ev.GCSweepBegin });
  t[Ev.GCMarkAssistActive] = timed('GCMarkAssistActive', ['g'], { startEv: Ev.GCMarkAssistBegin });
  t[Ev.GCMarkAssistBegin] = timed('GCMarkAssistBegin', ['stack'], { stackArgs: [1] });
  t[Ev.GCMarkAssistEnd] = timed('GCMarkAssistEnd', [], { startEv: Ev.GCMarkAssistBegin });
  t[Ev.HeapAlloc] = timed('HeapAlloc', ['heapalloc_value']);
  t[Ev.HeapGoal] = timed('HeapGoal', ['heapgoal_value']);
  // Annotations.
  t[Ev.GoLabel] = timed('GoLabel', ['label_string'], { stringArgs: [1] });
  t[Ev.UserTaskBegin] = timed('UserTaskBegin', ['task', 'parent_task', 'name_string', 'stack'], {
    stackArgs: [4],
    stringArgs: [3],
  });
  t[Ev.UserTaskEnd] = timed('UserTaskEnd', ['task', 'stack'], { stackArgs: [2] });
  t[Ev.UserRegionBegin] = timed('UserRegionBegin', ['task', 'name_string', 'stack'], {
    stackArgs: [3],
    stringArgs: [2],
  });
  t[Ev.UserRegionEnd] = timed('UserRegionEnd', ['task', 'name_string', 'stack'], {
    startEv: Ev.UserRegionBegin,
    stackArgs: [3],
    stringArgs: [2],
  });
  t[Ev.UserLog] = timed('UserLog', ['task', 'key_string', 'value_string', 'stack'], {
    stackArgs: [4],
    stringArgs: [2, 3],
  });
  // Go 1.23: coroutines and goroutine status with a stack.
  t[Ev.GoSwitch] = timed('GoSwitch', ['g', 'g_seq'], { since: 23 });
  t[Ev.GoSwitchDestroy] = timed('GoSwitchDestroy', ['g', 'g_seq'], { since: 23 });
  t[Ev.GoCreateBlocked] = timed('GoCreateBlocked', ['new_g', 'new_stack', 'stack'], { stackArgs: [3, 2], since: 23 });
  t[Ev.GoStatusStack] = timed('GoStatusStack', ['g', 'm', 'gstatus', 'stack'], { stackArgs: [4], since: 23 });
  // Go 1.25: clock snapshot inside sync batches.
  t[Ev.ClockSnapshot] = timed('ClockSnapshot', ['mono', 'sec', 'nsec'], { since: 25 });
  // Experimental alloc/free events (GOEXPERIMENT=allocheapdebug…): parsed, never interpreted.
  const exp = { since: 23 as WireVersion, experiment: 1 };
  t[Ev.Span] = timed('Span', ['id', 'npages_value', 'kindclass'], exp);
  t[Ev.SpanAlloc] = timed('SpanAlloc', ['id', 'npages_value', 'kindclass'], exp);
  t[Ev.SpanFree] = timed('SpanFree', ['id'], exp);
  t[Ev.HeapObject] = timed('HeapObject', ['id', 'type'], exp);
  t[Ev.HeapObjectAlloc] = timed('HeapObjectAlloc', ['id', 'type'], exp);
  t[Ev.HeapObjectFree] = timed('HeapObjectFree', ['id'], exp);
  t[Ev.GoroutineStack] = timed('GoroutineStack', ['id', 'order'], exp);
  t[Ev.GoroutineStackAlloc] = timed('GoroutineStackAlloc', ['id', 'order'], exp);
  t[Ev.GoroutineStackFree] = timed('GoroutineStackFree', ['id'], exp);
  return t;
})();

/** Whether event type `typ` may appear in a trace of wire version `v`. */
export function specFor(v: WireVersion, typ: number): EventSpec | undefined {
  const s = SPECS[typ];
  return s && s.since <= v ? s : undefined;
}

export function eventName(typ: number): string {
  return SPECS[typ]?.name ?? `Invalid(${typ})`;
}

/** Goroutine statuses as the runtime writes them in GoStatus events. */
export const enum GoStatus {
  Bad = 0,
  Runnable = 1,
  Running = 2,
  Syscall = 3,
  Waiting = 4,
}

/** P statuses as written in ProcStatus events. */
export const enum ProcStatus {
  Bad = 0,
  Running = 1,
  Idle = 2,
  Syscall = 3,
  /**
   * Only ever written when the first mention of a P in a generation is a
   * ProcSteal: there is no GoSyscallBegin to tie the steal back to.
   */
  SyscallAbandoned = 4,
}
