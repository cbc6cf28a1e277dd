package proverd

import "errors"

var (
	// ErrConfig reports a configuration the daemon cannot run with.
	ErrConfig = errors.New("proverd: invalid config")
	// ErrChain reports a chain the daemon cannot use (unreachable, another
	// chain id, no contract at the address).
	ErrChain = errors.New("proverd: chain unusable")
	// ErrNetworkInfo reports a node that did not describe its network.
	ErrNetworkInfo = errors.New("proverd: no network description")
)
