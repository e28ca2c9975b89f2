// Convex hull of a set of 2D points using Andrew's monotone chain algorithm.
//
// Complexity: O(n log n) for the sort, O(n) for building the hull.
// The hull is returned in counter-clockwise order, starting from the
// lowest-leftmost point, without repeating the first point at the end.
// Collinear points on the hull's edges are dropped.
//
// Compile with: g++ -std=c++20 -O2 convex_hull.cpp -o convex_hull

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <vector>

// A point with integer coordinates, so the orientation test is exact.
struct Point {
    std::int64_t x;
    std::int64_t y;

    // C++20 lets us default the comparison operators. Lexicographic order on
    // (x, y) is exactly what the monotone chain algorithm needs.
    auto operator<=>(const Point&) const = default;
};

// Cross product of vectors OA and OB.
//   > 0  : O -> A -> B turns counter-clockwise (left turn)
//   < 0  : clockwise (right turn)
//   == 0 : the three points are collinear
std::int64_t cross(const Point& o, const Point& a, const Point& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

std::vector<Point> convex_hull(std::vector<Point> points) {
    // Sort the points and remove duplicates; duplicates would otherwise
    // create zero-length edges.
    std::ranges::sort(points);
    auto dup = std::ranges::unique(points);
    points.erase(dup.begin(), dup.end());

    // With fewer than 3 distinct points the "hull" is just the points.
    if (points.size() < 3) {
        return points;
    }

    std::vector<Point> hull;
    hull.reserve(points.size() * 2);

    // Build the lower hull: walk left to right, popping points that would
    // make a clockwise (or straight) turn.
    for (const Point& p : points) {
        while (hull.size() >= 2 && cross(hull[hull.size() - 2], hull.back(), p) <= 0) {
            hull.pop_back();
        }
        hull.push_back(p);
    }

    // Build the upper hull: walk right to left with the same rule.
    // `lower_size` stops us from popping points that belong to the lower hull.
    const std::size_t lower_size = hull.size() + 1;
    for (auto it = points.rbegin() + 1; it != points.rend(); ++it) {
        while (hull.size() >= lower_size && cross(hull[hull.size() - 2], hull.back(), *it) <= 0) {
            hull.pop_back();
        }
        hull.push_back(*it);
    }

    // The last point is the same as the first one, so remove it.
    hull.pop_back();
    return hull;
}

// Twice the signed area of a polygon (shoelace formula). Handy for checking
// that the hull is counter-clockwise (positive result).
std::int64_t twice_area(const std::vector<Point>& poly) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < poly.size(); ++i) {
        const Point& a = poly[i];
        const Point& b = poly[(i + 1) % poly.size()];
        sum += a.x * b.y - b.x * a.y;
    }
    return sum;
}

int main() {
    // Example: a square with some interior points, a duplicate, and a point
    // in the middle of an edge (which should not appear in the hull).
    std::vector<Point> points = {
        {0, 0}, {4, 0}, {4, 4}, {0, 4},  // corners
        {2, 2}, {1, 3}, {3, 1},          // interior
        {2, 0},                          // on the bottom edge
        {4, 4},                          // duplicate corner
        {5, 2},                          // sticks out to the right
    };

    std::vector<Point> hull = convex_hull(points);

    std::cout << "Hull has " << hull.size() << " points:\n";
    for (const Point& p : hull) {
        std::cout << "  (" << p.x << ", " << p.y << ")\n";
    }
    std::cout << "Area: " << static_cast<double>(twice_area(hull)) / 2.0 << '\n';

    // Expected output:
    //   Hull has 5 points:
    //     (0, 0)
    //     (4, 0)
    //     (5, 2)
    //     (4, 4)
    //     (0, 4)
    //   Area: 18
}
