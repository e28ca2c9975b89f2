/*
 * utf8_decode.c - a small, strict UTF-8 decoder.
 *
 * The decoder walks a byte buffer and returns one Unicode code point at a
 * time. It rejects everything the Unicode standard calls ill-formed:
 *   - overlong encodings (e.g. 0xC0 0x80 for U+0000)
 *   - surrogate code points (U+D800..U+DFFF)
 *   - values above U+10FFFF
 *   - truncated sequences and stray continuation bytes
 *
 * Build the demo with:  cc -std=c99 -Wall -DUTF8_DEMO utf8_decode.c
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Returned in place of a code point when the input is malformed. */
#define UTF8_INVALID 0xFFFFFFFFu

/*
 * Decode one code point starting at s[*pos], where len is the total length
 * of the buffer. On success *pos is advanced past the sequence. On error *pos
 * is advanced by one byte so the caller can resynchronize and keep going.
 */
uint32_t utf8_next(const unsigned char *s, size_t len, size_t *pos)
{
    size_t i = *pos;
    unsigned char b0 = s[i];
    uint32_t cp;
    int need;      /* number of continuation bytes expected */
    uint32_t min;  /* smallest code point allowed for this length */

    /* Work out the sequence length from the lead byte. */
    if (b0 < 0x80)
    {
        *pos = i + 1;
        return b0;                 /* plain ASCII, the common fast path */
    }
    else if ((b0 & 0xE0) == 0xC0)
    {
        need = 1;
        cp = b0 & 0x1F;
        min = 0x80;
    }
    else if ((b0 & 0xF0) == 0xE0)
    {
        need = 2;
        cp = b0 & 0x0F;
        min = 0x800;
    }
    else if ((b0 & 0xF8) == 0xF0)
    {
        need = 3;
        cp = b0 & 0x07;
        min = 0x10000;
    }
    else
    {
        /* 0x80..0xBF (stray continuation) or 0xF8..0xFF (never valid). */
        *pos = i + 1;
        return UTF8_INVALID;
    }

    /* Make sure the whole sequence fits in the buffer. */
    if (i + (size_t)need >= len)
    {
        *pos = i + 1;
        return UTF8_INVALID;
    }

    /* Each continuation byte must look like 10xxxxxx. */
    for (int k = 1; k <= need; k++)
    {
        unsigned char b = s[i + k];
        if ((b & 0xC0) != 0x80)
        {
            *pos = i + 1;
            return UTF8_INVALID;
        }
        cp = (cp << 6) | (b & 0x3F);
    }

    /* Reject overlong forms, surrogates and out-of-range values. */
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    {
        *pos = i + 1;
        return UTF8_INVALID;
    }

    *pos = i + 1 + (size_t)need;
    return cp;
}

/*
 * Count code points in a buffer. Returns -1 if any sequence is invalid.
 */
long utf8_length(const unsigned char *s, size_t len)
{
    size_t pos = 0;
    long count = 0;

    while (pos < len)
    {
        if (utf8_next(s, len, &pos) == UTF8_INVALID)
            return -1;
        count++;
    }
    return count;
}

#ifdef UTF8_DEMO
/* Example usage: print each code point of a few sample strings. */
int main(void)
{
    const char *samples[] = {
        "hello",
        "caf\xC3\xA9",              /* café */
        "\xE2\x82\xAC 5",           /* € 5 */
        "\xF0\x9F\x98\x80",         /* 😀 */
        "bad \xC0\x80 overlong",    /* invalid */
        "cut \xE2\x82",             /* truncated */
    };

    for (size_t n = 0; n < sizeof samples / sizeof samples[0]; n++)
    {
        const unsigned char *s = (const unsigned char *)samples[n];
        size_t len = strlen(samples[n]);
        size_t pos = 0;

        printf("%-22s length=%ld :", samples[n], utf8_length(s, len));
        while (pos < len)
        {
            uint32_t cp = utf8_next(s, len, &pos);
            if (cp == UTF8_INVALID)
                printf(" <bad>");
            else
                printf(" U+%04X", (unsigned)cp);
        }
        putchar('\n');
    }
    return 0;
}
#endif
