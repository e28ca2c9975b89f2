import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Command-line password generator.
 *
 * Usage:
 *   java PasswordGenerator [--length N] [--count N] [--no-symbols] [--no-ambiguous]
 *
 * Every generated password contains at least one lowercase letter, one
 * uppercase letter, one digit and (unless --no-symbols is given) one symbol.
 */
public class PasswordGenerator {

    // Character sets used to build passwords.
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String SYMBOLS = "!@#$%^&*()-_=+[]{};:,.?";

    // Characters that are easy to confuse when reading a password aloud.
    private static final String AMBIGUOUS = "Il1O0o";

    // SecureRandom is a cryptographically strong generator, unlike java.util.Random.
    private final SecureRandom random = new SecureRandom();

    private final int length;
    private final boolean useSymbols;
    private final boolean avoidAmbiguous;

    public PasswordGenerator(int length, boolean useSymbols, boolean avoidAmbiguous) {
        // We need at least one character from each required set.
        int minLength = useSymbols ? 4 : 3;
        if (length < minLength) {
            throw new IllegalArgumentException("length must be at least " + minLength);
        }
        this.length = length;
        this.useSymbols = useSymbols;
        this.avoidAmbiguous = avoidAmbiguous;
    }

    // Remove ambiguous characters from a set if the user asked for it.
    private String filter(String chars) {
        if (!avoidAmbiguous) {
            return chars;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if (AMBIGUOUS.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // Pick one random character from the given string.
    private char pick(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    public String generate() {
        // Build the list of character sets we must draw from.
        List<String> sets = new ArrayList<>();
        sets.add(filter(LOWER));
        sets.add(filter(UPPER));
        sets.add(filter(DIGITS));
        if (useSymbols) {
            sets.add(SYMBOLS);
        }

        // Start with one guaranteed character from each set...
        List<Character> chars = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (String set : sets) {
            chars.add(pick(set));
            all.append(set);
        }

        // ...then fill the rest from the combined pool.
        String pool = all.toString();
        while (chars.size() < length) {
            chars.add(pick(pool));
        }

        // Shuffle so the guaranteed characters aren't always at the start.
        Collections.shuffle(chars, random);

        StringBuilder password = new StringBuilder(length);
        for (char c : chars) {
            password.append(c);
        }
        return password.toString();
    }

    public static void main(String[] args) {
        int length = 16;
        int count = 1;
        boolean symbols = true;
        boolean noAmbiguous = false;

        // Simple hand-written argument parsing.
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--length" -> length = Integer.parseInt(args[++i]);
                    case "--count" -> count = Integer.parseInt(args[++i]);
                    case "--no-symbols" -> symbols = false;
                    case "--no-ambiguous" -> noAmbiguous = true;
                    default -> throw new IllegalArgumentException("unknown option: " + args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            System.err.println("error: option needs a numeric value");
            System.exit(2);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }

        try {
            PasswordGenerator generator = new PasswordGenerator(length, symbols, noAmbiguous);
            for (int i = 0; i < count; i++) {
                System.out.println(generator.generate());
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }
}

// Example:
//   $ java PasswordGenerator --length 20 --count 3 --no-ambiguous
//   q7#Tz=hXr2Wm!bK9sp@E
//   ...
