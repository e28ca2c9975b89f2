import argparse
from pathlib import Path

import pandas as pd


def load_orders(path: Path) -> pd.DataFrame:
    df = pd.read_csv(
        path,
        parse_dates=["order_date"],
        dtype={"customer_id": "string", "product_id": "string", "region": "category"},
    )
    # Drop cancelled orders and obvious data-entry errors
    df = df[(df["status"] != "cancelled") & (df["quantity"] > 0) & (df["unit_price"] > 0)]
    df["revenue"] = df["quantity"] * df["unit_price"]
    df["month"] = df["order_date"].dt.to_period("M")
    return df


def load_products(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"product_id": "string"})[["product_id", "category", "unit_cost"]]


def monthly_summary(orders: pd.DataFrame, products: pd.DataFrame) -> pd.DataFrame:
    merged = orders.merge(products, on="product_id", how="left", validate="many_to_one")
    missing = merged["category"].isna().sum()
    if missing:
        print(f"warning: {missing} order lines reference unknown products")
    merged["category"] = merged["category"].fillna("Unknown")
    merged["margin"] = merged["revenue"] - merged["quantity"] * merged["unit_cost"].fillna(0)

    summary = (
        merged.groupby(["month", "category"], observed=True)
        .agg(
            orders=("order_id", "nunique"),
            customers=("customer_id", "nunique"),
            units=("quantity", "sum"),
            revenue=("revenue", "sum"),
            margin=("margin", "sum"),
        )
        .reset_index()
    )
    summary["margin_pct"] = (summary["margin"] / summary["revenue"] * 100).round(1)
    summary = summary.sort_values(["month", "revenue"], ascending=[True, False])

    # month-over-month revenue growth per category
    summary["mom_growth_pct"] = (
        summary.groupby("category")["revenue"].pct_change().mul(100).round(1)
    )
    return summary


def top_customers(orders: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    return (
        orders.groupby("customer_id")
        .agg(revenue=("revenue", "sum"), orders=("order_id", "nunique"), last_order=("order_date", "max"))
        .nlargest(n, "revenue")
        .reset_index()
    )


def write_excel(summary: pd.DataFrame, customers: pd.DataFrame, out: Path) -> None:
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        summary.assign(month=summary["month"].astype(str)).to_excel(writer, sheet_name="Monthly", index=False)
        pivot = summary.pivot_table(index="month", columns="category", values="revenue", aggfunc="sum")
        pivot.index = pivot.index.astype(str)
        pivot.to_excel(writer, sheet_name="Revenue pivot")
        customers.to_excel(writer, sheet_name="Top customers", index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the monthly sales report workbook.")
    parser.add_argument("orders", type=Path)
    parser.add_argument("products", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=Path("sales_report.xlsx"))
    parser.add_argument("--since", help="only include orders on or after this date (YYYY-MM-DD)")
    args = parser.parse_args()

    orders = load_orders(args.orders)
    if args.since:
        orders = orders[orders["order_date"] >= pd.Timestamp(args.since)]
    products = load_products(args.products)

    summary = monthly_summary(orders, products)
    customers = top_customers(orders)
    write_excel(summary, customers, args.output)

    latest = summary["month"].max()
    print(f"Report written to {args.output}")
    print(summary[summary["month"] == latest].to_string(index=False))


if __name__ == "__main__":
    main()
