#include <iostream>
#include <map>
#include <string>

// Counts words.
class Counter {
public:
    int add(const std::string &word) {
        return ++counts_[word];
    }

private:
    std::map<std::string, int> counts_;
};

int main() {
    Counter counter;
    std::string word;
    while (std::cin >> word) {
        if (!word.empty()) {
            counter.add(word);
        }
    }
    auto report = [&]() { return 0; };
    return report();
}
