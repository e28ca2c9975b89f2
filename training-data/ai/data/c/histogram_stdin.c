/*
 * histogram_stdin - read numbers from stdin (one or more per line, separated
 * by whitespace or commas) and print a text histogram with summary stats.
 *
 *   usage: histogram_stdin [-b BINS] [-w WIDTH]
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_BINS  10
#define DEFAULT_WIDTH 50
#define MAX_BINS      200
#define MAX_WIDTH     300
#define INITIAL_CAP   1024

struct samples {
    double *v;
    size_t n;
    size_t cap;
};

/* Appends x, growing the buffer geometrically. Returns 0 or -1 on OOM. */
static int samples_push(struct samples *s, double x) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : INITIAL_CAP;
        double *p = realloc(s->v, cap * sizeof *p);
        if (!p)
            return -1;
        s->v = p;
        s->cap = cap;
    }
    s->v[s->n++] = x;
    return 0;
}

/* Parses a positive int option in [1, max]; exits with a message on failure. */
static int parse_bounded(const char *name, const char *arg, int max) {
    char *end;
    errno = 0;
    long v = strtol(arg, &end, 10);
    if (errno || *end != '\0' || v < 1 || v > max) {
        fprintf(stderr, "histogram_stdin: %s must be an integer in 1..%d, got '%s'\n",
                name, max, arg);
        exit(2);
    }
    return (int)v;
}

/* Reads all numeric tokens from stdin. Non-numeric tokens are counted and skipped. */
static size_t read_samples(struct samples *s) {
    char line[4096];
    size_t skipped = 0;
    while (fgets(line, sizeof line, stdin)) {
        for (char *tok = strtok(line, " \t\r\n,;"); tok; tok = strtok(NULL, " \t\r\n,;")) {
            char *end;
            double x = strtod(tok, &end);
            if (*end != '\0' || !isfinite(x)) {
                skipped++;
                continue;
            }
            if (samples_push(s, x) != 0) {
                fprintf(stderr, "histogram_stdin: out of memory\n");
                exit(1);
            }
        }
    }
    return skipped;
}

static void print_histogram(const struct samples *s, int bins, int width) {
    double lo = DBL_MAX, hi = -DBL_MAX, sum = 0.0, sumsq = 0.0;
    for (size_t i = 0; i < s->n; i++) {
        double x = s->v[i];
        if (x < lo) lo = x;
        if (x > hi) hi = x;
        sum += x;
        sumsq += x * x;
    }
    double mean = sum / (double)s->n;
    double var = sumsq / (double)s->n - mean * mean;
    double span = hi > lo ? hi - lo : 1.0;

    size_t *counts = calloc((size_t)bins, sizeof *counts);
    if (!counts) {
        fprintf(stderr, "histogram_stdin: out of memory\n");
        exit(1);
    }
    size_t peak = 0;
    for (size_t i = 0; i < s->n; i++) {
        int b = (int)((s->v[i] - lo) / span * bins);
        if (b >= bins)
            b = bins - 1; /* the maximum value lands in the last bin */
        if (++counts[b] > peak)
            peak = counts[b];
    }

    printf("n=%zu  min=%g  max=%g  mean=%g  stddev=%g\n\n",
           s->n, lo, hi, mean, sqrt(var > 0 ? var : 0));
    for (int b = 0; b < bins; b++) {
        double from = lo + span * b / bins;
        double to = lo + span * (b + 1) / bins;
        int bar = peak ? (int)((double)counts[b] / (double)peak * width + 0.5) : 0;
        printf("[%10.3g, %10.3g%c %7zu | ", from, to, b == bins - 1 ? ']' : ')', counts[b]);
        for (int k = 0; k < bar; k++)
            putchar('#');
        putchar('\n');
    }
    free(counts);
}

int main(int argc, char **argv) {
    int bins = DEFAULT_BINS, width = DEFAULT_WIDTH;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-b") == 0 && i + 1 < argc) {
            bins = parse_bounded("-b", argv[++i], MAX_BINS);
        } else if (strcmp(argv[i], "-w") == 0 && i + 1 < argc) {
            width = parse_bounded("-w", argv[++i], MAX_WIDTH);
        } else {
            fprintf(stderr, "usage: %s [-b BINS] [-w WIDTH] < numbers.txt\n", argv[0]);
            return 2;
        }
    }

    struct samples s = {0};
    size_t skipped = read_samples(&s);
    if (skipped)
        fprintf(stderr, "histogram_stdin: skipped %zu non-numeric token(s)\n", skipped);
    if (s.n == 0) {
        fprintf(stderr, "histogram_stdin: no numbers on input\n");
        free(s.v);
        return 1;
    }

    print_histogram(&s, bins, width);
    free(s.v);
    return 0;
}
