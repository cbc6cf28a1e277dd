package keys

import "errors"

var (
	// ErrNoAccount is returned for an address the keystore does not hold.
	ErrNoAccount = errors.New("keys: no such account")
	// ErrBadPassphrase is returned when a key does not decrypt.
	ErrBadPassphrase = errors.New("keys: could not decrypt key (wrong passphrase?)")
	// ErrNoPassword reports that no keystore password could be found.
	ErrNoPassword = errors.New("keys: no keystore password (use --password-file or $ZKPOOL_PASSWORD)")
	// ErrEmptyPassphrase is returned when creating or importing with an empty passphrase.
	ErrEmptyPassphrase = errors.New("keys: empty passphrase")
)
