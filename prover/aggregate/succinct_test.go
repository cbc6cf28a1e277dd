package aggregate

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
)

// chain is a small real task: hashchain with one step per segment, three
// segments, each seal bound to its own prover and price, aggregated by the
// smallest tree that uses every kind of job: a leaf join of segments 0
// and 1, a single leaf join of segment 2, a node join of the two, and the
// wrap of the node join (top).
type chain struct {
	store         *setup.Store
	seg, other    *setup.Artifacts // hashchain/v1/s1 and, for foreign children, s2
	leaf, node    *setup.Artifacts
	wrap          *setup.Artifacts
	top           *Join
	task          [32]byte
	expect        receipt.Expect
	segs          []receipt.SegmentReceipt
	foreign       receipt.SegmentReceipt // steps 0-1 proven under s2: another family
	otherTask     receipt.SegmentReceipt // segment 1 proven for another task
	keys          receipt.Digest
	l01, l2, root *Join
	payees        []Payee
	aggs          []Payee // the joins' (l01, l2, root) and the wrap's provers
	succinct      *Receipt
	leafD, nodeD  receipt.Digest
}

var (
	chainOnce sync.Once
	chainFix  *chain
	chainErr  error
)

// storeKeys gives the verifying keys of families loaded in a store.
type storeKeys struct{ s *setup.Store }

func (k storeKeys) VerifyingKey(f string) (groth16.VerifyingKey, error) { return k.s.VerifyingKey(f) }

// realChain builds the fixture once per test binary: the setups come from
// the shared store (once per machine), the five proofs from this run.
func realChain(t *testing.T) *chain {
	t.Helper()
	needFull(t)
	chainOnce.Do(func() { chainFix, chainErr = buildChain() })
	if chainErr != nil {
		t.Fatal(chainErr)
	}
	return chainFix
}

func buildChain() (*chain, error) {
	st, err := setup.Open(setup.DefaultDir(), os.Stderr)
	if err != nil {
		return nil, err
	}
	c := &chain{store: st, task: [32]byte{0xa1, 0x0e}}
	var seed fr.Element
	seed.SetUint64(42)
	task := hashchain.Task{Seed: seed, Steps: 3}
	sess, err := hashchain.Execute(task, 1)
	if err != nil {
		return nil, err
	}
	if c.seg, err = st.Ensure(sess.Family); err != nil {
		return nil, err
	}
	c.expect = sess.Expect
	c.expect.Task = c.task
	for i, s := range sess.Segments {
		r := receipt.SegmentReceipt{Claim: s.Claim, Task: c.task, Prover: [20]byte{0xb0, byte(i)}, Price: big.NewInt(int64(100 + i))}
		if r.Seal, err = proveSegment(c.seg, &r, s.Witness); err != nil {
			return nil, err
		}
		c.segs = append(c.segs, r)
		c.payees = append(c.payees, Payee{Prover: r.Prover, Price: r.Price})
	}
	// Segments 0 and 1 proven as one segment of another family (two steps
	// per segment): it links to segment 2 and is a valid seal, under
	// another key.
	other, err := hashchain.Execute(task, 2)
	if err != nil {
		return nil, err
	}
	if c.other, err = st.Ensure(other.Family); err != nil {
		return nil, err
	}
	c.foreign = receipt.SegmentReceipt{Claim: other.Segments[0].Claim, Task: c.task, Prover: [20]byte{0xb0}, Price: big.NewInt(100)}
	if c.foreign.Seal, err = proveSegment(c.other, &c.foreign, other.Segments[0].Witness); err != nil {
		return nil, err
	}
	c.otherTask = c.segs[1]
	c.otherTask.Task = [32]byte{0xee}
	if c.otherTask.Seal, err = proveSegment(c.seg, &c.otherTask, sess.Segments[1].Witness); err != nil {
		return nil, err
	}
	leafFam, err := NewLeaf(c.seg.Manifest.Family, c.seg.VK)
	if err != nil {
		return nil, err
	}
	if c.leaf, err = st.Ensure(leafFam); err != nil {
		return nil, err
	}
	if c.node, err = st.Ensure(Node{}); err != nil {
		return nil, err
	}
	if c.leafD, err = KeyDigest(c.leaf.VK); err != nil {
		return nil, err
	}
	if c.nodeD, err = KeyDigest(c.node.VK); err != nil {
		return nil, err
	}
	if c.keys, err = KeySet(c.leafD, c.nodeD); err != nil {
		return nil, err
	}
	c.aggs = aggregatorsOf(len(c.segs))
	if c.l01, err = c.proveLeaf(&c.segs[0], &c.segs[1], receipt.Digest{}, c.aggs[0]); err != nil {
		return nil, err
	}
	if c.l2, err = c.proveLeaf(&c.segs[2], nil, c.l01.Statement.BindOut, c.aggs[1]); err != nil {
		return nil, err
	}
	a, st2, err := NodeAssignment(NodeInput{LeafKey: c.leaf.VK, NodeKey: c.node.VK, Left: c.l01, Right: c.l2, Task: c.task, Aggregator: c.aggs[2]})
	if err != nil {
		return nil, err
	}
	c.root = &Join{Kind: KindNode, Statement: st2}
	logPhase(measure("prove node join", func() { c.root.Seal, err = Prove(c.node.CCS, c.node.PK, a) }))
	if err != nil {
		return nil, err
	}
	if c.wrap, err = st.Ensure(Wrap{}); err != nil {
		return nil, err
	}
	if c.top, err = c.proveWrap(c.root, c.aggs[3]); err != nil {
		return nil, err
	}
	if c.succinct, err = NewReceipt(c.task, c.seg.Manifest.Family, c.top, c.payees, c.aggs); err != nil {
		return nil, err
	}
	return c, nil
}

