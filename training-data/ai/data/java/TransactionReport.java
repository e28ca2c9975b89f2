package com.example.etl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class TransactionReport {

    record Transaction(LocalDate date, String account, String category, BigDecimal amount) {}

    record ParseError(int line, String reason) {}

    private final List<ParseError> errors = new ArrayList<>();

    public List<Transaction> read(Path csv) throws IOException {
        List<Transaction> result = new ArrayList<>();
        try (Stream<String> lines = Files.lines(csv)) {
            int[] lineNo = {0};
            lines.forEach(line -> {
                lineNo[0]++;
                if (lineNo[0] == 1 || line.isBlank()) return; // header
                String[] f = line.split(",", -1);
                if (f.length < 4) {
                    errors.add(new ParseError(lineNo[0], "expected 4 fields, got " + f.length));
                    return;
                }
                try {
                    result.add(new Transaction(
                            LocalDate.parse(f[0].trim()),
                            f[1].trim(),
                            f[2].isBlank() ? "uncategorised" : f[2].trim().toLowerCase(),
                            new BigDecimal(f[3].trim())));
                } catch (DateTimeParseException | NumberFormatException e) {
                    errors.add(new ParseError(lineNo[0], e.getMessage()));
                }
            });
        }
        return result;
    }

    public static Map<YearMonth, Map<String, BigDecimal>> monthlyByCategory(List<Transaction> txs) {
        return txs.stream().collect(Collectors.groupingBy(
                t -> YearMonth.from(t.date()),
                TreeMap::new,
                Collectors.groupingBy(
                        Transaction::category,
                        TreeMap::new,
                        Collectors.reducing(BigDecimal.ZERO, Transaction::amount, BigDecimal::add))));
    }

    public static void writeCsv(Map<YearMonth, Map<String, BigDecimal>> report, Path out) throws IOException {
        List<String> categories = report.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .sorted()
                .toList();

        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            w.write("month," + String.join(",", categories) + ",total");
            w.newLine();
            for (var entry : report.entrySet()) {
                StringBuilder row = new StringBuilder(entry.getKey().toString());
                BigDecimal total = BigDecimal.ZERO;
                for (String c : categories) {
                    BigDecimal v = entry.getValue().getOrDefault(c, BigDecimal.ZERO);
                    total = total.add(v);
                    row.append(',').append(v.toPlainString());
                }
                row.append(',').append(total.toPlainString());
                w.write(row.toString());
                w.newLine();
            }
        }
    }

    public List<ParseError> getErrors() {
        return errors;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: TransactionReport <input.csv> <output.csv>");
            System.exit(1);
        }
        TransactionReport app = new TransactionReport();
        List<Transaction> txs = app.read(Path.of(args[0]));
        writeCsv(monthlyByCategory(txs), Path.of(args[1]));

        System.out.printf("Processed %d transactions, %d errors%n", txs.size(), app.getErrors().size());
        app.getErrors().stream().limit(10)
                .forEach(e -> System.err.printf("  line %d: %s%n", e.line(), e.reason()));
    }
}
