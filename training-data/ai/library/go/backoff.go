// Package backoff provides a small helper for retrying operations with
// exponential backoff and random jitter.
package backoff

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"time"
)

// Policy describes how retries should be spaced out.
type Policy struct {
	// InitialDelay is the wait before the second attempt.
	InitialDelay time.Duration
	// MaxDelay caps the delay so it never grows without bound.
	MaxDelay time.Duration
	// Multiplier controls how fast the delay grows (2.0 doubles it each time).
	Multiplier float64
	// MaxAttempts is the total number of tries, including the first one.
	MaxAttempts int
	// Jitter is the fraction of the delay to randomize, between 0 and 1.
	Jitter float64
}

// DefaultPolicy is a reasonable starting point for network calls.
var DefaultPolicy = Policy{
	InitialDelay: 100 * time.Millisecond,
	MaxDelay:     5 * time.Second,
	Multiplier:   2.0,
	MaxAttempts:  5,
	Jitter:       0.2,
}

// ErrPermanent can be wrapped by an operation to signal that retrying is pointless.
var ErrPermanent = errors.New("permanent failure")

// delayFor computes the wait time before the given attempt (attempt starts at 1).
func (p Policy) delayFor(attempt int, rng *rand.Rand) time.Duration {
	// Start from the initial delay and grow it geometrically.
	d := float64(p.InitialDelay)
	for i := 1; i < attempt; i++ {
		d *= p.Multiplier
		if d > float64(p.MaxDelay) {
			d = float64(p.MaxDelay)
			break
		}
	}

	// Apply jitter: pick a value in [d*(1-j), d*(1+j)] so that many clients
	// retrying at the same time don't all hit the server in lockstep.
	if p.Jitter > 0 {
		spread := d * p.Jitter
		d = d - spread + rng.Float64()*2*spread
	}
	return time.Duration(d)
}

// Retry calls op until it succeeds, returns a permanent error, the context is
// cancelled, or the policy runs out of attempts.
func Retry(ctx context.Context, p Policy, op func(ctx context.Context) error) error {
	if p.MaxAttempts < 1 {
		return errors.New("backoff: MaxAttempts must be at least 1")
	}

	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	var lastErr error

	for attempt := 1; attempt <= p.MaxAttempts; attempt++ {
		lastErr = op(ctx)
		if lastErr == nil {
			return nil
		}

		// Don't keep retrying errors the caller marked as permanent.
		if errors.Is(lastErr, ErrPermanent) {
			return lastErr
		}

		// No need to sleep after the final attempt.
		if attempt == p.MaxAttempts {
			break
		}

		timer := time.NewTimer(p.delayFor(attempt, rng))
		select {
		case <-ctx.Done():
			timer.Stop()
			return fmt.Errorf("backoff: cancelled after %d attempts: %w", attempt, ctx.Err())
		case <-timer.C:
		}
	}

	return fmt.Errorf("backoff: gave up after %d attempts: %w", p.MaxAttempts, lastErr)
}

// Example usage:
//
//	err := backoff.Retry(ctx, backoff.DefaultPolicy, func(ctx context.Context) error {
//		resp, err := client.Get("https://example.com/health")
//		if err != nil {
//			return err
//		}
//		defer resp.Body.Close()
//		if resp.StatusCode == http.StatusNotFound {
//			return fmt.Errorf("health endpoint missing: %w", backoff.ErrPermanent)
//		}
//		if resp.StatusCode >= 500 {
//			return fmt.Errorf("server error: %s", resp.Status)
//		}
//		return nil
//	})
