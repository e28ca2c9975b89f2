import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
p = 3
pre = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    row = pre[i]
    up = pre[i - 1]
    acc = 0
    for j in range(1, m + 1):
        acc += int(data[p])
        p += 1
        row[j] = up[j] + acc
out = []
for _ in range(q):
    r1, c1, r2, c2 = (int(x) for x in data[p:p + 4])
    p += 4
    out.append(pre[r2][c2] - pre[r1 - 1][c2] - pre[r2][c1 - 1] + pre[r1 - 1][c1 - 1])
print('\n'.join(map(str, out)))
