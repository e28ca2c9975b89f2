/* line_numbers.c - print files with line numbers, like a simple version of nl(1) */

#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_WIDTH 6

/* Structure to hold the program options */
struct options
{
    int width;          /* width of the number column */
    int skip_blank;     /* do not number blank lines */
    long start;         /* first line number */
    const char *sep;    /* separator between number and text */
};

/* Function to print usage information */
static void usage(const char *prog)
{
    fprintf(stderr, "Usage: %s [-b] [-w width] [-s sep] [-v start] [file...]\n", prog);
    fprintf(stderr, "  -b         do not number blank lines\n");
    fprintf(stderr, "  -w width   width of line number column (default %d)\n", DEFAULT_WIDTH);
    fprintf(stderr, "  -s sep     separator after the number (default TAB)\n");
    fprintf(stderr, "  -v start   first line number (default 1)\n");
}

/* Function to number the lines of one stream */
static void number_stream(FILE *fp, const struct options *opts, long *lineno)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;

    /* Read the file line by line */
    while ((len = getline(&line, &cap, fp)) != -1)
    {
        int blank = (len == 1 && line[0] == '\n');

        if (blank && opts->skip_blank)
        {
            /* Print the blank line without a number */
            fputs(line, stdout);
            continue;
        }

        printf("%*ld%s%s", opts->width, *lineno, opts->sep, line);

        /* Add a newline if the last line did not have one */
        if (len > 0 && line[len - 1] != '\n')
        {
            putchar('\n');
        }
        (*lineno)++;
    }

    free(line);
}

int main(int argc, char *argv[])
{
    struct options opts;
    int opt;
    int status = 0;
    long lineno;

    /* Initialize the default options */
    opts.width = DEFAULT_WIDTH;
    opts.skip_blank = 0;
    opts.start = 1;
    opts.sep = "\t";

    /* Parse the command line options */
    while ((opt = getopt(argc, argv, "bw:s:v:h")) != -1)
    {
        switch (opt)
        {
        case 'b':
            opts.skip_blank = 1;
            break;
        case 'w':
            opts.width = atoi(optarg);
            if (opts.width <= 0 || opts.width > 20)
            {
                fprintf(stderr, "%s: invalid width: %s\n", argv[0], optarg);
                return 1;
            }
            break;
        case 's':
            opts.sep = optarg;
            break;
        case 'v':
            opts.start = strtol(optarg, NULL, 10);
            break;
        case 'h':
        default:
            usage(argv[0]);
            return opt == 'h' ? 0 : 1;
        }
    }

    lineno = opts.start;

    /* If no files are given, read from standard input */
    if (optind >= argc)
    {
        number_stream(stdin, &opts, &lineno);
        return 0;
    }

    /* Process each file in order, continuing the numbering */
    for (int i = optind; i < argc; i++)
    {
        FILE *fp;

        if (strcmp(argv[i], "-") == 0)
        {
            fp = stdin;
        }
        else
        {
            fp = fopen(argv[i], "r");
        }

        /* Check if the file was opened successfully */
        if (fp == NULL)
        {
            perror(argv[i]);
            status = 1;
            continue;
        }

        number_stream(fp, &opts, &lineno);

        if (fp != stdin)
        {
            fclose(fp);
        }
    }

    return status;
}
