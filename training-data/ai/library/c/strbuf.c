#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char  *buf;
    size_t len;
    size_t cap;
} strbuf;

#define STRBUF_INIT { NULL, 0, 0 }

static int strbuf_grow(strbuf *sb, size_t extra)
{
    size_t need = sb->len + extra + 1; /* +1 for the NUL terminator */
    if (need <= sb->cap)
        return 0;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(sb->buf, cap);
    if (!p)
        return -1;
    sb->buf = p;
    sb->cap = cap;
    return 0;
}

int strbuf_append_n(strbuf *sb, const char *s, size_t n)
{
    if (strbuf_grow(sb, n) < 0)
        return -1;
    memcpy(sb->buf + sb->len, s, n);
    sb->len += n;
    sb->buf[sb->len] = '\0';
    return 0;
}

int strbuf_append(strbuf *sb, const char *s)
{
    return strbuf_append_n(sb, s, strlen(s));
}

int strbuf_putc(strbuf *sb, char c)
{
    return strbuf_append_n(sb, &c, 1);
}

int strbuf_printf(strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;

    if (strbuf_grow(sb, (size_t)n) < 0)
        return -1;

    va_start(ap, fmt);
    vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
    return n;
}

/* Append `s` with JSON string escaping (without surrounding quotes). */
int strbuf_append_json_escaped(strbuf *sb, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        int rc;
        switch (c) {
        case '"':  rc = strbuf_append(sb, "\\\""); break;
        case '\\': rc = strbuf_append(sb, "\\\\"); break;
        case '\n': rc = strbuf_append(sb, "\\n"); break;
        case '\r': rc = strbuf_append(sb, "\\r"); break;
        case '\t': rc = strbuf_append(sb, "\\t"); break;
        default:
            if (c < 0x20)
                rc = strbuf_printf(sb, "\\u%04x", c) < 0 ? -1 : 0;
            else
                rc = strbuf_putc(sb, (char)c);
        }
        if (rc < 0)
            return -1;
    }
    return 0;
}

void strbuf_trim(strbuf *sb)
{
    size_t start = 0;
    while (start < sb->len && strchr(" \t\r\n", sb->buf[start]))
        start++;
    size_t end = sb->len;
    while (end > start && strchr(" \t\r\n", sb->buf[end - 1]))
        end--;
    if (start > 0)
        memmove(sb->buf, sb->buf + start, end - start);
    sb->len = end - start;
    if (sb->buf)
        sb->buf[sb->len] = '\0';
}

/* Transfer ownership of the string to the caller and reset the buffer. */
char *strbuf_detach(strbuf *sb)
{
    char *s = sb->buf ? sb->buf : strdup("");
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    return s;
}

void strbuf_release(strbuf *sb)
{
    free(sb->buf);
    sb->buf = NULL;
    sb->len = sb->cap = 0;
}

#ifdef STRBUF_DEMO
int main(void)
{
    strbuf sb = STRBUF_INIT;
    strbuf_append(&sb, "{\"msg\": \"");
    strbuf_append_json_escaped(&sb, "line one\nsaid \"hi\"\t!");
    strbuf_printf(&sb, "\", \"count\": %d}", 3);
    puts(sb.buf);
    strbuf_release(&sb);
    return 0;
}
#endif
