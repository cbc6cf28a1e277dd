package setup

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zkpool/aoraki/protocol/cids"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// CheckCID returns nil when b hashes to c.
func CheckCID(c cid.Cid, b []byte) error {
	pre := c.Prefix()
	if pre.Version != 1 || pre.Codec != cid.Raw || pre.MhType != mh.SHA2_256 {
		return fmt.Errorf("%w: %s", ErrBadCID, c)
	}
	dec, err := mh.Decode(c.Hash())
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBadCID, c, err)
	}
	sum := sha256.Sum256(b)
	if !bytes.Equal(dec.Digest, sum[:]) {
		return fmt.Errorf("%w: %s", ErrHashMismatch, c)
	}
	return nil
}

func (s *Store) blobPath(c cid.Cid) string {
	return filepath.Join(s.dir, "blobs", c.String())
}

// Put stores b and returns its CID.
func (s *Store) Put(b []byte) (cid.Cid, error) {
	c := cids.Of(b)
	p := s.blobPath(c)
	if _, err := os.Stat(p); err == nil {
		return c, nil
	}
	if err := writeAtomic(p, b); err != nil {
		return cid.Undef, err
	}
	return c, nil
}

// Get reads the blob c and checks its hash.
func (s *Store) Get(c cid.Cid) ([]byte, error) {
	b, err := os.ReadFile(s.blobPath(c))
	if os.IsNotExist(err) {
		return nil, fmt.Errorf("%w: blob %s", ErrNotFound, c)
	}
	if err != nil {
		return nil, err
	}
	if err := CheckCID(c, b); err != nil {
		return nil, fmt.Errorf("%w (stored at %s)", err, s.blobPath(c))
	}
	return b, nil
}

func writeAtomic(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
