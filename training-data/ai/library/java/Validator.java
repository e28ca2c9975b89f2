package com.acme.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

public final class Validator<T> {

    public record Violation(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private record Rule<T>(String field, Predicate<T> check, String message) {}

    private final List<Rule<T>> rules = new ArrayList<>();

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static <T> Validator<T> of(Class<T> type) {
        return new Validator<>();
    }

    public Validator<T> rule(String field, Predicate<T> check, String message) {
        rules.add(new Rule<>(field, check, message));
        return this;
    }

    public Validator<T> notBlank(String field, Function<T, String> getter) {
        return rule(field, t -> {
            String v = getter.apply(t);
            return v != null && !v.isBlank();
        }, "must not be blank");
    }

    public Validator<T> maxLength(String field, Function<T, String> getter, int max) {
        return rule(field, t -> {
            String v = getter.apply(t);
            return v == null || v.length() <= max;
        }, "must be at most " + max + " characters");
    }

    public Validator<T> email(String field, Function<T, String> getter) {
        return rule(field, t -> {
            String v = getter.apply(t);
            return v == null || EMAIL.matcher(v).matches();
        }, "must be a valid email address");
    }

    public <N extends Comparable<N>> Validator<T> between(String field, Function<T, N> getter, N min, N max) {
        return rule(field, t -> {
            N v = getter.apply(t);
            return v == null || (v.compareTo(min) >= 0 && v.compareTo(max) <= 0);
        }, "must be between " + min + " and " + max);
    }

    public List<Violation> validate(T target) {
        if (target == null) {
            return List.of(new Violation("<root>", "must not be null"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Rule<T> r : rules) {
            boolean ok;
            try {
                ok = r.check().test(target);
            } catch (RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                violations.add(new Violation(r.field(), r.message()));
            }
        }
        return Collections.unmodifiableList(violations);
    }

    public void validateOrThrow(T target) {
        List<Violation> v = validate(target);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    public static class ValidationException extends RuntimeException {
        private final List<Violation> violations;

        public ValidationException(List<Violation> violations) {
            super("Validation failed: " + violations);
            this.violations = List.copyOf(violations);
        }

        public List<Violation> getViolations() {
            return violations;
        }
    }
}
