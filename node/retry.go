package node

import (
	"fmt"
	"time"
)

// FulfilPolicy is how the node retries a failed fulfil. A fulfil refused
// by its simulation costs nothing but is not retried at once; a fulfil
// that was mined and reverted cost gas (a verifier, or a front-running
// requester, can make it revert after a successful simulation), so after
// MaxReverts of them the node stops: it fails the task rather than pay
// for a revert every few seconds until the deadline.
type FulfilPolicy struct {
	// MaxReverts is how many mined and reverted fulfils end the task.
	MaxReverts int
	// Backoff is the wait after a first failed attempt; it doubles with
	// each failure in a row, up to MaxBackoff.
	Backoff    time.Duration
	MaxBackoff time.Duration
}

// DefaultFulfilPolicy: stop after 3 mined reverts; wait 4 s after a
// failure, doubling up to 2 minutes.
func DefaultFulfilPolicy() FulfilPolicy {
	return FulfilPolicy{MaxReverts: 3, Backoff: 4 * time.Second, MaxBackoff: 2 * time.Minute}
}

// Validate checks the policy.
func (p FulfilPolicy) Validate() error {
	switch {
	case p.MaxReverts < 1:
		return fmt.Errorf("%w: fulfil max reverts %d, want at least 1", ErrConfig, p.MaxReverts)
	case p.Backoff <= 0 || p.MaxBackoff < p.Backoff:
		return fmt.Errorf("%w: fulfil backoff %s up to %s: want 0 < backoff <= max", ErrConfig, p.Backoff, p.MaxBackoff)
	}
	return nil
}

// delay is the wait after the failures-th failure in a row (1-based).
func (p FulfilPolicy) delay(failures int) time.Duration {
	d := p.Backoff
	for i := 1; i < failures && d < p.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, p.MaxBackoff)
}
