package blob

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/zkpool/aoraki/protocol/cids"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

func TestStore(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("segment witness")
	c, err := s.PutBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Equals(cids.Of(data)) || CheckCID(c) != nil {
		t.Fatalf("cid %s", c)
	}
	// The CID is the well-known one: bafkrei… is CIDv1 raw sha2-256.
	if c.String()[:7] != "bafkrei" {
		t.Fatalf("unexpected CID form %s", c)
	}
	got, err := s.Get(c, 1<<10)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("get: %v", err)
	}
	if _, err := s.Get(c, 3); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("get above cap: %v", err)
	}
	if _, _, err := s.Put(bytes.NewReader(make([]byte, 100)), 99); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("put above cap: %v", err)
	}
	if _, _, err := s.write(bytes.NewReader([]byte("other")), 10, c); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("write with wrong digest: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Join(s.dir))
	if len(entries) != 1 {
		t.Fatalf("store holds %d files, want 1 (no leftovers)", len(entries))
	}
	if err := s.Delete(c); err != nil || s.Has(c) {
		t.Fatalf("delete: %v", err)
	}
	if _, _, err := s.Open(c); !errors.Is(err, ErrNotFound) {
		t.Fatalf("open deleted: %v", err)
	}
	if err := s.Delete(c); err != nil {
		t.Fatalf("second delete: %v", err)
	}
	if _, err := OpenStore(""); !errors.Is(err, ErrConfig) {
		t.Fatalf("empty dir: %v", err)
	}
}

func TestCheckCID(t *testing.T) {
	good := cids.Of([]byte("x"))
	v0, _ := cid.Decode("QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n")
	dagpb := cid.NewCidV1(cid.DagProtobuf, good.Hash())
	m, _ := mh.Sum([]byte("x"), mh.SHA2_512, -1)
	sha512 := cid.NewCidV1(cid.Raw, m)
	for name, c := range map[string]cid.Cid{"undef": cid.Undef, "v0": v0, "dag-pb": dagpb, "sha512": sha512} {
		if err := CheckCID(c); !errors.Is(err, ErrBadCID) {
			t.Errorf("%s accepted", name)
		}
	}
	if err := CheckCID(good); err != nil {
		t.Fatal(err)
	}
}

// FuzzCID: arbitrary CID bytes from the network must never panic the
// parser or the check, and what passes must be a raw sha2-256 CIDv1.
func FuzzCID(f *testing.F) {
	f.Add(cids.Of([]byte("x")).Bytes())
	f.Add([]byte{0x01, 0x55, 0x12, 0x20})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := cid.Cast(b)
		if err != nil {
			return
		}
		if CheckCID(c) == nil && len(digestOf(c)) != 32 {
			t.Fatal("accepted a CID without a 32-byte digest")
		}
	})
}
