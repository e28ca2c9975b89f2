import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class Knapsack {

    public record Item(String name, int weight, int value) {}

    public record Solution(int totalValue, int totalWeight, List<Item> items) {}

    private Knapsack() {}

    // 0/1 knapsack, O(n * capacity) time and memory (full table kept for reconstruction).
    public static Solution solve(List<Item> items, int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("capacity < 0");
        int n = items.size();
        int[][] best = new int[n + 1][capacity + 1];

        for (int i = 1; i <= n; i++) {
            Item it = items.get(i - 1);
            for (int w = 0; w <= capacity; w++) {
                best[i][w] = best[i - 1][w];
                if (it.weight() <= w) {
                    best[i][w] = Math.max(best[i][w], best[i - 1][w - it.weight()] + it.value());
                }
            }
        }

        List<Item> chosen = new ArrayList<>();
        int w = capacity;
        for (int i = n; i > 0; i--) {
            if (best[i][w] != best[i - 1][w]) {
                Item it = items.get(i - 1);
                chosen.add(it);
                w -= it.weight();
            }
        }
        Collections.reverse(chosen);
        int weight = chosen.stream().mapToInt(Item::weight).sum();
        return new Solution(best[n][capacity], weight, chosen);
    }

    // Value only, O(capacity) memory.
    public static int maxValue(List<Item> items, int capacity) {
        int[] dp = new int[capacity + 1];
        for (Item it : items) {
            for (int w = capacity; w >= it.weight(); w--) {
                dp[w] = Math.max(dp[w], dp[w - it.weight()] + it.value());
            }
        }
        return dp[capacity];
    }

    // Unbounded variant: each item may be taken any number of times.
    public static int maxValueUnbounded(List<Item> items, int capacity) {
        int[] dp = new int[capacity + 1];
        for (int w = 1; w <= capacity; w++) {
            for (Item it : items) {
                if (it.weight() <= w) {
                    dp[w] = Math.max(dp[w], dp[w - it.weight()] + it.value());
                }
            }
        }
        return dp[capacity];
    }

    public static void main(String[] args) {
        List<Item> items = List.of(
                new Item("tent", 5, 60),
                new Item("stove", 3, 50),
                new Item("camera", 4, 70),
                new Item("book", 2, 30),
                new Item("water", 1, 20));
        Solution s = solve(items, 10);
        System.out.println("best value " + s.totalValue() + " (weight " + s.totalWeight() + ")");
        s.items().forEach(i -> System.out.println("  " + i.name()));
        System.out.println("check: " + maxValue(items, 10) + ", unbounded: " + maxValueUnbounded(items, 10));
    }
}
