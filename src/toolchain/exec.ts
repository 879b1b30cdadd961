/**
 * The one place that starts processes. Commands always run from an argument
 * array (never through a shell), so hostile package or benchmark names cannot
 * inject anything. Output is captured with a bound so a runaway benchmark
 * cannot exhaust memory; the tail is what explains a failure, so the tail is kept.
 * Every command runs without the runner's secrets in its environment
 * (`withoutSecrets`): the code under test must never see a token.
 */
import { spawn } from 'node:child_process';

interface RunOptions {
  cwd: string;
  /** Extra environment on top of process.env. */
  env?: Record<string, string | undefined>;
  /**
   * Stop the process after this many milliseconds: first `timeoutSignal`
   * (default SIGKILL), then SIGKILL if it is still running 5 s later.
   */
  timeoutMs?: number;
  /** SIGQUIT makes a Go program print every goroutine's stack before exiting, as `go test` does on timeout. */
  timeoutSignal?: NodeJS.Signals;
  /** Keep at most this many characters of stdout and of stderr (the tail). Default 4 MiB. */
  maxOutput?: number;
}

export interface CommandResult {
  /** Exit code, or null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when we killed it because `timeoutMs` elapsed. */
  timedOut: boolean;
  /** True when output was cut to `maxOutput`. */
  truncated: boolean;
  wallMs: number;
}

export interface CommandRunner {
  run(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult>;
}

/** Thrown when the executable itself cannot be started (ENOENT, EACCES). */
export class CommandNotFoundError extends Error {
  constructor(
    readonly command: string,
    override readonly cause: unknown,
  ) {
    super(`${command}: cannot be started: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'CommandNotFoundError';
  }
}

const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;

class TailBuffer {
  private chunks: string[] = [];
  private length = 0;
  truncated = false;
  constructor(private readonly max: number) {}
  push(s: string): void {
    this.chunks.push(s);
    this.length += s.length;
    // Compact lazily: only when we hold twice the bound, so the cost stays linear.
    if (this.length > 2 * this.max) this.compact();
  }
  private compact(): void {
    const all = this.chunks.join('');
    this.chunks = [all.slice(all.length - this.max)];
    this.length = this.max;
    this.truncated = true;
  }
  toString(): string {
    if (this.length > this.max) this.compact();
    return this.chunks.join('');
  }
}

/**
 * Secrets of the runner that no command we start needs, and the code under
 * test must never see: the Action's inputs (INPUT_GITHUB-TOKEN among them),
 * the runtime and cache service tokens, OIDC request credentials, and a
 * GITHUB_TOKEN a workflow may export. git finds its credentials in the
 * clone's own config (actions/checkout writes them there), Go needs none.
 */
export function withoutSecrets(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    if (k.startsWith('INPUT_') || /^ACTIONS_(RUNTIME|ID_TOKEN|CACHE|RESULTS)_/.test(k) || k === 'GITHUB_TOKEN' || k === 'GH_TOKEN') continue;
    out[k] = v;
  }
  return out;
}

export const processRunner: CommandRunner = {
  run(command, args, options) {
    const started = performance.now();
    const max = options.maxOutput ?? DEFAULT_MAX_OUTPUT;
    return new Promise<CommandResult>((resolve, reject) => {
      const env = withoutSecrets({ ...process.env, ...(options.env ?? {}) });
      let child;
      try {
        child = spawn(command, [...args], { cwd: options.cwd, env, shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (err) {
        reject(new CommandNotFoundError(command, err));
        return;
      }
      const out = new TailBuffer(max);
      const err = new TailBuffer(max);
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (d: string) => out.push(d));
      child.stderr.on('data', (d: string) => err.push(d));
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      if (options.timeoutMs !== undefined) {
        timer = setTimeout(() => {
          timedOut = true;
          const signal = options.timeoutSignal ?? 'SIGKILL';
          child.kill(signal);
          if (signal !== 'SIGKILL') {
            timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            timer.unref();
          }
        }, options.timeoutMs);
      }
      let failedToStart = false;
      child.on('error', (e: NodeJS.ErrnoException) => {
        if (timer) clearTimeout(timer);
        if (e.code === 'ENOENT' || e.code === 'EACCES') {
          failedToStart = true;
          reject(new CommandNotFoundError(command, e));
        } else {
          reject(e);
        }
      });
      child.on('close', (code, signal) => {
        if (timer) clearTimeout(timer);
        if (failedToStart) return;
        const stdout = out.toString();
        const stderr = err.toString();
        resolve({
          code,
          signal,
          stdout,
          stderr,
          timedOut,
          truncated: out.truncated || err.truncated,
          wallMs: performance.now() - started,
        });
      });
    });
  },
};
