package watcher

import "errors"

var (
	// ErrInvalidConfig is returned by Config.Validate.
	ErrInvalidConfig = errors.New("watcher: invalid config")
	// ErrAlreadyStarted is returned by a second Start.
	ErrAlreadyStarted = errors.New("watcher: already started")
)
