#pragma once

#include <cassert>
#include <cstddef>
#include <vector>

template <typename T = long long>
class FenwickTree {
public:
    explicit FenwickTree(std::size_t n) : n_(n), t_(n + 1, T{}) {}

    explicit FenwickTree(const std::vector<T>& a) : n_(a.size()), t_(a.size() + 1, T{}) {
        for (std::size_t i = 0; i < n_; ++i) {
            t_[i + 1] += a[i];
            std::size_t j = (i + 1) + ((i + 1) & -(i + 1));
            if (j <= n_) t_[j] += t_[i + 1];
        }
    }

    std::size_t size() const { return n_; }

    void add(std::size_t i, T delta) {
        assert(i < n_);
        for (++i; i <= n_; i += i & -i) t_[i] += delta;
    }

    T prefix(std::size_t count) const {
        assert(count <= n_);
        T s{};
        for (; count > 0; count -= count & -count) s += t_[count];
        return s;
    }

    T range(std::size_t l, std::size_t r) const {
        assert(l <= r && r <= n_);
        return prefix(r) - prefix(l);
    }

    T at(std::size_t i) const { return range(i, i + 1); }

    void set(std::size_t i, T value) { add(i, value - at(i)); }

    std::size_t lower_bound(T target) const {
        std::size_t pos = 0;
        std::size_t step = 1;
        while (step * 2 <= n_) step *= 2;
        for (; step > 0; step /= 2) {
            if (pos + step <= n_ && t_[pos + step] < target) {
                pos += step;
                target -= t_[pos];
            }
        }
        return pos;
    }

private:
    std::size_t n_;
    std::vector<T> t_;
};
