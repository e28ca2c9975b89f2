import sys
input = sys.stdin.readline


def to_min(s):
    h, m = s.split(':')
    return int(h) * 60 + int(m)


n = int(input())
arr = []
dep = []
for _ in range(n):
    a, d = input().split()
    arr.append(to_min(a))
    dep.append(to_min(d))

arr.sort()
dep.sort()

i = j = 0
cur = best = 0
while i < n:
    if arr[i] <= dep[j]:
        cur += 1
        if cur > best:
            best = cur
        i += 1
    else:
        cur -= 1
        j += 1

print(best)
