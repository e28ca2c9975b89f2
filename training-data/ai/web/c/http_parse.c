/**
 * @file http_parse.c
 * @brief Minimal, allocation-free HTTP/1.1 request line and header parser.
 *
 * The parser works in place on a caller-owned buffer: header names and
 * values point into that buffer, so it must outlive the parsed request.
 */

#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#define HTTP_MAX_HEADERS 32

typedef struct {
    const char *name;
    size_t name_len;
    const char *value;
    size_t value_len;
} http_header;

typedef struct {
    const char *method;
    size_t method_len;
    const char *path;
    size_t path_len;
    int minor_version;
    http_header headers[HTTP_MAX_HEADERS];
    size_t num_headers;
} http_request;

typedef enum {
    HTTP_PARSE_OK = 0,
    HTTP_PARSE_INCOMPLETE = -1,
    HTTP_PARSE_ERROR = -2,
    HTTP_PARSE_TOO_MANY_HEADERS = -3,
} http_parse_result;

/** Finds the end of the current line; returns a pointer to '\r' or NULL. */
static const char *find_crlf(const char *p, const char *end)
{
    for (; p + 1 < end; p++) {
        if (p[0] == '\r' && p[1] == '\n')
            return p;
    }
    return NULL;
}

static int is_token_char(unsigned char c)
{
    return c > 0x20 && c < 0x7f && !strchr("()<>@,;:\\\"/[]?={}", c);
}

static http_parse_result parse_request_line(const char *p, const char *eol, http_request *req)
{
    const char *sp1 = memchr(p, ' ', (size_t)(eol - p));
    if (!sp1 || sp1 == p)
        return HTTP_PARSE_ERROR;
    const char *sp2 = memchr(sp1 + 1, ' ', (size_t)(eol - sp1 - 1));
    if (!sp2 || sp2 == sp1 + 1)
        return HTTP_PARSE_ERROR;

    for (const char *m = p; m < sp1; m++) {
        if (!is_token_char((unsigned char)*m))
            return HTTP_PARSE_ERROR;
    }

    req->method = p;
    req->method_len = (size_t)(sp1 - p);
    req->path = sp1 + 1;
    req->path_len = (size_t)(sp2 - sp1 - 1);

    if (eol - sp2 - 1 != 8 || strncmp(sp2 + 1, "HTTP/1.", 7) != 0)
        return HTTP_PARSE_ERROR;
    char v = sp2[8];
    if (v != '0' && v != '1')
        return HTTP_PARSE_ERROR;
    req->minor_version = v - '0';
    return HTTP_PARSE_OK;
}

/**
 * Parses a request from @p buf.
 *
 * @return the number of bytes consumed (> 0) on success, or a negative
 *         ::http_parse_result. HTTP_PARSE_INCOMPLETE means "read more data".
 */
int http_parse_request(const char *buf, size_t len, http_request *req)
{
    const char *p = buf;
    const char *end = buf + len;
    const char *eol = find_crlf(p, end);
    if (!eol)
        return HTTP_PARSE_INCOMPLETE;

    http_parse_result rc = parse_request_line(p, eol, req);
    if (rc != HTTP_PARSE_OK)
        return rc;
    p = eol + 2;
    req->num_headers = 0;

    for (;;) {
        eol = find_crlf(p, end);
        if (!eol)
            return HTTP_PARSE_INCOMPLETE;
        if (eol == p) /* empty line: end of headers */
            return (int)(eol + 2 - buf);

        if (req->num_headers == HTTP_MAX_HEADERS)
            return HTTP_PARSE_TOO_MANY_HEADERS;

        const char *colon = memchr(p, ':', (size_t)(eol - p));
        if (!colon || colon == p)
            return HTTP_PARSE_ERROR;
        for (const char *c = p; c < colon; c++) {
            if (!is_token_char((unsigned char)*c))
                return HTTP_PARSE_ERROR;
        }

        const char *v = colon + 1;
        while (v < eol && (*v == ' ' || *v == '\t'))
            v++;
        const char *v_end = eol;
        while (v_end > v && (v_end[-1] == ' ' || v_end[-1] == '\t'))
            v_end--;

        http_header *h = &req->headers[req->num_headers++];
        h->name = p;
        h->name_len = (size_t)(colon - p);
        h->value = v;
        h->value_len = (size_t)(v_end - v);
        p = eol + 2;
    }
}

/** Case-insensitive header lookup. Returns NULL if not present. */
const http_header *http_find_header(const http_request *req, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < req->num_headers; i++) {
        const http_header *h = &req->headers[i];
        if (h->name_len == n && strncasecmp(h->name, name, n) == 0)
            return h;
    }
    return NULL;
}
