package eip712

import "errors"

var (
	// ErrBadSignature is returned for a signature that is not 65 bytes, has a
	// v other than 27/28 (or 0/1), a high s, or recovers to no address.
	ErrBadSignature = errors.New("eip712: malformed signature")
	// ErrFieldRange is returned when a numeric field is missing, negative or
	// wider than its Solidity type.
	ErrFieldRange = errors.New("eip712: field out of range")
	// ErrDuplicateSigner is returned when two attestations come from one signer.
	ErrDuplicateSigner = errors.New("eip712: duplicate signer")
	// ErrInvalidDomain is returned for a domain without name, version or chain id.
	ErrInvalidDomain = errors.New("eip712: invalid domain")
)
