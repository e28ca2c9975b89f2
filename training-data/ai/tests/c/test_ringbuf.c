/* Unit tests for ringbuf.c using a tiny assertion framework. */
#include <stdio.h>
#include <string.h>

#include "ringbuf.h"

static int tests_run = 0;
static int tests_failed = 0;

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "  FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            return 1;                                                       \
        }                                                                   \
    } while (0)

#define RUN(test)                                  \
    do {                                           \
        tests_run++;                               \
        if (test()) {                              \
            tests_failed++;                        \
            fprintf(stderr, "not ok - %s\n", #test); \
        } else {                                   \
            printf("ok - %s\n", #test);            \
        }                                          \
    } while (0)

static int test_new_buffer_is_empty(void)
{
    uint8_t storage[8];
    ringbuf_t rb;
    ringbuf_init(&rb, storage, sizeof storage);
    CHECK(ringbuf_is_empty(&rb));
    CHECK(!ringbuf_is_full(&rb));
    CHECK(ringbuf_used(&rb) == 0);
    CHECK(ringbuf_free(&rb) == 8);
    return 0;
}

static int test_write_then_read_roundtrip(void)
{
    uint8_t storage[16];
    ringbuf_t rb;
    ringbuf_init(&rb, storage, sizeof storage);

    const char *msg = "hello";
    CHECK(ringbuf_write(&rb, msg, 5) == 5);
    CHECK(ringbuf_used(&rb) == 5);

    char out[8] = {0};
    CHECK(ringbuf_read(&rb, out, sizeof out) == 5);
    CHECK(memcmp(out, "hello", 5) == 0);
    CHECK(ringbuf_is_empty(&rb));
    return 0;
}

static int test_write_stops_when_full(void)
{
    uint8_t storage[4];
    ringbuf_t rb;
    ringbuf_init(&rb, storage, sizeof storage);

    CHECK(ringbuf_write(&rb, "abcdef", 6) == 4);
    CHECK(ringbuf_is_full(&rb));
    CHECK(ringbuf_write(&rb, "x", 1) == 0);
    return 0;
}

static int test_wraparound(void)
{
    uint8_t storage[5];
    ringbuf_t rb;
    char out[8];
    ringbuf_init(&rb, storage, sizeof storage);

    CHECK(ringbuf_write(&rb, "abcd", 4) == 4);
    CHECK(ringbuf_read(&rb, out, 3) == 3);       /* consume "abc" */
    CHECK(ringbuf_write(&rb, "efgh", 4) == 4);   /* wraps around the end */
    CHECK(ringbuf_used(&rb) == 5);

    memset(out, 0, sizeof out);
    CHECK(ringbuf_read(&rb, out, sizeof out) == 5);
    CHECK(memcmp(out, "defgh", 5) == 0);
    return 0;
}

static int test_peek_does_not_consume(void)
{
    uint8_t storage[8];
    ringbuf_t rb;
    char out[4] = {0};
    ringbuf_init(&rb, storage, sizeof storage);

    ringbuf_write(&rb, "xyz", 3);
    CHECK(ringbuf_peek(&rb, out, 2) == 2);
    CHECK(out[0] == 'x' && out[1] == 'y');
    CHECK(ringbuf_used(&rb) == 3);
    return 0;
}

static int test_zero_length_operations(void)
{
    uint8_t storage[4];
    ringbuf_t rb;
    ringbuf_init(&rb, storage, sizeof storage);
    CHECK(ringbuf_write(&rb, "", 0) == 0);
    CHECK(ringbuf_read(&rb, NULL, 0) == 0);
    return 0;
}

int main(void)
{
    RUN(test_new_buffer_is_empty);
    RUN(test_write_then_read_roundtrip);
    RUN(test_write_stops_when_full);
    RUN(test_wraparound);
    RUN(test_peek_does_not_consume);
    RUN(test_zero_length_operations);

    printf("\n%d passed, %d failed\n", tests_run - tests_failed, tests_failed);
    return tests_failed ? 1 : 0;
}
