package gossip

import (
	"sync"
	"time"
)

// replayCache remembers (sender, nonce) keys until they expire, bounded in
// size: when full, the oldest entry goes first.
type replayCache struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	seen  map[string]time.Time
	order []replayEntry // insertion order; expiry is monotone in it
}

type replayEntry struct {
	key string
	exp time.Time
}

func newReplayCache(max int, ttl time.Duration) *replayCache {
	return &replayCache{max: max, ttl: ttl, seen: make(map[string]time.Time)}
}

// add records key at now and reports whether it was already present.
func (c *replayCache) add(key string, now time.Time) (dup bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.order) > 0 && (len(c.order) >= c.max || !c.order[0].exp.After(now)) {
		e := c.order[0]
		c.order = c.order[1:]
		if exp, ok := c.seen[e.key]; ok && exp.Equal(e.exp) {
			delete(c.seen, e.key)
		}
	}
	if exp, ok := c.seen[key]; ok && exp.After(now) {
		return true
	}
	exp := now.Add(c.ttl)
	c.seen[key] = exp
	c.order = append(c.order, replayEntry{key, exp})
	return false
}
