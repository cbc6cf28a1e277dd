package discovery

import "errors"

var (
	// ErrConfig means the configuration is invalid.
	ErrConfig = errors.New("discovery: invalid config")
	// ErrNoBootstrap means no bootstrap peer could be reached at start.
	ErrNoBootstrap = errors.New("discovery: no bootstrap peer reachable")
	// ErrProbe means no probed peer named its network.
	ErrProbe = errors.New("discovery: cannot learn the network")
	// ErrClosed means the service is closed.
	ErrClosed = errors.New("discovery: closed")
)
