import java.math.BigDecimal;
import java.math.RoundingMode;

public class ShippingCostCalculator {

    public enum Zone {
        DOMESTIC("4.99", "0.50", "50.00"),
        NEIGHBOR("9.99", "1.25", "120.00"),
        INTERNATIONAL("19.99", "3.00", null);

        final BigDecimal base;
        final BigDecimal perKg;
        final BigDecimal freeAbove;

        Zone(String base, String perKg, String freeAbove) {
            this.base = new BigDecimal(base);
            this.perKg = new BigDecimal(perKg);
            this.freeAbove = freeAbove == null ? null : new BigDecimal(freeAbove);
        }
    }

    public enum Speed {
        STANDARD("1.0"),
        EXPRESS("1.6"),
        OVERNIGHT("2.5");

        final BigDecimal multiplier;

        Speed(String multiplier) {
            this.multiplier = new BigDecimal(multiplier);
        }
    }

    private static final BigDecimal FRAGILE_SURCHARGE = new BigDecimal("3.50");
    private static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("30");

    public BigDecimal cost(Zone zone, Speed speed, BigDecimal weightKg, BigDecimal orderTotal, boolean fragile) {
        if (weightKg.signum() <= 0 || weightKg.compareTo(MAX_WEIGHT_KG) > 0) {
            throw new IllegalArgumentException("weight must be in (0, " + MAX_WEIGHT_KG + "] kg");
        }
        if (speed == Speed.STANDARD && zone.freeAbove != null && orderTotal.compareTo(zone.freeAbove) >= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal billable = weightKg.setScale(0, RoundingMode.CEILING);
        BigDecimal cost = zone.base.add(zone.perKg.multiply(billable)).multiply(speed.multiplier);
        if (fragile) {
            cost = cost.add(FRAGILE_SURCHARGE);
        }
        return cost.setScale(2, RoundingMode.HALF_UP);
    }

    public static void main(String[] args) {
        ShippingCostCalculator calc = new ShippingCostCalculator();
        BigDecimal w = new BigDecimal("2.3");
        for (Zone z : Zone.values()) {
            for (Speed s : Speed.values()) {
                System.out.printf("%-14s %-10s %8s%n", z, s, calc.cost(z, s, w, new BigDecimal("40"), false));
            }
        }
        System.out.println(calc.cost(Zone.DOMESTIC, Speed.STANDARD, w, new BigDecimal("75"), true));
    }
}
