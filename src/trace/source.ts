/**
 * Pull-based byte window over a stream of chunks.
 *
 * The reader asks for "at least n bytes from here". When those straddle two
 * chunks, the source copies the unread tail and just the missing bytes of the
 * next chunk into a small buffer; the rest of that chunk is used in place
 * afterwards. So only bytes near chunk boundaries are ever copied, and
 * nothing is retained once consumed. Batch
 * payloads handed out are subarrays of the window (no copy): they pin at most
 * the chunks of the generation being read, which is what bounds memory by the
 * largest generation rather than the file.
 */
import { createReadStream } from 'node:fs';

export type TraceInput = string | NodeJS.ReadableStream | Uint8Array;

/** 1 MiB reads: large enough to amortise stream overhead, small next to a generation. */
const CHUNK_SIZE = 1 << 20;

export class ByteSource {
  /** Current window; bytes before `pos` are consumed. */
  buf: Uint8Array = new Uint8Array(0);
  pos = 0;
  /** File offset of buf[0], for error messages. */
  base = 0;
  private eof = false;
  private readonly iter: AsyncIterator<Uint8Array | string> | undefined;
  /** The part of the last chunk read that is not in the window yet (see need()). */
  private pending: Uint8Array | undefined;

  constructor(input: TraceInput) {
    if (input instanceof Uint8Array) {
      this.buf = new Uint8Array(input.buffer, input.byteOffset, input.length); // a Buffer too: see need()
      this.eof = true;
    } else {
      const stream = typeof input === 'string' ? createReadStream(input, { highWaterMark: CHUNK_SIZE }) : input;
      this.iter = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
    }
  }

  /** Absolute offset of the next unread byte. */
  get offset(): number {
    return this.base + this.pos;
  }

  available(): number {
    return this.buf.length - this.pos;
  }

  /** Ensures `n` unread bytes are in the window; returns false if the input ends first. */
  async need(n: number): Promise<boolean> {
    while (this.buf.length - this.pos < n) {
      let chunk = this.pending;
      this.pending = undefined;
      if (!chunk) {
        if (this.eof || !this.iter) return false;
        const next = await this.iter.next();
        if (next.done) {
          this.eof = true;
          return false;
        }
        const value = next.value;
        // A plain Uint8Array view of a Buffer chunk (no copy): batch data then always has
        // the same class whichever way it was sliced, which keeps the decoder monomorphic.
        chunk = typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value.buffer, value.byteOffset, value.length);
        if (chunk.length === 0) continue;
      }
      const rest = this.buf.length - this.pos;
      if (rest === 0) {
        this.base += this.buf.length;
        this.buf = chunk;
      } else {
        // Copy the tail and only the bytes still missing, not the whole (1 MiB) chunk:
        // copying every chunk doubled both the bytes moved and the garbage left behind.
        const take = Math.min(chunk.length, n - rest);
        const joined = new Uint8Array(rest + take);
        joined.set(this.buf.subarray(this.pos), 0);
        joined.set(chunk.subarray(0, take), rest);
        if (take < chunk.length) this.pending = chunk.subarray(take);
        this.base += this.pos;
        this.buf = joined;
      }
      this.pos = 0;
    }
    return true;
  }

  /** True when every byte has been consumed and the input has ended. */
  async atEnd(): Promise<boolean> {
    return !(await this.need(1));
  }

  /** Stops reading a stream early (error paths), so a file handle is not leaked. */
  async close(): Promise<void> {
    if (this.iter?.return) {
      try {
        await this.iter.return();
      } catch {
        // The stream may already be destroyed; nothing more to release.
      }
    }
  }
}
