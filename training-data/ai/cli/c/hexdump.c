/*
 * hexdump - print a file in canonical hex + ASCII format.
 *
 *   hexdump [-n LENGTH] [-s OFFSET] [-w WIDTH] [FILE]
 *
 * Reads standard input if FILE is omitted or "-".
 */
#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(const char *prog)
{
    fprintf(stderr, "usage: %s [-n length] [-s offset] [-w width] [file]\n", prog);
    exit(2);
}

static long parse_number(const char *s, const char *what)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 0); /* accepts decimal, 0x hex and 0 octal */
    if (errno || *end != '\0' || v < 0) {
        fprintf(stderr, "hexdump: invalid %s: %s\n", what, s);
        exit(2);
    }
    return v;
}

static void dump_line(unsigned long offset, const unsigned char *buf, size_t n, size_t width)
{
    printf("%08lx  ", offset);
    for (size_t i = 0; i < width; i++) {
        if (i < n)
            printf("%02x ", buf[i]);
        else
            fputs("   ", stdout);
        if (i % 8 == 7)
            putchar(' ');
    }
    putchar('|');
    for (size_t i = 0; i < n; i++)
        putchar(isprint(buf[i]) ? buf[i] : '.');
    puts("|");
}

int main(int argc, char **argv)
{
    long length = -1, skip = 0, width = 16;
    int opt;

    while ((opt = getopt(argc, argv, "n:s:w:h")) != -1) {
        switch (opt) {
        case 'n': length = parse_number(optarg, "length"); break;
        case 's': skip = parse_number(optarg, "offset"); break;
        case 'w': width = parse_number(optarg, "width"); break;
        default: usage(argv[0]);
        }
    }
    if (width < 1 || width > 64) {
        fprintf(stderr, "hexdump: width must be between 1 and 64\n");
        return 2;
    }

    FILE *fp = stdin;
    const char *name = "<stdin>";
    if (optind < argc && strcmp(argv[optind], "-") != 0) {
        name = argv[optind];
        fp = fopen(name, "rb");
        if (!fp) {
            fprintf(stderr, "hexdump: %s: %s\n", name, strerror(errno));
            return 1;
        }
    }

    if (skip > 0 && fseek(fp, skip, SEEK_SET) != 0) {
        /* not seekable (pipe): read and discard instead */
        for (long i = 0; i < skip && getc(fp) != EOF; i++)
            ;
    }

    unsigned char buf[64];
    unsigned long offset = (unsigned long)skip;
    unsigned char prev[64];
    int have_prev = 0, squeezed = 0;

    for (;;) {
        size_t want = (size_t)width;
        if (length >= 0 && (long)want > length)
            want = (size_t)length;
        if (want == 0)
            break;
        size_t n = fread(buf, 1, want, fp);
        if (n == 0)
            break;

        /* collapse runs of identical full lines into a single '*' */
        if (have_prev && n == (size_t)width && memcmp(buf, prev, n) == 0) {
            if (!squeezed)
                puts("*");
            squeezed = 1;
        } else {
            dump_line(offset, buf, n, (size_t)width);
            squeezed = 0;
        }
        memcpy(prev, buf, n);
        have_prev = (n == (size_t)width);
        offset += n;
        if (length >= 0)
            length -= (long)n;
    }
    printf("%08lx\n", offset);

    if (ferror(fp)) {
        fprintf(stderr, "hexdump: %s: read error\n", name);
        return 1;
    }
    if (fp != stdin)
        fclose(fp);
    return 0;
}
