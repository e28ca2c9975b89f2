# For each query, decide whether two closed line segments intersect (touching counts).
import sys
from typing import Tuple

Point = Tuple[int, int]


# Function to compute the orientation of the triple (a, b, c)
def orientation(a: Point, b: Point, c: Point) -> int:
    value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    # Return 1 for counter-clockwise, -1 for clockwise, 0 for collinear
    if value > 0:
        return 1
    elif value < 0:
        return -1
    return 0


# Function to check if point c lies on segment ab, assuming the points are collinear
def on_segment(a: Point, b: Point, c: Point) -> bool:
    return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])


# Function to check whether segments p1p2 and p3p4 intersect
def segments_intersect(p1: Point, p2: Point, p3: Point, p4: Point) -> bool:
    d1 = orientation(p3, p4, p1)
    d2 = orientation(p3, p4, p2)
    d3 = orientation(p1, p2, p3)
    d4 = orientation(p1, p2, p4)

    # General case: the endpoints of each segment lie on opposite sides of the other
    if d1 * d2 < 0 and d3 * d4 < 0:
        return True

    # Special cases: an endpoint lies exactly on the other segment
    if d1 == 0 and on_segment(p3, p4, p1):
        return True
    if d2 == 0 and on_segment(p3, p4, p2):
        return True
    if d3 == 0 and on_segment(p1, p2, p3):
        return True
    if d4 == 0 and on_segment(p1, p2, p4):
        return True

    return False


def main() -> None:
    # Read the number of queries
    t = int(sys.stdin.readline())
    for _ in range(t):
        # Each query has 8 integers: x1 y1 x2 y2 x3 y3 x4 y4
        values = list(map(int, sys.stdin.readline().split()))
        # Check the number of values
        if len(values) < 8:
            print("NO")
            continue
        p1 = (values[0], values[1])
        p2 = (values[2], values[3])
        p3 = (values[4], values[5])
        p4 = (values[6], values[7])
        print("YES" if segments_intersect(p1, p2, p3, p4) else "NO")


if __name__ == "__main__":
    main()
