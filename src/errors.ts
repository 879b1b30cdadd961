/**
 * Typed errors. Every error caused by bad input names the file, the position
 * (line or byte offset) and what was expected, and prints as `file:line: msg`
 * or `file: offset N: msg`, the forms editors and annotations understand.
 */

export type Position = { line: number; column?: number } | { offset: number };

export class GateError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Malformed input (benchmark output, baseline JSON, profile, trace, compiler output). */
export class InputError extends GateError {
  readonly file: string;
  readonly position?: Position;
  readonly expected: string;
  constructor(file: string, position: Position | undefined, expected: string, detail?: string) {
    super('bad-input', InputError.format(file, position, expected, detail));
    this.file = file;
    this.position = position;
    this.expected = expected;
  }

  private static format(file: string, position: Position | undefined, expected: string, detail?: string): string {
    let where = file;
    if (position && 'line' in position) where += `:${position.line}${position.column ? `:${position.column}` : ''}`;
    else if (position && 'offset' in position) where += `: offset ${position.offset}`;
    return `${where}: expected ${expected}${detail ? `: ${detail}` : ''}`;
  }
}

/** The Go toolchain is missing, too old, or a go command failed in a way that stops the run. */
export class ToolchainError extends GateError {
  constructor(message: string) {
    super('toolchain', message);
  }
}

/** A setting (input, flag, config file) is invalid. */
export class ConfigError extends GateError {
  constructor(message: string) {
    super('config', message);
  }
}
