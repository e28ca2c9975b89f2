import sys

def main():
    it = iter(sys.stdin.read().split())
    t = int(next(it))
    res = []
    for _ in range(t):
        n = int(next(it))
        odd = 0
        for _ in range(n):
            if bin(int(next(it))).count('1') & 1:
                odd += 1
        even = n - odd
        res.append(even * (even - 1) // 2 + odd * (odd - 1) // 2)
    print('\n'.join(map(str, res)))

main()
