#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int r, c;
} cell;

int flood_fill(char *grid, int rows, int cols, int sr, int sc, char repl) {
    if (sr < 0 || sr >= rows || sc < 0 || sc >= cols)
        return 0;
    char target = grid[sr * cols + sc];
    if (target == repl)
        return 0;

    cell *queue = malloc(sizeof(cell) * (size_t)rows * (size_t)cols);
    if (!queue)
        return -1;

    static const int dr[] = {-1, 1, 0, 0};
    static const int dc[] = {0, 0, -1, 1};
    int head = 0, tail = 0, filled = 0;

    grid[sr * cols + sc] = repl;
    queue[tail++] = (cell){sr, sc};
    while (head < tail) {
        cell cur = queue[head++];
        filled++;
        for (int k = 0; k < 4; k++) {
            int nr = cur.r + dr[k], nc = cur.c + dc[k];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols)
                continue;
            if (grid[nr * cols + nc] != target)
                continue;
            grid[nr * cols + nc] = repl;
            queue[tail++] = (cell){nr, nc};
        }
    }
    free(queue);
    return filled;
}

static void print_grid(const char *g, int rows, int cols) {
    for (int r = 0; r < rows; r++)
        printf("%.*s\n", cols, g + r * cols);
}

int main(void) {
    const char *src[] = {
        "..........",
        ".####.....",
        ".#..#..##.",
        ".#..#..#..",
        ".####..#..",
        "..........",
    };
    int rows = 6, cols = 10;
    char grid[60];
    for (int r = 0; r < rows; r++)
        memcpy(grid + r * cols, src[r], (size_t)cols);

    int n = flood_fill(grid, rows, cols, 2, 2, 'o');
    printf("inside: %d cells\n", n);
    n = flood_fill(grid, rows, cols, 0, 0, '~');
    printf("outside: %d cells\n", n);
    print_grid(grid, rows, cols);
    return 0;
}
