#pragma once

#include <exception>
#include <type_traits>
#include <utility>

namespace util {

template <typename F>
class ScopeGuard {
public:
    explicit ScopeGuard(F&& f) noexcept(std::is_nothrow_move_constructible_v<F>)
        : fn_(std::forward<F>(f)) {}

    ScopeGuard(ScopeGuard&& other) noexcept(std::is_nothrow_move_constructible_v<F>)
        : fn_(std::move(other.fn_)), active_(std::exchange(other.active_, false)) {}

    ScopeGuard(const ScopeGuard&) = delete;
    ScopeGuard& operator=(const ScopeGuard&) = delete;
    ScopeGuard& operator=(ScopeGuard&&) = delete;

    ~ScopeGuard() noexcept {
        if (active_) fn_();
    }

    void dismiss() noexcept { active_ = false; }

private:
    F fn_;
    bool active_ = true;
};

template <typename F>
class ScopeFail {
public:
    explicit ScopeFail(F&& f) : fn_(std::forward<F>(f)), count_(std::uncaught_exceptions()) {}
    ScopeFail(const ScopeFail&) = delete;
    ScopeFail& operator=(const ScopeFail&) = delete;

    ~ScopeFail() noexcept {
        if (std::uncaught_exceptions() > count_) fn_();
    }

private:
    F fn_;
    int count_;
};

template <typename F>
class ScopeSuccess {
public:
    explicit ScopeSuccess(F&& f) : fn_(std::forward<F>(f)), count_(std::uncaught_exceptions()) {}
    ScopeSuccess(const ScopeSuccess&) = delete;
    ScopeSuccess& operator=(const ScopeSuccess&) = delete;

    ~ScopeSuccess() noexcept(false) {
        if (std::uncaught_exceptions() <= count_) fn_();
    }

private:
    F fn_;
    int count_;
};

template <typename F>
[[nodiscard]] auto make_guard(F&& f) {
    return ScopeGuard<std::decay_t<F>>(std::forward<F>(f));
}

}  // namespace util

#define UTIL_CONCAT_IMPL(a, b) a##b
#define UTIL_CONCAT(a, b) UTIL_CONCAT_IMPL(a, b)
#define SCOPE_EXIT(...) \
    auto UTIL_CONCAT(scope_exit_, __LINE__) = ::util::make_guard([&]() { __VA_ARGS__; })
