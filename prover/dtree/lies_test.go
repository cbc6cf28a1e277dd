package dtree

import (
	"math/big"
	"math/rand/v2"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	cs_bn254 "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkpool/aoraki/prover/tree"
)

// Attacks on the circuit by a prover who lies: in its hints (the solver
// runs whatever the prover wants) or in the witness it builds. The honest
// segment solves; every lie must leave the circuit unsatisfied.

type liar struct {
	t   *testing.T
	p   *Program
	ccs constraint.ConstraintSystem
	a   func() *Circuit // a fresh honest assignment
	id  *big.Int        // its program id
}

func newLiar(t *testing.T) *liar {
	t.Helper()
	return newLiarFor(t, bound(t, irisModel(t), 16), irisInputs(t)[45:61]) // classes 0 and 1
}

// newLiarFor is a liar of p's first segment over in.
func newLiarFor(t *testing.T, p *Program, in [][]float64) *liar {
	t.Helper()
	sess, err := p.Execute(in)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newCircuit(p.Shape))
	if err != nil {
		t.Fatal(err)
	}
	c := sess.Segments[0].Claim
	e := chainEnds{c.ProgramID, receiptState(t, c.StateIn), receiptState(t, c.StateOut), receiptState(t, c.InputIn), receiptState(t, c.InputOut)}
	return &liar{t: t, p: p, ccs: ccs, id: new(big.Int).SetBytes(c.ProgramID[:]), a: func() *Circuit { return p.assignment(e, sess.Quantised, len(in)) }}
}

func (l *liar) solve(a *Circuit, opts ...solver.Option) error {
	l.t.Helper()
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		l.t.Fatal(err)
	}
	_, err = l.ccs.Solve(w, append(opts, commitAs(l.id))...)
	return err
}

// once wraps hint so that its n-th call (from 1) goes through lie.
func once(hint solver.Hint, n int64, lie func(in, out []*big.Int)) solver.Option {
	var calls atomic.Int64
	return solver.OverrideHint(solver.GetHintID(hint), func(f *big.Int, in, out []*big.Int) error {
		if err := hint(f, in, out); err != nil {
			return err
		}
		if calls.Add(1) == n {
			lie(in, out)
		}
		return nil
	})
}

func TestCircuitRejectsLyingProver(t *testing.T) {
	l := newLiar(t)
	if err := l.solve(l.a()); err != nil {
		t.Fatalf("honest segment: %v", err)
	}
	one := big.NewInt(1)
	hints := []struct {
		name string
		opt  solver.Option
	}{
		// The comparison: the other branch, with the same bytes (the
		// threshold it implies is off by 2^16), at the root of sample 0.
		{"goLeft flipped", once(stepHint, 1, func(_, out []*big.Int) { out[0].Xor(out[0], one) })},
		// The comparison's bytes: a value one higher.
		{"comparison bytes", once(stepHint, 3, func(_, out []*big.Int) { out[1].Add(out[1], one) })},
		// The comparison's low byte out of range, its high byte one less:
		// the same 16-bit value.
		{"non-byte limb", once(stepHint, 2, func(_, out []*big.Int) {
			out[1].Add(out[1], big.NewInt(256))
			out[2].Sub(out[2], one)
		})},
		// Another feature than the node's.
		{"feature read", once(unpackHint, 1, func(_, out []*big.Int) { out[0].Add(out[0], one) })},
		// Another child than the node's.
		{"child", once(unpackHint, 2, func(_, out []*big.Int) { out[1].Add(out[1], one) })},
		// Another class than the leaf's.
		{"class", once(classHint, 4, func(_, out []*big.Int) { out[0].Add(out[0], one) })},
		// Multiplicities that do not count the queries.
		{"counts", once(countHint, 1, func(_, out []*big.Int) { out[0].Add(out[0], one) })},
	}
	for _, h := range hints {
		if err := l.solve(l.a(), h.opt); err == nil {
			t.Errorf("%s: the lie solved the circuit", h.name)
		}
	}
	witnesses := []struct {
		name string
		edit func(a *Circuit)
	}{
		// A feature as a non-byte low limb: the same 16-bit value, so the
		// same input chain; only the byte check stands in the way.
		{"feature limbs", func(a *Circuit) {
			for i := range a.XHi {
				if lo, hi := a.XLo[i].(uint16), a.XHi[i].(uint16); hi > 0 {
					a.XLo[i], a.XHi[i] = int(lo)+256, int(hi)-1
					return
				}
			}
			t.Fatal("fixture: want a feature of at least 256")
		}},
		// The model's words are bound by its commitment, whose hash is the
		// program id (TestModelCommitment proves it with real proofs).
	}
	for _, w := range witnesses {
		a := l.a()
		w.edit(a)
		if err := l.solve(a); err == nil {
			t.Errorf("%s: the forged witness solved the circuit", w.name)
		}
	}
}

// TestFullSizeWiresOutOfB counts the wires of a segment's B matrix whose
// values are full-size (over 64 bits): the prover's G2 multi-scalar
// multiplication runs over B's wires, and such a wire costs it about
// sixteen bucket additions where a byte or an index costs one. Placing
// the lookups' quotients and inverses, and the S-boxes' x⁴, in A
// (package bside) leaves about 83 a sample in this segment of a depth-11,
// 16-feature tree, where gnark's own placing left 157; the bound fails
// if either placing is lost.
func TestFullSizeWiresOutOfB(t *testing.T) {
	m := tree.GenerateRandom(rand.New(rand.NewPCG(364, 11)), 11, 16, 4)
	const seg = 64
	l := newLiarFor(t, bound(t, m, seg), tree.RandomInputs(rand.New(rand.NewPCG(364, 12)), seg, 16))
	w, err := frontend.NewWitness(l.a(), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	ccs := l.ccs
	sol, err := ccs.Solve(w, commitAs(l.id))
	if err != nil {
		t.Fatal(err)
	}
	values := sol.(*cs_bn254.R1CSSolution).W
	inB := map[uint32]bool{}
	for _, r1c := range ccs.(*cs_bn254.R1CS).GetR1Cs() {
		for _, term := range r1c.R {
			inB[term.VID] = true
		}
	}
	full := 0
	var b big.Int
	for v := range inB {
		if values[v].BigInt(&b).BitLen() > 64 {
			full++
		}
	}
	t.Logf("B: %d wires, %d full-size (%.1f a sample)", len(inB), full, float64(full)/seg)
	if perSample := float64(full) / seg; perSample > 90 {
		t.Errorf("%.1f full-size B wires a sample, want at most 90: is a placed constraint (package bside) back to gnark's placing?", perSample)
	}
}
