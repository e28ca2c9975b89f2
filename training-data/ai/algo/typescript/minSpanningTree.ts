export interface Edge<T> {
  from: T;
  to: T;
  weight: number;
}

export class DisjointSet<T> {
  private parent = new Map<T, T>();
  private size = new Map<T, number>();

  add(x: T): void {
    if (this.parent.has(x)) return;
    this.parent.set(x, x);
    this.size.set(x, 1);
  }

  find(x: T): T {
    let root = this.parent.get(x);
    if (root === undefined) throw new Error(`unknown element: ${String(x)}`);
    while (root !== this.parent.get(root)) root = this.parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  union(a: T, b: T): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size.get(ra)! < this.size.get(rb)!) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, this.size.get(ra)! + this.size.get(rb)!);
    return true;
  }

  connected(a: T, b: T): boolean {
    return this.find(a) === this.find(b);
  }

  componentCount(): number {
    let n = 0;
    for (const [k, v] of this.parent) if (k === v) n++;
    return n;
  }
}

export function kruskal<T>(nodes: Iterable<T>, edges: Edge<T>[]): { edges: Edge<T>[]; total: number; spanning: boolean } {
  const ds = new DisjointSet<T>();
  for (const n of nodes) ds.add(n);
  for (const e of edges) {
    ds.add(e.from);
    ds.add(e.to);
  }
  const needed = ds.componentCount() - 1;

  const picked: Edge<T>[] = [];
  let total = 0;
  for (const e of [...edges].sort((a, b) => a.weight - b.weight)) {
    if (ds.union(e.from, e.to)) {
      picked.push(e);
      total += e.weight;
      if (picked.length === needed) break;
    }
  }

  return { edges: picked, total, spanning: ds.componentCount() === 1 };
}

export function clusters<T>(nodes: T[], edges: Edge<T>[], k: number): T[][] {
  if (k < 1 || k > nodes.length) throw new RangeError("k out of range");
  const ds = new DisjointSet<T>();
  nodes.forEach((n) => ds.add(n));
  let groups = nodes.length;
  for (const e of [...edges].sort((a, b) => a.weight - b.weight)) {
    if (groups <= k) break;
    if (ds.union(e.from, e.to)) groups--;
  }
  const byRoot = new Map<T, T[]>();
  for (const n of nodes) {
    const r = ds.find(n);
    byRoot.set(r, [...(byRoot.get(r) ?? []), n]);
  }
  return [...byRoot.values()];
}
