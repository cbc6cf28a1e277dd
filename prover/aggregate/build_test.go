package aggregate

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// TestAggregateRefusesBeforeSetup: the Aggregator checks a task's
// segments (real hashchain seals, proven for recursion) before it loads or
// sets up any join family, so a hostile or broken composite receipt costs
// milliseconds, not a join setup: the store it was given stays empty.
func TestAggregateRefusesBeforeSetup(t *testing.T) {
	st, err := setup.Open(setup.DefaultDir(), os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var seed fr.Element
	seed.SetUint64(5)
	sess, err := hashchain.Execute(hashchain.Task{Seed: seed, Steps: 3}, 1)
	if err != nil {
		t.Fatal(err)
	}
	seg, err := st.Ensure(sess.Family)
	if err != nil {
		t.Fatal(err)
	}
	task := [32]byte{0x7a}
	want := sess.Expect
	want.Task = task
	var segs []receipt.SegmentReceipt
	for i, s := range sess.Segments {
		r := receipt.SegmentReceipt{Claim: s.Claim, Task: task, Prover: [20]byte{0xc0, byte(i)}, Price: big.NewInt(int64(7 + i))}
		if r.Seal, err = proveSegment(seg, &r, s.Witness); err != nil {
			t.Fatal(err)
		}
		segs = append(segs, r)
	}
	if err := VerifySegments(seg.VK, segs, want); err != nil {
		t.Fatalf("honest segments: %v", err)
	}
	bump := func(d receipt.Digest) receipt.Digest { d[31] ^= 1; return d }
	empty := t.TempDir()
	ag := &Aggregator{Store: mustOpen(t, empty)}
	for _, tc := range []struct {
		name string
		f    func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt
		want error
	}{
		{"no segment", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt { return nil }, ErrPlan},
		{"tampered seal", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			s[1].Seal[40] ^= 1
			return s
		}, ErrChild},
		{"out of order", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			s[1], s[2] = s[2], s[1]
			return s
		}, ErrChild},
		{"duplicated", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			return append(s[:2], s[1])
		}, ErrChild},
		{"missing", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			w.Segments = 0
			return append(s[:1], s[2])
		}, ErrChild},
		{"a segment of another task", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			s[2].Task = [32]byte{0xee}
			return s
		}, ErrChild},
		{"another prover than the seal's", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			s[0].Prover[0] ^= 1
			return s
		}, ErrChild},
		{"broken state link", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			s[2].Claim.StateIn = bump(s[2].Claim.StateIn)
			return s
		}, ErrChild},
		{"wrong initial state", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			w.Initial = bump(w.Initial)
			return s
		}, receipt.ErrInitialState},
		{"wrong final state", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			w.Final = bump(w.Final)
			return s
		}, receipt.ErrFinalState},
		{"wrong program", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			w.ProgramID = bump(w.ProgramID)
			return s
		}, ErrChild},
		{"another family", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			w.Family = "hashchain/v1/s2"
			return s
		}, ErrChild},
		{"a segment count not asked for", func(s []receipt.SegmentReceipt, w *receipt.Expect) []receipt.SegmentReceipt {
			w.Segments = 4
			return s
		}, ErrMismatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := make([]receipt.SegmentReceipt, len(segs))
			for i, r := range segs {
				r.Seal = append([]byte(nil), r.Seal...)
				s[i] = r
			}
			w := want
			s = tc.f(s, &w)
			if _, err := ag.Aggregate(context.Background(), seg.VK, s, w); !errors.Is(err, tc.want) {
				t.Fatalf("%v, want %v", err, tc.want)
			}
		})
	}
	if m, _ := filepath.Glob(filepath.Join(empty, "families", "*")); len(m) != 0 {
		t.Fatalf("a refused task touched the join families: %v", m)
	}
}

