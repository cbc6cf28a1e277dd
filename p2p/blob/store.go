package blob

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/zkpool/aoraki/protocol/cids"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// CheckCID reports whether c names a blob: v1, raw codec, sha2-256.
func CheckCID(c cid.Cid) error {
	if !c.Defined() || c.Version() != 1 || c.Type() != cid.Raw {
		return ErrBadCID
	}
	d, err := mh.Decode(c.Hash())
	if err != nil || d.Code != mh.SHA2_256 || d.Length != sha256.Size {
		return ErrBadCID
	}
	return nil
}

func digestOf(c cid.Cid) []byte {
	d, _ := mh.Decode(c.Hash())
	return d.Digest
}

// Store keeps blobs as files named by CID in one directory.
type Store struct {
	dir string
}

// OpenStore opens (creating) the store under dataDir/blobs.
func OpenStore(dataDir string) (*Store, error) {
	if dataDir == "" {
		return nil, fmt.Errorf("%w: empty data dir", ErrConfig)
	}
	dir := filepath.Join(dataDir, "blobs")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("blob: create store: %w", err)
	}
	return &Store{dir: dir}, nil
}

func (s *Store) path(c cid.Cid) string { return filepath.Join(s.dir, c.String()) }

// Has reports whether the blob is stored.
func (s *Store) Has(c cid.Cid) bool {
	if CheckCID(c) != nil {
		return false
	}
	_, err := os.Stat(s.path(c))
	return err == nil
}

// Open returns the blob's file and size.
func (s *Store) Open(c cid.Cid) (*os.File, int64, error) {
	if err := CheckCID(c); err != nil {
		return nil, 0, err
	}
	f, err := os.Open(s.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, fmt.Errorf("%w: %s", ErrNotFound, c)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("blob: open %s: %w", c, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fmt.Errorf("blob: stat %s: %w", c, err)
	}
	return f, fi.Size(), nil
}

// Get reads a whole blob into memory, at most max bytes.
func (s *Store) Get(c cid.Cid, max int64) ([]byte, error) {
	f, size, err := s.Open(c)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if size > max {
		return nil, fmt.Errorf("%w: %s is %d bytes, cap %d", ErrTooLarge, c, size, max)
	}
	b := make([]byte, size)
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, fmt.Errorf("blob: read %s: %w", c, err)
	}
	return b, nil
}

// PutBytes stores b and returns its CID.
func (s *Store) PutBytes(b []byte) (cid.Cid, error) {
	c, _, err := s.Put(bytes.NewReader(b), int64(len(b)))
	return c, err
}

// Put stores what r yields (at most max bytes) and returns its CID and size.
func (s *Store) Put(r io.Reader, max int64) (cid.Cid, int64, error) {
	return s.write(r, max, cid.Undef)
}

// write hashes r into a temporary file; with want defined it also requires
// exactly that digest. The blob appears under its name only when complete.
func (s *Store) write(r io.Reader, max int64, want cid.Cid) (cid.Cid, int64, error) {
	tmp, err := os.CreateTemp(s.dir, ".incoming-*")
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("blob: %w", err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(r, max+1))
	if err != nil {
		return cid.Undef, n, fmt.Errorf("blob: write: %w", err)
	}
	if n > max {
		return cid.Undef, n, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	c := cids.OfDigest([32]byte(h.Sum(nil)))
	if want.Defined() && !c.Equals(want) {
		return cid.Undef, n, fmt.Errorf("%w: want %s, got %s", ErrHashMismatch, want, c)
	}
	if err := tmp.Sync(); err != nil {
		return cid.Undef, n, fmt.Errorf("blob: sync: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return cid.Undef, n, fmt.Errorf("blob: close: %w", err)
	}
	if err := os.Rename(tmp.Name(), s.path(c)); err != nil {
		return cid.Undef, n, fmt.Errorf("blob: rename: %w", err)
	}
	return c, n, nil
}

// Delete removes a blob; a missing blob is not an error.
func (s *Store) Delete(c cid.Cid) error {
	if err := CheckCID(c); err != nil {
		return err
	}
	if err := os.Remove(s.path(c)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("blob: delete %s: %w", c, err)
	}
	return nil
}
