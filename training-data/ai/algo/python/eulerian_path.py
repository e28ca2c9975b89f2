from collections import defaultdict


def eulerian_path(edges, directed=True, start=None):
    if not edges:
        return []
    adj = defaultdict(list)
    deg_out = defaultdict(int)
    deg_in = defaultdict(int)
    used = [False] * len(edges)
    for idx, (u, v) in enumerate(edges):
        adj[u].append((v, idx))
        deg_out[u] += 1
        deg_in[v] += 1
        if not directed:
            adj[v].append((u, idx))
            deg_out[v] += 1
            deg_in[u] += 1
    nodes = set(deg_out) | set(deg_in)

    if directed:
        starts = [n for n in nodes if deg_out[n] - deg_in[n] == 1]
        ends = [n for n in nodes if deg_in[n] - deg_out[n] == 1]
        odd = [n for n in nodes if abs(deg_out[n] - deg_in[n]) > 1]
        if odd or len(starts) > 1 or len(starts) != len(ends):
            return None
        if start is None:
            start = starts[0] if starts else edges[0][0]
        elif starts and start != starts[0] or start not in nodes:
            return None
    else:
        odd = [n for n in nodes if deg_out[n] % 2]
        if len(odd) not in (0, 2):
            return None
        if start is None:
            start = min(odd, key=repr) if odd else edges[0][0]
        elif odd and start not in odd or start not in nodes:
            return None

    ptr = defaultdict(int)
    stack = [start]
    path = []
    while stack:
        u = stack[-1]
        nbrs = adj[u]
        while ptr[u] < len(nbrs) and used[nbrs[ptr[u]][1]]:
            ptr[u] += 1
        if ptr[u] == len(nbrs):
            path.append(stack.pop())
        else:
            v, idx = nbrs[ptr[u]]
            used[idx] = True
            stack.append(v)

    if len(path) != len(edges) + 1:
        return None
    return path[::-1]


def reconstruct_itinerary(tickets, origin):
    return eulerian_path(sorted(tickets, key=lambda t: t[1]), start=origin)


def de_bruijn(k, alphabet="01"):
    if k == 1:
        return alphabet
    nodes = [""]
    for _ in range(k - 1):
        nodes = [n + a for n in nodes for a in alphabet]
    edges = [(n, n[1:] + a) for n in nodes for a in alphabet]
    path = eulerian_path(edges)
    return path[0] + "".join(p[-1] for p in path[1:])


if __name__ == "__main__":
    assert eulerian_path([(1, 2), (2, 3), (3, 1), (1, 4)]) == [1, 2, 3, 1, 4]
    assert eulerian_path([(1, 2), (1, 3)]) is None
    assert eulerian_path([(1, 2), (3, 4)]) is None
    p = eulerian_path([("a", "b"), ("b", "c"), ("c", "a"), ("a", "d")], directed=False)
    assert p is not None and len(p) == 5 and {p[0], p[-1]} == {"a", "d"}
    tickets = [("JFK", "SFO"), ("JFK", "ATL"), ("SFO", "ATL"), ("ATL", "JFK"), ("ATL", "SFO")]
    assert reconstruct_itinerary(tickets, "JFK") == ["JFK", "ATL", "JFK", "SFO", "ATL", "SFO"]
    s = de_bruijn(3)
    assert len(s) == 2 ** 3 + 2
    assert len({s[i:i + 3] for i in range(len(s) - 2)}) == 8
    print(s, de_bruijn(2, "abc"))
