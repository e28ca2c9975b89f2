#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>

struct counts {
    unsigned long lines;
    unsigned long words;
    unsigned long bytes;
    unsigned long longest;
};

static int count_stream(FILE *fp, struct counts *c)
{
    int ch, in_word = 0;
    unsigned long line_len = 0;

    while ((ch = getc(fp)) != EOF) {
        c->bytes++;
        if (ch == '\n') {
            c->lines++;
            if (line_len > c->longest)
                c->longest = line_len;
            line_len = 0;
        } else {
            line_len++;
        }

        if (isspace(ch)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            c->words++;
        }
    }
    if (line_len > c->longest)
        c->longest = line_len;
    return ferror(fp) ? -1 : 0;
}

static void print_counts(const struct counts *c, const char *flags, const char *name)
{
    if (strchr(flags, 'l')) printf(" %7lu", c->lines);
    if (strchr(flags, 'w')) printf(" %7lu", c->words);
    if (strchr(flags, 'c')) printf(" %7lu", c->bytes);
    if (strchr(flags, 'L')) printf(" %7lu", c->longest);
    if (name) printf(" %s", name);
    putchar('\n');
}

int main(int argc, char *argv[])
{
    char flags[8] = "";
    int first_file = argc;
    int status = 0;

    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            for (const char *p = argv[i] + 1; *p; p++) {
                if (!strchr("lwcL", *p)) {
                    fprintf(stderr, "wc: invalid option -- '%c'\n", *p);
                    return 2;
                }
                if (!strchr(flags, *p) && strlen(flags) < sizeof(flags) - 1)
                    strncat(flags, p, 1);
            }
        } else {
            first_file = i;
            break;
        }
    }
    if (flags[0] == '\0')
        strcpy(flags, "lwc");

    if (first_file >= argc) {
        struct counts c = {0};
        if (count_stream(stdin, &c) != 0) {
            perror("wc: stdin");
            return 1;
        }
        print_counts(&c, flags, NULL);
        return 0;
    }

    struct counts total = {0};
    int nfiles = 0;
    for (int i = first_file; i < argc; i++) {
        FILE *fp = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (!fp) {
            fprintf(stderr, "wc: %s: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        struct counts c = {0};
        if (count_stream(fp, &c) != 0) {
            fprintf(stderr, "wc: %s: read error\n", argv[i]);
            status = 1;
        }
        if (fp != stdin)
            fclose(fp);

        print_counts(&c, flags, argv[i]);
        total.lines += c.lines;
        total.words += c.words;
        total.bytes += c.bytes;
        if (c.longest > total.longest)
            total.longest = c.longest;
        nfiles++;
    }
    if (nfiles > 1)
        print_counts(&total, flags, "total");
    return status;
}
