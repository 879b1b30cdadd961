/**
 * Pull-based byte window over a stream of chunks.
 *
 * The reader asks for "at least n bytes from here". When those straddle two
 * chunks, the source copies the unread tail and just the missing bytes of the
 * next chunk into a small buffer; the rest of that chunk is used in place
 * afterwards. So only bytes near chunk boundaries are ever copied. Batch
 * payloads handed out are subarrays of the window (no copy): they pin the
 * chunks of the generation being read.
 *
 * A file (a path) is read with positioned reads into 1 MiB chunks that are
 * recycled: once the reader is done with a generation it calls release() with
 * the offset where the next one starts, and the chunks wholly before it go
 * back to a free list for the next reads. So the bytes in memory are those of
 * the largest generation plus a chunk, whatever the garbage collector does —
 * left to it, the chunks of three or four finished generations were still
 * resident when it ran. Streams and in-memory input are not recycled.
 */
import { type FileHandle, open } from 'node:fs/promises';

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
  /** A file input: its path, its handle once opened, and the offset of the next read. */
  private readonly path: string | undefined;
  private file: FileHandle | undefined;
  private readAt = 0;
  /** Chunks read from the file and not released, in file order, with the file range each holds. */
  private readonly live: { chunk: Uint8Array; end: number }[] = [];
  private readonly free: Uint8Array[] = [];

  constructor(input: TraceInput) {
    if (input instanceof Uint8Array) {
      this.buf = new Uint8Array(input.buffer, input.byteOffset, input.length); // a Buffer too: see need()
      this.eof = true;
    } else if (typeof input === 'string') {
      this.path = input;
    } else {
      this.iter = (input as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
    }
  }

  /** The next chunk of the input, or undefined at its end. */
  private async read(): Promise<Uint8Array | undefined> {
    if (this.path === undefined) {
      if (!this.iter) return undefined;
      const next = await this.iter.next();
      if (next.done) return undefined;
      const value = next.value;
      // A plain Uint8Array view of a Buffer chunk (no copy): batch data then always has
      // the same class whichever way it was sliced, which keeps the decoder monomorphic.
      return typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value.buffer, value.byteOffset, value.length);
    }
    this.file ??= await open(this.path, 'r');
    const chunk = this.free.pop() ?? new Uint8Array(CHUNK_SIZE);
    const { bytesRead } = await this.file.read(chunk, 0, CHUNK_SIZE, this.readAt);
    if (bytesRead === 0) {
      this.free.push(chunk);
      return undefined;
    }
    this.readAt += bytesRead;
    this.live.push({ chunk, end: this.readAt });
    return bytesRead === CHUNK_SIZE ? chunk : chunk.subarray(0, bytesRead);
  }

  /**
   * Declares the bytes before file offset `offset` no longer needed: nothing
   * handed out from them (batch data) may be read afterwards, since their chunks
   * are reused for the bytes read next.
   */
  release(offset: number): void {
    const live = this.live;
    let n = 0;
    while (n < live.length && live[n].end <= offset && live[n].end <= this.base) this.free.push(live[n++].chunk);
    if (n > 0) live.splice(0, n);
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
        if (this.eof) return false;
        chunk = await this.read();
        if (!chunk) {
          this.eof = true;
          return false;
        }
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

  /** Closes the file, or stops reading a stream early (error paths), so a handle is not leaked. */
  async close(): Promise<void> {
    const file = this.file;
    this.file = undefined;
    this.eof = true;
    if (file) await file.close();
    if (this.iter?.return) {
      try {
        await this.iter.return();
      } catch {
        // The stream may already be destroyed; nothing more to release.
      }
    }
  }
}
