import unittest
from decimal import Decimal

from shop.cart import Cart, CartError, Product


class TestCart(unittest.TestCase):
    """Test cases for the Cart class."""

    def setUp(self):
        # Create some products to use in the tests
        self.apple = Product(sku='APL-1', name='Apple', price=Decimal('0.50'))
        self.bread = Product(sku='BRD-1', name='Bread', price=Decimal('2.25'))
        self.cheese = Product(sku='CHS-1', name='Cheese', price=Decimal('6.99'))
        self.cart = Cart()

    # Test that a new cart is empty
    def test_new_cart_is_empty(self):
        self.assertEqual(len(self.cart), 0)
        self.assertEqual(self.cart.total(), Decimal('0.00'))

    # Test adding a single item
    def test_add_item(self):
        self.cart.add(self.apple)
        self.assertEqual(len(self.cart), 1)
        self.assertEqual(self.cart.quantity_of('APL-1'), 1)

    # Test adding the same item twice increases the quantity
    def test_add_same_item_twice(self):
        self.cart.add(self.apple, quantity=2)
        self.cart.add(self.apple, quantity=3)
        self.assertEqual(self.cart.quantity_of('APL-1'), 5)
        self.assertEqual(len(self.cart), 1)

    # Test that adding zero or negative quantity raises an error
    def test_add_invalid_quantity(self):
        with self.assertRaises(CartError):
            self.cart.add(self.apple, quantity=0)
        with self.assertRaises(CartError):
            self.cart.add(self.apple, quantity=-1)

    # Test removing an item
    def test_remove_item(self):
        self.cart.add(self.bread)
        self.cart.remove('BRD-1')
        self.assertEqual(len(self.cart), 0)

    # Test removing an item that is not in the cart
    def test_remove_missing_item(self):
        with self.assertRaises(KeyError):
            self.cart.remove('NOPE')

    # Test updating the quantity
    def test_update_quantity(self):
        self.cart.add(self.cheese, quantity=2)
        self.cart.update('CHS-1', 4)
        self.assertEqual(self.cart.quantity_of('CHS-1'), 4)

    # Test that updating the quantity to zero removes the item
    def test_update_to_zero_removes(self):
        self.cart.add(self.cheese)
        self.cart.update('CHS-1', 0)
        self.assertNotIn('CHS-1', self.cart)

    # Test the total price calculation
    def test_total(self):
        self.cart.add(self.apple, quantity=4)
        self.cart.add(self.bread)
        self.cart.add(self.cheese)
        self.assertEqual(self.cart.total(), Decimal('11.24'))

    # Test applying a percentage discount code
    def test_apply_discount(self):
        self.cart.add(self.cheese, quantity=2)
        self.cart.apply_discount('SAVE10', percent=10)
        self.assertEqual(self.cart.total(), Decimal('12.58'))

    # Test that only one discount can be applied
    def test_apply_second_discount_fails(self):
        self.cart.apply_discount('SAVE10', percent=10)
        with self.assertRaises(CartError):
            self.cart.apply_discount('SAVE20', percent=20)

    # Test that clearing the cart removes everything
    def test_clear(self):
        self.cart.add(self.apple)
        self.cart.add(self.bread)
        self.cart.clear()
        self.assertEqual(len(self.cart), 0)
        self.assertEqual(self.cart.total(), Decimal('0.00'))


if __name__ == '__main__':
    unittest.main()
