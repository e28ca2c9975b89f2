"""Order processing, refactored.

The original ``process_order`` function mixed validation, pricing, discount
rules and persistence in one 200-line function. It is now split into small
units that can be tested on their own:

* ``validate_order``      - input checks, raises ``OrderValidationError``
* ``PricingService``      - subtotal, discounts, tax and shipping
* ``OrderProcessor``      - orchestrates the steps and persists the result

Behaviour is unchanged apart from error messages now naming the offending line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol, Sequence

TAX_RATES = {"US": Decimal("0.07"), "DE": Decimal("0.19"), "GB": Decimal("0.20")}
FREE_SHIPPING_THRESHOLD = Decimal("50.00")
FLAT_SHIPPING = Decimal("4.99")
CENT = Decimal("0.01")


class OrderValidationError(ValueError):
    pass


@dataclass(frozen=True)
class LineItem:
    sku: str
    unit_price: Decimal
    quantity: int


@dataclass(frozen=True)
class Order:
    customer_id: str
    country: str
    items: Sequence[LineItem]
    coupon: str | None = None


@dataclass
class PriceBreakdown:
    subtotal: Decimal
    discount: Decimal = Decimal("0")
    shipping: Decimal = Decimal("0")
    tax: Decimal = Decimal("0")
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return (self.subtotal - self.discount + self.shipping + self.tax).quantize(CENT, ROUND_HALF_UP)


class OrderRepository(Protocol):
    def save(self, order: Order, price: PriceBreakdown) -> str: ...


class CouponLookup(Protocol):
    def percent_off(self, code: str) -> Decimal | None: ...


def validate_order(order: Order) -> None:
    if not order.items:
        raise OrderValidationError("order has no items")
    if order.country not in TAX_RATES:
        raise OrderValidationError(f"unsupported country: {order.country}")
    for n, item in enumerate(order.items, start=1):
        if item.quantity <= 0:
            raise OrderValidationError(f"line {n} ({item.sku}): quantity must be positive")
        if item.unit_price < 0:
            raise OrderValidationError(f"line {n} ({item.sku}): negative price")


class PricingService:
    def __init__(self, coupons: CouponLookup) -> None:
        self._coupons = coupons

    def price(self, order: Order) -> PriceBreakdown:
        subtotal = sum((i.unit_price * i.quantity for i in order.items), Decimal("0"))
        breakdown = PriceBreakdown(subtotal=subtotal)
        self._apply_coupon(order, breakdown)
        self._apply_shipping(breakdown)
        taxable = breakdown.subtotal - breakdown.discount
        breakdown.tax = (taxable * TAX_RATES[order.country]).quantize(CENT, ROUND_HALF_UP)
        return breakdown

    def _apply_coupon(self, order: Order, breakdown: PriceBreakdown) -> None:
        if not order.coupon:
            return
        percent = self._coupons.percent_off(order.coupon)
        if percent is None:
            breakdown.notes.append(f"coupon {order.coupon!r} not recognised")
            return
        breakdown.discount = (breakdown.subtotal * percent / 100).quantize(CENT, ROUND_HALF_UP)

    @staticmethod
    def _apply_shipping(breakdown: PriceBreakdown) -> None:
        after_discount = breakdown.subtotal - breakdown.discount
        breakdown.shipping = Decimal("0") if after_discount >= FREE_SHIPPING_THRESHOLD else FLAT_SHIPPING


class OrderProcessor:
    def __init__(self, pricing: PricingService, repository: OrderRepository) -> None:
        self._pricing = pricing
        self._repository = repository

    def process(self, order: Order) -> tuple[str, PriceBreakdown]:
        validate_order(order)
        breakdown = self._pricing.price(order)
        order_id = self._repository.save(order, breakdown)
        return order_id, breakdown
