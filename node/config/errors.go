package config

import "errors"

var (
	// ErrInvalid reports a configuration value that cannot work.
	ErrInvalid = errors.New("config: invalid")
	// ErrMissingArtifact reports a network artifact absent from the setup store.
	ErrMissingArtifact = errors.New("config: artifact not in the setup store")
	// ErrNoPassword reports that no keystore password could be found.
	ErrNoPassword = errors.New("config: no keystore password (use --password-file or $ZKPOOL_PASSWORD)")
	// ErrNoAccount reports a keystore with no key (run init first).
	ErrNoAccount = errors.New("config: no key in the keystore")
)
