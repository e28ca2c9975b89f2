/* cgi_form_echo.c - CGI program that parses form fields from GET or POST
 * and prints them back as an HTML table. */

#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 64
#define MAX_POST_SIZE 65536

/* Structure to hold one form field */
struct field { char *name; char *value; };

/* Function to convert a hex digit to its value */
static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Function to URL-decode a string in place ('+' becomes space, %XX becomes a byte) */
static void url_decode(char *s)
{
    char *out = s;
    while (*s) {
        if (*s == '+') {
            *out++ = ' ';
            s++;
        } else if (*s == '%' && hex_value(s[1]) >= 0 && hex_value(s[2]) >= 0) {
            *out++ = (char)(hex_value(s[1]) * 16 + hex_value(s[2]));
            s += 3;
        } else {
            *out++ = *s++;
        }
    }
    *out = '\0';
}

/* Function to print a string with HTML special characters escaped */
static void html_escape(const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", stdout); break;
        case '>': fputs("&gt;", stdout); break;
        case '&': fputs("&amp;", stdout); break;
        case '"': fputs("&quot;", stdout); break;
        default: putchar(*s);
        }
    }
}

/* Function to split "a=1&b=2" into fields. Returns the number of fields. */
static int parse_fields(char *data, struct field *fields, int max)
{
    int count = 0;
    char *pair = strtok(data, "&");

    while (pair != NULL && count < max) {
        char *eq = strchr(pair, '=');
        if (eq != NULL) {
            *eq = '\0';
            fields[count].value = eq + 1;
        } else {
            /* No '=' so the value is empty (point at the terminating NUL) */
            fields[count].value = pair + strlen(pair);
        }
        fields[count].name = pair;
        url_decode(fields[count].name);
        url_decode(fields[count].value);
        count++;
        pair = strtok(NULL, "&");
    }
    return count;
}

/* Function to read the request body for POST requests */
static char *read_post_body(void)
{
    const char *len_str = getenv("CONTENT_LENGTH");
    long len;
    char *body;
    len = len_str ? strtol(len_str, NULL, 10) : 0;
    if (len <= 0 || len > MAX_POST_SIZE) return NULL;

    body = malloc((size_t)len + 1);
    if (body == NULL) return NULL;

    size_t got = fread(body, 1, (size_t)len, stdin);
    body[got] = '\0';
    return body;
}

int main(void)
{
    const char *method = getenv("REQUEST_METHOD");
    struct field fields[MAX_FIELDS];
    char *data = NULL;
    int count = 0;

    /* Default to GET if the server did not set the method */
    if (method == NULL) method = "GET";

    /* Get the form data depending on the request method */
    if (strcmp(method, "POST") == 0) {
        data = read_post_body();
    } else {
        const char *qs = getenv("QUERY_STRING");
        if (qs != NULL) {
            data = strdup(qs);
        }
    }

    if (data != NULL) {
        count = parse_fields(data, fields, MAX_FIELDS);
    }

    /* Print the HTTP header followed by a blank line */
    printf("Content-Type: text/html; charset=utf-8\r\n\r\n");

    /* Print the HTML page */
    printf("<!DOCTYPE html>\n<html><head><title>Form echo</title></head><body>\n");
    printf("<h1>Received %d field%s via ", count, count == 1 ? "" : "s");
    html_escape(method);
    printf("</h1>\n");

    if (count > 0) {
        printf("<table border=\"1\">\n<tr><th>Name</th><th>Value</th></tr>\n");
        for (int i = 0; i < count; i++) {
            printf("<tr><td>");
            html_escape(fields[i].name);
            printf("</td><td>");
            html_escape(fields[i].value);
            printf("</td></tr>\n");
        }
        printf("</table>\n");
    } else {
        printf("<p>No form data was sent.</p>\n");
    }

    printf("</body></html>\n");

    free(data);
    return 0;
}
