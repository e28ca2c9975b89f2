#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct FileCloser {
    void operator()(std::FILE* f) const noexcept {
        if (f) std::fclose(f);
    }
};

using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

inline FilePtr open_file(const std::string& path, const char* mode) {
    FilePtr f(std::fopen(path.c_str(), mode));
    if (!f) throw std::runtime_error("cannot open " + path);
    return f;
}

class LineReader {
public:
    explicit LineReader(const std::string& path) : file_(open_file(path, "r")) {}

    std::optional<std::string> next() {
        std::string line;
        int c;
        while ((c = std::fgetc(file_.get())) != EOF) {
            if (c == '\n') return line;
            line.push_back(static_cast<char>(c));
        }
        if (std::ferror(file_.get())) throw std::runtime_error("read error");
        if (line.empty()) return std::nullopt;
        return line;
    }

    std::size_t line_count() {
        std::rewind(file_.get());
        std::size_t n = 0;
        while (next()) ++n;
        std::rewind(file_.get());
        return n;
    }

private:
    FilePtr file_;
};

std::vector<std::string> read_nonempty_lines(const std::string& path) {
    LineReader reader(path);
    std::vector<std::string> out;
    while (auto line = reader.next()) {
        if (!line->empty() && line->back() == '\r') line->pop_back();
        if (!line->empty()) out.push_back(std::move(*line));
    }
    return out;
}

void copy_lines(const std::string& src, const std::string& dst, const std::string& prefix) {
    LineReader in(src);
    auto out = open_file(dst, "w");
    while (auto line = in.next()) {
        if (std::fprintf(out.get(), "%s%s\n", prefix.c_str(), line->c_str()) < 0)
            throw std::runtime_error("write error on " + dst);
    }
    if (std::fflush(out.get()) != 0) throw std::runtime_error("flush failed on " + dst);
}

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s SRC DST\n", argv[0]);
        return 2;
    }
    try {
        auto lines = read_nonempty_lines(argv[1]);
        std::printf("%zu non-empty lines\n", lines.size());
        copy_lines(argv[1], argv[2], "> ");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
