#pragma once

#include <cassert>
#include <functional>
#include <vector>

// Iterative segment tree over an associative operation with an identity.
//
//   SegmentTree<int> sums(values, 0, std::plus<>{});
//   sums.update(3, 10);
//   int s = sums.query(2, 7);  // sum of [2, 7)
//
// update: O(log n), query: O(log n), build: O(n).
template <typename T, typename Op = std::function<T(const T&, const T&)>>
class SegmentTree {
public:
    SegmentTree(const std::vector<T>& values, T identity, Op op)
        : n_(values.size()), identity_(identity), op_(std::move(op)), tree_(2 * n_, identity) {
        for (std::size_t i = 0; i < n_; ++i) tree_[n_ + i] = values[i];
        for (std::size_t i = n_ - 1; i > 0 && n_ > 0; --i) {
            tree_[i] = op_(tree_[2 * i], tree_[2 * i + 1]);
        }
    }

    std::size_t size() const { return n_; }

    void update(std::size_t pos, const T& value) {
        assert(pos < n_);
        pos += n_;
        tree_[pos] = value;
        for (pos /= 2; pos >= 1; pos /= 2) {
            tree_[pos] = op_(tree_[2 * pos], tree_[2 * pos + 1]);
        }
    }

    // Combines the half-open range [left, right).
    T query(std::size_t left, std::size_t right) const {
        assert(left <= right && right <= n_);
        // Separate accumulators keep the order correct for non-commutative ops.
        T resultLeft = identity_;
        T resultRight = identity_;
        for (left += n_, right += n_; left < right; left /= 2, right /= 2) {
            if (left & 1) resultLeft = op_(resultLeft, tree_[left++]);
            if (right & 1) resultRight = op_(tree_[--right], resultRight);
        }
        return op_(resultLeft, resultRight);
    }

    const T& operator[](std::size_t pos) const { return tree_[n_ + pos]; }

private:
    std::size_t n_;
    T identity_;
    Op op_;
    std::vector<T> tree_;
};

// Convenience factories for the common cases.
template <typename T>
auto makeSumTree(const std::vector<T>& v) {
    return SegmentTree<T, std::plus<T>>(v, T{}, std::plus<T>{});
}

template <typename T>
auto makeMinTree(const std::vector<T>& v, T infinity) {
    auto op = [](const T& a, const T& b) { return b < a ? b : a; };
    return SegmentTree<T, decltype(op)>(v, infinity, op);
}
