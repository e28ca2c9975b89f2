// Package ratelimit provides a token bucket rate limiter keyed by client.
package ratelimit

import (
	"context"
	"sync"
	"time"
)

// Limiter hands out tokens per key at a fixed rate with a maximum burst.
// It is safe for concurrent use.
type Limiter struct {
	rate  float64 // tokens per second
	burst float64
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens   float64
	last     time.Time
	lastSeen time.Time
}

// New returns a Limiter allowing rate events per second with bursts of up to burst.
func New(rate float64, burst int) *Limiter {
	if rate <= 0 || burst <= 0 {
		panic("ratelimit: rate and burst must be positive")
	}
	return &Limiter{
		rate:    rate,
		burst:   float64(burst),
		now:     time.Now,
		buckets: make(map[string]*bucket),
	}
}

// Allow reports whether one event for key may happen now.
func (l *Limiter) Allow(key string) bool {
	ok, _ := l.reserve(key, 1)
	return ok
}

// Wait blocks until an event for key is allowed or ctx is done.
func (l *Limiter) Wait(ctx context.Context, key string) error {
	for {
		ok, delay := l.reserve(key, 1)
		if ok {
			return nil
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		case <-timer.C:
		}
	}
}

// reserve tries to take n tokens. If it cannot, it returns how long until
// enough tokens will be available.
func (l *Limiter) reserve(key string, n float64) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()

	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.lastSeen = now

	elapsed := now.Sub(b.last).Seconds()
	if elapsed > 0 {
		b.tokens = min(l.burst, b.tokens+elapsed*l.rate)
		b.last = now
	}

	if b.tokens >= n {
		b.tokens -= n
		return true, 0
	}
	missing := n - b.tokens
	return false, time.Duration(missing / l.rate * float64(time.Second))
}

// Cleanup removes buckets that have not been used for longer than idle.
// Call it periodically to bound memory when keys are unbounded (e.g. IPs).
func (l *Limiter) Cleanup(idle time.Duration) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	cutoff := l.now().Add(-idle)
	removed := 0
	for k, b := range l.buckets {
		if b.lastSeen.Before(cutoff) {
			delete(l.buckets, k)
			removed++
		}
	}
	return removed
}

// Len returns the number of tracked keys.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}