// proveWrap wraps a root join for Ethereum.
func (c *chain) proveWrap(root *Join, agg Payee) (*Join, error) {
	a, st, err := WrapAssignment(WrapInput{LeafKey: c.leaf.VK, NodeKey: c.node.VK, Root: root, Task: c.task, Aggregator: agg})
	if err != nil {
		return nil, err
	}
	w := &Join{Kind: KindWrap, Statement: st}
	logPhase(measure("prove the wrap", func() { w.Seal, err = ProveRoot(c.wrap.CCS, c.wrap.PK, a) }))
	if err != nil {
		return nil, err
	}
	return w, nil
}

func proveSegment(a *setup.Artifacts, r *receipt.SegmentReceipt, wit []byte) ([]byte, error) {
	b, err := r.Binding()
	if err != nil {
		return nil, err
	}
	return seal.Prove(a.CCS, a.PK, r.Claim, b, wit, seal.ForRecursion())
}

// mapKeys gives verifying keys by family name.
type mapKeys map[string]groth16.VerifyingKey

func (m mapKeys) VerifyingKey(f string) (groth16.VerifyingKey, error) {
	if k, ok := m[f]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("no key for %s", f)
}

func (c *chain) leafInput(first, second *receipt.SegmentReceipt, bindIn receipt.Digest) LeafInput {
	return LeafInput{Task: c.task, Aggregator: c.aggs[0], Family: c.seg.Manifest.Family, SegmentKey: c.seg.VK, Keys: c.keys, BindIn: bindIn, First: first, Second: second}
}

func (c *chain) proveLeaf(first, second *receipt.SegmentReceipt, bindIn receipt.Digest, agg Payee) (*Join, error) {
	in := c.leafInput(first, second, bindIn)
	in.Aggregator = agg
	a, st, err := LeafAssignment(in)
	if err != nil {
		return nil, err
	}
	j := &Join{Kind: KindLeaf, Statement: st}
	logPhase(measure("prove leaf join", func() { j.Seal, err = Prove(c.leaf.CCS, c.leaf.PK, a) }))
	if err != nil {
		return nil, err
	}
	return j, nil
}

// logPhase reports a proof's wall and CPU time and the process's peak
// resident set during it (the figures of BENCHMARKS.md's join rows).
func logPhase(p phase) {
	fmt.Fprintf(os.Stderr, "%s: %.3fs wall, %.3fs cpu, peak RSS %.0f MB\n", p.name, p.secs, p.cpu, p.mb)
}

func (c *chain) keysOf() receipt.Keys { return storeKeys{c.store} }

// solves reports whether a circuit's constraints hold for assignment: a
// dishonest prover can make a proof exactly when they do.
func solves(t *testing.T, a *setup.Artifacts, assignment frontend.Circuit) error {
	t.Helper()
	w, err := frontend.NewWitness(assignment, bn254Fr)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := a.NewCCS()
	if err != nil {
		t.Fatal(err)
	}
	return ccs.IsSolved(w)
}

