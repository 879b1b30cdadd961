import type { CliIO } from '../../src/cli/main.js';

/** A CliIO that keeps what the CLI printed, for assertions. */
export function capture(): CliIO & { stdout: string; stderr: string } {
  const io: CliIO & { stdout: string; stderr: string } = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out: (t: string) => void (io.stdout += t + '\n'),
    err: (t: string) => void (io.stderr += t + '\n'),
  };
  return io;
}
