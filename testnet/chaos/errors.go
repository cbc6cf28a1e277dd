package chaos

import "errors"

var (
	// ErrScenario is a scenario that could not be run to its end: the
	// testnet did not come up, an injection failed, a task never ended.
	ErrScenario = errors.New("chaos: scenario failed")
	// ErrInvariant is an invariant that does not hold after a scenario.
	ErrInvariant = errors.New("chaos: invariant broken")
	// ErrNetns is the multi-host mode asked for where it cannot run (not
	// root, or ip/tc missing).
	ErrNetns = errors.New("chaos: network namespaces unavailable")
)
