package aggregate

import (
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// TestSuccinctLeafRoot runs with ZKPOOL_AGGREGATE_FULL=leaf or 1: a real task
// of two hashchain segments, proven for recursion and bound to their
// provers, is aggregated by one real leaf join and wrapped by the real
// wrap (both families' setups come from the shared store: the first run
// on a machine sets them up, about 20 CPU-minutes each) into a succinct
// receipt that verifies with one
// Groth16 verification, and whose hostile variants do not. A tree of two
// segments has no node join: its key set names the node key only by
// digest, so a join-shaped stand-in key takes the node key's place (the
// three-segment tests with the real node join run with
// ZKPOOL_AGGREGATE_FULL=1).
func TestSuccinctLeafRoot(t *testing.T) {
	needLeafSetup(t)
	st, err := setup.Open(setup.DefaultDir(), os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var seed fr.Element
	seed.SetUint64(11)
	sess, err := hashchain.Execute(hashchain.Task{Seed: seed, Steps: 2}, 1)
	if err != nil {
		t.Fatal(err)
	}
	seg, err := st.Ensure(sess.Family)
	if err != nil {
		t.Fatal(err)
	}
	task := [32]byte{0x1e, 0xaf}
	var segs []receipt.SegmentReceipt
	var payees []Payee
	for i, s := range sess.Segments {
		r := receipt.SegmentReceipt{Claim: s.Claim, Task: task, Prover: [20]byte{0xb2, byte(i)}, Price: big.NewInt(int64(50 + i))}
		if r.Seal, err = proveSegment(seg, &r, s.Witness); err != nil {
			t.Fatal(err)
		}
		segs = append(segs, r)
		payees = append(payees, Payee{Prover: r.Prover, Price: r.Price})
	}
	f, err := NewLeaf(seg.Manifest.Family, seg.VK)
	if err != nil {
		t.Fatal(err)
	}
	var leaf *setup.Artifacts
	logPhase(measure("load (or set up) the leaf join", func() { leaf, err = st.Ensure(f) }))
	if err != nil {
		t.Fatal(err)
	}
	_, _, nodeVK := toySetup(t, &statementToy{})
	ld, err := KeyDigest(leaf.VK)
	if err != nil {
		t.Fatal(err)
	}
	nd, err := KeyDigest(nodeVK)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := KeySet(ld, nd)
	if err != nil {
		t.Fatal(err)
	}
	aggs := aggregatorsOf(len(payees))
	in := LeafInput{Task: task, Aggregator: aggs[0], Family: seg.Manifest.Family, SegmentKey: seg.VK, Keys: keys, First: &segs[0], Second: &segs[1]}
	a, stmt, err := LeafAssignment(in)
	if err != nil {
		t.Fatal(err)
	}
	root := &Join{Kind: KindLeaf, Statement: stmt}
	logPhase(measure("prove leaf join", func() { root.Seal, err = Prove(leaf.CCS, leaf.PK, a) }))
	if err != nil {
		t.Fatal(err)
	}
	var wrap *setup.Artifacts
	logPhase(measure("load (or set up) the wrap", func() { wrap, err = st.Ensure(Wrap{}) }))
	if err != nil {
		t.Fatal(err)
	}
	wa, wst, err := WrapAssignment(WrapInput{LeafKey: leaf.VK, NodeKey: nodeVK, Root: root, Task: task, Aggregator: aggs[1]})
	if err != nil {
		t.Fatal(err)
	}
	w := &Join{Kind: KindWrap, Statement: wst}
	logPhase(measure("prove the wrap", func() { w.Seal, err = ProveRoot(wrap.CCS, wrap.PK, wa) }))
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewReceipt(task, seg.Manifest.Family, w, payees, aggs)
	if err != nil {
		t.Fatal(err)
	}
	want := sess.Expect
	want.Task = task
	ks := mapKeys{LeafName(seg.Manifest.Family): leaf.VK, NodeName: nodeVK, WrapName: wrap.VK}
	logPhase(measure("verify succinct receipt", func() { err = r.Verify(ks, want) }))
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Receipt
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if err := back.Verify(ks, want); err != nil {
		t.Fatalf("decoded receipt: %v", err)
	}
	t.Logf("succinct receipt of 2 segments: %d bytes; leaf join %d constraints, wrap %d", len(b), leaf.Manifest.Constraints, wrap.Manifest.Constraints)

	bump := func(d receipt.Digest) receipt.Digest { d[31] ^= 1; return d }
	other := [32]byte{0xee}
	for _, tc := range []struct {
		name string
		f    func(r *Receipt, w *receipt.Expect, k mapKeys)
		want error
	}{
		{"tampered seal", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Seal[70] ^= 1 }, ErrProof},
		{"another task (wrong binding)", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Task, w.Task = other, other }, ErrProof},
		{"another prover (wrong binding)", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Payees[0].Prover[0] ^= 1 }, ErrProof},
		{"a price raised", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Payees[1].Price = big.NewInt(1 << 40) }, ErrProof},
		{"payees swapped", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Payees[0], r.Payees[1] = r.Payees[1], r.Payees[0] }, ErrProof},
		{"a segment dropped", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Payees = r.Payees[:1] }, ErrMismatch},
		{"a segment dropped, any count", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Payees, w.Segments = r.Payees[:1], 0 }, ErrProof},
		{"wrong program id", func(r *Receipt, w *receipt.Expect, k mapKeys) {
			w.ProgramID = bump(w.ProgramID)
			r.ProgramID = w.ProgramID
		}, ErrProof},
		{"wrong final state", func(r *Receipt, w *receipt.Expect, k mapKeys) { w.Final = bump(w.Final); r.StateOut = w.Final }, ErrProof},
		{"wrong initial state", func(r *Receipt, w *receipt.Expect, k mapKeys) { w.Initial = bump(w.Initial); r.StateIn = w.Initial }, ErrProof},
		{"wrong input digest", func(r *Receipt, w *receipt.Expect, k mapKeys) {
			w.InputFinal = bump(w.InputFinal)
			r.InputOut = w.InputFinal
		}, ErrProof},
		{"receipt for another expectation", func(r *Receipt, w *receipt.Expect, k mapKeys) { w.Final = bump(w.Final) }, receipt.ErrFinalState},
		{"another node key in the key set", func(r *Receipt, w *receipt.Expect, k mapKeys) { k[NodeName] = leaf.VK }, ErrProof},
		{"a segment key as the leaf key", func(r *Receipt, w *receipt.Expect, k mapKeys) { k[LeafName(seg.Manifest.Family)] = seg.VK }, ErrKey},
		{"the leaf key as the wrap key", func(r *Receipt, w *receipt.Expect, k mapKeys) { k[WrapName] = leaf.VK }, ErrProof},
		{"the leaf join's prover re-labelled", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Aggregators[0].Prover[0] ^= 1 }, ErrProof},
		{"the wrap's price raised", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Aggregators[1].Price = big.NewInt(1 << 40) }, ErrProof},
		{"the leaf join's seal as the proof", func(r *Receipt, w *receipt.Expect, k mapKeys) { r.Seal = append([]byte(nil), root.Seal...) }, ErrProof},
	} {
		x := *r
		x.Payees = append([]Payee(nil), r.Payees...)
		x.Aggregators = append([]Payee(nil), r.Aggregators...)
		x.Seal = append([]byte(nil), r.Seal...)
		w := want
		k := mapKeys{LeafName(seg.Manifest.Family): leaf.VK, NodeName: nodeVK, WrapName: wrap.VK}
		tc.f(&x, &w, k)
		if err := x.Verify(k, w); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	for name, data := range map[string][]byte{
		"truncated":        b[:len(b)-1],
		"oversized":        append(append([]byte(nil), b...), 0),
		"seal cut":         b[:len(b)-SealLen],
		"a payee appended": append(append(append([]byte(nil), b[:len(b)-SealLen]...), make([]byte, payeeLen)...), r.Seal...),
	} {
		var x Receipt
		if err := x.UnmarshalBinary(data); !errors.Is(err, ErrEncoding) {
			t.Errorf("%s: %v, want ErrEncoding", name, err)
		}
	}
	// Segments whose states do not chain: the builder refuses them (the
	// leaf circuit's refusal is TestJoinCircuits').
	broken := segs[1]
	broken.Claim.StateIn = bump(broken.Claim.StateIn)
	in.Second = &broken
	if _, _, err := LeafAssignment(in); !errors.Is(err, ErrChild) {
		t.Errorf("states do not chain: %v, want ErrChild", err)
	}
}
