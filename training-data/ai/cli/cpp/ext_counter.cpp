#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

struct Tally {
    std::uintmax_t files = 0;
    std::uintmax_t bytes = 0;
};

static std::string human(std::uintmax_t n) {
    const char* units[] = {"B", "K", "M", "G", "T"};
    double v = static_cast<double>(n);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    std::ostringstream os;
    os << std::fixed << std::setprecision(u ? 1 : 0) << v << units[u];
    return os.str();
}

int main(int argc, char** argv) {
    fs::path root = argc > 1 ? argv[1] : ".";
    bool hidden = argc > 2 && std::string(argv[2]) == "--hidden";

    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        std::cerr << root << ": not a directory\n";
        return 1;
    }

    std::map<std::string, Tally> by_ext;
    auto opts = fs::directory_options::skip_permission_denied;
    for (auto it = fs::recursive_directory_iterator(root, opts, ec); it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (ec) {
            std::cerr << "warning: " << ec.message() << '\n';
            ec.clear();
            continue;
        }
        const auto& p = it->path();
        if (!hidden && p.filename().string().rfind('.', 0) == 0) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec)) continue;
        std::string ext = p.extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        if (ext.empty()) ext = "(none)";
        auto& t = by_ext[ext];
        t.files++;
        t.bytes += it->file_size(ec);
    }

    std::vector<std::pair<std::string, Tally>> rows(by_ext.begin(), by_ext.end());
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.second.bytes != b.second.bytes ? a.second.bytes > b.second.bytes : a.first < b.first;
    });

    Tally total;
    std::cout << std::left << std::setw(12) << "ext" << std::right << std::setw(10) << "files" << std::setw(10)
              << "size" << '\n';
    for (const auto& [ext, t] : rows) {
        std::cout << std::left << std::setw(12) << ext << std::right << std::setw(10) << t.files << std::setw(10)
                  << human(t.bytes) << '\n';
        total.files += t.files;
        total.bytes += t.bytes;
    }
    std::cout << std::left << std::setw(12) << "total" << std::right << std::setw(10) << total.files
              << std::setw(10) << human(total.bytes) << '\n';
}
