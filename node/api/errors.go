package api

import "errors"

var (
	// ErrConfig reports an invalid Config.
	ErrConfig = errors.New("api: invalid config")
	// ErrStarted reports a second Start.
	ErrStarted = errors.New("api: already started")
	// ErrClosed reports a Start after Close.
	ErrClosed = errors.New("api: closed")
)
