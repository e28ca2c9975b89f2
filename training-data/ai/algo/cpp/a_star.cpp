#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <optional>
#include <queue>
#include <string>
#include <vector>

struct Point {
    int x, y;
    bool operator==(const Point& o) const { return x == o.x && y == o.y; }
};

class Grid {
public:
    explicit Grid(std::vector<std::string> rows) : rows_(std::move(rows)) {}

    int width() const { return static_cast<int>(rows_.empty() ? 0 : rows_[0].size()); }
    int height() const { return static_cast<int>(rows_.size()); }

    bool passable(Point p) const {
        return p.x >= 0 && p.y >= 0 && p.x < width() && p.y < height() && rows_[p.y][p.x] != '#';
    }

    void mark(Point p, char c) { rows_[p.y][p.x] = c; }

    void print() const {
        for (const auto& r : rows_) std::cout << r << '\n';
    }

private:
    std::vector<std::string> rows_;
};

// Manhattan distance is admissible for 4-directional movement with unit cost.
static int heuristic(Point a, Point b) { return std::abs(a.x - b.x) + std::abs(a.y - b.y); }

std::optional<std::vector<Point>> aStar(const Grid& grid, Point start, Point goal) {
    const int w = grid.width();
    auto index = [w](Point p) { return p.y * w + p.x; };

    const int n = w * grid.height();
    std::vector<int> gScore(n, INT32_MAX);
    std::vector<int> cameFrom(n, -1);
    std::vector<bool> closed(n, false);

    using Entry = std::pair<int, int>;  // (f-score, cell index)
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;

    gScore[index(start)] = 0;
    open.emplace(heuristic(start, goal), index(start));

    const Point dirs[] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    while (!open.empty()) {
        auto [f, cur] = open.top();
        open.pop();
        if (closed[cur]) continue;
        closed[cur] = true;

        Point p{cur % w, cur / w};
        if (p == goal) {
            std::vector<Point> path;
            for (int c = cur; c != -1; c = cameFrom[c]) path.push_back({c % w, c / w});
            std::reverse(path.begin(), path.end());
            return path;
        }

        for (const auto& d : dirs) {
            Point next{p.x + d.x, p.y + d.y};
            if (!grid.passable(next)) continue;
            int ni = index(next);
            int tentative = gScore[cur] + 1;
            if (tentative < gScore[ni]) {
                gScore[ni] = tentative;
                cameFrom[ni] = cur;
                open.emplace(tentative + heuristic(next, goal), ni);
            }
        }
    }
    return std::nullopt;
}

int main() {
    Grid grid({
        "S.........",
        ".####.####",
        "....#...#.",
        "###.#.#.#.",
        "....#.#...",
        ".####.###.",
        "......#..G",
    });

    Point start{0, 0}, goal{9, 6};
    auto path = aStar(grid, start, goal);
    if (!path) {
        std::cout << "no path found\n";
        return 1;
    }
    for (size_t i = 1; i + 1 < path->size(); ++i) grid.mark((*path)[i], '*');
    grid.print();
    std::cout << "path length: " << path->size() - 1 << " steps\n";
    return 0;
}
