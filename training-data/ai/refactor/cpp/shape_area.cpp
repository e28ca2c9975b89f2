// Refactor: replace the tagged-struct + switch implementation with std::variant.
//
// Old code:
//   struct Shape { int type; double a, b, c; };
//   double area(const Shape& s) {
//       switch (s.type) { case 0: ...; case 1: ...; default: return -1; }
//   }
//
// Problems with the old version: fields meant different things per type,
// invalid type codes silently returned -1, and adding a shape required
// touching every switch. With std::variant the compiler checks that each
// operation handles every alternative.

#include <cmath>
#include <iomanip>
#include <iostream>
#include <numbers>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

struct Circle {
    double radius;
};

struct Rectangle {
    double width;
    double height;
};

struct Triangle {
    double a, b, c;  // side lengths
};

using Shape = std::variant<Circle, Rectangle, Triangle>;

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

double area(const Shape& shape) {
    return std::visit(
        overloaded{
            [](const Circle& c) { return std::numbers::pi * c.radius * c.radius; },
            [](const Rectangle& r) { return r.width * r.height; },
            [](const Triangle& t) {
                // Heron's formula
                const double s = (t.a + t.b + t.c) / 2.0;
                return std::sqrt(s * (s - t.a) * (s - t.b) * (s - t.c));
            },
        },
        shape);
}

double perimeter(const Shape& shape) {
    return std::visit(
        overloaded{
            [](const Circle& c) { return 2.0 * std::numbers::pi * c.radius; },
            [](const Rectangle& r) { return 2.0 * (r.width + r.height); },
            [](const Triangle& t) { return t.a + t.b + t.c; },
        },
        shape);
}

std::string name(const Shape& shape) {
    return std::visit(
        overloaded{
            [](const Circle&) { return std::string("circle"); },
            [](const Rectangle& r) { return std::string(r.width == r.height ? "square" : "rectangle"); },
            [](const Triangle&) { return std::string("triangle"); },
        },
        shape);
}

// Validation is now explicit instead of producing negative or NaN areas.
void validate(const Shape& shape) {
    std::visit(
        overloaded{
            [](const Circle& c) {
                if (c.radius <= 0) throw std::invalid_argument("circle radius must be positive");
            },
            [](const Rectangle& r) {
                if (r.width <= 0 || r.height <= 0) throw std::invalid_argument("rectangle sides must be positive");
            },
            [](const Triangle& t) {
                if (t.a + t.b <= t.c || t.a + t.c <= t.b || t.b + t.c <= t.a)
                    throw std::invalid_argument("triangle inequality violated");
            },
        },
        shape);
}

int main() {
    const std::vector<Shape> shapes{Circle{1.5}, Rectangle{2, 3}, Rectangle{4, 4}, Triangle{3, 4, 5}};

    double total = 0.0;
    std::cout << std::fixed << std::setprecision(2);
    for (const auto& s : shapes) {
        validate(s);
        total += area(s);
        std::cout << std::setw(10) << name(s) << "  area=" << std::setw(7) << area(s)
                  << "  perimeter=" << perimeter(s) << '\n';
    }
    std::cout << "total area: " << total << '\n';

    try {
        validate(Triangle{1, 2, 10});
    } catch (const std::invalid_argument& e) {
        std::cout << "rejected: " << e.what() << '\n';
    }
}
