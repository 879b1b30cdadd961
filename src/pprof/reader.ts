/**
 * Reads a pprof profile file (what `-test.memprofile` writes) into the
 * `Profile` model, composing one stage per file: gunzip (`inflate.ts`),
 * frame the top-level message (`decoder.ts`) whose fields the wire decoders
 * read (`wire.ts`: protobufjs, and a hand-written decoder for the sample),
 * then resolve ids and string indexes (`resolve.ts`).
 *
 * Every fault is a `ProfileError` (an `InputError`, `errors.ts`) naming the
 * file, a byte offset and what was expected.
 */
import type { Profile } from './profile.js';
import { ProfileDecoder, join } from './decoder.js';
import { checkGzipMagic, gunzip, gunzipChunks, gunzippedSizeHint, gzipFault } from './inflate.js';
import { resolveProfile } from './resolve.js';
import { ProfileError } from './errors.js';

export { ProfileError } from './errors.js';

/** Options of the readers below (whose `fileName` is used only in error messages and kept on the result). */
export interface ReadOptions {
  /** Keep sample labels (`Profile.labels`); off by default to save memory on big profiles. */
  labels?: boolean;
}

/**
 * Reads a profile file synchronously. Use `readProfileAsync` for big files:
 * it overlaps decompression with decoding.
 */
export function readProfile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Profile {
  checkGzipMagic(bytes, fileName);
  return decodeProfile(gunzip(bytes, fileName), fileName, options);
}

/**
 * Reads a profile file, decoding the protobuf while Node's zlib inflates the
 * next chunk on a libuv worker thread; the gunzipped profile is never held
 * whole. Same result and errors as `readProfile`.
 */
export async function readProfileAsync(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<Profile> {
  checkGzipMagic(bytes, fileName);
  const decoder = new ProfileDecoder(fileName, options.labels ?? false, gunzippedSizeHint(bytes));
  // The loop stays here: moved into a helper taking a callback, 8 of 17 reads
  // of the 53 MB bench profile peaked 33 MB higher (the size of the value
  // column a doubling leaves behind); none of 25 did with the loop here.
  let decodeError: Error | undefined;
  try {
    for await (const chunk of gunzipChunks(bytes)) {
      try {
        decoder.push(chunk);
      } catch (e) {
        decodeError = e instanceof Error ? e : new Error(String(e));
        break;
      }
    }
  } catch (e) {
    throw gzipFault(bytes, fileName, e);
  }
  if (decodeError !== undefined) {
    // gzip checks its CRC only at the end of the stream, so corrupt
    // compressed data can reach the decoder first: report the gzip fault
    // then, as readProfile does (it inflates everything before decoding).
    if (decodeError instanceof ProfileError) gunzip(bytes, fileName);
    throw decodeError;
  }
  // Some error offsets need the gunzipped bytes again; they are inflated
  // again, only on that path.
  return resolveProfile(decoder.finish(), fileName, () => gunzip(bytes, fileName));
}

/**
 * Decodes a gunzipped `profile.proto` message, whole or as consecutive chunks
 * (the result does not depend on where the chunks split). Exported for tests
 * and for callers holding raw bytes.
 */
export function decodeProfile(data: Uint8Array | readonly Uint8Array[], file: string, options: ReadOptions = {}): Profile {
  const chunks = data instanceof Uint8Array ? [data] : data;
  const decoder = new ProfileDecoder(
    file,
    options.labels ?? false,
    chunks.reduce((n, c) => n + c.length, 0),
  );
  for (const c of chunks) decoder.push(c);
  return resolveProfile(decoder.finish(), file, () => join(chunks));
}
