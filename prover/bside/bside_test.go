package bside

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
)

// placed asks for every kind of placed constraint: Σ 1/(A−Q_k) and
// Σ M_k/(A−Q_k) for a challenge-like A, and (A+Q_0+Q_1)·Q_2 (factors of
// three terms and one).
type placed struct {
	A       frontend.Variable
	Q, M    [3]frontend.Variable
	Inv     frontend.Variable `gnark:",public"`
	Quot    frontend.Variable `gnark:",public"`
	Product frontend.Variable `gnark:",public"`
}

func (c *placed) Define(api frontend.API) error {
	w := New(api)
	d := make([]frontend.Variable, len(c.Q))
	for k := range c.Q {
		d[k] = api.Sub(c.A, c.Q[k])
	}
	sum := func(x []frontend.Variable) frontend.Variable { return api.Add(x[0], x[1], x[2:]...) }
	// (gnark's AssertIsEqual puts its first argument in B: here an input.)
	api.AssertIsEqual(c.Inv, sum(w.Inverses(d)))
	api.AssertIsEqual(c.Quot, sum(w.Quotients(c.M[:], d)))
	api.AssertIsEqual(c.Product, w.Mul(c.Q[2], api.Add(c.A, c.Q[0], c.Q[1])))
	return nil
}

// fallbacks asks for what a Writer leaves to the frontend: a constant
// factor or divisor, factors of as many terms.
type fallbacks struct{ A, B frontend.Variable }

func (c *fallbacks) Define(api frontend.API) error {
	w := New(api)
	api.AssertIsEqual(w.Mul(c.A, 3), api.Mul(c.A, 3))
	api.AssertIsEqual(w.Mul(c.A, c.B), api.Mul(c.B, c.A))
	api.AssertIsEqual(w.Inverses([]frontend.Variable{c.A, 2})[1], new(big.Int).ModInverse(big.NewInt(2), ecc.BN254.ScalarField()))
	api.AssertIsEqual(w.Quotients([]frontend.Variable{c.B}, []frontend.Variable{4})[0], api.Div(c.B, 4))
	return nil
}

// honest is an assignment: A = 1000, Q = 1, 2, 3, M = 4, 5, 6.
func honest() *placed {
	p := ecc.BN254.ScalarField()
	a := &placed{A: 1000, Q: [3]frontend.Variable{1, 2, 3}, M: [3]frontend.Variable{4, 5, 6}}
	inv, quot := new(big.Int), new(big.Int)
	for k, q := range []int64{1, 2, 3} {
		i := new(big.Int).ModInverse(big.NewInt(1000-q), p)
		inv.Add(inv, i)
		quot.Add(quot, i.Mul(i, big.NewInt(int64(4+k))))
	}
	a.Inv, a.Quot, a.Product = inv.Mod(inv, p), quot.Mod(quot, p), 3*(1000+1+2)
	return a
}

func compile(t *testing.T) *cs.R1CS {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &placed{})
	if err != nil {
		t.Fatal(err)
	}
	return ccs.(*cs.R1CS)
}

// TestFreshWiresStayOutOfB: B holds the divisors' and the long factor's
// wires (A and Q), and none of the inverses, quotients or product, which
// the frontend's own Inverse, DivUnchecked and Mul would place there.
func TestFreshWiresStayOutOfB(t *testing.T) {
	ccs := compile(t)
	w, err := frontend.NewWitness(honest(), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	sol, err := ccs.Solve(w)
	if err != nil {
		t.Fatal(err)
	}
	values := sol.(*cs.R1CSSolution).W
	inputs := map[uint32]bool{0: true} // the constant 1 and the inputs A, Q, M
	for v := 0; v < ccs.GetNbPublicVariables()+7; v++ {
		inputs[uint32(v)] = true
	}
	for _, c := range ccs.GetR1Cs() {
		for _, term := range c.R {
			if !inputs[term.VID] {
				t.Errorf("wire %d (value %s) in B of %s", term.VID, values[term.VID].String(), c.String(ccs))
			}
		}
	}
}

func TestProvesAndRefusesLies(t *testing.T) {
	ccs := compile(t)
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := frontend.NewWitness(honest(), ecc.BN254.ScalarField())
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatal(err)
	}
	// Hints that lie: one quotient moved to another (the sum unchanged),
	// the product off by one.
	one := big.NewInt(1)
	lies := map[string]solver.Option{
		"quotients": solver.OverrideHint(solver.GetHintID(quotientHint), func(f *big.Int, in, out []*big.Int) error {
			_ = quotientHint(f, in, out)
			out[0].Add(out[0], one)
			out[1].Sub(out[1], one)
			return nil
		}),
		"product": solver.OverrideHint(solver.GetHintID(productHint), func(f *big.Int, in, out []*big.Int) error {
			_ = productHint(f, in, out)
			out[0].Add(out[0], one)
			return nil
		}),
	}
	for name, opt := range lies {
		if _, err := ccs.Solve(w, opt); err == nil {
			t.Errorf("%s: a lying hint solved the circuit", name)
		}
	}
	// A zero divisor has no inverse.
	zero := honest()
	zero.Q[1] = 1000
	wz, _ := frontend.NewWitness(zero, ecc.BN254.ScalarField())
	if _, err := ccs.Solve(wz); err == nil {
		t.Error("a zero divisor solved the circuit")
	}
}

// TestFallsBack: constants and ties compile and solve through the
// frontend's operations; gnark's test engine, which cannot place, solves
// the placed circuit with them.
func TestFallsBack(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &fallbacks{})
	if err != nil {
		t.Fatal(err)
	}
	w, _ := frontend.NewWitness(&fallbacks{A: 7, B: 9}, ecc.BN254.ScalarField())
	if _, err := ccs.Solve(w); err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(&placed{}, honest(), ecc.BN254.ScalarField()); err != nil {
		t.Fatal(err)
	}
	bad := honest()
	bad.Product = 0
	if err := test.IsSolved(&placed{}, bad, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("a wrong product solved under the test engine")
	}
}
