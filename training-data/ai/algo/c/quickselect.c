#include <stdio.h>
#include <stdlib.h>

static void swap(int *a, int *b)
{
    int t = *a;
    *a = *b;
    *b = t;
}

/* Median-of-three pivot selection to avoid worst case on sorted input. */
static int choose_pivot(int *a, int lo, int hi)
{
    int mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) swap(&a[mid], &a[lo]);
    if (a[hi] < a[lo]) swap(&a[hi], &a[lo]);
    if (a[hi] < a[mid]) swap(&a[hi], &a[mid]);
    return mid;
}

/* Lomuto partition around a[pivot]; returns the pivot's final index. */
static int partition(int *a, int lo, int hi, int pivot)
{
    int value = a[pivot];
    swap(&a[pivot], &a[hi]);
    int store = lo;
    for (int i = lo; i < hi; i++) {
        if (a[i] < value) {
            swap(&a[i], &a[store]);
            store++;
        }
    }
    swap(&a[store], &a[hi]);
    return store;
}

/*
 * Returns the k-th smallest element (0-based) of a[0..n-1].
 * Average O(n). The array is partially reordered.
 */
int quickselect(int *a, int n, int k)
{
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int p = partition(a, lo, hi, choose_pivot(a, lo, hi));
        if (p == k)
            return a[p];
        if (k < p)
            hi = p - 1;
        else
            lo = p + 1;
    }
    return a[lo];
}

double median(int *a, int n)
{
    if (n % 2)
        return quickselect(a, n, n / 2);
    int upper = quickselect(a, n, n / 2);
    /* after selecting n/2, the lower half holds everything smaller */
    int lower = a[0];
    for (int i = 1; i < n / 2; i++)
        if (a[i] > lower)
            lower = a[i];
    return (lower + (double)upper) / 2.0;
}

static int cmp_int(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

int main(void)
{
    enum { N = 10001, TRIALS = 200 };
    static int data[N], copy[N];
    srand(12345);

    for (int t = 0; t < TRIALS; t++) {
        for (int i = 0; i < N; i++)
            data[i] = rand() % 1000 - 500;
        int k = rand() % N;

        for (int i = 0; i < N; i++)
            copy[i] = data[i];
        int got = quickselect(copy, N, k);

        qsort(data, N, sizeof(int), cmp_int);
        if (got != data[k]) {
            printf("mismatch on trial %d: k=%d got %d expected %d\n", t, k, got, data[k]);
            return 1;
        }
    }
    printf("all %d trials passed\n", TRIALS);

    int sample[] = {7, 1, 3, 9, 4, 6};
    printf("median of sample = %.1f\n", median(sample, 6));
    return 0;
}
