#include <assert.h>
#include <stdint.h>
#include <stdio.h>

static inline int popcount32(uint32_t x) {
    int n = 0;
    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}

static inline int is_pow2(uint64_t x) { return x && !(x & (x - 1)); }

static inline uint32_t next_pow2(uint32_t x) {
    if (x <= 1) return 1;
    x--;
    x |= x >> 1;
    x |= x >> 2;
    x |= x >> 4;
    x |= x >> 8;
    x |= x >> 16;
    return x + 1;
}

static inline uint32_t rotl32(uint32_t x, unsigned r) {
    r &= 31;
    return r ? (x << r) | (x >> (32 - r)) : x;
}

static inline uint32_t reverse_bits(uint32_t x) {
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    return r;
}

static void test_popcount(void) {
    assert(popcount32(0) == 0);
    assert(popcount32(1) == 1);
    assert(popcount32(0xFF) == 8);
    assert(popcount32(0xFFFFFFFFu) == 32);
    assert(popcount32(0x80000001u) == 2);
}

static void test_is_pow2(void) {
    assert(!is_pow2(0));
    assert(is_pow2(1));
    assert(is_pow2(2));
    assert(!is_pow2(3));
    assert(is_pow2(1ull << 63));
    assert(!is_pow2((1ull << 63) + 1));
}

static void test_next_pow2(void) {
    assert(next_pow2(0) == 1);
    assert(next_pow2(1) == 1);
    assert(next_pow2(3) == 4);
    assert(next_pow2(4) == 4);
    assert(next_pow2(1000) == 1024);
    assert(next_pow2(0x40000001u) == 0x80000000u);
}

static void test_rotl(void) {
    assert(rotl32(1, 1) == 2);
    assert(rotl32(0x80000000u, 1) == 1);
    assert(rotl32(0x12345678u, 0) == 0x12345678u);
    assert(rotl32(0x12345678u, 32) == 0x12345678u);
    assert(rotl32(0x12345678u, 8) == 0x34567812u);
}

static void test_reverse(void) {
    assert(reverse_bits(0) == 0);
    assert(reverse_bits(1) == 0x80000000u);
    assert(reverse_bits(0xF0000000u) == 0xFu);
    for (uint32_t x = 0; x < 5000; x += 7)
        assert(reverse_bits(reverse_bits(x)) == x);
}

int main(void) {
    test_popcount();
    test_is_pow2();
    test_next_pow2();
    test_rotl();
    test_reverse();
    puts("all bitops tests passed");
    return 0;
}
