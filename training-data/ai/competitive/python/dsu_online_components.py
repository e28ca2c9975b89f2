import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    comps = n
    biggest = 1
    out = []
    idx = 2
    for _ in range(q):
        a = find(int(data[idx]))
        b = find(int(data[idx + 1]))
        idx += 2
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            comps -= 1
            if size[a] > biggest:
                biggest = size[a]
        out.append(f"{comps} {biggest}")
    sys.stdout.write("\n".join(out) + "\n")


main()