// TestSuccinctReceipt: three hashchain segments aggregate into one proof
// that verifies against the task, and survives its encoding.
func TestSuccinctReceipt(t *testing.T) {
	c := realChain(t)
	var err error
	logPhase(measure("verify succinct receipt", func() { err = c.succinct.Verify(c.keysOf(), c.expect) }))
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.succinct.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Receipt
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if err := back.Verify(c.keysOf(), c.expect); err != nil {
		t.Fatalf("decoded receipt: %v", err)
	}
	for _, j := range []*Join{c.l01, c.l2} {
		if err := VerifyJoin(c.leaf.VK, j); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("succinct receipt of 3 segments: %d bytes; leaf join %d constraints, node join %d",
		len(b), c.leaf.Manifest.Constraints, c.node.Manifest.Constraints)
}

// TestSuccinctTwoSegments: the first two segments alone are a task whose
// root is their leaf join, wrapped; its receipt verifies for that task and
// not for the three-segment one, and the leaf's own seal is no wrap.
func TestSuccinctTwoSegments(t *testing.T) {
	c := realChain(t)
	aggs := []Payee{c.aggs[0], c.aggs[3]} // the leaf join's prover, the wrap's
	root, err := c.proveWrap(c.l01, aggs[1])
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewReceipt(c.task, c.seg.Manifest.Family, root, c.payees[:2], aggs)
	if err != nil {
		t.Fatal(err)
	}
	want := c.expect
	want.Final, want.InputFinal, want.Segments = c.segs[1].Claim.StateOut, c.segs[1].Claim.InputOut, 2
	if err := r.Verify(c.keysOf(), want); err != nil {
		t.Fatal(err)
	}
	if err := r.Verify(c.keysOf(), c.expect); !errors.Is(err, ErrMismatch) {
		t.Errorf("two-segment receipt for the three-segment task: %v, want ErrMismatch", err)
	}
	if _, err := NewReceipt(c.task, c.seg.Manifest.Family, c.l01, c.payees[:2], aggs); !errors.Is(err, ErrMismatch) {
		t.Errorf("a leaf join, not wrapped, as the proof: %v, want ErrMismatch", err)
	}
	asWrap := &Join{Kind: KindWrap, Statement: c.l01.Statement, Seal: c.l01.Seal}
	asWrap.Statement.BindOut, err = PayWord(c.task, c.l01.Statement.BindOut, c.l01.Statement.Jobs, aggs[1])
	if err != nil {
		t.Fatal(err)
	}
	rec, err := NewReceipt(c.task, c.seg.Manifest.Family, asWrap, c.payees[:2], aggs)
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.Verify(c.keysOf(), want); !errors.Is(err, ErrProof) {
		t.Errorf("a leaf join's seal as the wrap: %v, want ErrProof", err)
	}
	if _, err := NewReceipt(c.task, c.seg.Manifest.Family, root, c.payees, c.aggs); !errors.Is(err, ErrMismatch) {
		t.Errorf("the wrap of two segments for three payees: %v, want ErrMismatch", err)
	}
	mid := &Join{Kind: KindWrap, Statement: c.l2.Statement, Seal: root.Seal}
	if _, err := NewReceipt(c.task, c.seg.Manifest.Family, mid, c.payees[2:], aggregatorsOf(1)); !errors.Is(err, ErrMismatch) {
		t.Errorf("a statement whose bindings start mid-chain as a root: %v, want ErrMismatch", err)
	}
}

// TestSuccinctEncodingHostile: the real receipt's encoding, cut short or
// lengthened by a byte, or with its count changed, is refused by the
// decoder before any seal is parsed.
func TestSuccinctEncodingHostile(t *testing.T) {
	c := realChain(t)
	b, err := c.succinct.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(b)) > MaxReceiptSize(len(c.payees)) {
		t.Fatalf("%d bytes above the bound %d", len(b), MaxReceiptSize(len(c.payees)))
	}
	for name, data := range map[string][]byte{
		"truncated by one":    b[:len(b)-1],
		"seal missing":        b[:len(b)-SealLen],
		"oversized by one":    append(append([]byte(nil), b...), 0),
		"oversized by a seal": append(append([]byte(nil), b...), c.succinct.Seal...),
	} {
		var r Receipt
		if err := r.UnmarshalBinary(data); !errors.Is(err, ErrEncoding) {
			t.Errorf("%s: %v, want ErrEncoding", name, err)
		}
	}
	j, err := c.top.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Join
	if err := back.UnmarshalBinary(j); err != nil {
		t.Fatal(err)
	}
	if err := VerifyRoot(c.wrap.VK, &back); err != nil {
		t.Fatalf("decoded wrap: %v", err)
	}
	for name, data := range map[string][]byte{"truncated": j[:len(j)-1], "oversized": append(append([]byte(nil), j...), 0)} {
		if err := back.UnmarshalBinary(data); !errors.Is(err, ErrEncoding) {
			t.Errorf("join %s: %v, want ErrEncoding", name, err)
		}
	}
}

