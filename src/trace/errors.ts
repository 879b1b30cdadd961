/**
 * Trace-specific typed errors. Both are InputErrors, so callers that mark a
 * sample's trace metrics `unavailable` can catch InputError and show the
 * message, which reads `file: offset N: expected …: detail`.
 */
import { InputError } from '../errors.js';

/** The bytes are not a well-formed Go 1.22+ execution trace. */
export class TraceFormatError extends InputError {
  readonly offset: number;
  constructor(file: string, offset: number, expected: string, detail?: string) {
    super(file, { offset }, expected, detail);
    this.offset = offset;
  }
}

/** A real trace, but written by a Go version this reader does not read (≤ 1.21, or newer than it knows). */
export class UnsupportedTraceVersionError extends InputError {
  readonly version: number;
  constructor(file: string, version: number) {
    super(
      file,
      { offset: 0 },
      'a Go 1.22 or newer execution trace (wire versions 22, 23, 25, 26)',
      version <= 21
        ? `found a Go 1.${version} trace; traces written by Go 1.21 and older use a different format — run the benchmarks with Go 1.22+`
        : `found trace version go 1.${version}, which this reader does not know yet`,
    );
    this.version = version;
  }
}
