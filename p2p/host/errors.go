package host

import "errors"

var (
	// ErrConfig means the configuration is invalid; the message says which field.
	ErrConfig = errors.New("host: invalid config")
)
