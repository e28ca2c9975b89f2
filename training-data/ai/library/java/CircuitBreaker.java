package com.example.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A minimal, thread-safe circuit breaker.
 *
 * <p>The breaker starts {@link State#CLOSED}. After {@code failureThreshold}
 * consecutive failures it moves to {@link State#OPEN} and rejects calls
 * immediately. Once {@code openDuration} has elapsed it moves to
 * {@link State#HALF_OPEN} and lets a single trial call through: success closes
 * the breaker again, failure re-opens it.
 */
public final class CircuitBreaker {

    /** Lifecycle states of the breaker. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** Thrown when a call is rejected because the breaker is open. */
    public static final class OpenCircuitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OpenCircuitException(String name, Duration retryIn) {
            super("circuit '" + name + "' is open; retry in " + retryIn.toMillis() + " ms");
        }
    }

    private static final int MIN_THRESHOLD = 1;
    private static final Duration MIN_OPEN_DURATION = Duration.ofMillis(1);

    private final String name;
    private final int failureThreshold;
    private final Duration openDuration;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    /**
     * Creates a breaker using the system UTC clock.
     *
     * @param name             label used in error messages
     * @param failureThreshold consecutive failures that trip the breaker, at least 1
     * @param openDuration     how long to stay open before allowing a trial call
     */
    public CircuitBreaker(String name, int failureThreshold, Duration openDuration) {
        this(name, failureThreshold, openDuration, Clock.systemUTC());
    }

    /** Same as the public constructor but with an injectable clock for tests. */
    CircuitBreaker(String name, int failureThreshold, Duration openDuration, Clock clock) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        if (failureThreshold < MIN_THRESHOLD) {
            throw new IllegalArgumentException("failureThreshold must be >= " + MIN_THRESHOLD
                    + ", got " + failureThreshold);
        }
        Objects.requireNonNull(openDuration, "openDuration must not be null");
        if (openDuration.compareTo(MIN_OPEN_DURATION) < 0) {
            throw new IllegalArgumentException("openDuration must be at least " + MIN_OPEN_DURATION);
        }
        this.failureThreshold = failureThreshold;
        this.openDuration = openDuration;
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Runs {@code action} through the breaker.
     *
     * @throws OpenCircuitException if the breaker is open
     * @throws Exception            whatever {@code action} throws
     */
    public <T> T call(Callable<T> action) throws Exception {
        Objects.requireNonNull(action, "action must not be null");
        acquirePermission();
        try {
            T result = action.call();
            onSuccess();
            return result;
        } catch (Exception e) {
            onFailure();
            throw e;
        }
    }

    /** Returns the current state, moving OPEN to HALF_OPEN if the wait is over. */
    public synchronized State state() {
        refreshState();
        return state;
    }

    private synchronized void acquirePermission() {
        refreshState();
        switch (state) {
            case CLOSED:
                return;
            case HALF_OPEN:
                if (!trialInFlight) {
                    trialInFlight = true;
                    return;
                }
                throw new OpenCircuitException(name, Duration.ZERO);
            case OPEN:
            default:
                Duration elapsed = Duration.between(openedAt, clock.instant());
                throw new OpenCircuitException(name, openDuration.minus(elapsed));
        }
    }

    private void refreshState() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openDuration))) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
    }

    private synchronized void onSuccess() {
        consecutiveFailures = 0;
        trialInFlight = false;
        state = State.CLOSED;
    }

    private synchronized void onFailure() {
        trialInFlight = false;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }
}
