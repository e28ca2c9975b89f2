import java.util.ArrayList;
import java.util.List;

public final class CsvLineParser {

    private final char delimiter;
    private final char quote;
    private final boolean trim;

    public CsvLineParser() {
        this(',', '"', false);
    }

    public CsvLineParser(char delimiter, char quote, boolean trim) {
        if (delimiter == quote) {
            throw new IllegalArgumentException("delimiter and quote must differ");
        }
        this.delimiter = delimiter;
        this.quote = quote;
        this.trim = trim;
    }

    public List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (c == quote) {
                    if (i + 1 < line.length() && line.charAt(i + 1) == quote) {
                        cur.append(quote);
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == quote && cur.toString().isBlank()) {
                cur.setLength(0);
                inQuotes = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                fields.add(finish(cur, wasQuoted));
                cur.setLength(0);
                wasQuoted = false;
            } else {
                cur.append(c);
            }
            i++;
        }
        if (inQuotes) {
            throw new IllegalArgumentException("unterminated quote in: " + line);
        }
        fields.add(finish(cur, wasQuoted));
        return fields;
    }

    private String finish(StringBuilder sb, boolean quoted) {
        String s = sb.toString();
        return trim && !quoted ? s.strip() : s;
    }

    public String format(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            boolean needsQuotes = f.indexOf(delimiter) >= 0 || f.indexOf(quote) >= 0
                    || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                    || (!f.isEmpty() && (Character.isWhitespace(f.charAt(0))
                            || Character.isWhitespace(f.charAt(f.length() - 1))));
            if (needsQuotes) {
                out.append(quote);
                for (int j = 0; j < f.length(); j++) {
                    char c = f.charAt(j);
                    if (c == quote) {
                        out.append(quote);
                    }
                    out.append(c);
                }
                out.append(quote);
            } else {
                out.append(f);
            }
        }
        return out.toString();
    }
}
