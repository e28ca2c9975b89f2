"""
Build a monthly cohort retention table from an orders CSV with pandas.

Input columns: customer_id, order_date (YYYY-MM-DD), amount
Output: one row per signup cohort (month of first order), one column per
"months since first order", values = share of the cohort still ordering.
"""

import sys
from pathlib import Path

import pandas as pd


def load_orders(path: Path) -> pd.DataFrame:
    """Read the orders file and keep only the columns we need."""
    orders = pd.read_csv(path, usecols=["customer_id", "order_date", "amount"], parse_dates=["order_date"])
    # Drop rows with missing ids or dates; they can't be assigned to a cohort
    orders = orders.dropna(subset=["customer_id", "order_date"])
    # Refunds are recorded as negative amounts; they are not real activity
    return orders[orders["amount"] > 0]


def add_cohort_columns(orders: pd.DataFrame) -> pd.DataFrame:
    """Add the cohort month and the number of months since it."""
    orders = orders.copy()
    orders["order_month"] = orders["order_date"].dt.to_period("M")

    # A customer's cohort is the month of their first ever order
    orders["cohort"] = orders.groupby("customer_id")["order_month"].transform("min")

    # Period subtraction gives an offset object; .n is the number of months
    orders["period"] = (orders["order_month"] - orders["cohort"]).apply(lambda offset: offset.n)
    return orders


def retention_table(orders: pd.DataFrame, max_periods: int = 12) -> pd.DataFrame:
    """Return the share of each cohort active in each month after joining."""
    active = (
        orders.groupby(["cohort", "period"])["customer_id"]
        .nunique()
        .unstack(fill_value=0)
    )
    # Column 0 is the cohort size: everyone ordered in their first month
    cohort_sizes = active[0]
    table = active.divide(cohort_sizes, axis=0).round(3)

    # Limit to the first N months to keep the table readable
    table = table.loc[:, table.columns < max_periods]
    table.insert(0, "customers", cohort_sizes)
    return table


def revenue_per_cohort(orders: pd.DataFrame) -> pd.DataFrame:
    """Total and average revenue per customer for each cohort."""
    summary = orders.groupby("cohort").agg(
        customers=("customer_id", "nunique"),
        revenue=("amount", "sum"),
    )
    summary["revenue_per_customer"] = (summary["revenue"] / summary["customers"]).round(2)
    return summary


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: cohort_retention.py orders.csv [output.csv]", file=sys.stderr)
        return 2

    source = Path(argv[1])
    if not source.exists():
        print(f"error: {source} not found", file=sys.stderr)
        return 1

    orders = add_cohort_columns(load_orders(source))
    table = retention_table(orders)

    # Print a percentage view to the console
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.drop(columns="customers").mul(100).round(1).astype(str).add("%"))
        print()
        print(revenue_per_cohort(orders))

    if len(argv) > 2:
        table.to_csv(argv[2])
        print(f"\nSaved retention table to {argv[2]}")
    return 0


if __name__ == "__main__":
    # Example: python cohort_retention.py orders.csv retention.csv
    sys.exit(main(sys.argv))
