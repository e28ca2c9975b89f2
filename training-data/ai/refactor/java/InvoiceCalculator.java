package billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Invoice total calculation.
 *
 * <p>Refactored from {@code InvoiceUtil.calculate(Map<String,Object>)}, which
 * passed untyped maps around and used {@code double} for money. Changes:
 * <ul>
 *   <li>typed {@link LineItem} and {@link CustomerType} instead of map keys</li>
 *   <li>{@link BigDecimal} with explicit rounding instead of double arithmetic</li>
 *   <li>discount rules extracted into {@link #discountRate}</li>
 *   <li>guard clauses instead of deeply nested if/else</li>
 * </ul>
 */
public final class InvoiceCalculator {

    public enum CustomerType { REGULAR, MEMBER, WHOLESALE }

    public record LineItem(String description, BigDecimal unitPrice, int quantity, boolean taxExempt) {
        public LineItem {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(unitPrice, "unitPrice");
            if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive");
            if (unitPrice.signum() < 0) throw new IllegalArgumentException("unitPrice must not be negative");
        }

        BigDecimal lineTotal() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    public record Totals(BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal total) {}

    private static final BigDecimal WHOLESALE_THRESHOLD = new BigDecimal("1000.00");
    private static final int SCALE = 2;

    private final BigDecimal taxRate;

    public InvoiceCalculator(BigDecimal taxRate) {
        if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("taxRate must be between 0 and 1");
        }
        this.taxRate = taxRate;
    }

    public Totals calculate(List<LineItem> items, CustomerType customerType) {
        if (items == null || items.isEmpty()) {
            BigDecimal zero = BigDecimal.ZERO.setScale(SCALE);
            return new Totals(zero, zero, zero, zero);
        }

        BigDecimal subtotal = sum(items, false);
        BigDecimal taxableSubtotal = sum(items, true);

        BigDecimal rate = discountRate(customerType, subtotal);
        BigDecimal discount = subtotal.multiply(rate).setScale(SCALE, RoundingMode.HALF_EVEN);

        // The discount is spread proportionally, so only the taxable share reduces the tax base.
        BigDecimal taxableAfterDiscount = taxableSubtotal.subtract(taxableSubtotal.multiply(rate));
        BigDecimal tax = taxableAfterDiscount.multiply(taxRate).setScale(SCALE, RoundingMode.HALF_EVEN);

        BigDecimal total = subtotal.subtract(discount).add(tax).setScale(SCALE, RoundingMode.HALF_EVEN);
        return new Totals(subtotal.setScale(SCALE, RoundingMode.HALF_EVEN), discount, tax, total);
    }

    static BigDecimal discountRate(CustomerType type, BigDecimal subtotal) {
        return switch (type) {
            case REGULAR -> BigDecimal.ZERO;
            case MEMBER -> new BigDecimal("0.05");
            case WHOLESALE -> subtotal.compareTo(WHOLESALE_THRESHOLD) >= 0
                    ? new BigDecimal("0.15")
                    : new BigDecimal("0.10");
        };
    }

    private static BigDecimal sum(List<LineItem> items, boolean taxableOnly) {
        return items.stream()
                .filter(i -> !taxableOnly || !i.taxExempt())
                .map(LineItem::lineTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
