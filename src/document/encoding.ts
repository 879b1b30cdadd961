/**
 * The bytes of a document file: gzip detected by content (so a misnamed file
 * still reads), and strict UTF-8. Each failure names the byte offset where
 * it happened — in the file for gzip errors, in the decompressed data for
 * UTF-8 errors — because that is where `xxd` or `zcat | xxd` will show it.
 */

import { Inflate, gzip } from 'pako';
import { InputError } from '../errors.js';

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * Decompresses a gzip file. The Inflate stream is used instead of `ungzip`
 * because on failure it still knows how many input bytes it consumed, which
 * becomes the byte offset in the message.
 */
export function gunzip(bytes: Uint8Array, file: string): Uint8Array {
  const inflate = new Inflate();
  let strm: { total_in: number } | undefined;
  inflate.onStart = (s) => {
    strm = s;
  };
  inflate.push(bytes, true);
  if (inflate.err || !inflate.ended || !(inflate.result instanceof Uint8Array)) {
    const consumed = strm?.total_in ?? 0;
    const truncated = consumed >= bytes.length;
    const detail = truncated ? 'the compressed data ends early (file truncated?)' : inflate.msg || 'corrupt compressed data';
    throw new InputError(file, { offset: consumed }, 'a complete gzip stream', detail);
  }
  return inflate.result;
}

/** Byte offset where the first malformed UTF-8 sequence starts (called only once decoding failed). */
function invalidUtf8Offset(bytes: Uint8Array): number {
  const decodes = (k: number, stream: boolean) => {
    try {
      // With stream: true a sequence cut by the prefix boundary is tolerated, so only malformed bytes throw.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // Validity of prefixes is monotonic, so the first byte that cannot continue the text is found by bisection.
  let bad = bytes.length; // no bad byte: the text only ends inside a sequence
  if (!decodes(bytes.length, true)) {
    let lo = 0;
    let hi = bytes.length;
    while (lo + 1 < hi) {
      const mid = (lo + hi) >>> 1;
      if (decodes(mid, true)) lo = mid;
      else hi = mid;
    }
    bad = hi - 1;
  }
  // Report the start of the sequence that byte breaks (at most 3 bytes back), not the byte itself.
  for (let start = bad; start >= Math.max(0, bad - 3); start--) if (decodes(start, false)) return start;
  return bad;
}

/** Bytes → text; invalid UTF-8 is an InputError at the offset of the sequence it breaks. */
export function decodeUtf8(bytes: Uint8Array, file: string, decompressed: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, { offset: invalidUtf8Offset(bytes) }, 'UTF-8 text', decompressed ? 'invalid byte in the decompressed data' : 'invalid byte');
  }
}

/** Text → file bytes, gzip-compressed when asked. */
export function encodeText(text: string, compress: boolean): Uint8Array {
  return compress ? gzip(text) : new TextEncoder().encode(text);
}
