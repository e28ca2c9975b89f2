/*
 * Refactored config loader.
 *
 * Previously load_config() was one 180-line function using fixed 256-byte
 * buffers, strcpy() and sscanf("%s"), which could overflow on long values.
 * It is now split into small helpers, uses bounded copies throughout, and
 * reports the line number of any error.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

#define LINE_MAX_LEN 1024

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1]))
        end--;
    *end = '\0';
    return s;
}

static int parse_int(const char *value, int min, int max, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(value, &end, 10);
    if (errno != 0 || *end != '\0' || v < min || v > max)
        return -1;
    *out = (int)v;
    return 0;
}

static int parse_bool(const char *value, int *out)
{
    if (!strcmp(value, "true") || !strcmp(value, "yes") || !strcmp(value, "1")) {
        *out = 1;
        return 0;
    }
    if (!strcmp(value, "false") || !strcmp(value, "no") || !strcmp(value, "0")) {
        *out = 0;
        return 0;
    }
    return -1;
}

static int copy_string(char *dst, size_t dst_size, const char *src)
{
    size_t n = strlen(src);
    if (n >= dst_size)
        return -1;
    memcpy(dst, src, n + 1);
    return 0;
}

static int apply_setting(struct config *cfg, const char *key, const char *value)
{
    if (!strcmp(key, "listen_port"))
        return parse_int(value, 1, 65535, &cfg->listen_port);
    if (!strcmp(key, "workers"))
        return parse_int(value, 1, 1024, &cfg->workers);
    if (!strcmp(key, "log_file"))
        return copy_string(cfg->log_file, sizeof cfg->log_file, value);
    if (!strcmp(key, "document_root"))
        return copy_string(cfg->document_root, sizeof cfg->document_root, value);
    if (!strcmp(key, "keepalive"))
        return parse_bool(value, &cfg->keepalive);
    return -2; /* unknown key */
}

void config_defaults(struct config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->listen_port = 8080;
    cfg->workers = 4;
    cfg->keepalive = 1;
    copy_string(cfg->document_root, sizeof cfg->document_root, "/var/www");
}

int config_load(const char *path, struct config *cfg, char *err, size_t err_size)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        snprintf(err, err_size, "%s: %s", path, strerror(errno));
        return -1;
    }

    char line[LINE_MAX_LEN];
    int lineno = 0;
    int rc = 0;

    while (fgets(line, sizeof line, fp)) {
        lineno++;
        if (!strchr(line, '\n') && !feof(fp)) {
            snprintf(err, err_size, "%s:%d: line too long", path, lineno);
            rc = -1;
            break;
        }
        char *s = trim(line);
        if (*s == '\0' || *s == '#')
            continue;

        char *eq = strchr(s, '=');
        if (!eq) {
            snprintf(err, err_size, "%s:%d: expected key = value", path, lineno);
            rc = -1;
            break;
        }
        *eq = '\0';
        char *key = trim(s);
        char *value = trim(eq + 1);

        int r = apply_setting(cfg, key, value);
        if (r == -2) {
            fprintf(stderr, "%s:%d: warning: unknown key '%s'\n", path, lineno, key);
        } else if (r != 0) {
            snprintf(err, err_size, "%s:%d: invalid value for '%s'", path, lineno, key);
            rc = -1;
            break;
        }
    }

    fclose(fp);
    return rc;
}
