/*
 * dynarray.c - a growable array of fixed-size elements.
 *
 * Usage:
 *     dynarray_t arr;
 *     dynarray_init(&arr, sizeof(int));
 *     int x = 42;
 *     dynarray_push(&arr, &x);
 *     int *first = dynarray_get(&arr, 0);
 *     dynarray_free(&arr);
 */

#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>

#include "dynarray.h"

#define DYNARRAY_MIN_CAPACITY 8

void dynarray_init(dynarray_t *arr, size_t elem_size)
{
    arr->data = NULL;
    arr->len = 0;
    arr->cap = 0;
    arr->elem_size = elem_size;
}

void dynarray_free(dynarray_t *arr)
{
    free(arr->data);
    arr->data = NULL;
    arr->len = arr->cap = 0;
}

/* Ensure room for at least `min_cap` elements. Returns 0 on success, -1 on failure. */
int dynarray_reserve(dynarray_t *arr, size_t min_cap)
{
    if (min_cap <= arr->cap)
        return 0;

    size_t new_cap = arr->cap ? arr->cap : DYNARRAY_MIN_CAPACITY;
    while (new_cap < min_cap) {
        if (new_cap > SIZE_MAX / 2) {
            errno = ENOMEM;
            return -1;
        }
        new_cap *= 2;
    }
    if (new_cap > SIZE_MAX / arr->elem_size) {
        errno = ENOMEM;
        return -1;
    }

    void *p = realloc(arr->data, new_cap * arr->elem_size);
    if (!p)
        return -1;
    arr->data = p;
    arr->cap = new_cap;
    return 0;
}

int dynarray_push(dynarray_t *arr, const void *elem)
{
    if (dynarray_reserve(arr, arr->len + 1) != 0)
        return -1;
    memcpy((char *)arr->data + arr->len * arr->elem_size, elem, arr->elem_size);
    arr->len++;
    return 0;
}

int dynarray_pop(dynarray_t *arr, void *out)
{
    if (arr->len == 0)
        return -1;
    arr->len--;
    if (out)
        memcpy(out, (char *)arr->data + arr->len * arr->elem_size, arr->elem_size);
    return 0;
}

void *dynarray_get(const dynarray_t *arr, size_t index)
{
    if (index >= arr->len)
        return NULL;
    return (char *)arr->data + index * arr->elem_size;
}

int dynarray_insert(dynarray_t *arr, size_t index, const void *elem)
{
    if (index > arr->len)
        return -1;
    if (dynarray_reserve(arr, arr->len + 1) != 0)
        return -1;

    char *base = arr->data;
    size_t sz = arr->elem_size;
    memmove(base + (index + 1) * sz, base + index * sz, (arr->len - index) * sz);
    memcpy(base + index * sz, elem, sz);
    arr->len++;
    return 0;
}

int dynarray_remove(dynarray_t *arr, size_t index)
{
    if (index >= arr->len)
        return -1;
    char *base = arr->data;
    size_t sz = arr->elem_size;
    memmove(base + index * sz, base + (index + 1) * sz, (arr->len - index - 1) * sz);
    arr->len--;
    return 0;
}

/* Release unused capacity. */
int dynarray_shrink_to_fit(dynarray_t *arr)
{
    if (arr->len == 0) {
        dynarray_free(arr);
        return 0;
    }
    void *p = realloc(arr->data, arr->len * arr->elem_size);
    if (!p)
        return -1;
    arr->data = p;
    arr->cap = arr->len;
    return 0;
}

void dynarray_sort(dynarray_t *arr, int (*cmp)(const void *, const void *))
{
    if (arr->len > 1)
        qsort(arr->data, arr->len, arr->elem_size, cmp);
}
