package dtree

import (
	"io"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"

	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

// TestModelCommitment proves segments with a real setup of the Iris
// family: every honest seal carries, first, the model commitment computed
// from the model and the family's published basis, and states its hash
// as the program id; a prover that uses another model of the same family
// under the task's program id, or keeps gnark's random commitment mask,
// cannot make a seal at all; a seal whose model commitment is swapped for
// another model's is refused.
func TestModelCommitment(t *testing.T) {
	dir := t.TempDir()
	if d := os.Getenv("KEEPDIR"); d != "" {
		dir = d
	}
	st, err := setup.Open(dir, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	m := irisModel(t)
	p, err := New(m, 16)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Ensure(p.Shape)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Basis) != ModelWords(p.Shape) || a.Manifest.Basis == "" {
		t.Fatalf("setup published %d basis points (%q), want %d", len(a.Basis), a.Manifest.Basis, ModelWords(p.Shape))
	}
	if err := p.Bind(a.Basis); err != nil {
		t.Fatal(err)
	}
	want, err := p.ModelCommitment(a.Basis)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := p.Execute(irisInputs(t)[40:80])
	if err != nil {
		t.Fatal(err)
	}
	var binding receipt.Digest
	binding[31] = 7
	var sealed []byte
	for _, i := range []int{0, 2} {
		sg := sess.Segments[i]
		s, err := seal.Prove(a.CCS, a.PK, sg.Claim, binding, sg.Witness)
		if err != nil {
			t.Fatalf("segment %d: %v", i, err)
		}
		if err := receipt.VerifySeal(a.VK, sg.Claim, binding, s); err != nil {
			t.Fatalf("segment %d: %v", i, err)
		}
		proof, err := receipt.DecodeSeal(s, a.VK)
		if err != nil {
			t.Fatal(err)
		}
		if len(proof.Commitments) != 2 || !proof.Commitments[0].Equal(&want) {
			t.Fatalf("segment %d: %d commitments, the first not the model's", i, len(proof.Commitments))
		}
		if IDOf(proof.Commitments[0]) != sg.Claim.ProgramID {
			t.Fatalf("segment %d: the program id is not the model commitment's hash", i)
		}
		sealed = s
	}

	// Another model of the family: every leaf's class moved by one.
	other := &tree.Model{NumFeatures: m.NumFeatures, NumClasses: m.NumClasses + 1, Nodes: append([]tree.Node(nil), m.Nodes...)}
	for i := range other.Nodes {
		if other.Nodes[i].Leaf {
			other.Nodes[i].Class++
		}
	}
	p2, err := New(other, 16)
	if err != nil {
		t.Fatal(err)
	}
	if p2.Shape != p.Shape {
		t.Fatalf("other model's family %s, want %s", p2.Shape.Name(), p.Shape.Name())
	}
	if err := p2.Bind(a.Basis); err != nil {
		t.Fatal(err)
	}
	id2, _ := p2.ID()
	if id2 == sess.Expect.ProgramID {
		t.Fatal("another model has the task's program id")
	}
	// Its segment, claiming the task's program id.
	s2, err := p2.Execute(irisInputs(t)[40:56])
	if err != nil {
		t.Fatal(err)
	}
	c := s2.Segments[0].Claim
	xq, _ := p2.Quantise(irisInputs(t)[40:56])
	lie, err := p2.witness(chainEnds{sess.Expect.ProgramID, receiptState(t, c.StateIn), receiptState(t, c.StateOut), receiptState(t, c.InputIn), receiptState(t, c.InputOut)}, xq, 16)
	if err != nil {
		t.Fatal(err)
	}
	c.ProgramID = sess.Expect.ProgramID
	if _, err := seal.Prove(a.CCS, a.PK, c, binding, lie); err == nil {
		t.Fatal("a segment of another model proved under the task's program id")
	}

	// gnark's random mask: the commitment, and so its hash, is not the
	// program id's.
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.UnmarshalBinary(sess.Segments[0].Witness); err != nil {
		t.Fatal(err)
	}
	if _, err := groth16.Prove(a.CCS, a.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16)); err == nil {
		t.Fatal("a prover with a random commitment mask proved the task's program id")
	}

	// The model commitment swapped for the other model's.
	d2, err := p2.ModelCommitment(a.Basis)
	if err != nil {
		t.Fatal(err)
	}
	raw := d2.RawBytes()
	forged := append([]byte(nil), sealed...)
	at := receipt.SealBase - 64 // the first commitment follows the count
	copy(forged[at:], raw[:])
	if err := receipt.VerifySeal(a.VK, sess.Segments[2].Claim, binding, forged); err == nil {
		t.Fatal("a seal carrying another model's commitment verified")
	}

	// For recursion the commitments are hashed with another function: the
	// program's id for that target proves, the Solidity id does not.
	pr, _ := New(m, 16)
	if err := pr.BindFor(a.Basis, ForRecursion); err != nil {
		t.Fatal(err)
	}
	idr, _ := pr.ID()
	if idr == sess.Expect.ProgramID {
		t.Fatal("the recursion target gives the Solidity id")
	}
	sr, err := pr.Execute(irisInputs(t)[40:56])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seal.Prove(a.CCS, a.PK, sr.Segments[0].Claim, binding, sr.Segments[0].Witness, seal.ForRecursion()); err != nil {
		t.Fatalf("a recursion seal: %v", err)
	}
	if _, err := seal.Prove(a.CCS, a.PK, sess.Segments[0].Claim, binding, sess.Segments[0].Witness, seal.ForRecursion()); err == nil {
		t.Fatal("a segment stating the Solidity id proved for recursion")
	}

	// The dtree/v1 family a join verifies: one commitment, the model's
	// hash as the program id, the same for both targets.
	ph, err := NewHashed(m, 16)
	if err != nil {
		t.Fatal(err)
	}
	if ph.Shape.Name() != "dtree/v1/d6-n32-f4-s16" || ph.Shape.ModelValues() != 0 {
		t.Fatalf("hashed family %s", ph.Shape.Name())
	}
	ah, err := st.Ensure(ph.Shape)
	if err != nil {
		t.Fatal(err)
	}
	if ah.Basis != nil || ah.Manifest.Basis != "" {
		t.Fatal("a dtree/v1 setup published a model basis")
	}
	sh, err := ph.Execute(irisInputs(t)[40:56])
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range [][]seal.Option{nil, {seal.ForRecursion()}} {
		s, err := seal.Prove(ah.CCS, ah.PK, sh.Segments[0].Claim, binding, sh.Segments[0].Witness, opts...)
		if err != nil {
			t.Fatal(err)
		}
		if len(s) != receipt.SealLen(1) {
			t.Fatalf("a dtree/v1 seal of %d bytes", len(s))
		}
	}
	if err := ph.BindFor(a.Basis, ForSolidity); err == nil {
		t.Fatal("a dtree/v1 program took a model basis")
	}

	// A verifier's store reads the basis back, checked against the key.
	st2, err := setup.Open(st.Dir(), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	b, err := st2.Basis(p.Shape.Name(), ModelWords(p.Shape))
	if err != nil {
		t.Fatal(err)
	}
	p3, _ := New(m, 16)
	if err := p3.Bind(b); err != nil {
		t.Fatal(err)
	}
	if id3, _ := p3.ID(); id3 != sess.Expect.ProgramID {
		t.Fatal("the stored basis gives another program id")
	}
	if _, err := st2.Load(a.Manifest); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkModelCommitment is what naming a program costs a requester,
// node or verifier once per task: the model commitment, an MSM of the
// family's basis (a test basis of the same size here).
func BenchmarkModelCommitment(b *testing.B) {
	m := irisModel(b)
	for _, s := range []Shape{{Depth: 6, Nodes: 32, Features: 4, SegmentSize: 64}, {Depth: 12, Nodes: 4096, Features: 4, SegmentSize: 256}, {Depth: 16, Nodes: 131072, Features: 32, SegmentSize: 64}} {
		b.Run(s.Name(), func(b *testing.B) {
			p, err := New(m, s.SegmentSize)
			if err != nil {
				b.Fatal(err)
			}
			// The Iris model laid out in the larger family: the MSM's
			// size is the family's, whatever the model.
			t, err := layout(m, p.Quant, s)
			if err != nil {
				b.Fatal(err)
			}
			p.Shape, p.tables = s, t
			basis := testBasis(s)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := p.Bind(basis); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
