def lcs_table(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = dp[i + 1][j + 1] + 1
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    return dp


def lcs(a, b):
    dp = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def diff(a, b):
    dp = lcs_table(a, b)
    i = j = 0
    res = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            res.append((' ', a[i]))
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            res.append(('-', a[i]))
            i += 1
        else:
            res.append(('+', b[j]))
            j += 1
    res += [('-', x) for x in a[i:]]
    res += [('+', x) for x in b[j:]]
    return res


def print_diff(old_text, new_text):
    for tag, line in diff(old_text.splitlines(), new_text.splitlines()):
        print(tag + ' ' + line)


if __name__ == '__main__':
    assert ''.join(lcs('ABCBDAB', 'BDCABA')) in ('BCBA', 'BDAB', 'BCAB')
    assert len(lcs('ABCBDAB', 'BDCABA')) == 4
    assert lcs('', 'abc') == []
    old = """def greet(name):
    print("hello", name)
    return None

greet("bob")"""
    new = """def greet(name, loud=False):
    msg = "hello " + name
    print(msg.upper() if loud else msg)

greet("bob")
greet("amy", loud=True)"""
    print_diff(old, new)
