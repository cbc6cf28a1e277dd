package contracts

import "errors"

// ErrReverted is wrapped by every *RevertError: the contract refused a call
// with one of its custom errors.
var ErrReverted = errors.New("aoraki: reverted")
