#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { CAT_UNKNOWN, CAT_PRODUCE, CAT_DAIRY, CAT_BAKERY, CAT_FROZEN } category;

typedef struct {
    const char *code;
    const char *name;
    category cat;
    unsigned price_cents;
    unsigned shelf_days;
} product;

static const product catalog[] = {
    {"A100", "apples", CAT_PRODUCE, 349, 14},
    {"B200", "bagels", CAT_BAKERY, 499, 5},
    {"C300", "cheddar", CAT_DAIRY, 629, 60},
    {"F400", "frozen peas", CAT_FROZEN, 279, 365},
    {"M500", "milk", CAT_DAIRY, 389, 10},
    {"S600", "sourdough", CAT_BAKERY, 725, 4},
};

static const char *const category_names[] = {
    [CAT_UNKNOWN] = "unknown",
    [CAT_PRODUCE] = "produce",
    [CAT_DAIRY] = "dairy",
    [CAT_BAKERY] = "bakery",
    [CAT_FROZEN] = "frozen",
};

static int cmp_code(const void *key, const void *elem) {
    return strcmp(key, ((const product *)elem)->code);
}

const product *find_product(const char *code) {
    return bsearch(code, catalog, sizeof catalog / sizeof catalog[0], sizeof catalog[0], cmp_code);
}

const char *category_name(category c) {
    if ((size_t)c >= sizeof category_names / sizeof category_names[0])
        return category_names[CAT_UNKNOWN];
    return category_names[c];
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s CODE...\n", argv[0]);
        return 2;
    }
    int missing = 0;
    for (int i = 1; i < argc; i++) {
        const product *p = find_product(argv[i]);
        if (!p) {
            printf("%-6s not found\n", argv[i]);
            missing++;
            continue;
        }
        printf("%-6s %-12s %-8s $%u.%02u  keeps %u days\n", p->code, p->name,
               category_name(p->cat), p->price_cents / 100, p->price_cents % 100, p->shelf_days);
    }
    return missing ? 1 : 0;
}
