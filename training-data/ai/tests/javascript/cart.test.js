const { Cart } = require('../src/cart');
const pricing = require('../src/pricing');

jest.mock('../src/pricing');

describe('Cart', () => {
  let cart;

  beforeEach(() => {
    pricing.getPrice.mockImplementation((sku) => ({ A1: 1000, B2: 2550, C3: 99 }[sku]));
    pricing.getDiscount.mockReturnValue(0);
    cart = new Cart();
  });

  afterEach(() => {
    jest.clearAllMocks();
  });

  test('starts empty', () => {
    expect(cart.items).toEqual([]);
    expect(cart.totalCents()).toBe(0);
  });

  test('adds items and sums quantities for the same sku', () => {
    cart.add('A1', 2);
    cart.add('A1', 1);
    cart.add('B2');
    expect(cart.items).toEqual([
      { sku: 'A1', qty: 3 },
      { sku: 'B2', qty: 1 },
    ]);
  });

  test('computes the total from unit prices', () => {
    cart.add('A1', 2);
    cart.add('C3', 3);
    expect(cart.totalCents()).toBe(2 * 1000 + 3 * 99);
    expect(pricing.getPrice).toHaveBeenCalledWith('A1');
    expect(pricing.getPrice).toHaveBeenCalledWith('C3');
  });

  test.each([0, -1, 1.5, NaN])('rejects invalid quantity %p', (qty) => {
    expect(() => cart.add('A1', qty)).toThrow(/quantity/i);
  });

  test('throws for unknown sku', () => {
    expect(() => cart.add('ZZZ')).toThrow('Unknown SKU: ZZZ');
  });

  test('remove drops the line entirely', () => {
    cart.add('A1');
    cart.add('B2');
    cart.remove('A1');
    expect(cart.items.map((i) => i.sku)).toEqual(['B2']);
  });

  test('setQuantity to zero removes the item', () => {
    cart.add('A1', 5);
    cart.setQuantity('A1', 0);
    expect(cart.items).toHaveLength(0);
  });

  describe('discounts', () => {
    test('applies a percentage discount code', () => {
      pricing.getDiscount.mockReturnValue(10);
      cart.add('B2', 2);
      cart.applyCode('SAVE10');
      expect(cart.totalCents()).toBe(4590);
    });

    test('rounds discounted totals to whole cents', () => {
      pricing.getDiscount.mockReturnValue(15);
      cart.add('C3');
      cart.applyCode('SAVE15');
      expect(Number.isInteger(cart.totalCents())).toBe(true);
      expect(cart.totalCents()).toBe(84);
    });

    test('ignores invalid codes but reports them', () => {
      pricing.getDiscount.mockReturnValue(null);
      cart.add('A1');
      expect(cart.applyCode('BOGUS')).toBe(false);
      expect(cart.totalCents()).toBe(1000);
    });
  });

  test('emits change events', () => {
    const listener = jest.fn();
    cart.on('change', listener);
    cart.add('A1');
    cart.remove('A1');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenLastCalledWith(expect.objectContaining({ items: [] }));
  });

  test('serialises and restores', () => {
    cart.add('A1', 2);
    cart.applyCode('SAVE10');
    const restored = Cart.fromJSON(JSON.parse(JSON.stringify(cart)));
    expect(restored.items).toEqual(cart.items);
    expect(restored.code).toBe('SAVE10');
  });
});
