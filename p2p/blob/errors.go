package blob

import "errors"

var (
	// ErrNotFound means the blob is not in the store or no provider has it.
	ErrNotFound = errors.New("blob: not found")
	// ErrBadCID means a CID is not CIDv1, raw codec, sha2-256.
	ErrBadCID = errors.New("blob: CID must be v1, raw codec, sha2-256")
	// ErrHashMismatch means received bytes do not hash to the requested CID.
	ErrHashMismatch = errors.New("blob: bytes do not match the CID")
	// ErrTooLarge means a blob exceeds the size cap.
	ErrTooLarge = errors.New("blob: too large")
	// ErrLimitedConn means the only connection is relayed; blobs never
	// move over relays.
	ErrLimitedConn = errors.New("blob: refusing to move a blob over a relayed connection")
	// ErrConfig means the configuration is invalid.
	ErrConfig = errors.New("blob: invalid config")
)
