package com.example.util;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Executes a {@link Callable} with retries and exponential backoff.
 *
 * <pre>{@code
 * String body = Retryer.<String>builder()
 *         .maxAttempts(5)
 *         .initialDelay(Duration.ofMillis(200))
 *         .retryOn(e -> e instanceof IOException)
 *         .build()
 *         .call(() -> client.fetch(url));
 * }</pre>
 *
 * @param <T> result type of the retried operation
 */
public final class Retryer<T> {

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final double multiplier;
    private final Predicate<Exception> retryOn;
    private final Sleeper sleeper;

    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private Retryer(Builder<T> b) {
        this.maxAttempts = b.maxAttempts;
        this.initialDelay = b.initialDelay;
        this.maxDelay = b.maxDelay;
        this.multiplier = b.multiplier;
        this.retryOn = b.retryOn;
        this.sleeper = b.sleeper;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Runs the task until it succeeds, a non-retryable exception is thrown,
     * or the maximum number of attempts is reached.
     *
     * @throws RetryException if all attempts failed
     * @throws InterruptedException if interrupted while waiting between attempts
     */
    public T call(Callable<T> task) throws RetryException, InterruptedException {
        Objects.requireNonNull(task, "task");
        Duration delay = initialDelay;
        Exception last = null;

        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                return task.call();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                last = e;
                if (!retryOn.test(e) || attempt == maxAttempts) {
                    break;
                }
                // Full jitter: sleep a random time between 0 and the current delay.
                long jittered = ThreadLocalRandom.current().nextLong(delay.toMillis() + 1);
                sleeper.sleep(Duration.ofMillis(jittered));
                delay = min(Duration.ofMillis((long) (delay.toMillis() * multiplier)), maxDelay);
            }
        }
        throw new RetryException("Operation failed after retries", last);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static final class Builder<T> {
        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(10);
        private double multiplier = 2.0;
        private Predicate<Exception> retryOn = e -> true;
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        public Builder<T> maxAttempts(int n) {
            if (n < 1) throw new IllegalArgumentException("maxAttempts must be >= 1");
            this.maxAttempts = n;
            return this;
        }

        public Builder<T> initialDelay(Duration d) {
            this.initialDelay = Objects.requireNonNull(d);
            return this;
        }

        public Builder<T> maxDelay(Duration d) {
            this.maxDelay = Objects.requireNonNull(d);
            return this;
        }

        public Builder<T> multiplier(double m) {
            if (m < 1.0) throw new IllegalArgumentException("multiplier must be >= 1.0");
            this.multiplier = m;
            return this;
        }

        public Builder<T> retryOn(Predicate<Exception> predicate) {
            this.retryOn = Objects.requireNonNull(predicate);
            return this;
        }

        Builder<T> sleeper(Sleeper s) {
            this.sleeper = s;
            return this;
        }

        public Retryer<T> build() {
            return new Retryer<>(this);
        }
    }

    public static class RetryException extends Exception {
        public RetryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
