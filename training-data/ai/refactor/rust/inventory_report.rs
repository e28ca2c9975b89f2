//! Low-stock and valuation report for the warehouse inventory.
//!
//! Refactoring notes:
//! - The old `build_report` used three nested `for` loops with mutable
//!   accumulators and an index-based lookup into `suppliers`. It is now a set
//!   of small functions built on iterator chains.
//! - Supplier lookup goes through a `HashMap` built once, instead of a linear
//!   scan per item (O(n*m) -> O(n+m)).
//! - Money is kept in integer cents to avoid floating-point drift.
//! - Behaviour is unchanged: same ordering (by category, then SKU) and the
//!   same threshold semantics (`quantity <= reorder_level` counts as low).

use std::collections::{BTreeMap, HashMap};

/// Fallback name used when an item references an unknown supplier.
const UNKNOWN_SUPPLIER: &str = "<unknown supplier>";

#[derive(Debug, Clone)]
pub struct Supplier {
    pub id: u32,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub sku: String,
    pub category: String,
    pub supplier_id: u32,
    pub quantity: u32,
    pub reorder_level: u32,
    pub unit_cost_cents: u64,
}

/// One line of the low-stock section.
#[derive(Debug, PartialEq, Eq)]
pub struct LowStockLine {
    pub sku: String,
    pub supplier: String,
    pub shortfall: u32,
}

/// The complete report.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// Total stock value per category, in cents, ordered by category name.
    pub value_by_category: BTreeMap<String, u64>,
    /// Items at or below their reorder level, ordered by category then SKU.
    pub low_stock: Vec<LowStockLine>,
    /// Sum of all category values, in cents.
    pub total_value_cents: u64,
}

/// Returns true when an item needs to be reordered.
fn is_low(item: &Item) -> bool {
    item.quantity <= item.reorder_level
}

/// Value of the stock held for a single item, in cents.
fn stock_value(item: &Item) -> u64 {
    u64::from(item.quantity) * item.unit_cost_cents
}

/// Sums stock value per category.
fn value_by_category(items: &[Item]) -> BTreeMap<String, u64> {
    items.iter().fold(BTreeMap::new(), |mut acc, item| {
        *acc.entry(item.category.clone()).or_insert(0) += stock_value(item);
        acc
    })
}

/// Lists low-stock items with their supplier name and how many units are missing.
fn low_stock_lines(items: &[Item], suppliers: &[Supplier]) -> Vec<LowStockLine> {
    let names: HashMap<u32, &str> = suppliers.iter().map(|s| (s.id, s.name.as_str())).collect();

    let mut low: Vec<&Item> = items.iter().filter(|item| is_low(item)).collect();
    low.sort_by(|a, b| (&a.category, &a.sku).cmp(&(&b.category, &b.sku)));

    low.into_iter()
        .map(|item| LowStockLine {
            sku: item.sku.clone(),
            supplier: names
                .get(&item.supplier_id)
                .copied()
                .unwrap_or(UNKNOWN_SUPPLIER)
                .to_string(),
            shortfall: item.reorder_level - item.quantity + 1,
        })
        .collect()
}

/// Builds the full report. Replaces the old loop-heavy `build_report`.
pub fn build_report(items: &[Item], suppliers: &[Supplier]) -> Report {
    let value_by_category = value_by_category(items);
    let total_value_cents = value_by_category.values().sum();
    Report {
        value_by_category,
        low_stock: low_stock_lines(items, suppliers),
        total_value_cents,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(sku: &str, cat: &str, sup: u32, qty: u32, reorder: u32, cost: u64) -> Item {
        Item {
            sku: sku.into(),
            category: cat.into(),
            supplier_id: sup,
            quantity: qty,
            reorder_level: reorder,
            unit_cost_cents: cost,
        }
    }

    #[test]
    fn report_matches_previous_behaviour() {
        let suppliers = vec![Supplier { id: 1, name: "Acme".into() }];
        let items = vec![
            item("B-2", "bolts", 1, 3, 5, 10),
            item("A-1", "anchors", 9, 10, 2, 250),
            item("B-1", "bolts", 1, 5, 5, 12),
        ];
        let report = build_report(&items, &suppliers);

        assert_eq!(report.value_by_category["anchors"], 2500);
        assert_eq!(report.value_by_category["bolts"], 90);
        assert_eq!(report.total_value_cents, 2590);
        let skus: Vec<&str> = report.low_stock.iter().map(|l| l.sku.as_str()).collect();
        assert_eq!(skus, ["B-1", "B-2"]);
        assert_eq!(report.low_stock[1].shortfall, 3);
    }

    #[test]
    fn unknown_supplier_uses_placeholder() {
        let items = vec![item("X", "misc", 42, 0, 1, 1)];
        let report = build_report(&items, &[]);
        assert_eq!(report.low_stock[0].supplier, UNKNOWN_SUPPLIER);
    }
}
