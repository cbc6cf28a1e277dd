package web

import (
	"fmt"
	"net"
	"time"
)

// Config configures the service. Start from DefaultConfig.
type Config struct {
	// Addr is the host:port to listen on; port 0 picks a free one.
	Addr string `toml:"addr"`
	// DataDir holds the store of past tasks (tasks.db).
	DataDir string `toml:"datadir"`
	// AllowedHosts are the names, besides loopback's, by which browsers
	// may reach the service (the Host header); any other is refused, so
	// that a web site cannot reach the service by rebinding its DNS name.
	AllowedHosts []string `toml:"allowed_hosts"`

	// Payer is the account the service pays from (shown on the page);
	// DevKey is the public development key it is, or -1.
	Payer  string `toml:"-"`
	DevKey int    `toml:"-"`
	// Network names the network on the page (its file, its chain).
	Network string `toml:"-"`

	// MaxUpload bounds a request body: model, samples and fields together.
	MaxUpload int64 `toml:"max_upload"`
	// MaxTasks bounds the tasks run at once; MaxTrainSamples the size of
	// a training set, and training runs one at a time.
	MaxTasks        int `toml:"max_tasks"`
	MaxTrainSamples int `toml:"max_train_samples"`
	// ListLimit caps GET /v1/tasks.
	ListLimit int `toml:"list_limit"`
	// Deadline is a task's proving deadline when the request names none;
	// MinDeadline and MaxDeadline bound the ones requests name.
	Deadline    time.Duration `toml:"deadline"`
	MinDeadline time.Duration `toml:"min_deadline"`
	MaxDeadline time.Duration `toml:"max_deadline"`

	// ReadHeaderTimeout, ReadTimeout, WriteTimeout and IdleTimeout bound
	// each connection; WriteTimeout applies to each event of a stream and
	// PayTimeout to a POST /v1/tasks waiting for its payment.
	ReadHeaderTimeout time.Duration `toml:"read_header_timeout"`
	ReadTimeout       time.Duration `toml:"read_timeout"`
	WriteTimeout      time.Duration `toml:"write_timeout"`
	IdleTimeout       time.Duration `toml:"idle_timeout"`
	PayTimeout        time.Duration `toml:"pay_timeout"`
	ShutdownTimeout   time.Duration `toml:"shutdown_timeout"`
	// Heartbeat is how often an idle event stream gets a comment line;
	// MaxEventStreams caps the streams open at once.
	Heartbeat       time.Duration `toml:"heartbeat"`
	MaxEventStreams int           `toml:"max_event_streams"`
}

// DefaultConfig listens on loopback at the usual port.
func DefaultConfig(dataDir string) Config {
	return Config{
		Addr: "127.0.0.1:8780", DataDir: dataDir, DevKey: -1,
		MaxUpload: 16 << 20, MaxTasks: 4, MaxTrainSamples: 50_000, ListLimit: 1000,
		Deadline: 5 * time.Minute, MinDeadline: 30 * time.Second, MaxDeadline: 24 * time.Hour,
		ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 2 * time.Minute, WriteTimeout: 15 * time.Second,
		IdleTimeout: 60 * time.Second, PayTimeout: 10 * time.Minute, ShutdownTimeout: 5 * time.Second,
		Heartbeat: 15 * time.Second, MaxEventStreams: 64,
	}
}

// Validate checks c.
func (c Config) Validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("%w: addr %q: %v", ErrConfig, c.Addr, err)
	}
	if c.DataDir == "" {
		return fmt.Errorf("%w: no data dir", ErrConfig)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"read_header_timeout", c.ReadHeaderTimeout}, {"read_timeout", c.ReadTimeout}, {"write_timeout", c.WriteTimeout},
		{"idle_timeout", c.IdleTimeout}, {"pay_timeout", c.PayTimeout}, {"shutdown_timeout", c.ShutdownTimeout},
		{"heartbeat", c.Heartbeat}, {"deadline", c.Deadline}, {"min_deadline", c.MinDeadline}, {"max_deadline", c.MaxDeadline}} {
		if d.v <= 0 {
			return fmt.Errorf("%w: %s must be positive, got %v", ErrConfig, d.name, d.v)
		}
	}
	switch {
	case c.Deadline < c.MinDeadline || c.Deadline > c.MaxDeadline:
		return fmt.Errorf("%w: deadline %v outside [%v, %v]", ErrConfig, c.Deadline, c.MinDeadline, c.MaxDeadline)
	case c.MaxUpload < 1<<10 || c.MaxUpload > 1<<30:
		return fmt.Errorf("%w: max_upload %d outside [1 KiB, 1 GiB]", ErrConfig, c.MaxUpload)
	case c.MaxTasks < 1:
		return fmt.Errorf("%w: max_tasks must be at least 1, got %d", ErrConfig, c.MaxTasks)
	case c.MaxTrainSamples < 1:
		return fmt.Errorf("%w: max_train_samples must be at least 1, got %d", ErrConfig, c.MaxTrainSamples)
	case c.ListLimit < 1:
		return fmt.Errorf("%w: list_limit must be at least 1, got %d", ErrConfig, c.ListLimit)
	case c.MaxEventStreams < 1:
		return fmt.Errorf("%w: max_event_streams must be at least 1, got %d", ErrConfig, c.MaxEventStreams)
	}
	for _, h := range c.AllowedHosts {
		if h == "" {
			return fmt.Errorf("%w: empty allowed host", ErrConfig)
		}
	}
	return nil
}
