package com.example.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rabin-Karp substring search with a rolling polynomial hash.
 *
 * <p>Besides single-pattern search, this class supports searching for many
 * patterns of the same length in one pass, which is where Rabin-Karp beats
 * simpler algorithms. Every hash hit is verified character by character, so
 * results are exact even when hashes collide.
 */
public final class RabinKarp {

    /** A large prime modulus; products stay below 2^63 because both factors are < 2^31. */
    private static final long MOD = 2_147_483_647L;

    /** Hash base; any value larger than the alphabet size works. */
    private static final long BASE = 257L;

    private RabinKarp() {
    }

    /**
     * Returns every start index at which {@code pattern} occurs in {@code text}.
     *
     * @throws NullPointerException     if either argument is null
     * @throws IllegalArgumentException if {@code pattern} is empty
     */
    public static List<Integer> findAll(String text, String pattern) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("pattern must not be empty");
        }
        Map<String, List<Integer>> hits = findAllOf(text, Set.of(pattern));
        return hits.getOrDefault(pattern, Collections.emptyList());
    }

    /**
     * Searches for several patterns, all of the same length, in one pass.
     *
     * @return a map from each pattern that occurs to its sorted start indices
     * @throws IllegalArgumentException if the patterns are empty or differ in length
     */
    public static Map<String, List<Integer>> findAllOf(String text, Set<String> patterns) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(patterns, "patterns");
        int m = commonLength(patterns);
        Map<String, List<Integer>> result = new HashMap<>();
        if (m > text.length()) {
            return result;
        }

        Map<Long, List<String>> byHash = new HashMap<>();
        for (String p : patterns) {
            byHash.computeIfAbsent(hash(p, m), k -> new ArrayList<>()).add(p);
        }

        long highPower = power(BASE, m - 1);
        long h = hash(text, m);
        for (int i = 0; ; i++) {
            List<String> candidates = byHash.get(h);
            if (candidates != null) {
                for (String p : candidates) {
                    if (text.regionMatches(i, p, 0, m)) {
                        result.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                    }
                }
            }
            if (i + m >= text.length()) {
                break;
            }
            h = roll(h, text.charAt(i), text.charAt(i + m), highPower);
        }
        return result;
    }

    /** Validates the pattern set and returns the shared length. */
    private static int commonLength(Set<String> patterns) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("at least one pattern is required");
        }
        Set<Integer> lengths = new HashSet<>();
        for (String p : patterns) {
            if (p == null || p.isEmpty()) {
                throw new IllegalArgumentException("patterns must be non-empty strings");
            }
            lengths.add(p.length());
        }
        if (lengths.size() != 1) {
            throw new IllegalArgumentException("all patterns must have the same length, got " + lengths);
        }
        return lengths.iterator().next();
    }

    /** Hash of the first {@code len} characters of {@code s}. */
    private static long hash(String s, int len) {
        long h = 0;
        for (int i = 0; i < len; i++) {
            h = (h * BASE + s.charAt(i)) % MOD;
        }
        return h;
    }

    /** Removes {@code out} from the front of the window and appends {@code in}. */
    private static long roll(long h, char out, char in, long highPower) {
        h = (h - out * highPower % MOD + MOD) % MOD;
        return (h * BASE + in) % MOD;
    }

    /** Computes base^exp mod MOD by repeated squaring. */
    private static long power(long base, int exp) {
        long result = 1;
        long b = base % MOD;
        while (exp > 0) {
            if ((exp & 1) == 1) {
                result = result * b % MOD;
            }
            b = b * b % MOD;
            exp >>= 1;
        }
        return result;
    }
}
