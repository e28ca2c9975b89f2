/*
 * csv_columns: select columns from a CSV file by name.
 *
 *   csv_columns name,email < users.csv > subset.csv
 *
 * Supports RFC 4180 quoting: fields may be quoted with double quotes,
 * embedded quotes are doubled, and quoted fields may contain commas.
 * Quoted newlines are not supported (each record must be on one line).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 256
#define MAX_LINE   65536

/* Splits `line` in place; returns the number of fields or -1 on error. */
static int split_csv(char *line, char **fields, int max)
{
    int n = 0;
    char *p = line;

    for (;;) {
        if (n == max)
            return -1;
        if (*p == '"') {
            char *out = ++p;
            fields[n++] = out;
            for (;;) {
                if (*p == '\0')
                    return -1; /* unterminated quote */
                if (*p == '"') {
                    if (p[1] == '"') {
                        *out++ = '"';
                        p += 2;
                        continue;
                    }
                    p++;
                    break;
                }
                *out++ = *p++;
            }
            *out = '\0';
            if (*p != ',' && *p != '\0')
                return -1;
        } else {
            fields[n++] = p;
            p += strcspn(p, ",");
        }
        if (*p == '\0')
            break;
        *p++ = '\0';
    }
    return n;
}

static void write_field(const char *s)
{
    if (strpbrk(s, ",\"\n") == NULL) {
        fputs(s, stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '"')
            putchar('"');
        putchar(*s);
    }
    putchar('"');
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s col1,col2,... < input.csv\n", argv[0]);
        return 2;
    }

    static char line[MAX_LINE];
    char *fields[MAX_FIELDS];
    int wanted[MAX_FIELDS];
    int nwanted = 0;

    if (!fgets(line, sizeof line, stdin)) {
        fprintf(stderr, "csv_columns: empty input\n");
        return 1;
    }
    line[strcspn(line, "\r\n")] = '\0';
    int nheader = split_csv(line, fields, MAX_FIELDS);
    if (nheader < 0) {
        fprintf(stderr, "csv_columns: malformed header\n");
        return 1;
    }

    char *spec = strdup(argv[1]);
    if (!spec) {
        perror("csv_columns");
        return 1;
    }
    for (char *name = strtok(spec, ","); name; name = strtok(NULL, ",")) {
        int idx = -1;
        for (int i = 0; i < nheader; i++) {
            if (strcmp(fields[i], name) == 0) {
                idx = i;
                break;
            }
        }
        if (idx < 0) {
            fprintf(stderr, "csv_columns: no column named '%s'\n", name);
            free(spec);
            return 1;
        }
        if (nwanted == MAX_FIELDS) {
            fprintf(stderr, "csv_columns: too many columns requested\n");
            free(spec);
            return 1;
        }
        if (nwanted)
            putchar(',');
        write_field(name);
        wanted[nwanted++] = idx;
    }
    putchar('\n');
    free(spec);

    long lineno = 1, bad = 0;
    while (fgets(line, sizeof line, stdin)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        int n = split_csv(line, fields, MAX_FIELDS);
        if (n < 0) {
            fprintf(stderr, "csv_columns: line %ld: malformed, skipped\n", lineno);
            bad++;
            continue;
        }
        for (int i = 0; i < nwanted; i++) {
            if (i)
                putchar(',');
            write_field(wanted[i] < n ? fields[wanted[i]] : "");
        }
        putchar('\n');
    }
    return bad ? 1 : 0;
}
