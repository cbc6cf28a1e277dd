package node

import "errors"

var (
	// ErrConfig reports an invalid node configuration.
	ErrConfig = errors.New("node: invalid config")
	// ErrInfeasible reports a task this node cannot execute, prove and
	// have attested before its deadline within its limits; it is refused
	// at quote time, and failed before execution if its quote predates a
	// change of limits.
	ErrInfeasible = errors.New("node: task not feasible")
	// ErrFulfilStopped reports a task whose fulfil transactions were mined
	// and reverted FulfilPolicy.MaxReverts times: the node stops paying gas
	// for it.
	ErrFulfilStopped = errors.New("node: fulfil keeps reverting on chain; stopped spending gas on it")
)
