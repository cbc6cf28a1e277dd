package chain

import "errors"

// ErrUnsupportedURL is returned by Dial for an endpoint it cannot use.
var ErrUnsupportedURL = errors.New("chain: unsupported RPC URL")
