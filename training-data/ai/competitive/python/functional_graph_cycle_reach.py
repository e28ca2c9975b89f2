import sys

def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nxt = [0] + [int(x) for x in data[1:n + 1]]
    ans = [0] * (n + 1)
    state = [0] * (n + 1)
    for s in range(1, n + 1):
        if state[s]:
            continue
        path = []
        pos = {}
        u = s
        while state[u] == 0:
            state[u] = 1
            pos[u] = len(path)
            path.append(u)
            u = nxt[u]
        tail = path
        if state[u] == 1:
            st = pos[u]
            clen = len(path) - st
            for v in path[st:]:
                ans[v] = clen
            tail = path[:st]
        for v in reversed(tail):
            ans[v] = ans[nxt[v]] + 1
        for v in path:
            state[v] = 2
    sys.stdout.write(' '.join(map(str, ans[1:])) + '\n')

main()
