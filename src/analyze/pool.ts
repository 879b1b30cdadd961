/**
 * Where the samples' traces and heap profiles are read (issue 16: at short
 * benchtimes that reading was a third of the whole step, all of it after the
 * last sample).
 *
 * While samples are being measured, each finished sample's artifacts are read
 * by one worker thread at the lowest CPU priority (nice 19, for that thread
 * only; Linux only, where the nice value is per thread): the benchmark
 * processes are nice 0 and the kernel gives such a thread a CPU only when
 * nothing at normal priority wants it, so it fills the measuring run's idle
 * time instead of competing with the benchmark (docs/accuracy.md holds the
 * check). Once measuring is over that worker is stopped (its reading in
 * progress is redone) and whatever is left is read in parallel: by this
 * thread and by workers at normal priority, one per further CPU.
 *
 * A job is exactly the direct reading (src/analyze/sample-job.ts), manifest
 * check included, run wherever: it succeeds with the same values or fails
 * with the same message. Results wait until taken, each once. Worker threads
 * run this module's compiled JavaScript (the tsc build, or the bundle, whose
 * entries do nothing in a worker); from TypeScript sources (jest) there are no
 * workers and every job runs on this thread when asked for.
 */
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runSampleJob, type SampleJob, type SampleJobResult } from './sample-job.js';

const ROLE = 'go-runtime-gate sample analysis';
/** Normal-priority workers after measuring, besides this thread. */
const MAX_WORKERS = 3;

interface Entry {
  job: SampleJob;
  promise: Promise<SampleJobResult>;
  resolve: (r: SampleJobResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker?: Worker;
  busy?: Entry;
  /** The lowest-priority worker of the measuring phase. */
  lowest?: boolean;
}

/** Jobs finished, by where they ran. */
export interface PoolStats {
  /** In the lowest-priority worker, while measuring. */
  whileMeasuring: number;
  /** In normal-priority workers, after measuring. */
  workers: number;
  /** On this thread. */
  here: number;
  /** Worker threads started (the lowest-priority one only once a sample is handed over). */
  threads: number;
}

interface Reply {
  value?: SampleJobResult;
  error?: { name: string; message: string };
}

function keyOf(job: SampleJob): string {
  return JSON.stringify(job);
}

/**
 * `GO_RUNTIME_GATE_ANALYSIS=after` reads every artifact after measuring, as
 * the first versions did: for a machine where even a lowest-priority thread
 * disturbs the benchmarks, and for the accuracy harness's comparison of the two.
 */
const ANALYSIS_ENV = 'GO_RUNTIME_GATE_ANALYSIS';

export interface AnalysisPoolOptions {
  /** Read artifacts in a lowest-priority worker while measuring (default: on Linux with compiled sources, unless ANALYSIS_ENV is `after`). */
  background?: boolean;
  /** Normal-priority workers once measuring is over (default: one per CPU beyond the first, at most 3). */
  workers?: number;
}

export class AnalysisPool {
  private readonly queue: Entry[] = [];
  private readonly entries = new Map<string, Entry>();
  private readonly slots: Slot[] = [];
  private readonly script = fileURLToPath(import.meta.url);
  private readonly canUseWorkers = /\.[cm]?js$/.test(this.script);
  private background?: Slot;
  /** Whether a lowest-priority worker is to read while measuring; it starts with the first sample read. */
  private readonly wantBackground: boolean;
  private measuring = true;
  private closed = false;
  readonly stats: PoolStats = { whileMeasuring: 0, workers: 0, here: 0, threads: 0 };

  constructor(private readonly opts: AnalysisPoolOptions = {}) {
    const background = opts.background ?? (process.platform === 'linux' && process.env[ANALYSIS_ENV] !== 'after');
    this.wantBackground = background && this.canUseWorkers;
  }

  /** A measured sample's artifacts: read them in the background now if a background worker runs, else when asked. */
  prefetch(job: SampleJob): void {
    // Started only now: a run without traces or profiles never loads a worker.
    if (this.wantBackground && this.measuring && !this.background && !this.closed) {
      this.background = this.spawn(true);
      if (this.background) this.slots.push(this.background);
    }
    if (this.background) this.enqueue(job);
  }

