package seal

import "errors"

// ErrSolidity reports a seal or a verifying key that has no form the
// on-chain receipt verifier accepts: a seal that does not decode, or that
// carries other than one BSB22 commitment; a key for other than three
// public inputs and one commitment over no public input.
var ErrSolidity = errors.New("seal: not verifiable on-chain")
