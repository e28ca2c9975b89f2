// grep_lite: search files for lines matching a regular expression.
//
//   grep_lite [-i] [-n] [-v] [-c] [-r] PATTERN [PATH...]
//
// Directories are searched recursively with -r. Binary files are skipped.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

struct Options {
    bool ignoreCase = false;
    bool lineNumbers = false;
    bool invert = false;
    bool countOnly = false;
    bool recursive = false;
    std::string pattern;
    std::vector<std::string> paths;
};

static void usage() {
    std::cerr << "usage: grep_lite [-i] [-n] [-v] [-c] [-r] PATTERN [PATH...]\n";
    std::exit(2);
}

static Options parseArgs(int argc, char* argv[]) {
    Options opt;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; ++i) {
        for (const char* f = argv[i] + 1; *f; ++f) {
            switch (*f) {
                case 'i': opt.ignoreCase = true; break;
                case 'n': opt.lineNumbers = true; break;
                case 'v': opt.invert = true; break;
                case 'c': opt.countOnly = true; break;
                case 'r': opt.recursive = true; break;
                default: usage();
            }
        }
    }
    if (i >= argc) usage();
    opt.pattern = argv[i++];
    for (; i < argc; ++i) opt.paths.emplace_back(argv[i]);
    if (opt.paths.empty()) opt.paths.emplace_back("-");
    return opt;
}

static bool looksBinary(std::istream& in) {
    char buf[512];
    in.read(buf, sizeof buf);
    std::streamsize n = in.gcount();
    in.clear();
    in.seekg(0);
    return std::find(buf, buf + n, '\0') != buf + n;
}

// Returns number of matching lines.
static long searchStream(std::istream& in, const std::string& label, const std::regex& re,
                         const Options& opt, bool showName) {
    long count = 0, lineNo = 0;
    std::string line;
    while (std::getline(in, line)) {
        ++lineNo;
        bool hit = std::regex_search(line, re) != opt.invert;
        if (!hit) continue;
        ++count;
        if (opt.countOnly) continue;
        if (showName) std::cout << label << ':';
        if (opt.lineNumbers) std::cout << lineNo << ':';
        std::cout << line << '\n';
    }
    if (opt.countOnly) {
        if (showName) std::cout << label << ':';
        std::cout << count << '\n';
    }
    return count;
}

int main(int argc, char* argv[]) {
    std::ios::sync_with_stdio(false);
    Options opt = parseArgs(argc, argv);

    std::regex re;
    try {
        auto flags = std::regex::ECMAScript | std::regex::optimize;
        if (opt.ignoreCase) flags |= std::regex::icase;
        re = std::regex(opt.pattern, flags);
    } catch (const std::regex_error& e) {
        std::cerr << "grep_lite: invalid pattern: " << e.what() << '\n';
        return 2;
    }

    std::vector<fs::path> files;
    for (const auto& p : opt.paths) {
        if (p == "-") {
            files.emplace_back("-");
        } else if (fs::is_directory(p)) {
            if (!opt.recursive) {
                std::cerr << "grep_lite: " << p << ": is a directory\n";
                continue;
            }
            for (const auto& entry : fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied)) {
                if (entry.is_regular_file()) files.push_back(entry.path());
            }
        } else {
            files.emplace_back(p);
        }
    }

    const bool showName = files.size() > 1 || opt.recursive;
    long total = 0;
    bool hadError = false;
    for (const auto& f : files) {
        if (f == "-") {
            total += searchStream(std::cin, "(standard input)", re, opt, showName);
            continue;
        }
        std::ifstream in(f, std::ios::binary);
        if (!in) {
            std::cerr << "grep_lite: " << f.string() << ": cannot open\n";
            hadError = true;
            continue;
        }
        if (looksBinary(in)) continue;
        total += searchStream(in, f.string(), re, opt, showName);
    }

    if (hadError) return 2;
    return total > 0 ? 0 : 1;
}
