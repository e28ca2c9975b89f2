/*
 * test_strutil.c - unit tests for the string helpers in strutil.c
 *
 * The tests use a tiny hand-rolled harness so there is no dependency on an
 * external framework. Each test function returns the number of failed checks,
 * and main() adds them up and prints a summary.
 *
 * Build and run:
 *     cc -Wall -o test_strutil test_strutil.c strutil.c && ./test_strutil
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strutil.h"

/* Counters shared by all tests. */
static int checks_run = 0;
static int checks_failed = 0;

/*
 * EXPECT_STR compares two C strings and prints both on mismatch, which makes
 * failures much easier to read than a bare assert().
 */
#define EXPECT_STR(actual, expected)                                         \
    do {                                                                     \
        const char *a_ = (actual);                                           \
        const char *e_ = (expected);                                         \
        checks_run++;                                                        \
        if (a_ == NULL || strcmp(a_, e_) != 0) {                             \
            checks_failed++;                                                 \
            printf("  %s:%d: expected \"%s\", got \"%s\"\n", __FILE__,       \
                   __LINE__, e_, a_ ? a_ : "(null)");                        \
        }                                                                    \
    } while (0)

/* EXPECT_INT is the same idea for integers. */
#define EXPECT_INT(actual, expected)                                         \
    do {                                                                     \
        long a_ = (long)(actual);                                            \
        long e_ = (long)(expected);                                          \
        checks_run++;                                                        \
        if (a_ != e_) {                                                      \
            checks_failed++;                                                 \
            printf("  %s:%d: expected %ld, got %ld\n", __FILE__, __LINE__,   \
                   e_, a_);                                                  \
        }                                                                    \
    } while (0)

/* str_trim() modifies the buffer in place, so each case needs its own copy. */
static void test_trim(void)
{
    char a[] = "  hello  ";
    char b[] = "\t\nno-leading";
    char c[] = "no-trailing \r\n";
    char d[] = "   ";
    char e[] = "";

    EXPECT_STR(str_trim(a), "hello");
    EXPECT_STR(str_trim(b), "no-leading");
    EXPECT_STR(str_trim(c), "no-trailing");
    EXPECT_STR(str_trim(d), "");   /* all whitespace collapses to empty */
    EXPECT_STR(str_trim(e), "");   /* empty input stays empty */
}

/* str_starts_with() / str_ends_with() return 1 for a match, 0 otherwise. */
static void test_prefix_suffix(void)
{
    EXPECT_INT(str_starts_with("filename.txt", "file"), 1);
    EXPECT_INT(str_starts_with("filename.txt", "name"), 0);
    EXPECT_INT(str_starts_with("abc", ""), 1);        /* empty prefix always matches */
    EXPECT_INT(str_starts_with("ab", "abc"), 0);      /* prefix longer than string */

    EXPECT_INT(str_ends_with("filename.txt", ".txt"), 1);
    EXPECT_INT(str_ends_with("filename.txt", ".csv"), 0);
    EXPECT_INT(str_ends_with("txt", "file.txt"), 0);
}

/* str_replace_all() returns a newly allocated string the caller must free. */
static void test_replace_all(void)
{
    char *out;

    out = str_replace_all("a-b-c", "-", "::");
    EXPECT_STR(out, "a::b::c");
    free(out);

    out = str_replace_all("nothing here", "xyz", "!");
    EXPECT_STR(out, "nothing here");
    free(out);

    /* Overlapping matches are replaced left to right, without rescanning. */
    out = str_replace_all("aaaa", "aa", "b");
    EXPECT_STR(out, "bb");
    free(out);

    /* Replacing with an empty string deletes the pattern. */
    out = str_replace_all("1,000,000", ",", "");
    EXPECT_STR(out, "1000000");
    free(out);
}

/* str_split_count() counts fields separated by a single delimiter. */
static void test_split_count(void)
{
    EXPECT_INT(str_split_count("a,b,c", ','), 3);
    EXPECT_INT(str_split_count("a,,c", ','), 3);     /* empty field still counts */
    EXPECT_INT(str_split_count("", ','), 1);         /* one empty field */
    EXPECT_INT(str_split_count("no delimiter", ','), 1);
}

int main(void)
{
    /* A table of tests makes it easy to add new ones. */
    struct {
        const char *name;
        void (*fn)(void);
    } tests[] = {
        {"trim", test_trim},
        {"prefix_suffix", test_prefix_suffix},
        {"replace_all", test_replace_all},
        {"split_count", test_split_count},
    };
    size_t count = sizeof tests / sizeof tests[0];

    for (size_t i = 0; i < count; i++) {
        int before = checks_failed;
        printf("[ RUN  ] %s\n", tests[i].name);
        tests[i].fn();
        printf("[ %s ] %s\n", checks_failed == before ? " OK " : "FAIL", tests[i].name);
    }

    printf("\n%d passed, %d failed\n", checks_run - checks_failed, checks_failed);
    return checks_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
