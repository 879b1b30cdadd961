/**
 * What we need to know about the Go toolchain before measuring anything, and
 * the check that it is new enough: execution traces before Go 1.22 use a wire
 * format we do not read, so an older Go is refused up front rather than
 * producing "unavailable" for every trace metric later.
 */
import { CommandNotFoundError, type CommandRunner } from './exec.js';
import { ToolchainError } from '../errors.js';

const MIN_GO_MINOR = 22;

export interface GoToolchain {
  /** Path or name of the go command that was run. */
  command: string;
  /** `go1.26.8`, or `devel …` for a development build. */
  version: string;
  goos: string;
  goarch: string;
  /** Path of the main module's go.mod ('' or /dev/null outside a module). */
  gomod: string;
  /** Path of go.work, '' when not in a workspace. */
  gowork: string;
}

/** Parses `go1.26.8` / `go1.22` / `go1.23rc1` into [major, minor]; null for devel builds. */
export function parseGoVersion(v: string): [number, number] | null {
  const m = /^go(\d+)\.(\d+)/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export async function inspectGo(runner: CommandRunner, cwd: string, goCommand = 'go'): Promise<GoToolchain> {
  let res;
  try {
    res = await runner.run(goCommand, ['env', '-json', 'GOVERSION', 'GOOS', 'GOARCH', 'GOMOD', 'GOWORK'], {
      cwd,
      timeoutMs: 60_000,
    });
  } catch (err) {
    if (err instanceof CommandNotFoundError) {
      throw new ToolchainError(
        `Go was not found on PATH (tried to run "${goCommand}"). go-runtime-gate needs Go 1.${MIN_GO_MINOR} or newer: ` +
          'add actions/setup-go before this step, or install Go locally.',
      );
    }
    throw err;
  }
  if (res.code !== 0) {
    throw new ToolchainError(`"${goCommand} env" failed (exit ${res.code ?? res.signal}): ${res.stderr.trim()}`);
  }
  let env: Record<string, string>;
  try {
    env = JSON.parse(res.stdout) as Record<string, string>;
  } catch {
    throw new ToolchainError(`"${goCommand} env -json" printed something that is not JSON: ${res.stdout.slice(0, 200)}`);
  }
  const version = env.GOVERSION ?? '';
  const parsed = parseGoVersion(version);
  if (parsed && (parsed[0] < 1 || (parsed[0] === 1 && parsed[1] < MIN_GO_MINOR))) {
    throw new ToolchainError(
      `Found ${version}, but go-runtime-gate needs Go 1.${MIN_GO_MINOR} or newer (its execution-trace format). ` +
        'Use actions/setup-go with a newer go-version.',
    );
  }
  return {
    command: goCommand,
    version,
    goos: env.GOOS ?? '',
    goarch: env.GOARCH ?? '',
    gomod: env.GOMOD ?? '',
    gowork: env.GOWORK ?? '',
  };
}
