package config

import "errors"

var (
	// ErrInvalid reports a configuration value that cannot work.
	ErrInvalid = errors.New("config: invalid")
)
