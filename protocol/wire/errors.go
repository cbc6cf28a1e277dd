package wire

import "errors"

var (
	// ErrMalformed means bytes do not decode to the expected message or
	// are not its canonical encoding.
	ErrMalformed = errors.New("wire: malformed message")
	// ErrVersion means an envelope of a version this package does not speak.
	ErrVersion = errors.New("wire: unsupported envelope version")
	// ErrField means a field is missing or out of bounds.
	ErrField = errors.New("wire: invalid field")
	// ErrSignature means the signature is malformed, not canonical
	// (high S) or does not recover to the stated sender.
	ErrSignature = errors.New("wire: bad signature")
)
