import sys
from collections import defaultdict


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    p = 1
    out = []
    for _ in range(t):
        n, k = int(data[p]), int(data[p + 1])
        p += 2
        cnt = defaultdict(int)
        cnt[0] = 1
        x = 0
        res = 0
        for i in range(n):
            x ^= int(data[p + i])
            res += cnt[x ^ k]
            cnt[x] += 1
        p += n
        out.append(res)
    print('\n'.join(map(str, out)))


if __name__ == '__main__':
    main()
