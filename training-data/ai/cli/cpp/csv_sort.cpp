// csv_sort: sort the rows of a CSV file by one or more columns.
//
// COL in -k is a header name or a 1-based column number; ":n" compares
// numerically and ":r" reverses. Repeated -k flags add secondary keys. Quoted
// fields are understood (not embedded newlines); rows are written back verbatim.

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr int kUsageError = 2;
constexpr std::string_view kUsage = "usage: csv_sort -k COL[:n][:r] [-k ...] [--no-header] [FILE]\n";

struct SortKey {
    std::string column;     // header name or 1-based index, resolved later
    bool numeric = false, reverse = false;
    std::size_t index = 0;  // 0-based, filled in by resolve_key
};

struct Row {
    std::string raw;                  // original line, written to the output unchanged
    std::vector<std::string> fields;  // parsed fields, used only for comparison

    const std::string& at(std::size_t i) const {
        static const std::string kEmpty;
        return i < fields.size() ? fields[i] : kEmpty;
    }
};

/// Splits one CSV line into fields, honouring double quotes.
std::vector<std::string> parse_line(std::string_view line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += line[i++];
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

/// Parses "name:n:r" into a SortKey.
SortKey parse_key(std::string_view spec) {
    SortKey key;
    std::size_t colon = spec.find(':');
    key.column = std::string(spec.substr(0, colon));
    if (key.column.empty()) throw std::invalid_argument("empty column in -k");
    while (colon != std::string_view::npos) {
        const std::size_t next = spec.find(':', colon + 1);
        const std::string_view flag = spec.substr(colon + 1, next - colon - 1);
        if (flag == "n") key.numeric = true;
        else if (flag == "r") key.reverse = true;
        else throw std::invalid_argument("unknown key flag '" + std::string(flag) + "'");
        colon = next;
    }
    return key;
}

/// Resolves a key's column to a 0-based index; header names win over numbers.
void resolve_key(SortKey& k, const std::vector<std::string>& header) {
    if (auto it = std::find(header.begin(), header.end(), k.column); it != header.end()) {
        k.index = static_cast<std::size_t>(it - header.begin());
        return;
    }
    std::size_t n = 0;
    const char* end = k.column.data() + k.column.size();
    auto [ptr, ec] = std::from_chars(k.column.data(), end, n);
    if (ec != std::errc{} || ptr != end || n == 0) throw std::invalid_argument("no such column: " + k.column);
    k.index = n - 1;
}

/// Three-way compare of one field. In numeric mode, non-numbers sort after numbers.
int compare_field(const std::string& a, const std::string& b, bool numeric) {
    if (numeric) {
        auto to_number = [](const std::string& s) -> std::optional<double> {
            char* end = nullptr;
            const double v = std::strtod(s.c_str(), &end);
            return !s.empty() && end == s.c_str() + s.size() ? std::optional<double>(v) : std::nullopt;
        };
        const auto x = to_number(a), y = to_number(b);
        if (x && y) return (*x > *y) - (*x < *y);
        if (x || y) return x ? -1 : 1;
    }
    const int c = a.compare(b);
    return (c > 0) - (c < 0);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<SortKey> keys;
    bool has_header = true;
    std::string path = "-";
    std::ifstream file;
    std::optional<std::string> header_line;
    std::vector<Row> rows;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg = argv[i];
            if (arg == "-k" && i + 1 < argc) keys.push_back(parse_key(argv[++i]));
            else if (arg == "--no-header") has_header = false;
            else if (arg.size() > 1 && arg[0] == '-') throw std::invalid_argument("bad option " + std::string(arg));
            else path = arg;
        }
        if (keys.empty()) throw std::invalid_argument("at least one -k is required");
        if (path != "-") file.open(path);
        if (path != "-" && !file) throw std::runtime_error("cannot open " + path);
        std::istream& in = file.is_open() ? file : std::cin;
        for (std::string line; std::getline(in, line);) {
            if (has_header && !header_line) header_line = line;
            else rows.push_back({line, parse_line(line)});
        }

        const auto header = header_line ? parse_line(*header_line) : std::vector<std::string>{};
        for (auto& k : keys) resolve_key(k, header);
    } catch (const std::invalid_argument& e) {
        std::cerr << "csv_sort: " << e.what() << '\n' << kUsage;
        return kUsageError;
    } catch (const std::runtime_error& e) {
        std::cerr << "csv_sort: " << e.what() << '\n';
        return 1;
    }

    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        for (const auto& k : keys) {
            const int c = compare_field(a.at(k.index), b.at(k.index), k.numeric);
            if (c != 0) return k.reverse ? c > 0 : c < 0;
        }
        return false;
    });

    if (header_line) std::cout << *header_line << '\n';
    for (const auto& r : rows) std::cout << r.raw << '\n';
}
