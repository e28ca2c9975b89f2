#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

namespace {

constexpr std::array<uint32_t, 256> makeCrcTable() {
    std::array<uint32_t, 256> table{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        table[i] = c;
    }
    return table;
}

constexpr auto kCrcTable = makeCrcTable();

class Crc32 {
public:
    void update(const char* data, std::size_t len) {
        for (std::size_t i = 0; i < len; ++i) {
            crc_ = kCrcTable[(crc_ ^ static_cast<uint8_t>(data[i])) & 0xFF] ^ (crc_ >> 8);
        }
    }
    uint32_t value() const { return crc_ ^ 0xFFFFFFFFu; }

private:
    uint32_t crc_ = 0xFFFFFFFFu;
};

class Adler32 {
public:
    void update(const char* data, std::size_t len) {
        constexpr uint32_t MOD = 65521;
        for (std::size_t i = 0; i < len; ++i) {
            a_ = (a_ + static_cast<uint8_t>(data[i])) % MOD;
            b_ = (b_ + a_) % MOD;
        }
    }
    uint32_t value() const { return (b_ << 16) | a_; }

private:
    uint32_t a_ = 1, b_ = 0;
};

template <typename Hasher>
bool hashStream(std::istream& in, uint32_t& out, uint64_t& bytes) {
    Hasher h;
    char buf[1 << 16];
    bytes = 0;
    while (in) {
        in.read(buf, sizeof buf);
        std::streamsize n = in.gcount();
        if (n > 0) {
            h.update(buf, static_cast<std::size_t>(n));
            bytes += static_cast<uint64_t>(n);
        }
    }
    if (in.bad()) return false;
    out = h.value();
    return true;
}

std::string hex32(uint32_t v) {
    std::ostringstream os;
    os << std::hex << std::setw(8) << std::setfill('0') << v;
    return os.str();
}

}  // namespace

int main(int argc, char** argv) {
    std::string algo = "crc32";
    int first = 1;
    if (argc > 2 && std::strcmp(argv[1], "-a") == 0) {
        algo = argv[2];
        first = 3;
    }
    if (algo != "crc32" && algo != "adler32") {
        std::cerr << "checksum: unknown algorithm '" << algo << "' (use crc32 or adler32)\n";
        return 2;
    }

    auto run = [&](std::istream& in, const std::string& name) {
        uint32_t sum = 0;
        uint64_t bytes = 0;
        bool ok = algo == "crc32" ? hashStream<Crc32>(in, sum, bytes) : hashStream<Adler32>(in, sum, bytes);
        if (!ok) {
            std::cerr << "checksum: " << name << ": read error\n";
            return false;
        }
        std::cout << hex32(sum) << "  " << bytes << "  " << name << '\n';
        return true;
    };

    if (first >= argc) return run(std::cin, "-") ? 0 : 1;

    int status = 0;
    for (int i = first; i < argc; ++i) {
        std::ifstream f(argv[i], std::ios::binary);
        if (!f) {
            std::cerr << "checksum: " << argv[i] << ": " << std::strerror(errno) << '\n';
            status = 1;
            continue;
        }
        if (!run(f, argv[i])) status = 1;
    }
    return status;
}
