# Count lattice points strictly inside and on the boundary of a simple polygon
# using the shoelace formula and Pick's theorem.
import sys
from math import gcd
from typing import List, Tuple


# Function to compute twice the signed area of the polygon
def double_area(points: List[Tuple[int, int]]) -> int:
    total = 0
    n = len(points)
    # Loop over every edge (i, i+1)
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    # Return the absolute value so orientation does not matter
    return abs(total)


# Function to count lattice points lying on the boundary
def boundary_points(points: List[Tuple[int, int]]) -> int:
    count = 0
    n = len(points)
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        # Number of lattice points on the edge, excluding one endpoint
        count += gcd(abs(x2 - x1), abs(y2 - y1))
    return count


def main() -> None:
    # Read the number of vertices
    n = int(sys.stdin.readline())
    points = []
    # Read every vertex
    for _ in range(n):
        x, y = map(int, sys.stdin.readline().split())
        points.append((x, y))

    # Check for a degenerate polygon
    if n < 3:
        print("0 0")
        return

    a2 = double_area(points)
    b = boundary_points(points)
    # Pick's theorem: A = I + B/2 - 1  =>  I = (2A - B + 2) / 2
    interior = (a2 - b + 2) // 2
    print("%d %d" % (interior, b))


if __name__ == "__main__":
    main()
