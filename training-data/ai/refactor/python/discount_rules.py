"""Discount calculation, refactored from a nested if/elif chain to a rule table.

What changed:
    * Each discount is now a small ``DiscountRule`` with an ``applies`` check and
      an ``amount`` calculation, instead of one 80-line ``calculate_discount``.
    * Rules live in ``DEFAULT_RULES``; adding a promotion no longer means editing
      the calculation function.
    * The "best single discount wins" policy is explicit in ``best_discount``.
      Previously it was implied by the order of the ``elif`` branches, which is
      why the loyalty discount used to shadow the larger bulk discount.
    * Money is ``Decimal`` throughout (the old code mixed floats and rounding).
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Sequence

CENT = Decimal("0.01")
BULK_THRESHOLD = 10
LOYALTY_MIN_YEARS = 3
MAX_DISCOUNT_SHARE = Decimal("0.50")


@dataclass(frozen=True)
class Customer:
    id: str
    member_since: date
    is_employee: bool = False


@dataclass(frozen=True)
class Cart:
    customer: Customer
    subtotal: Decimal
    item_count: int
    coupon: str | None = None
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class DiscountRule:
    """A named discount: ``applies`` decides eligibility, ``amount`` computes it."""

    name: str
    applies: Callable[[Cart], bool]
    amount: Callable[[Cart], Decimal]


def _percent(rate: str) -> Callable[[Cart], Decimal]:
    """Return a calculator for a percentage of the cart subtotal."""
    factor = Decimal(rate) / 100
    return lambda cart: cart.subtotal * factor


def _years_member(cart: Cart) -> int:
    since = cart.customer.member_since
    years = cart.today.year - since.year
    if (cart.today.month, cart.today.day) < (since.month, since.day):
        years -= 1
    return years


COUPONS: dict[str, Decimal] = {"WELCOME5": Decimal("5.00"), "SPRING10": Decimal("10.00")}

DEFAULT_RULES: tuple[DiscountRule, ...] = (
    DiscountRule("employee", lambda c: c.customer.is_employee, _percent("30")),
    DiscountRule("bulk", lambda c: c.item_count >= BULK_THRESHOLD, _percent("15")),
    DiscountRule("loyalty", lambda c: _years_member(c) >= LOYALTY_MIN_YEARS, _percent("10")),
    DiscountRule(
        "coupon",
        lambda c: c.coupon is not None and c.coupon.upper() in COUPONS,
        lambda c: COUPONS[c.coupon.upper()],  # type: ignore[union-attr]
    ),
)


def validate_cart(cart: Cart) -> None:
    """Raise ``ValueError`` for carts that cannot be priced."""
    if cart.subtotal < 0:
        raise ValueError(f"subtotal must be non-negative, got {cart.subtotal}")
    if cart.item_count < 0:
        raise ValueError(f"item_count must be non-negative, got {cart.item_count}")


def best_discount(cart: Cart, rules: Sequence[DiscountRule] = DEFAULT_RULES) -> tuple[str | None, Decimal]:
    """Return the name and amount of the largest applicable discount.

    Discounts do not stack. The result is capped at ``MAX_DISCOUNT_SHARE`` of
    the subtotal and rounded to cents.
    """
    validate_cart(cart)
    candidates = [(rule.amount(cart), rule.name) for rule in rules if rule.applies(cart)]
    if not candidates:
        return None, Decimal("0.00")
    amount, name = max(candidates)
    capped = min(amount, cart.subtotal * MAX_DISCOUNT_SHARE)
    return name, capped.quantize(CENT, rounding=ROUND_HALF_UP)


def final_price(cart: Cart, rules: Sequence[DiscountRule] = DEFAULT_RULES) -> Decimal:
    """Subtotal minus the best discount."""
    _, discount = best_discount(cart, rules)
    return (cart.subtotal - discount).quantize(CENT, rounding=ROUND_HALF_UP)
