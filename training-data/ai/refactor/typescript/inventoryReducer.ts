export interface Item {
  sku: string;
  name: string;
  qty: number;
  reserved: number;
  location?: string;
}

export interface InventoryState {
  items: Record<string, Item>;
  log: string[];
  error: string | null;
}

export type InventoryAction =
  | { type: "item/added"; item: Omit<Item, "reserved"> }
  | { type: "item/removed"; sku: string }
  | { type: "stock/received"; sku: string; qty: number }
  | { type: "stock/reserved"; sku: string; qty: number }
  | { type: "stock/released"; sku: string; qty: number }
  | { type: "stock/shipped"; sku: string; qty: number }
  | { type: "item/moved"; sku: string; location: string };

export const initialState: InventoryState = { items: {}, log: [], error: null };

const fail = (s: InventoryState, error: string): InventoryState => ({ ...s, error });

const update = (s: InventoryState, sku: string, patch: Partial<Item>, msg: string): InventoryState => ({
  items: { ...s.items, [sku]: { ...s.items[sku], ...patch } },
  log: [...s.log, msg],
  error: null,
});

const available = (i: Item) => i.qty - i.reserved;

export function inventoryReducer(state: InventoryState, action: InventoryAction): InventoryState {
  if (action.type === "item/added") {
    const { item } = action;
    if (state.items[item.sku]) return fail(state, `duplicate sku ${item.sku}`);
    if (item.qty < 0) return fail(state, "qty must be >= 0");
    return update(state, item.sku, { ...item, reserved: 0 }, `added ${item.sku}`);
  }

  const item = state.items[action.sku];
  if (!item) return fail(state, `unknown sku ${action.sku}`);
  if ("qty" in action && (!Number.isInteger(action.qty) || action.qty <= 0)) {
    return fail(state, "qty must be a positive integer");
  }

  switch (action.type) {
    case "item/removed": {
      if (item.reserved > 0) return fail(state, `${item.sku} has ${item.reserved} reserved`);
      const { [action.sku]: _removed, ...rest } = state.items;
      return { items: rest, log: [...state.log, `removed ${action.sku}`], error: null };
    }
    case "stock/received":
      return update(state, item.sku, { qty: item.qty + action.qty }, `+${action.qty} ${item.sku}`);
    case "stock/reserved":
      if (available(item) < action.qty) return fail(state, `only ${available(item)} of ${item.sku} available`);
      return update(state, item.sku, { reserved: item.reserved + action.qty }, `reserved ${action.qty} ${item.sku}`);
    case "stock/released":
      if (item.reserved < action.qty) return fail(state, `cannot release more than reserved`);
      return update(state, item.sku, { reserved: item.reserved - action.qty }, `released ${action.qty} ${item.sku}`);
    case "stock/shipped":
      if (item.reserved < action.qty) return fail(state, `ship qty exceeds reserved for ${item.sku}`);
      return update(
        state,
        item.sku,
        { qty: item.qty - action.qty, reserved: item.reserved - action.qty },
        `shipped ${action.qty} ${item.sku}`
      );
    case "item/moved":
      return update(state, item.sku, { location: action.location }, `moved ${item.sku} to ${action.location}`);
    default: {
      const _exhaustive: never = action;
      return state;
    }
  }
}

export const selectLowStock = (s: InventoryState, threshold = 5) =>
  Object.values(s.items).filter((i) => available(i) <= threshold);
