from decimal import Decimal, ROUND_HALF_EVEN

# Number of minor units (e.g. cents) for each supported currency
MINOR_UNITS = {'USD': 2, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3}


class CurrencyMismatchError(ValueError):
    """Raised when an operation mixes two different currencies."""


class Money:
    """An immutable amount of money in a single currency.

    Amounts are stored as :class:`decimal.Decimal` so that adding 0.10 and 0.20
    gives exactly 0.30, which floats cannot guarantee.

    :param amount: the amount, as a string, int or Decimal (floats are rejected)
    :param currency: an ISO 4217 code listed in ``MINOR_UNITS``
    """

    __slots__ = ('_amount', '_currency')

    def __init__(self, amount, currency):
        if isinstance(amount, float):
            # Floats already carry rounding errors, so refuse them outright
            raise TypeError('Use a string or Decimal for money, not float')
        currency = currency.upper()
        if currency not in MINOR_UNITS:
            raise ValueError('Unsupported currency: {}'.format(currency))
        # Round to the currency's smallest unit using banker's rounding
        exponent = Decimal(1).scaleb(-MINOR_UNITS[currency])
        self._amount = Decimal(amount).quantize(exponent, rounding=ROUND_HALF_EVEN)
        self._currency = currency

    @property
    def amount(self):
        return self._amount

    @property
    def currency(self):
        return self._currency

    def _check_same_currency(self, other):
        if not isinstance(other, Money):
            raise TypeError('Can only combine Money with Money')
        if other.currency != self.currency:
            raise CurrencyMismatchError(
                'Cannot combine {} with {}'.format(self.currency, other.currency)
            )

    def __add__(self, other):
        self._check_same_currency(other)
        return Money(self._amount + other.amount, self._currency)

    def __sub__(self, other):
        self._check_same_currency(other)
        return Money(self._amount - other.amount, self._currency)

    def __mul__(self, factor):
        # Multiplying by a number (e.g. quantity or tax rate) is allowed
        if isinstance(factor, Money):
            raise TypeError('Cannot multiply Money by Money')
        return Money(self._amount * Decimal(str(factor)), self._currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        return (
            isinstance(other, Money)
            and self._currency == other.currency
            and self._amount == other.amount
        )

    def __lt__(self, other):
        self._check_same_currency(other)
        return self._amount < other.amount

    def __hash__(self):
        return hash((self._amount, self._currency))

    def __repr__(self):
        return "Money('{}', '{}')".format(self._amount, self._currency)

    def __str__(self):
        return '{:,} {}'.format(self._amount, self._currency)

    def allocate(self, ratios):
        """Split the amount by ``ratios`` without losing any minor units.

        Leftover cents are handed out one at a time, starting with the first share.

        :param ratios: a list of positive numbers, e.g. ``[1, 1, 1]``
        :returns: a list of :class:`Money`, one per ratio, summing to ``self``
        """
        if not ratios or any(r <= 0 for r in ratios):
            raise ValueError('Ratios must be a non-empty list of positive numbers')

        # Work in integer minor units to avoid rounding drift
        scale = 10 ** MINOR_UNITS[self._currency]
        total_units = int(self._amount * scale)
        total_ratio = sum(ratios)
        shares = [total_units * r // total_ratio for r in ratios]

        # Distribute whatever remainder is left after integer division
        remainder = total_units - sum(shares)
        for i in range(remainder):
            shares[i % len(shares)] += 1

        return [Money(Decimal(s) / scale, self._currency) for s in shares]


if __name__ == '__main__':
    # Example usage
    price = Money('19.99', 'USD')
    total = price * 3 + Money('4.50', 'USD')
    print('Total:', total)

    # Split a bill three ways: the extra cent goes to the first person
    for i, part in enumerate(Money('100.00', 'USD').allocate([1, 1, 1]), start=1):
        print('Person {} pays {}'.format(i, part))

    try:
        Money('10', 'USD') + Money('10', 'EUR')
    except CurrencyMismatchError as exc:
        print('Error:', exc)
