package com.example.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

// Refactored ReportService.
//
// The original used nested for-loops, a mutable HashMap<String, Double[]>
// keyed by "region|product", and returned null when there was no data.
// This version uses streams and small records, returns Optional for
// "best" lookups, and keeps money in long cents rather than double.
public class ReportService {

    public record Sale(String region, String product, LocalDate date, int quantity, long unitPriceCents) {
        long revenueCents() {
            return quantity * unitPriceCents;
        }
    }

    public record RegionSummary(String region, long revenueCents, int unitsSold, String topProduct) {}

    private final SalesRepository repository;

    public ReportService(SalesRepository repository) {
        this.repository = repository;
    }

    public List<RegionSummary> regionSummaries(LocalDate from, LocalDate to) {
        Map<String, List<Sale>> byRegion = salesBetween(from, to).stream()
                .collect(Collectors.groupingBy(Sale::region));

        return byRegion.entrySet().stream()
                .map(e -> summarise(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(RegionSummary::revenueCents).reversed())
                .toList();
    }

    public Optional<String> bestSellingProduct(LocalDate from, LocalDate to) {
        return topBy(salesBetween(from, to), Sale::product);
    }

    public Map<LocalDate, Long> dailyRevenue(LocalDate from, LocalDate to) {
        return salesBetween(from, to).stream()
                .collect(Collectors.groupingBy(
                        Sale::date,
                        java.util.TreeMap::new,
                        Collectors.summingLong(Sale::revenueCents)));
    }

    private List<Sale> salesBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        return repository.findByDateRange(from, to);
    }

    private RegionSummary summarise(String region, List<Sale> sales) {
        long revenue = sales.stream().mapToLong(Sale::revenueCents).sum();
        int units = sales.stream().mapToInt(Sale::quantity).sum();
        String top = topBy(sales, Sale::product).orElse("-");
        return new RegionSummary(region, revenue, units, top);
    }

    private static Optional<String> topBy(List<Sale> sales, Function<Sale, String> key) {
        return sales.stream()
                .collect(Collectors.groupingBy(key, Collectors.summingInt(Sale::quantity)))
                .entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    public interface SalesRepository {
        List<Sale> findByDateRange(LocalDate from, LocalDate to);
    }
}
