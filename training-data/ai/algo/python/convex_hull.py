def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points, keep_collinear=False):
    pts = sorted(set(map(tuple, points)))
    if len(pts) <= 2:
        return pts

    def bad(turn):
        return turn < 0 if keep_collinear else turn <= 0

    lower = []
    for p in pts:
        while len(lower) >= 2 and bad(cross(lower[-2], lower[-1], p)):
            lower.pop()
        lower.append(p)
    upper = []
    for p in reversed(pts):
        while len(upper) >= 2 and bad(cross(upper[-2], upper[-1], p)):
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    if keep_collinear and len(hull) > 2 and all(cross(pts[0], pts[-1], p) == 0 for p in pts):
        return pts
    return hull


def polygon_area(poly):
    n = len(poly)
    s = 0
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def perimeter(poly):
    n = len(poly)
    return sum(((poly[i][0] - poly[(i + 1) % n][0]) ** 2 + (poly[i][1] - poly[(i + 1) % n][1]) ** 2) ** 0.5 for i in range(n))


def inside_hull(hull, q):
    n = len(hull)
    if n < 3:
        return False
    return all(cross(hull[i], hull[(i + 1) % n], q) >= 0 for i in range(n))


if __name__ == '__main__':
    pts = [(0, 0), (2, 0), (4, 0), (4, 4), (0, 4), (2, 2), (1, 3), (3, 1), (2, 4)]
    h = convex_hull(pts)
    assert h == [(0, 0), (4, 0), (4, 4), (0, 4)]
    assert convex_hull(pts, keep_collinear=True) == [(0, 0), (2, 0), (4, 0), (4, 4), (2, 4), (0, 4)]
    assert polygon_area(h) == 16
    assert perimeter(h) == 16
    assert inside_hull(h, (2, 2)) and inside_hull(h, (4, 2)) and not inside_hull(h, (5, 1))
    assert convex_hull([(1, 1), (2, 2), (3, 3)]) == [(1, 1), (3, 3)]
    assert convex_hull([(1, 1)]) == [(1, 1)]

    import random
    rnd = random.Random(3)
    cloud = [(rnd.randint(-100, 100), rnd.randint(-100, 100)) for _ in range(1000)]
    hull = convex_hull(cloud)
    assert all(inside_hull(hull, p) for p in cloud)
    print(len(hull), polygon_area(hull))
