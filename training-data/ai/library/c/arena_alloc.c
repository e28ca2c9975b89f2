#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct arena_block {
    struct arena_block *next;
    size_t cap;
    size_t used;
    alignas(max_align_t) unsigned char data[];
} arena_block;

typedef struct {
    arena_block *head;
    size_t block_size;
} arena;

static arena_block *block_new(size_t cap) {
    arena_block *b = malloc(sizeof *b + cap);
    if (!b)
        return NULL;
    b->next = NULL;
    b->cap = cap;
    b->used = 0;
    return b;
}

void arena_init(arena *a, size_t block_size) {
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
}

static size_t align_up(size_t n, size_t align) {
    return (n + align - 1) & ~(align - 1);
}

void *arena_alloc_aligned(arena *a, size_t size, size_t align) {
    if (align == 0 || (align & (align - 1)) != 0 || align > alignof(max_align_t))
        return NULL;
    arena_block *b = a->head;
    if (b) {
        size_t off = align_up(b->used, align);
        if (off <= b->cap && size <= b->cap - off) {
            b->used = off + size;
            return b->data + off;
        }
    }
    size_t cap = size > a->block_size ? size : a->block_size;
    b = block_new(cap);
    if (!b)
        return NULL;
    b->next = a->head;
    a->head = b;
    b->used = size;
    return b->data;
}

void *arena_alloc(arena *a, size_t size) {
    return arena_alloc_aligned(a, size, alignof(max_align_t));
}

char *arena_strdup(arena *a, const char *s) {
    size_t n = strlen(s) + 1;
    char *p = arena_alloc_aligned(a, n, 1);
    if (p)
        memcpy(p, s, n);
    return p;
}

size_t arena_bytes_used(const arena *a) {
    size_t total = 0;
    for (const arena_block *b = a->head; b; b = b->next)
        total += b->used;
    return total;
}

void arena_reset(arena *a) {
    arena_block *b = a->head;
    if (!b)
        return;
    while (b->next) {
        arena_block *next = b->next;
        b->next = next->next;
        free(next);
    }
    b->used = 0;
}

void arena_free(arena *a) {
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}
