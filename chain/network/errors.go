package network

import "errors"

// ErrInvalid is wrapped by every validation error.
var ErrInvalid = errors.New("network: invalid network file")