  /** Measuring is over: stop the background worker and read the rest in parallel at normal priority. */
  startAnalysis(): void {
    if (!this.measuring) return;
    this.measuring = false;
    if (this.background) this.retire(this.background);
    this.background = undefined;
    const cpus = os.availableParallelism();
    const workers = this.canUseWorkers ? (this.opts.workers ?? Math.min(MAX_WORKERS, cpus - 1)) : 0;
    for (let i = 0; i < workers; i++) {
      const slot = this.spawn(false);
      if (slot) this.slots.push(slot);
    }
    this.slots.push({}); // this thread
    this.pump();
  }

  /** The result of `job`: the one read in advance if any (once), else read now. */
  result(job: SampleJob): Promise<SampleJobResult> {
    const key = keyOf(job);
    const entry = this.entries.get(key) ?? this.enqueue(job);
    this.entries.delete(key);
    this.pump();
    return entry.promise;
  }

  /** Stops the workers; jobs not yet read fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const e of this.queue.splice(0)) e.reject(new Error('sample analysis stopped'));
    await Promise.all(this.slots.splice(0).flatMap((s) => (s.worker ? [s.worker.terminate()] : [])));
  }

  private enqueue(job: SampleJob): Entry {
    let resolve!: Entry['resolve'];
    let reject!: Entry['reject'];
    const promise = new Promise<SampleJobResult>((res, rej) => ((resolve = res), (reject = rej)));
    // Delivered by result(); one never taken must not end the process.
    promise.catch(() => {});
    const entry: Entry = { job, promise, resolve, reject };
    this.entries.set(keyOf(job), entry);
    this.queue.push(entry);
    this.pump();
    return entry;
  }

  /** A worker slot, or undefined if no thread could be started (then this thread reads). */
  private spawn(lowest: boolean): Slot | undefined {
    // The worker lowers its priority before it loads this module (the whole bundle, in the
    // Action): loading it at normal priority would compete with the first samples.
    const boot = [
      "import os from 'node:os';",
      lowest ? 'os.setPriority(0, os.constants.priority.PRIORITY_LOW);' : '',
      `await import(${JSON.stringify(pathToFileURL(this.script).href)});`,
    ].join('\n');
    let worker: Worker;
    try {
      worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { role: ROLE, lowest } });
    } catch {
      return undefined;
    }
    this.stats.threads++;
    const slot: Slot = { worker, lowest };
    worker.unref();
    worker.on('message', (reply: Reply) => slot.busy && this.done(slot, slot.busy, reply));
    // A worker that cannot start or dies (out of memory) is retired; its job is read elsewhere.
    const lost = () => {
      if (!this.slots.includes(slot)) return;
      this.retire(slot);
      if (!this.measuring && !this.slots.some((s) => !s.worker)) this.slots.push({});
      this.pump();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    return slot;
  }

  /** Stops a slot's worker; a reading in progress goes back to the front of the queue. */
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker?.terminate();
    if (slot.busy) {
      this.queue.unshift(slot.busy);
      slot.busy = undefined;
    }
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      if (this.measuring && slot !== this.background) continue;
      const entry = this.queue.shift()!;
      slot.busy = entry;
      if (slot.worker) {
        // A busy worker keeps the process alive until it answers; an idle one does not.
        slot.worker.ref();
        slot.worker.postMessage(entry.job);
      } else
        runSampleJob(entry.job).then(
          (v) => this.done(slot, entry, { value: v }),
          (e: Error) => this.done(slot, entry, { error: { name: e.name, message: e.message } }),
        );
    }
  }

  private done(slot: Slot, entry: Entry, reply: Reply): void {
    if (slot.busy !== entry) return;
    slot.busy = undefined;
    slot.worker?.unref();
    this.stats[!slot.worker ? 'here' : slot.lowest ? 'whileMeasuring' : 'workers']++;
    if (reply.error) {
      const err = new Error(reply.error.message);
      err.name = reply.error.name;
      entry.reject(err);
    } else entry.resolve(reply.value!);
    this.pump();
  }
}

/** In a worker started by AnalysisPool: read each job sent, one at a time, and send back its result. */
function serve(lowest: boolean): void {
  // Already set by the boot code; kept so a worker started otherwise is still lowest.
  if (lowest) os.setPriority(0, os.constants.priority.PRIORITY_LOW);
  parentPort!.on('message', (job: SampleJob) => {
    // The lowest-priority reader inflates profiles itself rather than on Node's shared thread pool.
    runSampleJob(job, lowest).then(
      (value) => parentPort!.postMessage({ value } satisfies Reply),
      (e: Error) => parentPort!.postMessage({ error: { name: e.name, message: e.message } } satisfies Reply),
    );
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve(Boolean((workerData as { lowest?: boolean }).lowest));
