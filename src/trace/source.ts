/**
 * Pull-based byte window over a stream of chunks.
 *
 * The reader asks for "at least n bytes from here"; the source concatenates
 * only the unread tail with the next chunk, so a batch that straddles two
 * chunks costs one small copy and nothing is retained once consumed. Batch
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

  constructor(input: TraceInput) {
    if (input instanceof Uint8Array) {
      this.buf = input;
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
      if (this.eof || !this.iter) return false;
      const next = await this.iter.next();
      if (next.done) {
        this.eof = true;
        return false;
      }
      const chunk = typeof next.value === 'string' ? new TextEncoder().encode(next.value) : next.value;
      if (chunk.length === 0) continue;
      const rest = this.buf.length - this.pos;
      if (rest === 0) {
        this.base += this.buf.length;
        this.buf = chunk;
      } else {
        const joined = new Uint8Array(rest + chunk.length);
        joined.set(this.buf.subarray(this.pos), 0);
        joined.set(chunk, rest);
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
