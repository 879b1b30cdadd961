/**
 * The heap-profile reader's one error type. A `ProfileError` is an
 * `InputError` naming the file, a byte offset and what was expected; `kind`
 * says which stage refused the bytes. Offsets are into the compressed file for
 * gzip faults (`not-gzip`, `corrupt-gzip`, a `truncated` gzip stream) and into
 * the gunzipped protobuf for everything else, whose messages say so
 * (`DECOMPRESSED`).
 */
import { InputError } from '../errors.js';

export type ProfileErrorKind = 'not-gzip' | 'corrupt-gzip' | 'truncated' | 'not-profile' | 'index-out-of-range';

export class ProfileError extends InputError {
  readonly kind: ProfileErrorKind;
  constructor(kind: ProfileErrorKind, file: string, offset: number, expected: string, detail?: string) {
    super(file, { offset }, expected, detail);
    this.kind = kind;
  }
}

/** Ends the `expected` text of errors at offsets into the gunzipped protobuf. */
export const DECOMPRESSED = 'in the gunzipped protobuf';