// TestSuccinctSoundness: what must not verify, and what the join and wrap
// circuits must refuse to prove (their constraints do not hold, so no prover can
// make the proof, whatever it does outside the circuit).
func TestSuccinctSoundness(t *testing.T) {
	c := realChain(t)
	keys := c.keysOf()

	t.Run("verify", func(t *testing.T) {
		mut := func(f func(r *Receipt, w *receipt.Expect)) error {
			r := *c.succinct
			r.Payees = append([]Payee(nil), c.succinct.Payees...)
			r.Aggregators = append([]Payee(nil), c.succinct.Aggregators...)
			r.Seal = append([]byte(nil), c.succinct.Seal...)
			w := c.expect
			f(&r, &w)
			return r.Verify(keys, w)
		}
		other := [32]byte{0xee}
		bump := func(d receipt.Digest) receipt.Digest { d[31] ^= 1; return d }
		for _, tc := range []struct {
			name string
			f    func(r *Receipt, w *receipt.Expect)
			want error
		}{
			{"tampered seal", func(r *Receipt, w *receipt.Expect) { r.Seal[70] ^= 1 }, ErrProof},
			{"seal of a leaf join as the root", func(r *Receipt, w *receipt.Expect) { r.Seal = c.l01.Seal }, ErrProof},
			{"seal of the node join (not wrapped) as the root", func(r *Receipt, w *receipt.Expect) { r.Seal = c.root.Seal }, ErrProof},
			{"another task (receipt and expectation)", func(r *Receipt, w *receipt.Expect) { r.Task, w.Task = other, other }, ErrProof},
			{"another task (expectation only)", func(r *Receipt, w *receipt.Expect) { w.Task = other }, ErrMismatch},
			{"a payee re-labelled", func(r *Receipt, w *receipt.Expect) { r.Payees[1].Prover[0] ^= 1 }, ErrProof},
			{"a price raised", func(r *Receipt, w *receipt.Expect) { r.Payees[2].Price = big.NewInt(1 << 40) }, ErrProof},
			{"the node join's prover re-labelled", func(r *Receipt, w *receipt.Expect) { r.Aggregators[2].Prover[0] ^= 1 }, ErrProof},
			{"a leaf join's price raised", func(r *Receipt, w *receipt.Expect) { r.Aggregators[1].Price = big.NewInt(1 << 40) }, ErrProof},
			{"join provers swapped", func(r *Receipt, w *receipt.Expect) {
				r.Aggregators[0], r.Aggregators[1] = r.Aggregators[1], r.Aggregators[0]
			}, ErrProof},
			{"the wrap's prover re-labelled", func(r *Receipt, w *receipt.Expect) { r.Aggregators[3].Prover[0] ^= 1 }, ErrProof},
			{"payees out of order", func(r *Receipt, w *receipt.Expect) { r.Payees[0], r.Payees[1] = r.Payees[1], r.Payees[0] }, ErrProof},
			// With the count expected, the count refuses these first
			// (ErrMismatch); with any count, the proof does.
			{"a payee duplicated", func(r *Receipt, w *receipt.Expect) { r.Payees = append(r.Payees, r.Payees[2]) }, ErrMismatch},
			{"a segment missing", func(r *Receipt, w *receipt.Expect) { r.Payees = r.Payees[:2] }, ErrMismatch},
			{"a payee duplicated, any count", func(r *Receipt, w *receipt.Expect) { r.Payees, w.Segments = append(r.Payees, r.Payees[2]), 0 }, ErrProof},
			{"a segment missing, any count", func(r *Receipt, w *receipt.Expect) { r.Payees, w.Segments = r.Payees[:2], 0 }, ErrProof},
			{"segment count", func(r *Receipt, w *receipt.Expect) { w.Segments = 4 }, ErrMismatch},
			{"wrong initial state", func(r *Receipt, w *receipt.Expect) { w.Initial = bump(w.Initial) }, receipt.ErrInitialState},
			{"wrong initial state claimed", func(r *Receipt, w *receipt.Expect) { w.Initial = bump(w.Initial); r.StateIn = w.Initial }, ErrProof},
			{"wrong final state", func(r *Receipt, w *receipt.Expect) { w.Final = bump(w.Final) }, receipt.ErrFinalState},
			{"wrong final state claimed", func(r *Receipt, w *receipt.Expect) { w.Final = bump(w.Final); r.StateOut = w.Final }, ErrProof},
			{"wrong input digest claimed", func(r *Receipt, w *receipt.Expect) { w.InputFinal = bump(w.InputFinal); r.InputOut = w.InputFinal }, ErrProof},
			{"another model claimed", func(r *Receipt, w *receipt.Expect) { w.ProgramID = bump(w.ProgramID); r.ProgramID = w.ProgramID }, ErrProof},
			{"another family (no keys)", func(r *Receipt, w *receipt.Expect) { w.Family, r.Family = "hashchain/v1/s9", "hashchain/v1/s9" }, receipt.ErrUnknownFamily},
		} {
			if err := mut(tc.f); !errors.Is(err, tc.want) {
				t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
			}
		}
		// Wrong verifying keys: each key in the other's place, one for
		// both, or a program family's key.
		leafName := LeafName(c.expect.Family)
		for name, k := range map[string]mapKeys{
			"keys swapped":             {leafName: c.node.VK, NodeName: c.leaf.VK, WrapName: c.wrap.VK},
			"node key for both":        {leafName: c.node.VK, NodeName: c.node.VK, WrapName: c.wrap.VK},
			"leaf key for both":        {leafName: c.leaf.VK, NodeName: c.leaf.VK, WrapName: c.wrap.VK},
			"a segment key":            {leafName: c.seg.VK, NodeName: c.node.VK, WrapName: c.wrap.VK},
			"the node key as wrap key": {leafName: c.leaf.VK, NodeName: c.node.VK, WrapName: c.node.VK},
			"the right keys, too":      {leafName: c.leaf.VK, NodeName: c.node.VK, WrapName: c.wrap.VK},
		} {
			err := c.succinct.Verify(k, c.expect)
			if name == "the right keys, too" {
				if err != nil {
					t.Errorf("%s: %v", name, err)
				}
				continue
			}
			if !errors.Is(err, ErrProof) && !errors.Is(err, ErrKey) {
				t.Errorf("%s: %v, want ErrProof or ErrKey", name, err)
			}
		}
	})

	t.Run("leaf", func(t *testing.T) {
		s0, s1, s2 := &c.segs[0], &c.segs[1], &c.segs[2]
		tampered := *s1
		tampered.Seal = append([]byte(nil), s2.Seal...) // a valid seal of another claim
		broken := *s1
		broken.Claim.StateIn = s2.Claim.StateIn
		for _, tc := range []struct {
			name          string
			first, second *receipt.SegmentReceipt
		}{
			{"tampered child", s0, &tampered},
			{"children out of order", s1, s0},
			{"child duplicated", s0, s0},
			{"child missing (0 then 2)", s0, s2},
			{"broken state link", s0, &broken},
			{"child of another family", &c.foreign, s2},
		} {
			in := c.leafInput(tc.first, tc.second, receipt.Digest{})
			if _, _, err := LeafAssignment(in); !errors.Is(err, ErrChild) {
				t.Errorf("%s: honest builder: %v, want ErrChild", tc.name, err)
			}
			a, _, err := leafCircuit(in)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if solves(t, c.leaf, a) == nil {
				t.Errorf("%s: the leaf circuit accepts it", tc.name)
			}
		}
		// A child bound to another task makes a valid join of other
		// bindings: the honest builder refuses it, and its binding chain is
		// not this task's, so no root over it verifies for this task (the
		// "another task" and "payee" cases above).
		in := c.leafInput(s0, &c.otherTask, receipt.Digest{})
		if _, _, err := LeafAssignment(in); !errors.Is(err, ErrChild) {
			t.Errorf("child of another task: %v, want ErrChild", err)
		}
		a, st, err := leafCircuit(in)
		if err != nil {
			t.Fatal(err)
		}
		if err := solves(t, c.leaf, a); err != nil {
			t.Errorf("a child of another task is a valid leaf of other bindings: %v", err)
		}
		if st.BindOut == c.l01.Statement.BindOut {
			t.Error("a child of another task folds to this task's bindings")
		}
		// The honest pair solves (the negatives above are not vacuous).
		a, _, err = leafCircuit(c.leafInput(s0, s1, receipt.Digest{}))
		if err != nil {
			t.Fatal(err)
		}
		if err := solves(t, c.leaf, a); err != nil {
			t.Fatalf("honest leaf: %v", err)
		}
	})

	t.Run("node", func(t *testing.T) {
		in := func(l, r *Join) NodeInput {
			return NodeInput{LeafKey: c.leaf.VK, NodeKey: c.node.VK, Left: l, Right: r, Task: c.task, Aggregator: c.aggs[2]}
		}
		tampered := *c.l2
		tampered.Seal = c.l01.Seal
		wrongKind := *c.l2
		wrongKind.Kind = KindNode
		for _, tc := range []struct {
			name string
			l, r *Join
		}{
			{"tampered child", c.l01, &tampered},
			{"children out of order", c.l2, c.l01},
			{"child duplicated", c.l01, c.l01},
			{"child under the wrong key", c.l01, &wrongKind},
		} {
			if _, _, err := NodeAssignment(in(tc.l, tc.r)); !errors.Is(err, ErrChild) {
				t.Errorf("%s: honest builder: %v, want ErrChild", tc.name, err)
			}
			a, _, err := nodeCircuit(in(tc.l, tc.r), c.leafD, c.nodeD)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if solves(t, c.node, a) == nil {
				t.Errorf("%s: the node circuit accepts it", tc.name)
			}
		}
		// Children of another tree: a key set that names another leaf key.
		a, _, err := nodeCircuit(in(c.l01, c.l2), c.nodeD, c.nodeD)
		if err != nil {
			t.Fatal(err)
		}
		if solves(t, c.node, a) == nil {
			t.Error("the node circuit accepts children proven for another key set")
		}
	})

	t.Run("wrap", func(t *testing.T) {
		in := WrapInput{LeafKey: c.leaf.VK, NodeKey: c.node.VK, Root: c.root, Task: c.task, Aggregator: c.aggs[3]}
		tampered := *c.root
		tampered.Seal = c.l01.Seal // a valid proof of another statement
		if _, _, err := WrapAssignment(WrapInput{LeafKey: c.leaf.VK, NodeKey: c.node.VK, Root: &tampered, Task: c.task, Aggregator: c.aggs[3]}); !errors.Is(err, ErrChild) {
			t.Errorf("a tampered root: honest builder: %v, want ErrChild", err)
		}
		for name, mk := range map[string]func() (*WrapCircuit, error){
			"a tampered root": func() (*WrapCircuit, error) {
				a, _, err := wrapCircuit(WrapInput{LeafKey: c.leaf.VK, NodeKey: c.node.VK, Root: &tampered, Task: c.task, Aggregator: c.aggs[3]}, c.leafD, c.nodeD)
				return a, err
			},
			"a root of another key set": func() (*WrapCircuit, error) {
				a, _, err := wrapCircuit(in, c.nodeD, c.nodeD)
				return a, err
			},
			"a digest other than the root's": func() (*WrapCircuit, error) {
				a, _, err := wrapCircuit(in, c.leafD, c.nodeD)
				if err == nil {
					a.Digest = digestInt(c.l01.Statement.Task)
				}
				return a, err
			},
		} {
			a, err := mk()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if solves(t, c.wrap, a) == nil {
				t.Errorf("%s: the wrap circuit accepts it", name)
			}
		}
		a, _, err := wrapCircuit(in, c.leafD, c.nodeD)
		if err != nil {
			t.Fatal(err)
		}
		if err := solves(t, c.wrap, a); err != nil {
			t.Fatalf("honest wrap: %v", err)
		}
	})
}
