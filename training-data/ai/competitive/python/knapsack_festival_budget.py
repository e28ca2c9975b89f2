# Choose snacks for the festival stand: maximize total joy without exceeding the budget.
# Prints the best joy and the 1-based indices of the chosen snacks.


# Function to build the knapsack table
def build_table(costs, joys, budget):
    n = len(costs)
    # Initialize the dp table with zeros, dp[i][b] = best joy using first i items with budget b
    dp = [[0] * (budget + 1) for _ in range(n + 1)]
    # Iterate over each item
    for i in range(1, n + 1):
        c = costs[i - 1]
        j = joys[i - 1]
        for b in range(budget + 1):
            # Option 1: skip the item
            dp[i][b] = dp[i - 1][b]
            # Option 2: take the item if it fits
            if c <= b and dp[i - 1][b - c] + j > dp[i][b]:
                dp[i][b] = dp[i - 1][b - c] + j
    return dp


# Function to recover which items were taken
def recover_items(dp, costs, budget):
    chosen = []
    b = budget
    # Walk backwards through the table
    for i in range(len(costs), 0, -1):
        # If the value changed, the item was taken
        if dp[i][b] != dp[i - 1][b]:
            chosen.append(i)
            b -= costs[i - 1]
    chosen.reverse()
    return chosen


def main():
    # Read the number of snacks and the budget
    n, budget = map(int, input().split())
    costs = []
    joys = []
    # Read each snack as "cost joy"
    for _ in range(n):
        c, j = map(int, input().split())
        costs.append(c)
        joys.append(j)

    # Check for the edge case of no snacks
    if n == 0:
        print(0)
        print()
        return

    dp = build_table(costs, joys, budget)
    chosen = recover_items(dp, costs, budget)

    # Print the result
    print(dp[n][budget])
    print(" ".join(map(str, chosen)))


if __name__ == "__main__":
    main()
