// Package identity keeps a host's libp2p identity key in its data dir.
//
// The key is an Ed25519 key in libp2p's protobuf key encoding, written
// with mode 0600 by an atomic rename. A key file that other users can read
// is refused rather than silently trusted, as ssh does.
package identity

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/crypto"
)

// FileName is the name of the key file inside the data dir.
const FileName = "p2p-identity.key"

var (
	// ErrPermissions means the key file is readable or writable by others.
	ErrPermissions = errors.New("identity: key file permissions too open (want 0600)")
	// ErrCorrupt means the key file does not hold a private key.
	ErrCorrupt = errors.New("identity: key file is corrupt")
)

// LoadOrCreate returns the key stored in dir, creating dir (0700) and a
// fresh key when there is none.
func LoadOrCreate(dir string) (crypto.PrivKey, error) {
	if dir == "" {
		return nil, fmt.Errorf("identity: empty data dir")
	}
	path := filepath.Join(dir, FileName)
	fi, err := os.Stat(path)
	switch {
	case err == nil:
		if fi.Mode().Perm()&0o077 != 0 {
			return nil, fmt.Errorf("%w: %s has mode %o", ErrPermissions, path, fi.Mode().Perm())
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("identity: read %s: %w", path, err)
		}
		k, err := crypto.UnmarshalPrivateKey(raw)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
		}
		return k, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("identity: stat %s: %w", path, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("identity: create data dir: %w", err)
	}
	k, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		return nil, fmt.Errorf("identity: generate: %w", err)
	}
	raw, err := crypto.MarshalPrivateKey(k)
	if err != nil {
		return nil, fmt.Errorf("identity: marshal: %w", err)
	}
	tmp, err := os.CreateTemp(dir, FileName+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("identity: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("identity: chmod: %w", err)
	}
	if _, err := tmp.Write(raw); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("identity: write: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("identity: sync: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("identity: close: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return nil, fmt.Errorf("identity: rename: %w", err)
	}
	return k, nil
}
