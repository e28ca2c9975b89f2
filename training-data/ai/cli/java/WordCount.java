import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Counts word frequencies in text files and prints the most common words.
 *
 * Usage: java WordCount.java [-n 20] [--min-length 3] [--stopwords] file...
 * With no files, reads standard input.
 */
public class WordCount {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Set<String> STOPWORDS = Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "is", "it", "that", "for",
            "on", "with", "as", "was", "at", "by", "be", "this", "are", "from", "but", "not");

    private int top = 20;
    private int minLength = 1;
    private boolean skipStopwords = false;
    private final List<Path> files = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private long totalWords = 0;

    public static void main(String[] args) {
        WordCount wc = new WordCount();
        try {
            wc.parseArgs(args);
            wc.run();
        } catch (IllegalArgumentException e) {
            System.err.println("wordcount: " + e.getMessage());
            System.err.println("usage: WordCount [-n N] [--min-length L] [--stopwords] [file...]");
            System.exit(2);
        } catch (IOException e) {
            System.err.println("wordcount: " + e.getMessage());
            System.exit(1);
        }
    }

    private void parseArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n" -> top = parsePositive(args, ++i, "-n");
                case "--min-length" -> minLength = parsePositive(args, ++i, "--min-length");
                case "--stopwords" -> skipStopwords = true;
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    files.add(Path.of(args[i]));
                }
            }
        }
    }

    private static int parsePositive(String[] args, int i, String name) {
        if (i >= args.length) throw new IllegalArgumentException(name + " needs a value");
        try {
            int v = Integer.parseInt(args[i]);
            if (v <= 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive integer");
        }
    }

    private void run() throws IOException {
        if (files.isEmpty()) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                in.lines().forEach(this::countLine);
            }
        } else {
            for (Path p : files) {
                try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
                    lines.forEach(this::countLine);
                }
            }
        }
        report();
    }

    private void countLine(String line) {
        for (String raw : NON_WORD.split(line.toLowerCase(Locale.ROOT))) {
            String word = raw.replaceAll("^'+|'+$", "");
            if (word.length() < minLength) continue;
            if (skipStopwords && STOPWORDS.contains(word)) continue;
            counts.merge(word, 1, Integer::sum);
            totalWords++;
        }
    }

    private void report() {
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .toList();

        int width = sorted.stream().mapToInt(e -> e.getKey().length()).max().orElse(4);
        for (Map.Entry<String, Integer> e : sorted) {
            double pct = 100.0 * e.getValue() / totalWords;
            System.out.printf("%-" + width + "s  %7d  %5.2f%%%n", e.getKey(), e.getValue(), pct);
        }
        System.out.printf("%n%d words, %d distinct%n", totalWords, counts.size());
    }
}
