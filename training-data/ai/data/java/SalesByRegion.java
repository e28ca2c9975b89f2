import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a sales CSV (date,region,product,quantity,unit_price) and prints
 * monthly revenue per region and the top products overall.
 */
public class SalesByRegion {

    // Record to hold one row of the sales file
    record Sale(LocalDate date, String region, String product, int quantity, BigDecimal unitPrice) {
        BigDecimal revenue() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    // Record for the revenue summary of one region
    record RegionSummary(String region, BigDecimal total, long orders) {
    }

    // Method to parse one CSV line into a Sale, returns null if the line is invalid
    static Sale parseLine(String line) {
        String[] parts = line.split(",");
        if (parts.length != 5) {
            return null;
        }
        try {
            return new Sale(
                    LocalDate.parse(parts[0].trim()),
                    parts[1].trim(),
                    parts[2].trim(),
                    Integer.parseInt(parts[3].trim()),
                    new BigDecimal(parts[4].trim()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    // Method to load all sales from a file, skipping the header line
    static List<Sale> loadSales(Path path) {
        try (Stream<String> lines = Files.lines(path)) {
            return lines.skip(1)
                    .filter(line -> !line.isBlank())
                    .map(SalesByRegion::parseLine)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + path, e);
        }
    }

    // Method to compute the total revenue per region, sorted by revenue descending
    static List<RegionSummary> summarizeByRegion(List<Sale> sales) {
        Map<String, List<Sale>> byRegion = sales.stream()
                .collect(Collectors.groupingBy(Sale::region));

        return byRegion.entrySet().stream()
                .map(e -> new RegionSummary(
                        e.getKey(),
                        e.getValue().stream().map(Sale::revenue).reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue().size()))
                .sorted(Comparator.comparing(RegionSummary::total).reversed())
                .collect(Collectors.toList());
    }

    // Method to compute revenue per month for each region
    static Map<String, Map<YearMonth, BigDecimal>> monthlyByRegion(List<Sale> sales) {
        return sales.stream().collect(Collectors.groupingBy(
                Sale::region,
                TreeMap::new,
                Collectors.groupingBy(
                        s -> YearMonth.from(s.date()),
                        TreeMap::new,
                        Collectors.reducing(BigDecimal.ZERO, Sale::revenue, BigDecimal::add))));
    }

    // Method to find the top N products by quantity sold
    static List<Map.Entry<String, Integer>> topProducts(List<Sale> sales, int n) {
        return sales.stream()
                .collect(Collectors.groupingBy(Sale::product, Collectors.summingInt(Sale::quantity)))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .collect(Collectors.toList());
    }

    public static void main(String[] args) {
        // Check if the file argument was given
        if (args.length < 1) {
            System.err.println("Usage: java SalesByRegion sales.csv");
            System.exit(1);
        }

        List<Sale> sales = loadSales(Path.of(args[0]));
        if (sales.isEmpty()) {
            System.out.println("No valid sales found.");
            return;
        }

        System.out.println("Revenue by region:");
        for (RegionSummary s : summarizeByRegion(sales)) {
            System.out.printf("  %-10s %12s  (%d orders)%n",
                    s.region(), s.total().setScale(2, RoundingMode.HALF_UP), s.orders());
        }

        System.out.println();
        System.out.println("Monthly revenue:");
        monthlyByRegion(sales).forEach((region, months) -> {
            System.out.println("  " + region);
            months.forEach((month, total) ->
                    System.out.printf("    %s %12s%n", month, total.setScale(2, RoundingMode.HALF_UP)));
        });

        System.out.println();
        System.out.println("Top 5 products by quantity:");
        topProducts(sales, 5).forEach(e -> System.out.printf("  %-20s %6d%n", e.getKey(), e.getValue()));
    }
}
