/**
 * The trace reader's frontier: one cursor per M, ordered by the time of its
 * next event (src/trace/reader.ts). A binary min-heap and an insertion sort
 * written to make exactly the choices Go's reader makes, so that equal-time
 * events are tried in the same order and bumped by 1 ns alike.
 */

/** What the frontier orders: anything with the time of its next event. */
export interface Timed {
  time: number;
}

// A binary min-heap on event time, written to make the same choices as Go's
// (same sift rules, same tie behaviour): which of two equal-time events is
// tried first decides which one gets bumped by 1 ns.
export function siftUp(h: Timed[], i: number): number {
  while (i > 0 && h[(i - 1) >> 1].time > h[i].time) {
    const p = (i - 1) >> 1;
    const x = h[p];
    h[p] = h[i];
    h[i] = x;
    i = p;
  }
  return i;
}

export function siftDown(h: Timed[], i: number): void {
  // Moves a hole down instead of swapping at each level (half the stores); the
  // comparisons, and so the resulting order, are exactly those of a swapping sift.
  const n = h.length;
  if (i >= n) return;
  const x = h[i];
  const t = x.time;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    let c = i;
    let ct = t;
    const lt = h[l].time;
    if (lt < ct) {
      c = l;
      ct = lt;
    }
    if (l + 1 < n && h[l + 1].time < ct) c = l + 1;
    if (c === i) break;
    h[i] = h[c];
    i = c;
  }
  h[i] = x;
}

export function heapUpdate(h: Timed[], i: number): void {
  if (siftUp(h, i) !== i) return;
  siftDown(h, i);
}

export function heapRemove(h: Timed[], i: number): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
  h[0] = h[h.length - 1];
  h.pop();
  siftDown(h, 0);
}

/**
 * Insertion sort by time: stable, and what Go's sort does for up to 12
 * elements (one per M with events in the generation), so ties resolve alike.
 */
export function sortByTime(h: Timed[]): void {
  for (let i = 1; i < h.length; i++) {
    for (let j = i; j > 0 && h[j].time < h[j - 1].time; j--) [h[j], h[j - 1]] = [h[j - 1], h[j]];
  }
}
