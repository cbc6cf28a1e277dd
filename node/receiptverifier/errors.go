package receiptverifier

import "errors"

var (
	// ErrReverted is wrapped when the verifier contract refused a call; the
	// message carries the contract's error and arguments.
	ErrReverted = errors.New("receiptverifier: reverted")
	// ErrInput reports arguments that cannot be sent (a receipt that does
	// not encode, a key of another shape, a state that is not a field element).
	ErrInput = errors.New("receiptverifier: bad input")
)
