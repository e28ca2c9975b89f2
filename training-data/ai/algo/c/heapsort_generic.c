/**
 * heapsort_generic.c - in-place heapsort with a qsort-compatible interface.
 *
 * Unlike qsort, heapsort guarantees O(n log n) worst-case time and uses O(1)
 * extra memory (one element-sized swap buffer on the stack for small
 * elements, otherwise a byte-by-byte swap). It is not stable.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/** Elements up to this size are swapped through a stack buffer. */
#define SWAP_BUF_SIZE 64

typedef int (*cmp_fn)(const void *, const void *);

/**
 * Swaps two elements of `size` bytes.
 */
static void swap_elems(unsigned char *a, unsigned char *b, size_t size) {
    if (a == b) {
        return;
    }
    if (size <= SWAP_BUF_SIZE) {
        unsigned char tmp[SWAP_BUF_SIZE];
        memcpy(tmp, a, size);
        memcpy(a, b, size);
        memcpy(b, tmp, size);
        return;
    }
    for (size_t i = 0; i < size; i++) {
        unsigned char t = a[i];
        a[i] = b[i];
        b[i] = t;
    }
}

/**
 * Restores the max-heap property for the subtree rooted at `root`,
 * considering only the first `count` elements.
 */
static void sift_down(unsigned char *base, size_t root, size_t count,
                      size_t size, cmp_fn cmp) {
    for (;;) {
        size_t largest = root;
        size_t left = 2 * root + 1;
        size_t right = left + 1;

        if (left < count && cmp(base + left * size, base + largest * size) > 0) {
            largest = left;
        }
        if (right < count && cmp(base + right * size, base + largest * size) > 0) {
            largest = right;
        }
        if (largest == root) {
            return;
        }
        swap_elems(base + root * size, base + largest * size, size);
        root = largest;
    }
}

/**
 * Sorts `count` elements of `size` bytes each, in ascending order per `cmp`.
 *
 * @return 0 on success, -1 if the arguments are invalid.
 */
int heapsort_generic(void *base, size_t count, size_t size, cmp_fn cmp) {
    if (count < 2) {
        return 0;
    }
    if (base == NULL || size == 0 || cmp == NULL) {
        return -1;
    }
    if (count > ((size_t)-1) / size) {
        return -1; /* count * size would overflow */
    }

    unsigned char *bytes = base;

    /* Build the heap bottom-up, starting at the last internal node. */
    for (size_t i = count / 2; i-- > 0;) {
        sift_down(bytes, i, count, size, cmp);
    }

    /* Repeatedly move the max to the end and shrink the heap. */
    for (size_t end = count - 1; end > 0; end--) {
        swap_elems(bytes, bytes + end * size, size);
        sift_down(bytes, 0, end, size, cmp);
    }
    return 0;
}

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (x > y) - (x < y);
}

struct employee {
    char name[16];
    double salary;
};

static int cmp_salary_desc(const void *a, const void *b) {
    double x = ((const struct employee *)a)->salary;
    double y = ((const struct employee *)b)->salary;
    return (y > x) - (y < x);
}

int main(void) {
    int nums[] = {42, -7, 19, 0, 3, 3, 100, -50, 8};
    size_t n = sizeof nums / sizeof nums[0];

    if (heapsort_generic(nums, n, sizeof nums[0], cmp_int) != 0) {
        fprintf(stderr, "heapsort_generic: invalid arguments\n");
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        printf("%d%c", nums[i], i + 1 == n ? '\n' : ' ');
    }

    struct employee staff[] = {
        {"ana", 72000.0}, {"bo", 58500.0}, {"cy", 91000.0}, {"dee", 64000.0},
    };
    size_t m = sizeof staff / sizeof staff[0];
    heapsort_generic(staff, m, sizeof staff[0], cmp_salary_desc);
    for (size_t i = 0; i < m; i++) {
        printf("%-4s %9.2f\n", staff[i].name, staff[i].salary);
    }
    return 0;
}
