/**
 * The gzip layer of a profile file (what `-test.memprofile` writes): the magic
 * check, inflating whole or as a stream of chunks, and every gzip fault as a
 * ProfileError at its offset in the compressed file.
 *
 * Opinions:
 * - The file must be gzip-compressed (the runtime always compresses; an
 *   uncompressed file is not what a Go test binary writes, so it is refused).
 * - Inflation is Node's zlib, not pako: on a 53 MB profile pako alone takes
 *   2.0 s, four times Node's zlib, and Node's runs on a worker thread while
 *   the decoder works on the previous chunk (`gunzipChunks`). pako
 *   re-inflates only a stream zlib refused, because its stream state gives
 *   the byte offset of the fault for the error.
 */
import { createGunzip, gunzipSync } from 'node:zlib';
import { Inflate } from 'pako';
import { ProfileError } from './errors.js';

/** Output chunk size of the streaming inflate: big enough that per-chunk overhead vanishes. */
const INFLATE_CHUNK = 1 << 20;

export function checkGzipMagic(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new ProfileError('truncated', file, 0, 'a gzip-compressed pprof profile', 'the file is empty');
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    const found = Array.from(bytes.subarray(0, 2), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new ProfileError('not-gzip', file, 0, 'a gzip-compressed pprof profile (magic bytes 1f 8b)', `found ${found}`);
  }
}

/** The whole gunzipped file, in one buffer; the magic must have been checked. */
export function gunzip(bytes: Uint8Array, file: string): Uint8Array {
  try {
    return gunzipSync(bytes);
  } catch (e) {
    throw gzipFault(bytes, file, e);
  }
}

/**
 * The gunzipped file as a stream of chunks (magic checked), inflated on a
 * libuv worker thread while the caller works on the previous chunk; the
 * gunzipped file is never held whole. A fault surfaces as the stream's error:
 * turn it into a ProfileError with `gzipFault`.
 */
export function gunzipChunks(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  const inflate = createGunzip({ chunkSize: INFLATE_CHUNK });
  inflate.end(bytes);
  return inflate;
}

/**
 * The gunzipped size a gzip file declares in its last four bytes (ISIZE, the
 * size modulo 2^32), bounded by what deflate can reach from this many bytes
 * (and by 1 GiB) so that a corrupt trailer cannot reserve absurd buffers.
 */
export function gunzippedSizeHint(bytes: Uint8Array): number {
  if (bytes.length < 18) return 0;
  const n = bytes.length;
  const isize = (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
  return Math.min(isize, bytes.length * 1032, 1 << 30);
}

/**
 * The typed error for a gzip stream that Node's zlib refused. Node's zlib
 * (native, 3–4× faster than pako here) inflates on the happy path; pako
 * inflates again on this one because its stream state says how far into the
 * file the fault is.
 */
export function gzipFault(bytes: Uint8Array, file: string, cause: unknown): ProfileError {
  const inflator = new Inflate();
  let threw: unknown;
  try {
    inflator.push(bytes, true);
  } catch (e) {
    threw = e;
  }
  // pako reports faults on the instance; the stream's input counter is how far it got.
  const at = (inflator as unknown as { strm?: { total_in?: number } }).strm?.total_in ?? 0;
  if (inflator.err === -5 /* Z_BUF_ERROR: input ended mid-stream */) {
    return new ProfileError('truncated', file, at, 'more gzip data', 'the compressed stream ends before its end marker');
  }
  const detail = threw !== undefined || inflator.err !== 0 ? inflator.msg || String(threw) : ((cause as Error)?.message ?? String(cause));
  return new ProfileError('corrupt-gzip', file, at, 'valid gzip data', detail);
}
