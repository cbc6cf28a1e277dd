package dtree

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkpool/aoraki/prover/poseidon"
	"github.com/zkpool/aoraki/prover/tree"
)

// A measured prototype of the model paid once per task by a commitment
// (package doc, "Model cost"): the segment takes the model's node words as
// private inputs, commits exactly them in a BSB22 commitment of their own
// (the first of the proof's two; the lookups' commitment, which draws the
// challenge, commits to it in turn), and hashes nothing. Groth16's
// commitment to private wires w_1..w_N is D = Σ w_k·G_k + mask·G_{N+1}
// over a basis G that the family's setup derives from those wires'
// verifying-key terms; gnark draws the mask in a prover-side hint, so an
// honest prover that fixes it at 0 makes D a function of the model and
// the family alone: every segment of a task carries the same D. A
// verifier that holds the model the requester named checks its hash once
// per task (natively), computes D = Σ word_k·G_k once per task (an MSM of
// N points of the family's commitment basis), and accepts a segment only
// when its seal verifies and its commitment is that D. The Pedersen
// commitment binds (nobody knows a discrete-log relation among the
// basis, toxic waste of the setup), so a seal carrying D was made with
// the verifier's words and a zero mask.
type committedModelCircuit struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`

	Words    []frontend.Variable
	XLo, XHi []frontend.Variable
	Valid    []frontend.Variable

	shape Shape
}

func newCommittedModelCircuit(s Shape) *committedModelCircuit {
	return &committedModelCircuit{Words: make([]frontend.Variable, s.Nodes),
		XLo: make([]frontend.Variable, s.SegmentSize*s.Features), XHi: make([]frontend.Variable, s.SegmentSize*s.Features),
		Valid: make([]frontend.Variable, s.SegmentSize), shape: s}
}

func (c *committedModelCircuit) Define(api frontend.API) error {
	committer, ok := api.(frontend.Committer)
	if !ok {
		return errors.New("dtree: the builder cannot commit")
	}
	// The model's commitment, before any other: its private wires are the
	// words alone (and gnark's mask), in slot order.
	if _, err := committer.Commit(c.Words...); err != nil {
		return err
	}
	h, err := poseidon.NewCircuit(api)
	if err != nil {
		return err
	}
	l := newLookups(api, h)
	by := l.bytes()
	nodes := l.indexedPairs(api)
	xs := l.keyedTable(api)
	for _, w := range c.Words {
		nodes.insert(w)
	}
	bindSeal(api, c.ProgramID) // the verifier checks it against the model
	return segment{c.shape, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding, c.XLo, c.XHi, c.Valid}.define(api, h, by, nodes, xs)
}

// zeroMask replaces gnark's commitment mask hint: an honest prover's
// commitments are then deterministic.
func zeroMask(t testing.TB) solver.Option {
	t.Helper()
	for _, h := range solver.GetRegisteredHints() {
		if solver.GetHintName(h) == "github.com/consensys/gnark/internal/hints.Randomize" {
			return solver.OverrideHint(solver.GetHintID(h), func(_ *big.Int, _, out []*big.Int) error {
				for _, o := range out {
					o.SetInt64(0)
				}
				return nil
			})
		}
	}
	t.Fatal("gnark's commitment mask hint is not registered")
	return nil
}

// modelCommitment is what a verifier computes once per task: the first
// commitment an honest segment of the family carries for these words.
func modelCommitment(t testing.TB, pk groth16.ProvingKey, words []*big.Int) bn254.G1Affine {
	t.Helper()
	basis := pk.(*groth16bn254.ProvingKey).CommitmentKeys[0].Basis
	if len(basis) != len(words)+1 { // the words, then the mask
		t.Fatalf("model commitment basis of %d points for %d words", len(basis), len(words))
	}
	s := make([]fr.Element, len(words))
	for k, w := range words {
		s[k].SetBigInt(w)
	}
	var d bn254.G1Affine
	if _, err := d.MultiExp(basis[:len(words)], s, ecc.MultiExpConfig{}); err != nil {
		t.Fatal(err)
	}
	return d
}

// committedAssignment is the prototype's witness for the first segment of
// p's session on inputs, with words as the model.
func committedAssignment(t testing.TB, p *Program, inputs [][]float64, words []*big.Int) *committedModelCircuit {
	t.Helper()
	pub := publicAssignment(t, p, inputs, words)
	a := newCommittedModelCircuit(p.Shape)
	a.ProgramID, a.StateIn, a.StateOut, a.InputIn, a.InputOut, a.Binding = pub.ProgramID, pub.StateIn, pub.StateOut, pub.InputIn, pub.InputOut, pub.Binding
	a.Words, a.XLo, a.XHi, a.Valid = pub.Words, pub.XLo, pub.XHi, pub.Valid
	return a
}

// TestCommittedModelPrototype: two segments of one task proven with the
// model carry the same commitment, the one the verifier computes from the
// model; a segment proven with another model (a valid proof of its own
// statement) carries another and is refused, and so is one whose prover
// kept gnark's random mask.
func TestCommittedModelPrototype(t *testing.T) {
	m := irisModel(t)
	in := irisInputs(t)
	p, err := New(m, 32)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newCommittedModelCircuit(p.Shape))
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	prove := func(p *Program, in [][]float64, opts ...backend.ProverOption) bn254.G1Affine {
		t.Helper()
		a := committedAssignment(t, p, in, p.tables.words())
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		proof, err := groth16.Prove(ccs, pk, w, opts...)
		if err != nil {
			t.Fatal(err)
		}
		pub, _ := w.Public()
		if err := groth16.Verify(proof, vk, pub); err != nil {
			t.Fatalf("seal: %v", err)
		}
		c := proof.(*groth16bn254.Proof).Commitments
		if len(c) != 2 {
			t.Fatalf("%d commitments, want the model's and the lookups'", len(c))
		}
		return c[0]
	}
	det := backend.WithSolverOptions(zeroMask(t))
	want := modelCommitment(t, pk, p.tables.words())
	for _, seg := range [][][]float64{in[0:32], in[40:72], in[100:110]} {
		if got := prove(p, seg, det); !got.Equal(&want) {
			t.Fatal("an honest segment's model commitment is not the verifier's")
		}
	}
	// Another model of the same family: every leaf's class moved by one.
	other := &tree.Model{NumFeatures: m.NumFeatures, NumClasses: m.NumClasses + 1, Nodes: append([]tree.Node(nil), m.Nodes...)}
	for i := range other.Nodes {
		if other.Nodes[i].Leaf {
			other.Nodes[i].Class++
		}
	}
	p2, err := New(other, 32)
	if err != nil {
		t.Fatal(err)
	}
	if p2.Shape != p.Shape {
		t.Fatalf("other model's family %s, want %s", p2.Shape.Name(), p.Shape.Name())
	}
	if got := prove(p2, in[0:32], det); got.Equal(&want) {
		t.Fatal("a segment proven with another model carries the model's commitment")
	}
	if got := prove(p, in[0:32]); got.Equal(&want) {
		t.Fatal("a segment with a random mask carries the deterministic commitment")
	}
}

// BenchmarkCommittedModelPrototype measures the prototype's circuit
// against the targets (as BenchmarkPublicModelPrototype).
func BenchmarkCommittedModelPrototype(b *testing.B) {
	for _, s := range []Shape{
		{Depth: 8, Nodes: 512, Features: 4, SegmentSize: 256},
		{Depth: 12, Nodes: 4096, Features: 4, SegmentSize: 256},
		{Depth: 16, Nodes: 32768, Features: 32, SegmentSize: 64},
		{Depth: 16, Nodes: 131072, Features: 32, SegmentSize: 64},
		{Depth: 11, Nodes: 2048, Features: 16, SegmentSize: 1024},
	} {
		b.Run(s.Name(), func(b *testing.B) {
			var n int
			for i := 0; i < b.N; i++ {
				ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newCommittedModelCircuit(s))
				if err != nil {
					b.Fatal(err)
				}
				n = ccs.GetNbConstraints()
			}
			b.ReportMetric(float64(n), "constraints")
			b.ReportMetric(float64(n)/float64(s.SegmentSize), "constraints/sample")
		})
	}
}

// BenchmarkCommittedModelProve proves one segment of the zkDT anchor's
// shape (a random depth-11, 16-feature tree in d11-n2048-f16-s1024) with
// the shipped circuit and with the committed-model prototype, alternately,
// so that both see the same machine load: the ratio is the figure.
// Setup (both circuits, development) is not timed.
func BenchmarkCommittedModelProve(b *testing.B) {
	m := tree.GenerateRandom(rand.New(rand.NewPCG(364, 11)), 11, 16, 4)
	p, err := New(m, 1024)
	if err != nil {
		b.Fatal(err)
	}
	in := tree.RandomInputs(rand.New(rand.NewPCG(364, 12)), 1024, 16)
	sess, err := p.Execute(in)
	if err != nil {
		b.Fatal(err)
	}
	type circ struct {
		name string
		ccs  constraint.ConstraintSystem
		pk   groth16.ProvingKey
		w    witness.Witness
		opts []backend.ProverOption
		t    time.Duration
	}
	shipped := &circ{name: "shipped"}
	if shipped.ccs, err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newCircuit(p.Shape)); err != nil {
		b.Fatal(err)
	}
	if shipped.w, err = witness.New(ecc.BN254.ScalarField()); err != nil {
		b.Fatal(err)
	}
	if err := shipped.w.UnmarshalBinary(sess.Segments[0].Witness); err != nil {
		b.Fatal(err)
	}
	committed := &circ{name: "committed", opts: []backend.ProverOption{backend.WithSolverOptions(zeroMask(b))}}
	if committed.ccs, err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newCommittedModelCircuit(p.Shape)); err != nil {
		b.Fatal(err)
	}
	if committed.w, err = frontend.NewWitness(committedAssignment(b, p, in, p.tables.words()), ecc.BN254.ScalarField()); err != nil {
		b.Fatal(err)
	}
	cs := []*circ{shipped, committed}
	for _, c := range cs {
		if c.pk, _, err = groth16.Setup(c.ccs); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range cs {
			t0 := time.Now()
			if _, err := groth16.Prove(c.ccs, c.pk, c.w, c.opts...); err != nil {
				b.Fatalf("%s: %v", c.name, err)
			}
			c.t += time.Since(t0)
		}
	}
	for _, c := range cs {
		b.ReportMetric((c.t / time.Duration(b.N)).Seconds(), c.name+"-s")
		b.ReportMetric(float64(c.ccs.GetNbConstraints()), c.name+"-constraints")
	}
	b.ReportMetric(committed.t.Seconds()/shipped.t.Seconds(), "committed/shipped")
}
