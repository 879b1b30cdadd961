/**
 * Why a benchmark process did not produce a result. The output is the user's
 * only clue, so the classification keeps Go's own words (the panic line, the
 * `--- FAIL` block) as the message and a bounded tail as the output.
 */
import type { BenchmarkFailure } from '../result/types.js';
import type { CommandResult } from '../toolchain/exec.js';

const OUTPUT_TAIL = 6000;

function tail(text: string, n = OUTPUT_TAIL): string {
  return text.length > n ? '…' + text.slice(text.length - n) : text;
}

function firstLineMatching(text: string, re: RegExp): string | undefined {
  for (const line of text.split('\n')) if (re.test(line)) return line.trim();
  return undefined;
}

/** The lines of a `--- FAIL: name` block (indented log lines after it). */
function failBlock(text: string): string | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^\s*--- FAIL: /.test(l));
  if (i < 0) return undefined;
  const body = [lines[i].trim()];
  for (let j = i + 1; j < lines.length && /^\s{4,}/.test(lines[j]) && body.length < 6; j++) body.push(lines[j].trim());
  return body.join(' ');
}

export function isSkipped(output: string): boolean {
  return /^\s*--- SKIP: /m.test(output);
}

/**
 * Classifies a finished benchmark process that produced no result line or
 * exited non-zero. `timeoutText` is the user's timeout, for the message.
 */
export function classifyFailure(res: CommandResult, timeoutText: string): BenchmarkFailure {
  const output = (res.stdout + (res.stderr ? '\n' + res.stderr : '')).trim();
  if (res.timedOut || /^panic: test timed out after/m.test(output)) {
    return {
      kind: 'timeout',
      message: `exceeded the timeout of ${timeoutText}` + (res.timedOut ? ' and was stopped (goroutine stacks in the output)' : ''),
      output: tail(output),
    };
  }
  const panicLine = firstLineMatching(output, /^(panic: |fatal error: )/);
  if (panicLine) return { kind: 'panic', message: panicLine, output: tail(output) };
  const fail = failBlock(output);
  if (fail) return { kind: 'failed', message: fail, output: tail(output) };
  if (res.code !== 0) {
    return {
      kind: 'failed',
      message: `exited with ${res.code !== null ? `status ${res.code}` : `signal ${res.signal}`}`,
      output: tail(output),
    };
  }
  return { kind: 'no-result', message: 'printed no benchmark result line', output: tail(output) };
}

/**
 * Go's testing package refusing a flag we passed it (`testing: invalid regexp
 * for element 1 of -test.bench ("(["): …`, `testing: invalid value "0" for
 * -test.cpu`, `flag provided but not defined: -test.x`): Go's line, or
 * undefined. Every process of the run would fail the same way, so the run
 * stops at the first instead of recording each benchmark as failed.
 */
export function flagRefusal(res: CommandResult): string | undefined {
  if (res.code === 0 || res.timedOut) return undefined;
  return firstLineMatching(
    `${res.stdout}\n${res.stderr}`,
    /^(?:testing: invalid (?:regexp|value)\b|flag provided but not defined: -test\.|invalid value ".*" for flag -test\.)/,
  );
}
