/**
 * A Map keyed by trace IDs, with an array for small IDs.
 *
 * The ordering looks up a goroutine or P state for nearly every event. Those
 * IDs are small non-negative integers in practice (the runtime hands them out
 * from counters), and indexing an array is several times cheaper than hashing
 * into a Map. IDs outside [0, DENSE_LIMIT) — negative sentinels, huge numbers,
 * bigints above 2^53 — go to a Map, so every ID the format allows still works.
 * The limit bounds the array (4 bytes a slot) whatever IDs a file contains.
 */
import type { Id } from '../encoding/varint.js';

const DENSE_LIMIT = 1 << 21;

export class IdTable<T> {
  /** Slots for IDs below DENSE_LIMIT; grown on demand, `undefined` when absent. */
  private dense: Array<T | undefined> = [];
  private readonly sparse = new Map<Id, T>();

  get(id: Id): T | undefined {
    const d = this.dense;
    if (typeof id === 'number' && id >= 0 && id < d.length) return d[id];
    // Also right for a small ID beyond the array: set() never puts those in the Map.
    return this.sparse.get(id);
  }

  has(id: Id): boolean {
    return this.get(id) !== undefined;
  }

  set(id: Id, value: T): void {
    if (typeof id === 'number' && id >= 0 && id < DENSE_LIMIT) {
      const d = this.dense;
      // Filled with explicit undefineds (not holes) so the array keeps fast packed elements.
      while (d.length <= id) d.push(undefined);
      d[id] = value;
    } else {
      this.sparse.set(id, value);
    }
  }

  delete(id: Id): void {
    if (typeof id === 'number' && id >= 0 && id < DENSE_LIMIT) {
      if (id < this.dense.length) this.dense[id] = undefined;
    } else {
      this.sparse.delete(id);
    }
  }
}
