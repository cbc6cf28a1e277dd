package peering

import "errors"

var (
	// ErrConfig means the configuration is invalid.
	ErrConfig = errors.New("peering: invalid config")
	// ErrClosed means the keeper is closed.
	ErrClosed = errors.New("peering: closed")
)
