package aggregate

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
)

// keyDigestCircuit hashes a witness join key as NodeCircuit does.
type keyDigestCircuit struct {
	Key    verifyingKey
	Digest frontend.Variable `gnark:",public"`
}

func (c *keyDigestCircuit) Define(api frontend.API) error {
	g, err := newGadgets(api)
	if err != nil {
		return err
	}
	d, err := g.hash.Hash(keyTag, keyLimbs(&c.Key))
	if err != nil {
		return err
	}
	api.AssertIsEqual(d, c.Digest)
	return nil
}

// TestKeyDigestMatchesCircuit: the native digest of a join key is the one
// the node circuit computes from the key in its witness, and another key
// has another digest (the circuit then refuses the first digest).
func TestKeyDigestMatchesCircuit(t *testing.T) {
	_, _, vk := toySetup(t, &joinShaped{})
	_, _, other := toySetup(t, &joinShaped{})
	d, err := KeyDigest(vk)
	if err != nil {
		t.Fatal(err)
	}
	od, err := KeyDigest(other)
	if err != nil {
		t.Fatal(err)
	}
	if d == od {
		t.Fatal("two keys share a digest")
	}
	ccs, err := frontend.Compile(bn254Fr, r1cs.NewBuilder, &keyDigestCircuit{Key: joinKeyPlaceholder()})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		d    receipt.Digest
		ok   bool
	}{{"own digest", d, true}, {"other key's digest", od, false}} {
		kv, err := keyValue(vk)
		if err != nil {
			t.Fatal(err)
		}
		w, err := frontend.NewWitness(&keyDigestCircuit{Key: kv, Digest: digestInt(tc.d)}, bn254Fr)
		if err != nil {
			t.Fatal(err)
		}
		if err := ccs.IsSolved(w); (err == nil) != tc.ok {
			t.Errorf("%s: solved = %v, want %v (%v)", tc.name, err == nil, tc.ok, err)
		}
	}
	// A program circuit's key is not a join key.
	_, _, seg := toySetup(t, &committedSegment{})
	if _, err := KeyDigest(seg); !errors.Is(err, ErrKey) {
		t.Fatalf("segment key as a join key: %v, want ErrKey", err)
	}
}

// TestPlan: every tree covers each segment once, in order, with every job
// after its children, a leaf root for one or two segments and a node root
// otherwise; n-1 joins' worth of pairs (ceil(n/2) leaves).
func TestPlan(t *testing.T) {
	for n := 1; n <= 70; n++ {
		jobs, err := Plan(n)
		if err != nil {
			t.Fatal(err)
		}
		leaves := 0
		for i, j := range jobs {
			switch j.Kind {
			case KindLeaf:
				leaves++
				if j.Left != j.First || (j.Right >= 0 && j.Right != j.Left+1) || (j.Right < 0) != (j.Count == 1) {
					t.Fatalf("n=%d: leaf %d %+v", n, i, j)
				}
			case KindNode:
				if j.Left >= i || j.Right >= i {
					t.Fatalf("n=%d: job %d before its children %+v", n, i, j)
				}
				l, r := jobs[j.Left], jobs[j.Right]
				if l.First+l.Count != r.First || j.First != l.First || j.Count != l.Count+r.Count || j.Level != max(l.Level, r.Level)+1 {
					t.Fatalf("n=%d: node %d does not join %+v and %+v: %+v", n, i, l, r, j)
				}
			}
		}
		root := jobs[len(jobs)-1]
		if root.First != 0 || root.Count != n || root.Kind != RootKind(n) {
			t.Fatalf("n=%d: root %+v", n, root)
		}
		if leaves != (n+1)/2 {
			t.Fatalf("n=%d: %d leaves", n, leaves)
		}
	}
	for _, n := range []int{0, -1, receipt.MaxSegments + 1} {
		if _, err := Plan(n); !errors.Is(err, ErrPlan) {
			t.Errorf("Plan(%d): %v, want ErrPlan", n, err)
		}
	}
}

// TestSegmentTarget: a seal of a committed family proven ForRecursion is
// what a join verifies and is refused by the Solidity-target check; the
// default seal is the other way round.
func TestSegmentTarget(t *testing.T) {
	ccs, pk, vk := toySetup(t, &committedSegment{})
	claim := receipt.Claim{Family: "toy/c1", Index: 0, ProgramID: digestOf(7), StateIn: digestOf(3), StateOut: digestOf(8), InputIn: digestOf(11), InputOut: digestOf(11)}
	w, err := frontend.NewWitness(&committedSegment{ProgramID: 7, StateIn: 3, StateOut: 8, InputIn: 11, InputOut: 11, Binding: 0, X: 5}, bn254Fr)
	if err != nil {
		t.Fatal(err)
	}
	wit, err := w.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	r := receipt.SegmentReceipt{Claim: claim, Task: [32]byte{1}, Prover: [20]byte{2}, Price: big.NewInt(3)}
	b, err := r.Binding()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := seal.Prove(ccs, pk, claim, b, wit, seal.ForRecursion())
	if err != nil {
		t.Fatal(err)
	}
	sol, err := seal.Prove(ccs, pk, claim, b, wit)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(rec, sol) {
		t.Fatal("both targets made the same seal")
	}
	r.Seal = rec
	if err := VerifySegment(vk, &r); err != nil {
		t.Fatalf("recursion seal refused for aggregation: %v", err)
	}
	if err := receipt.VerifySeal(vk, claim, b, rec); !errors.Is(err, receipt.ErrSeal) {
		t.Fatalf("recursion seal under the Solidity check: %v, want ErrSeal", err)
	}
	r.Seal = sol
	if err := VerifySegment(vk, &r); !errors.Is(err, ErrChild) {
		t.Fatalf("Solidity seal for aggregation: %v, want ErrChild", err)
	}
	if err := receipt.VerifySeal(vk, claim, b, sol); err != nil {
		t.Fatalf("default seal: %v", err)
	}
}

func digestOf(v uint64) receipt.Digest {
	var d receipt.Digest
	new(big.Int).SetUint64(v).FillBytes(d[:])
	return d
}
