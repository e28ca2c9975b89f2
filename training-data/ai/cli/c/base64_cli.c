#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int dval(int c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static void encode(FILE *in, FILE *out, int wrap) {
    unsigned char b[3];
    size_t n;
    int col = 0;
    while ((n = fread(b, 1, 3, in)) > 0) {
        if (n < 3) memset(b + n, 0, 3 - n);
        char o[4];
        o[0] = tbl[b[0] >> 2];
        o[1] = tbl[((b[0] & 3) << 4) | (b[1] >> 4)];
        o[2] = n > 1 ? tbl[((b[1] & 15) << 2) | (b[2] >> 6)] : '=';
        o[3] = n > 2 ? tbl[b[2] & 63] : '=';
        for (int i = 0; i < 4; i++) {
            fputc(o[i], out);
            if (wrap && ++col == wrap) {
                fputc('\n', out);
                col = 0;
            }
        }
    }
    if (!wrap || col) fputc('\n', out);
}

static int decode(FILE *in, FILE *out) {
    int q[4], n = 0, c, pad = 0;
    while ((c = fgetc(in)) != EOF) {
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') continue;
        if (c == '=') {
            pad++;
            q[n++] = 0;
        } else {
            int v = dval(c);
            if (v < 0 || pad) return -1;
            q[n++] = v;
        }
        if (n == 4) {
            fputc((q[0] << 2) | (q[1] >> 4), out);
            if (pad < 2) fputc(((q[1] & 15) << 4) | (q[2] >> 2), out);
            if (pad < 1) fputc(((q[2] & 3) << 6) | q[3], out);
            n = 0;
            if (pad) break;
        }
    }
    return n == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
    int dec = 0, wrap = 76;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-d")) dec = 1;
        else if (!strcmp(argv[i], "-w") && i + 1 < argc) wrap = atoi(argv[++i]);
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "usage: %s [-d] [-w cols] [file]\n", argv[0]);
            return 2;
        } else path = argv[i];
    }
    FILE *in = stdin;
    if (path && strcmp(path, "-")) {
        in = fopen(path, "rb");
        if (!in) {
            perror(path);
            return 1;
        }
    }
    int rc = 0;
    if (dec) {
        if (decode(in, stdout)) {
            fprintf(stderr, "base64: invalid input\n");
            rc = 1;
        }
    } else {
        encode(in, stdout, wrap < 0 ? 0 : wrap);
    }
    if (in != stdin) fclose(in);
    return rc;
}
