package store

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

func TestUploadsPrunedUnlessATaskUsesThem(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "node.db"))
	now := time.Unix(1_800_000_000, 0)
	cutoff := now.Add(-time.Hour)
	// 1: old, unused; 2: old, its task fulfilled; 3: old, then quoted
	// again (its clock restarts); 4: recent.
	err := s.Update(func(x *Tx) error {
		for d, since := range map[byte]time.Time{1: now.Add(-2 * time.Hour), 2: now.Add(-2 * time.Hour), 3: now.Add(-2 * time.Hour), 4: now} {
			if err := x.PutUpload(&Upload{Digest: [32]byte{d}, Since: since, Size: 10}); err != nil {
				return err
			}
		}
		// A later clock wins; an earlier one does not turn it back.
		if err := x.PutUpload(&Upload{Digest: [32]byte{3}, Since: now}); err != nil {
			return err
		}
		if err := x.PutUpload(&Upload{Digest: [32]byte{4}, Since: now.Add(-3 * time.Hour)}); err != nil {
			return err
		}
		m, _ := mh.Encode(append([]byte{2}, make([]byte, 31)...), mh.SHA2_256)
		return x.PutTask(&Task{ID: TaskID{7}, State: TaskFulfilled, InputCID: cid.NewCidV1(cid.Raw, m).String()})
	})
	if err != nil {
		t.Fatal(err)
	}
	var dropped [][32]byte
	if err := s.Update(func(x *Tx) error {
		var err error
		dropped, err = x.PruneUploads(cutoff)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(dropped) != 1 || dropped[0] != ([32]byte{1}) {
		t.Fatalf("dropped %x, want only the old unused upload", dropped)
	}
	s.View(func(x *Tx) error {
		for d, want := range map[byte]bool{1: false, 2: true, 3: true, 4: true} {
			if _, err := x.Upload([32]byte{d}); (err == nil) != want {
				t.Errorf("upload %d kept %v, want %v", d, err == nil, want)
			}
		}
		return nil
	})
	// Pruning again finds nothing new.
	s.Update(func(x *Tx) error {
		d, err := x.PruneUploads(cutoff)
		if err != nil || len(d) != 0 {
			t.Errorf("second prune: %x, %v", d, err)
		}
		return nil
	})
}
