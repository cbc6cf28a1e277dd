package store

import (
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"
)

func quoteAt(d byte, expiry time.Time) *Quote {
	return &Quote{Digest: TaskID{d}, Node: Address{1}, Requester: Address{2}, ProgramID: [32]byte{3}, InputDigest: [32]byte{4},
		Price: NewWei(big.NewInt(1e15)), ProvingDeadline: uint64(expiry.Add(time.Hour).Unix()), Expiry: uint64(expiry.Unix()),
		Nonce: NewWei(big.NewInt(int64(d))), Verifier: Address{0xee}, Callback: Address{0xcc}}
}

func TestQuotesKeptAndPruned(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	s := open(t, path)
	now := time.Unix(1_800_000_000, 0)
	past, future := now.Add(-time.Minute), now.Add(time.Minute)
	// 1: expired, never used; 2: expired, its task open; 3: expired, its
	// task fulfilled; 4: not expired.
	err := s.Update(func(x *Tx) error {
		for d, exp := range map[byte]time.Time{1: past, 2: past, 3: past, 4: future} {
			if err := x.PutQuote(quoteAt(d, exp)); err != nil {
				return err
			}
		}
		if err := x.PutTask(&Task{ID: TaskID{2}, State: TaskProving}); err != nil {
			return err
		}
		return x.PutTask(&Task{ID: TaskID{3}, State: TaskFulfilled})
	})
	if err != nil {
		t.Fatal(err)
	}
	// Stored whole, and it survives a reopen.
	s.Close()
	s = open(t, path)
	s.View(func(x *Tx) error {
		q, err := x.Quote(TaskID{4})
		if err != nil {
			t.Fatal(err)
		}
		if want := quoteAt(4, future); q.Price.Cmp(&want.Price.Int) != 0 || q.Nonce.Cmp(&want.Nonce.Int) != 0 ||
			q.Expiry != want.Expiry || q.ProvingDeadline != want.ProvingDeadline || q.Verifier != want.Verifier ||
			q.Callback != want.Callback || q.ProgramID != want.ProgramID || q.InputDigest != want.InputDigest ||
			q.Node != want.Node || q.Requester != want.Requester {
			t.Fatalf("read back %+v, want %+v", q, want)
		}
		return nil
	})
	var pruned int
	if err := s.Update(func(x *Tx) (err error) { pruned, err = x.PruneQuotes(now); return err }); err != nil {
		t.Fatal(err)
	}
	if pruned != 2 {
		t.Fatalf("pruned %d quotes, want 2", pruned)
	}
	s.View(func(x *Tx) error {
		for d, kept := range map[byte]bool{1: false, 2: true, 3: false, 4: true} {
			_, err := x.Quote(TaskID{d})
			if kept && err != nil {
				t.Errorf("quote %d: %v, want kept", d, err)
			}
			if !kept && !errors.Is(err, ErrNotFound) {
				t.Errorf("quote %d: err %v, want ErrNotFound", d, err)
			}
		}
		return nil
	})
	// Once quote 2's task is over, the next prune takes it; 4 stays until it expires.
	err = s.Update(func(x *Tx) error {
		if err := x.PutTask(&Task{ID: TaskID{2}, State: TaskFailed}); err != nil {
			return err
		}
		pruned, err = x.PruneQuotes(now)
		return err
	})
	if err != nil || pruned != 1 {
		t.Fatalf("pruned %d, %v; want 1", pruned, err)
	}
	if err := s.Update(func(x *Tx) (err error) { pruned, err = x.PruneQuotes(future.Add(time.Second)); return err }); err != nil || pruned != 1 {
		t.Fatalf("pruned %d, %v; want 1 after quote 4's expiry", pruned, err)
	}
}

func TestQuoteRewriteMovesItsExpiry(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "node.db"))
	now := time.Unix(1_800_000_000, 0)
	err := s.Update(func(x *Tx) error {
		if err := x.PutQuote(quoteAt(7, now.Add(-time.Minute))); err != nil {
			return err
		}
		return x.PutQuote(quoteAt(7, now.Add(time.Minute)))
	})
	if err != nil {
		t.Fatal(err)
	}
	var pruned int
	if err := s.Update(func(x *Tx) (err error) { pruned, err = x.PruneQuotes(now); return err }); err != nil || pruned != 0 {
		t.Fatalf("pruned %d, %v: the rewritten quote has not expired", pruned, err)
	}
	s.View(func(x *Tx) error {
		if _, err := x.Quote(TaskID{7}); err != nil {
			t.Fatal(err)
		}
		return nil
	})
}

func TestQuoteErrors(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "node.db"))
	err := s.Update(func(x *Tx) error { return x.PutQuote(&Quote{}) })
	if err == nil {
		t.Fatal("a quote without a digest was stored")
	}
	s.View(func(x *Tx) error {
		if _, err := x.Quote(TaskID{9}); !errors.Is(err, ErrNotFound) {
			t.Fatalf("missing quote: %v, want ErrNotFound", err)
		}
		return nil
	})
}
