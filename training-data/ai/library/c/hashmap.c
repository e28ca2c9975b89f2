#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Open-addressing hash map from C strings to void pointers (linear probing). */

typedef struct {
    char *key;
    void *value;
    uint32_t hash;
} entry;

typedef struct {
    entry *slots;
    size_t cap;     /* always a power of two */
    size_t count;
    size_t tombstones;
} hashmap;

#define TOMBSTONE ((char *)1)

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 16777619u;
    }
    return h;
}

int hashmap_init(hashmap *m, size_t initial)
{
    size_t cap = 16;
    while (cap < initial * 2)
        cap <<= 1;
    m->slots = calloc(cap, sizeof(entry));
    if (!m->slots)
        return -1;
    m->cap = cap;
    m->count = m->tombstones = 0;
    return 0;
}

static entry *find_slot(entry *slots, size_t cap, const char *key, uint32_t h)
{
    size_t i = h & (cap - 1);
    entry *first_tomb = NULL;
    for (;;) {
        entry *e = &slots[i];
        if (e->key == NULL)
            return first_tomb ? first_tomb : e;
        if (e->key == TOMBSTONE) {
            if (!first_tomb)
                first_tomb = e;
        } else if (e->hash == h && strcmp(e->key, key) == 0) {
            return e;
        }
        i = (i + 1) & (cap - 1);
    }
}

static int resize(hashmap *m, size_t new_cap)
{
    entry *slots = calloc(new_cap, sizeof(entry));
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->cap; i++) {
        entry *e = &m->slots[i];
        if (e->key && e->key != TOMBSTONE)
            *find_slot(slots, new_cap, e->key, e->hash) = *e;
    }
    free(m->slots);
    m->slots = slots;
    m->cap = new_cap;
    m->tombstones = 0;
    return 0;
}

int hashmap_put(hashmap *m, const char *key, void *value)
{
    if ((m->count + m->tombstones + 1) * 4 > m->cap * 3) {
        size_t new_cap = m->count * 2 >= m->cap ? m->cap * 2 : m->cap;
        if (resize(m, new_cap) < 0)
            return -1;
    }
    uint32_t h = fnv1a(key);
    entry *e = find_slot(m->slots, m->cap, key, h);
    if (e->key && e->key != TOMBSTONE) {
        e->value = value;
        return 0;
    }
    char *copy = strdup(key);
    if (!copy)
        return -1;
    if (e->key == TOMBSTONE)
        m->tombstones--;
    e->key = copy;
    e->value = value;
    e->hash = h;
    m->count++;
    return 0;
}

void *hashmap_get(const hashmap *m, const char *key)
{
    entry *e = find_slot(m->slots, m->cap, key, fnv1a(key));
    return (e->key && e->key != TOMBSTONE) ? e->value : NULL;
}

int hashmap_remove(hashmap *m, const char *key)
{
    entry *e = find_slot(m->slots, m->cap, key, fnv1a(key));
    if (!e->key || e->key == TOMBSTONE)
        return 0;
    free(e->key);
    e->key = TOMBSTONE;
    e->value = NULL;
    m->count--;
    m->tombstones++;
    return 1;
}

void hashmap_free(hashmap *m, void (*free_value)(void *))
{
    for (size_t i = 0; i < m->cap; i++) {
        entry *e = &m->slots[i];
        if (e->key && e->key != TOMBSTONE) {
            if (free_value)
                free_value(e->value);
            free(e->key);
        }
    }
    free(m->slots);
    memset(m, 0, sizeof *m);
}
