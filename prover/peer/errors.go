package peer

import "errors"

var (
	// ErrRefused, wrapped by Network.Deliver and Network.Fetch, means the
	// node refused the receipt (not awarded, invalid) or the blob (it has
	// none, or it is too large or not what was asked for) for good:
	// retrying cannot help.
	ErrRefused = errors.New("peer: refused")
	// ErrMalformed reports an announcement or award that cannot be read.
	ErrMalformed = errors.New("peer: malformed message")
	// ErrUntrustedSender reports an announcement or award whose signer is
	// not the registered node that holds the task on chain (or not the
	// node of the announcement the award answers).
	ErrUntrustedSender = errors.New("peer: sender does not hold the task on chain")
	// ErrUntrustedArtifacts reports an announcement naming a family, or
	// artifact CIDs, that the network does not trust.
	ErrUntrustedArtifacts = errors.New("peer: artifacts not trusted by the network")
	// ErrAuthority reports a chain lookup that failed: the peer does not
	// act on what it could not check.
	ErrAuthority = errors.New("peer: chain lookup failed")
	// ErrPanic reports a proof job that panicked; the worker survives.
	ErrPanic = errors.New("peer: proof job panicked")
	// ErrConfig reports an invalid configuration or trust set.
	ErrConfig = errors.New("peer: invalid configuration")
)
