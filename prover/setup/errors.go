package setup

import "errors"

var (
	// ErrHashMismatch reports a blob whose bytes do not match its CID.
	ErrHashMismatch = errors.New("setup: blob does not match its CID")
	// ErrNotFound reports a blob or manifest missing from the store.
	ErrNotFound = errors.New("setup: not in the store")
	// ErrBadCID reports a CID that is not CIDv1 raw sha2-256.
	ErrBadCID = errors.New("setup: unsupported CID")
	// ErrUnknownFamily reports a family whose artifacts were never loaded.
	ErrUnknownFamily = errors.New("setup: family not loaded")
)