func mustOpen(t *testing.T, dir string) *setup.Store {
	t.Helper()
	st, err := setup.Open(dir, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestRootTarget: a task's wrap is proven for the Solidity verifier
// (keccak hash-to-field of its commitment) over the root statement's
// ChainDigest, every join for recursion over its Digest; a succinct
// receipt verifies only with a wrap proven so, and VerifyJoin and
// VerifyRoot each refuse the other's seals (join-shaped toy circuits stand
// in for the real joins and wrap).
func TestRootTarget(t *testing.T) {
	ccs, pk, leafVK := toySetup(t, &statementToy{})
	_, _, nodeVK := toySetup(t, &statementToy{})
	wccs, wpk, wrapVK := toySetup(t, &statementToy{})
	task := [32]byte{0x3b}
	want := receipt.Expect{Task: task, Family: "toy/v1", ProgramID: digestOf(1), Initial: digestOf(2), Final: digestOf(3),
		InputInitial: digestOf(4), InputFinal: digestOf(5), Segments: 2}
	payees := []Payee{{Prover: [20]byte{1}, Price: big.NewInt(10)}, {Prover: [20]byte{2}, Price: big.NewInt(20)}}
	aggs := aggregatorsOf(len(payees))
	st, err := RootStatement(leafVK, nodeVK, want, task, payees, aggs)
	if err != nil {
		t.Fatal(err)
	}
	d, err := st.Digest()
	if err != nil {
		t.Fatal(err)
	}
	cd, err := st.ChainDigest()
	if err != nil {
		t.Fatal(err)
	}
	if cd == d {
		t.Fatal("the chain digest is the join digest")
	}
	a := &statementToy{Statement: digestInt(d), X: digestInt(d)}
	wa := &statementToy{Statement: digestInt(cd), X: digestInt(cd)}
	rootSeal, err := ProveRoot(wccs, wpk, wa)
	if err != nil {
		t.Fatal(err)
	}
	wrapForRecursion, err := Prove(wccs, wpk, wa)
	if err != nil {
		t.Fatal(err)
	}
	joinDigestWrap, err := ProveRoot(wccs, wpk, a)
	if err != nil {
		t.Fatal(err)
	}
	joinSeal, err := Prove(ccs, pk, a)
	if err != nil {
		t.Fatal(err)
	}
	keys := mapKeys{LeafName("toy/v1"): leafVK, NodeName: nodeVK, WrapName: wrapVK}
	for _, tc := range []struct {
		name string
		seal []byte
		want error
	}{
		{"wrap proven for Solidity", rootSeal, nil},
		{"wrap proven for recursion", wrapForRecursion, ErrProof},
		{"wrap over the join digest", joinDigestWrap, ErrProof},
		{"a join's seal", joinSeal, ErrProof},
	} {
		r, err := NewReceipt(task, "toy/v1", &Join{Kind: KindWrap, Statement: st, Seal: tc.seal}, payees, aggs)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Verify(keys, want); !errors.Is(err, tc.want) && !(tc.want == nil && err == nil) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	// The receipt names every prover the task pays: a join's or the
	// wrap's prover re-labelled, or its price raised, gives another pay
	// word, which the wrap does not prove.
	for name, f := range map[string]func(a []Payee){
		"a join's prover re-labelled": func(a []Payee) { a[0].Prover[0] ^= 1 },
		"the wrap's price raised":     func(a []Payee) { a[len(a)-1].Price = big.NewInt(1 << 40) },
	} {
		r, err := NewReceipt(task, "toy/v1", &Join{Kind: KindWrap, Statement: st, Seal: rootSeal}, payees, aggs)
		if err != nil {
			t.Fatal(err)
		}
		r.Aggregators = append([]Payee(nil), aggs...)
		f(r.Aggregators)
		if err := r.Verify(keys, want); !errors.Is(err, ErrProof) {
			t.Errorf("%s: %v, want ErrProof", name, err)
		}
		if _, err := NewReceipt(task, "toy/v1", &Join{Kind: KindWrap, Statement: st, Seal: rootSeal}, payees, r.Aggregators); !errors.Is(err, ErrMismatch) {
			t.Errorf("%s: NewReceipt: %v, want ErrMismatch", name, err)
		}
	}
	j := &Join{Kind: KindWrap, Statement: st, Seal: rootSeal}
	if err := VerifyRoot(wrapVK, j); err != nil {
		t.Errorf("VerifyRoot of a wrap: %v", err)
	}
	if err := VerifyJoin(wrapVK, j); !errors.Is(err, ErrProof) {
		t.Errorf("VerifyJoin of a wrap's seal: %v, want ErrProof", err)
	}
	j = &Join{Kind: KindLeaf, Statement: st, Seal: joinSeal}
	if err := VerifyJoin(leafVK, j); err != nil {
		t.Errorf("VerifyJoin of a join: %v", err)
	}
	if err := VerifyRoot(leafVK, j); !errors.Is(err, ErrProof) {
		t.Errorf("VerifyRoot of a join's seal: %v, want ErrProof", err)
	}
}
