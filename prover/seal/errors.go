package seal

import "errors"

// ErrSolidity reports a seal or a verifying key that has no form the
// on-chain verifiers accept: a seal that does not decode or carries more
// than receipt.MaxCommitments BSB22 commitments; a key for other public
// inputs than receipt.Publics, with more than two commitments, with a
// commitment over a public input, or (for a join) other than one
// commitment.
var ErrSolidity = errors.New("seal: not verifiable on-chain")
