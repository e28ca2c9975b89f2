export type Comparator<T> = (a: T, b: T) => number;

/**
 * Binary heap priority queue. By default it is a min-heap for numbers;
 * pass a comparator for anything else (negative => `a` has higher priority).
 */
export class PriorityQueue<T> {
  private heap: T[] = [];

  constructor(private readonly compare: Comparator<T> = (a, b) => (a as number) - (b as number)) {}

  static from<T>(items: Iterable<T>, compare?: Comparator<T>): PriorityQueue<T> {
    const pq = new PriorityQueue<T>(compare);
    pq.heap = [...items];
    // Heapify bottom-up in O(n).
    for (let i = (pq.heap.length >> 1) - 1; i >= 0; i--) pq.siftDown(i);
    return pq;
  }

  get size(): number {
    return this.heap.length;
  }

  isEmpty(): boolean {
    return this.heap.length === 0;
  }

  peek(): T | undefined {
    return this.heap[0];
  }

  push(...items: T[]): void {
    for (const item of items) {
      this.heap.push(item);
      this.siftUp(this.heap.length - 1);
    }
  }

  pop(): T | undefined {
    if (this.heap.length === 0) return undefined;
    const top = this.heap[0];
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  /** Push then pop in one step; faster than calling both. */
  pushPop(item: T): T {
    if (this.heap.length && this.compare(this.heap[0], item) < 0) {
      [item, this.heap[0]] = [this.heap[0], item];
      this.siftDown(0);
    }
    return item;
  }

  *drain(): Generator<T> {
    while (!this.isEmpty()) yield this.pop()!;
  }

  private siftUp(i: number): void {
    const { heap, compare } = this;
    const item = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(item, heap[parent]) >= 0) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = item;
  }

  private siftDown(i: number): void {
    const { heap, compare } = this;
    const n = heap.length;
    const item = heap[i];
    while (true) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && compare(heap[right], heap[left]) < 0 ? right : left;
      if (compare(heap[child], item) >= 0) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = item;
  }
}

/** Return the k largest items using a size-k min-heap: O(n log k). */
export function topK<T>(items: Iterable<T>, k: number, compare: Comparator<T>): T[] {
  if (k <= 0) return [];
  const pq = new PriorityQueue<T>(compare);
  for (const item of items) {
    if (pq.size < k) pq.push(item);
    else pq.pushPop(item);
  }
  return [...pq.drain()].reverse();
}
