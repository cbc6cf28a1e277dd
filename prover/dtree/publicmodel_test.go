package dtree

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkpool/aoraki/prover/poseidon"
)

// A measured prototype of the model paid once per task (package doc, "Model
// cost"): the segment takes the model's node words as public inputs instead
// of hashing the model. The verifier, who holds the model the requester
// named, derives the words from it and checks its hash natively, once per
// task, and folds the words' part of every segment's public-input sum into
// one point per task (Σ word_k·IC_k, the same for every segment of the
// family); the circuit only enters them into its lookup (two constraints a
// slot). It is a new kind of public input (N of them, with N verifying-key
// points), so it stays a prototype: not wired into receipts, the network
// or the chain.
type publicModelCircuit struct {
	ProgramID frontend.Variable   `gnark:",public"`
	StateIn   frontend.Variable   `gnark:",public"`
	StateOut  frontend.Variable   `gnark:",public"`
	InputIn   frontend.Variable   `gnark:",public"`
	InputOut  frontend.Variable   `gnark:",public"`
	Binding   frontend.Variable   `gnark:",public"`
	Words     []frontend.Variable `gnark:",public"`

	XLo, XHi []frontend.Variable
	Valid    []frontend.Variable

	shape Shape
}

func newPublicModelCircuit(s Shape) *publicModelCircuit {
	return &publicModelCircuit{Words: make([]frontend.Variable, s.Nodes),
		XLo: make([]frontend.Variable, s.SegmentSize*s.Features), XHi: make([]frontend.Variable, s.SegmentSize*s.Features),
		Valid: make([]frontend.Variable, s.SegmentSize), shape: s}
}

func (c *publicModelCircuit) Define(api frontend.API) error {
	h, err := poseidon.NewCircuit(api)
	if err != nil {
		return err
	}
	l := newLookups(api, h)
	by := l.bytes()
	nodes := l.pairs(api)
	xs := l.keyedTable(api)
	for _, w := range c.Words {
		nodes.insert(w)
	}
	bindSeal(api, c.ProgramID) // the verifier checks it against the words
	return segment{c.shape, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding, c.XLo, c.XHi, c.Valid}.define(api, h, by, nodes, xs)
}

// words are the node words the verifier derives from the model.
func (t *tables) words() []*big.Int {
	out := make([]*big.Int, len(t.Thr))
	for k := range out {
		w := new(big.Int).Lsh(new(big.Int).SetUint64(t.Child[k]), 64)
		w.Add(w, new(big.Int).Lsh(new(big.Int).SetUint64(t.Look[k]), 32))
		out[k] = w.Add(w, new(big.Int).SetUint64(t.Thr[k]))
	}
	return out
}

// publicAssignment is the prototype's witness for the first segment of
// p's session on inputs.
func publicAssignment(t testing.TB, p *Program, inputs [][]float64, words []*big.Int) *publicModelCircuit {
	t.Helper()
	sess, err := p.Execute(inputs)
	if err != nil {
		t.Fatal(err)
	}
	s, c := p.Shape, sess.Segments[0].Claim
	a := newPublicModelCircuit(s)
	n := func(d [32]byte) *big.Int { return new(big.Int).SetBytes(d[:]) }
	a.ProgramID, a.StateIn, a.StateOut, a.InputIn, a.InputOut, a.Binding = n(c.ProgramID), n(c.StateIn), n(c.StateOut), n(c.InputIn), n(c.InputOut), 0
	for k := range a.Words {
		a.Words[k] = words[k]
	}
	xq := sess.Quantised[:min(len(sess.Quantised), s.SegmentSize)]
	for i := 0; i < s.SegmentSize; i++ {
		for f := 0; f < s.Features; f++ {
			var v uint16
			if i < len(xq) && f < len(xq[i]) {
				v = xq[i][f]
			}
			a.XLo[i*s.Features+f], a.XHi[i*s.Features+f] = v&0xff, v>>8
		}
		a.Valid[i] = 0
		if i < len(xq) {
			a.Valid[i] = 1
		}
	}
	return a
}

func TestPublicModelPrototype(t *testing.T) {
	m := irisModel(t)
	in := irisInputs(t)[40:60]
	p, err := New(m, 32)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newPublicModelCircuit(p.Shape))
	if err != nil {
		t.Fatal(err)
	}
	solves := func(words []*big.Int) error {
		w, err := frontend.NewWitness(publicAssignment(t, p, in, words), ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		_, err = ccs.Solve(w)
		return err
	}
	words := p.tables.words()
	if err := solves(words); err != nil {
		t.Fatalf("honest witness: %v", err)
	}
	// The same statement with other public words (every leaf's class
	// moved by one) does not solve: the proof is about the words the
	// verifier supplies.
	bad := append([]*big.Int(nil), words...)
	for k := range bad {
		if p.tables.Look[k] == uint64(p.Shape.Features) {
			bad[k] = new(big.Int).Add(bad[k], big.NewInt(1))
		}
	}
	if err := solves(bad); err == nil {
		t.Fatal("a segment solved with a model other than the verifier's")
	}
}

// BenchmarkPublicModelPrototype measures the prototype's circuit against
// the targets: at most 150 constraints a sample at 256-sample
// segments up to depth 12 and 4096 slots, and a depth-16 32-feature tree
// at 64-sample segments under 150,000 constraints.
func BenchmarkPublicModelPrototype(b *testing.B) {
	for _, s := range []Shape{
		{Depth: 8, Nodes: 512, Features: 4, SegmentSize: 256},
		{Depth: 12, Nodes: 4096, Features: 4, SegmentSize: 256},
		{Depth: 16, Nodes: 32768, Features: 32, SegmentSize: 64},
		{Depth: 12, Nodes: 2048, Features: 16, SegmentSize: 1024},
	} {
		b.Run(s.Name(), func(b *testing.B) {
			var n int
			for i := 0; i < b.N; i++ {
				ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newPublicModelCircuit(s))
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
