package daemon

import "errors"

var (
	// ErrConfig reports a configuration the daemon cannot run with.
	ErrConfig = errors.New("daemon: invalid config")
	// ErrChain reports a chain the daemon cannot use (unreachable, another
	// chain id, no contract at the address).
	ErrChain = errors.New("daemon: chain unusable")
	// ErrNetworkInfo reports a node that did not describe its network.
	ErrNetworkInfo = errors.New("daemon: no network description")
)
