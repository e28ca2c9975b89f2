// observable.hpp - a simple observer (signal/slot) implementation in C++11
#ifndef OBSERVABLE_HPP
#define OBSERVABLE_HPP

#include <algorithm>
#include <cstddef>
#include <functional>
#include <mutex>
#include <vector>

// Class to hold a list of callbacks and notify them when an event happens
template <typename... Args>
class Observable {
public:
    typedef std::function<void(Args...)> Callback;
    typedef std::size_t SubscriptionId;

    Observable() : next_id_(1) {}

    // Disable copying because the subscriptions belong to one object
    Observable(const Observable&) = delete;
    Observable& operator=(const Observable&) = delete;

    // Function to add a new subscriber. Returns an id that can be used to unsubscribe.
    SubscriptionId subscribe(Callback callback) {
        std::lock_guard<std::mutex> lock(mutex_);
        // Check if the callback is valid
        if (!callback) {
            return 0;
        }
        SubscriptionId id = next_id_++;
        subscribers_.push_back(Entry{id, callback});
        return id;
    }

    // Function to remove a subscriber by its id
    bool unsubscribe(SubscriptionId id) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = std::find_if(subscribers_.begin(), subscribers_.end(),
                               [id](const Entry& e) { return e.id == id; });
        if (it == subscribers_.end()) {
            return false;
        }
        subscribers_.erase(it);
        return true;
    }

    // Function to notify all subscribers
    void notify(Args... args) const {
        // Copy the list first so callbacks can subscribe or unsubscribe safely
        std::vector<Entry> snapshot;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            snapshot = subscribers_;
        }
        for (std::size_t i = 0; i < snapshot.size(); ++i) {
            snapshot[i].callback(args...);
        }
    }

    // Get the number of subscribers
    std::size_t size() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return subscribers_.size();
    }

    // Remove all subscribers
    void clear() {
        std::lock_guard<std::mutex> lock(mutex_);
        subscribers_.clear();
    }

private:
    // Structure to store one subscription
    struct Entry {
        SubscriptionId id;
        Callback callback;
    };

    mutable std::mutex mutex_;
    std::vector<Entry> subscribers_;
    SubscriptionId next_id_;
};

// Helper class that unsubscribes automatically when it goes out of scope
template <typename... Args>
class ScopedSubscription {
public:
    ScopedSubscription(Observable<Args...>& source,
                       typename Observable<Args...>::Callback callback)
        : source_(&source), id_(source.subscribe(callback)) {}

    ~ScopedSubscription() {
        // Check if the subscription is still active
        if (source_ != nullptr && id_ != 0) {
            source_->unsubscribe(id_);
        }
    }

    ScopedSubscription(const ScopedSubscription&) = delete;
    ScopedSubscription& operator=(const ScopedSubscription&) = delete;

private:
    Observable<Args...>* source_;
    typename Observable<Args...>::SubscriptionId id_;
};

#endif // OBSERVABLE_HPP
