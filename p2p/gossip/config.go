package gossip

import (
	"fmt"
	"net"
	"regexp"
	"time"
)

// Config tunes the router. Durations are TOML strings ("60s").
type Config struct {
	Network string `toml:"network"`
	// ValidateQueue is the pubsub validation queue (libp2p default 32).
	ValidateQueue int `toml:"validate_queue"`
	// OutboundQueue is the per-peer outbound RPC queue.
	OutboundQueue int `toml:"outbound_queue"`
	// MaxMessage caps any pubsub message; topics set their own smaller caps.
	MaxMessage int `toml:"max_message"`
	// Heartbeat is the gossipsub heartbeat interval.
	Heartbeat time.Duration `toml:"heartbeat"`
	// Freshness is how long after signing a message is current.
	Freshness time.Duration `toml:"freshness"`
	// StaleGrace: a message older than Freshness but within StaleGrace
	// after it is ignored; older still is rejected.
	StaleGrace time.Duration `toml:"stale_grace"`
	// MaxClockSkew: a message signed further in the future is rejected.
	MaxClockSkew time.Duration `toml:"max_clock_skew"`
	// ReplayCacheSize bounds the (sender, nonce) cache.
	ReplayCacheSize int `toml:"replay_cache_size"`
	// ScoreWhitelist lists CIDRs exempt from the IP colocation penalty.
	ScoreWhitelist []string `toml:"score_whitelist"`
	// ScoreInspect is how often the score snapshot (Scores) is refreshed.
	ScoreInspect time.Duration `toml:"score_inspect"`
	// Score thresholds (see go-libp2p-pubsub PeerScoreThresholds).
	GossipThreshold   float64 `toml:"gossip_threshold"`
	PublishThreshold  float64 `toml:"publish_threshold"`
	GraylistThreshold float64 `toml:"graylist_threshold"`
	// InvalidWeight is the weight of the squared invalid-delivery counter.
	InvalidWeight float64 `toml:"invalid_weight"`

	// Now is the clock; nil means time.Now. Tests inject it.
	Now func() time.Time `toml:"-"`
}

// DefaultConfig returns the production settings for network.
func DefaultConfig(network string) Config {
	return Config{
		Network:           network,
		ValidateQueue:     1024,
		OutboundQueue:     256,
		MaxMessage:        1 << 20,
		Heartbeat:         time.Second,
		Freshness:         60 * time.Second,
		StaleGrace:        30 * time.Second,
		MaxClockSkew:      10 * time.Second,
		ReplayCacheSize:   1 << 16,
		ScoreInspect:      10 * time.Second,
		GossipThreshold:   -10,
		PublishThreshold:  -50,
		GraylistThreshold: -80,
		InvalidWeight:     -6,
	}
}

var networkName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)

// seenTTL is how long pubsub remembers message IDs: longer than any
// message may live, so an old message replayed byte for byte is either
// deduplicated here or too old for the freshness check.
func (c Config) seenTTL() time.Duration { return 2 * (c.Freshness + c.StaleGrace + c.MaxClockSkew) }

// Validate checks every field.
func (c Config) Validate() error {
	if !networkName.MatchString(c.Network) {
		return fmt.Errorf("%w: network %q", ErrConfig, c.Network)
	}
	if c.ValidateQueue < 32 || c.OutboundQueue < 8 || c.MaxMessage < 1024 || c.ReplayCacheSize < 16 {
		return fmt.Errorf("%w: queues and caches too small", ErrConfig)
	}
	if c.Heartbeat < 10*time.Millisecond || c.ScoreInspect <= 0 {
		return fmt.Errorf("%w: heartbeat %s / score_inspect %s", ErrConfig, c.Heartbeat, c.ScoreInspect)
	}
	if c.Freshness <= 0 || c.StaleGrace < 0 || c.MaxClockSkew < 0 {
		return fmt.Errorf("%w: freshness %s / stale_grace %s / max_clock_skew %s", ErrConfig, c.Freshness, c.StaleGrace, c.MaxClockSkew)
	}
	if !(c.GraylistThreshold < c.PublishThreshold && c.PublishThreshold < c.GossipThreshold && c.GossipThreshold < 0) {
		return fmt.Errorf("%w: thresholds must be graylist < publish < gossip < 0", ErrConfig)
	}
	if c.InvalidWeight >= 0 {
		return fmt.Errorf("%w: invalid_weight must be negative", ErrConfig)
	}
	if _, err := c.whitelist(); err != nil {
		return err
	}
	return nil
}

func (c Config) whitelist() ([]*net.IPNet, error) {
	var out []*net.IPNet
	for _, s := range c.ScoreWhitelist {
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			return nil, fmt.Errorf("%w: score_whitelist %q: %v", ErrConfig, s, err)
		}
		out = append(out, n)
	}
	return out, nil
}

func (c Config) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}
