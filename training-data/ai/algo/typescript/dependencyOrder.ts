/**
 * Dependency ordering for build steps, migrations or package installs.
 *
 * `dependencyOrder` returns a valid execution order (dependencies first),
 * `dependencyLevels` groups nodes into stages that can run in parallel, and
 * both throw a `CycleError` that names the offending cycle.
 */

/** Maps each node to the nodes it depends on. */
export type DependencyGraph = Readonly<Record<string, readonly string[]>>;

export class CycleError extends Error {
  constructor(public readonly cycle: readonly string[]) {
    super(`Dependency cycle detected: ${cycle.join(' -> ')}`);
    this.name = 'CycleError';
  }
}

export class UnknownDependencyError extends Error {
  constructor(public readonly node: string, public readonly dependency: string) {
    super(`"${node}" depends on "${dependency}", which is not defined`);
    this.name = 'UnknownDependencyError';
  }
}

/**
 * Checks that every dependency is itself a node in the graph.
 * With `allowMissing`, unknown dependencies are added as nodes without dependencies.
 */
function normalizeGraph(graph: DependencyGraph, allowMissing: boolean): Map<string, string[]> {
  const nodes = new Map<string, string[]>();
  for (const [node, deps] of Object.entries(graph)) {
    nodes.set(node, [...new Set(deps)]);
  }
  for (const [node, deps] of [...nodes]) {
    for (const dep of deps) {
      if (nodes.has(dep)) continue;
      if (!allowMissing) throw new UnknownDependencyError(node, dep);
      nodes.set(dep, []);
    }
  }
  return nodes;
}

/**
 * Finds one cycle among `remaining` nodes using DFS. Only called after Kahn's
 * algorithm has stalled, so a cycle is guaranteed to exist.
 */
function findCycle(nodes: Map<string, string[]>, remaining: Set<string>): string[] {
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visited = new Set<string>();

  const visit = (node: string): string[] | null => {
    visited.add(node);
    onStack.add(node);
    stack.push(node);
    for (const dep of nodes.get(node) ?? []) {
      if (!remaining.has(dep)) continue;
      if (onStack.has(dep)) return [...stack.slice(stack.indexOf(dep)), dep];
      if (!visited.has(dep)) {
        const found = visit(dep);
        if (found) return found;
      }
    }
    stack.pop();
    onStack.delete(node);
    return null;
  };

  for (const node of remaining) {
    if (!visited.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return [...remaining];
}

/**
 * Groups nodes into levels: every node's dependencies are in earlier levels.
 * Nodes within a level are sorted so the output is deterministic.
 *
 * @throws CycleError if the graph has a cycle.
 * @throws UnknownDependencyError if a dependency is missing and `allowMissing` is false.
 */
export function dependencyLevels(graph: DependencyGraph, { allowMissing = false } = {}): string[][] {
  const nodes = normalizeGraph(graph, allowMissing);

  const pendingCount = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [node, deps] of nodes) {
    pendingCount.set(node, deps.length);
    for (const dep of deps) {
      dependents.set(dep, [...(dependents.get(dep) ?? []), node]);
    }
  }

  const levels: string[][] = [];
  const remaining = new Set(nodes.keys());
  let ready = [...remaining].filter((n) => pendingCount.get(n) === 0);

  while (ready.length > 0) {
    ready.sort();
    levels.push(ready);
    const next: string[] = [];
    for (const node of ready) {
      remaining.delete(node);
      for (const dependent of dependents.get(node) ?? []) {
        const count = pendingCount.get(dependent)! - 1;
        pendingCount.set(dependent, count);
        if (count === 0) next.push(dependent);
      }
    }
    ready = next;
  }

  if (remaining.size > 0) {
    throw new CycleError(findCycle(nodes, remaining));
  }
  return levels;
}

/**
 * Returns a single execution order with dependencies before dependents.
 */
export function dependencyOrder(graph: DependencyGraph, options?: { allowMissing?: boolean }): string[] {
  return dependencyLevels(graph, options).flat();
}
