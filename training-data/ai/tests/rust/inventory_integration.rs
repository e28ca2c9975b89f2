// Integration tests for the inventory crate's public API.

use inventory::{Inventory, InventoryError, Item, Sku};

fn sku(s: &str) -> Sku {
    Sku::new(s).unwrap()
}

fn stocked() -> Inventory {
    let mut inv = Inventory::new();
    inv.add_item(Item::new(sku("APL-001"), "Apple", 50)).unwrap();
    inv.add_item(Item::new(sku("BAN-002"), "Banana", 5)).unwrap();
    inv
}

#[test]
fn sku_validation() {
    assert!(Sku::new("ABC-123").is_ok());
    assert!(Sku::new("").is_err());
    assert!(Sku::new("lowercase-1").is_err());
    assert!(Sku::new("WAY-TOO-LONG-SKU-0001").is_err());
}

#[test]
fn adding_a_duplicate_sku_fails() {
    let mut inv = stocked();
    let err = inv.add_item(Item::new(sku("APL-001"), "Green apple", 1)).unwrap_err();
    assert!(matches!(err, InventoryError::DuplicateSku(ref s) if s.as_str() == "APL-001"));
}

#[test]
fn removing_stock_updates_quantity() {
    let mut inv = stocked();
    inv.remove_stock(&sku("APL-001"), 20).unwrap();
    assert_eq!(inv.quantity(&sku("APL-001")), Some(30));
}

#[test]
fn cannot_remove_more_than_available() {
    let mut inv = stocked();
    let err = inv.remove_stock(&sku("BAN-002"), 6).unwrap_err();
    assert_eq!(err, InventoryError::InsufficientStock { requested: 6, available: 5 });
    // quantity must be unchanged after a failed removal
    assert_eq!(inv.quantity(&sku("BAN-002")), Some(5));
}

#[test]
fn unknown_sku_is_reported() {
    let mut inv = stocked();
    assert!(matches!(
        inv.remove_stock(&sku("XXX-999"), 1),
        Err(InventoryError::UnknownSku(_))
    ));
    assert_eq!(inv.quantity(&sku("XXX-999")), None);
}

#[test]
fn low_stock_report_is_sorted_by_quantity() {
    let mut inv = stocked();
    inv.add_item(Item::new(sku("CHR-003"), "Cherry", 2)).unwrap();
    let low: Vec<_> = inv.low_stock(10).iter().map(|i| i.name.as_str()).collect();
    assert_eq!(low, ["Cherry", "Banana"]);
}

#[test]
fn total_units_sums_all_items() {
    assert_eq!(stocked().total_units(), 55);
}

#[test]
fn serde_round_trip_preserves_items() {
    let inv = stocked();
    let json = serde_json::to_string(&inv).expect("serialize");
    let restored: Inventory = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(restored.quantity(&sku("APL-001")), Some(50));
    assert_eq!(restored.len(), inv.len());
}
