package devchain

import "errors"

var (
	// ErrInvalidConfig is returned by Config.Validate.
	ErrInvalidConfig = errors.New("devchain: invalid config")
	// ErrNotStarted is returned when the chain is used before Start.
	ErrNotStarted = errors.New("devchain: not started")
	// ErrAlreadyStarted is returned by a second Start.
	ErrAlreadyStarted = errors.New("devchain: already started")
	// ErrReorg is returned by a Reorg the chain cannot make.
	ErrReorg = errors.New("devchain: reorg")
)
