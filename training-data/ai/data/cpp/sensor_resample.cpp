/**
 * sensor_resample
 *
 * Reads irregular sensor readings from CSV (timestamp_ms,sensor_id,value),
 * resamples each sensor onto a fixed interval using linear interpolation,
 * and writes the result as CSV to stdout.
 *
 * Usage: sensor_resample <input.csv> [interval_ms]
 */
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

struct Reading {
    std::int64_t t;
    double value;
};

template <typename T>
static bool parseField(std::string_view sv, T& out) {
    auto [ptr, ec] = std::from_chars(sv.data(), sv.data() + sv.size(), out);
    return ec == std::errc{} && ptr == sv.data() + sv.size();
}

static bool parseLine(std::string_view line, std::int64_t& t, std::string& id, double& v) {
    const auto c1 = line.find(',');
    const auto c2 = line.find(',', c1 + 1);
    if (c1 == std::string_view::npos || c2 == std::string_view::npos) return false;
    id.assign(line.substr(c1 + 1, c2 - c1 - 1));
    return parseField(line.substr(0, c1), t) && parseField(line.substr(c2 + 1), v) && !id.empty();
}

/// Linear interpolation of `series` (sorted by time) at fixed steps.
static std::vector<Reading> resample(const std::vector<Reading>& series, std::int64_t step) {
    std::vector<Reading> out;
    if (series.size() < 2) return out;

    const std::int64_t start = (series.front().t + step - 1) / step * step;  // round up
    std::size_t i = 0;
    for (std::int64_t t = start; t <= series.back().t; t += step) {
        while (i + 1 < series.size() && series[i + 1].t < t) ++i;
        const Reading& a = series[i];
        const Reading& b = series[std::min(i + 1, series.size() - 1)];
        double v = a.value;
        if (b.t != a.t) {
            const double frac = static_cast<double>(t - a.t) / static_cast<double>(b.t - a.t);
            v = a.value + frac * (b.value - a.value);
        }
        out.push_back({t, v});
    }
    return out;
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " <input.csv> [interval_ms]\n";
        return 2;
    }
    std::int64_t step = 1000;
    if (argc > 2 && (!parseField(std::string_view(argv[2]), step) || step <= 0)) {
        std::cerr << "invalid interval: " << argv[2] << '\n';
        return 2;
    }

    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "cannot open " << argv[1] << '\n';
        return 1;
    }

    std::map<std::string, std::vector<Reading>> bySensor;
    std::string line, id;
    std::size_t lineNo = 0, skipped = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (lineNo == 1 && line.rfind("timestamp", 0) == 0) continue;  // header
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::int64_t t;
        double v;
        if (!parseLine(line, t, id, v)) {
            ++skipped;
            continue;
        }
        bySensor[id].push_back({t, v});
    }

    std::cout << "timestamp_ms,sensor_id,value\n";
    for (auto& [sensor, series] : bySensor) {
        std::sort(series.begin(), series.end(), [](const Reading& a, const Reading& b) { return a.t < b.t; });
        // Drop duplicate timestamps, keeping the last reading.
        std::vector<Reading> unique;
        for (const auto& r : series) {
            if (!unique.empty() && unique.back().t == r.t) unique.back() = r;
            else unique.push_back(r);
        }
        for (const auto& r : resample(unique, step)) {
            std::cout << r.t << ',' << sensor << ',' << r.value << '\n';
        }
    }

    if (skipped) std::cerr << "skipped " << skipped << " malformed line(s)\n";
    return 0;
}
