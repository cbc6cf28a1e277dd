package aggregate

import "errors"

var (
	// ErrEncoding reports bytes that are not a succinct receipt or a join.
	ErrEncoding = errors.New("aggregate: malformed encoding")
	// ErrChild reports a child proof that must not be aggregated: its seal
	// does not verify, it is bound to another task, it proves another
	// program or family, or it does not follow its left sibling.
	ErrChild = errors.New("aggregate: child refused")
	// ErrKey reports a verifying key of the wrong shape for its place.
	ErrKey = errors.New("aggregate: verifying key refused")
	// ErrProof reports a join or succinct seal that does not verify for the
	// statement expected of it.
	ErrProof = errors.New("aggregate: proof does not verify")
	// ErrMismatch reports a succinct receipt that is not for the expected
	// task, family, program, initial or final state, input digest or
	// segment count.
	ErrMismatch = errors.New("aggregate: receipt does not match the task")
	// ErrPlan reports a segment count the aggregation tree cannot take.
	ErrPlan = errors.New("aggregate: bad plan")
)
