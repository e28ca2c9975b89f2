#include <stdio.h>
#include <string.h>

struct counter {
    int total;
};

/* Count the words on standard input. */
static int count_words(const char *line) {
    int words = 0;
    for (const char *p = line; *p; p++) {
        if (*p == ' ') {
            words++;
        }
    }
    return words;
}

int main(void) {
    char line[256];
    struct counter c = {0};
    while (fgets(line, sizeof line, stdin)) {
        c.total += count_words(line);
    }
    printf("%d\n", c.total);
    return 0;
}
