import sys


def z_function(s):
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def main():
    text = sys.stdin.readline().rstrip("\n")
    pat = sys.stdin.readline().rstrip("\n")
    m = len(pat)
    if m == 0 or m > len(text):
        print(0)
        print()
        return
    z = z_function(pat + "\x00" + text)
    pos = [i - m for i in range(m + 1, len(z)) if z[i] >= m]
    print(len(pos))
    print(" ".join(str(p) for p in pos))


if __name__ == "__main__":
    main()
