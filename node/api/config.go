package api

import (
	"fmt"
	"net"
	"time"
)

// Config configures the API server. Start from DefaultConfig.
type Config struct {
	// Addr is the host:port to listen on; port 0 picks a free one.
	Addr string `toml:"addr"`
	// ReadHeaderTimeout, ReadTimeout, WriteTimeout and IdleTimeout bound
	// each connection (http.Server). WriteTimeout applies to each write of
	// an event stream rather than to the whole stream.
	ReadHeaderTimeout time.Duration `toml:"read_header_timeout"`
	ReadTimeout       time.Duration `toml:"read_timeout"`
	WriteTimeout      time.Duration `toml:"write_timeout"`
	IdleTimeout       time.Duration `toml:"idle_timeout"`
	// ShutdownTimeout bounds Close's wait for requests in flight.
	ShutdownTimeout time.Duration `toml:"shutdown_timeout"`
	// Heartbeat is how often an idle event stream gets a comment line.
	Heartbeat time.Duration `toml:"heartbeat"`
	// MaxEventStreams caps concurrent /v1/events clients.
	MaxEventStreams int `toml:"max_event_streams"`
	// RecentAwards is how many awards /v1/prices lists.
	RecentAwards int `toml:"recent_awards"`
}

// DefaultConfig listens on loopback at a free port.
func DefaultConfig() Config {
	return Config{
		Addr:              "127.0.0.1:0",
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      15 * time.Second,
		IdleTimeout:       60 * time.Second,
		ShutdownTimeout:   5 * time.Second,
		Heartbeat:         15 * time.Second,
		MaxEventStreams:   64,
		RecentAwards:      50,
	}
}

// Validate checks c.
func (c Config) Validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("%w: addr %q: %v", ErrConfig, c.Addr, err)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"read_header_timeout", c.ReadHeaderTimeout}, {"read_timeout", c.ReadTimeout}, {"write_timeout", c.WriteTimeout},
		{"idle_timeout", c.IdleTimeout}, {"shutdown_timeout", c.ShutdownTimeout}, {"heartbeat", c.Heartbeat}} {
		if d.v <= 0 {
			return fmt.Errorf("%w: %s must be positive, got %v", ErrConfig, d.name, d.v)
		}
	}
	if c.MaxEventStreams < 1 {
		return fmt.Errorf("%w: max_event_streams must be at least 1, got %d", ErrConfig, c.MaxEventStreams)
	}
	if c.RecentAwards < 1 || c.RecentAwards > 10000 {
		return fmt.Errorf("%w: recent_awards must be in [1, 10000], got %d", ErrConfig, c.RecentAwards)
	}
	return nil
}
