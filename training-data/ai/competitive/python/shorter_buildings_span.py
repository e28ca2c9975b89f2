import sys

def main():
    input = sys.stdin.readline
    n = int(input())
    h = list(map(int, input().split()))
    span = [0] * n
    st = []
    for i in range(n - 1, -1, -1):
        while st and h[st[-1]] < h[i]:
            st.pop()
        span[i] = (st[-1] if st else n) - i - 1
        st.append(i)
    print(' '.join(map(str, span)))

if __name__ == '__main__':
    main()
