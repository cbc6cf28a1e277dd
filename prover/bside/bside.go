package bside

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
)

func init() { solver.RegisterHint(productHint, quotientHint) }

// Writer writes placed constraints into one circuit. The zero value is
// not usable: call New.
type Writer struct {
	api frontend.API
	c   frontend.Compiler
	// r1cs: 0 not yet known, 1 an R1CS builder, -1 something else.
	r1cs     int
	r1c, inv constraint.BlueprintID
}

// New returns a Writer for api's circuit.
func New(api frontend.API) *Writer { return &Writer{api: api, c: api.Compiler()} }

// linear returns v as an R1CS linear expression, or false where it cannot
// be placed (a constant, or a builder that is not R1CS).
func (w *Writer) linear(v frontend.Variable) (constraint.LinearExpression, bool) {
	if _, isConst := w.c.ConstantValue(v); isConst || w.r1cs < 0 {
		return nil, false
	}
	l, ok := w.c.ToCanonicalVariable(v).(constraint.LinearExpression)
	if w.r1cs == 0 {
		if !ok {
			w.r1cs = -1
			return nil, false
		}
		w.r1cs = 1
		w.r1c = w.c.AddBlueprint(&constraint.BlueprintGenericR1C{})
		if constraint.FitsElement[constraint.U32](w.c.Field()) {
			w.inv = w.c.AddBlueprint(&constraint.BlueprintBatchInverse[constraint.U32]{})
		} else {
			w.inv = w.c.AddBlueprint(&constraint.BlueprintBatchInverse[constraint.U64]{})
		}
	}
	return l, ok
}

// wire is the linear expression of wire id alone; wire 0 is an R1CS's
// constant 1.
func wire(id uint32) constraint.LinearExpression {
	return constraint.LinearExpression{{CID: constraint.CoeffIdOne, VID: id}}
}

// assert adds l·r = o, r in B.
func (w *Writer) assert(l, r, o constraint.LinearExpression) {
	var calldata []uint32
	(&constraint.BlueprintGenericR1C{}).CompressR1C(&constraint.R1C{L: l, R: r, O: o}, &calldata)
	w.c.AddInstruction(w.r1c, calldata)
}

// Mul returns a·b with the factor of more terms in B: for an S-box's
// x⁴·x, the linear combination x, whose wires B holds already, rather
// than the fresh wire x⁴. Where the factors have as many terms, or one is
// a constant, it is the frontend's Mul.
func (w *Writer) Mul(a, b frontend.Variable) frontend.Variable {
	la, okA := w.linear(a)
	lb, okB := w.linear(b)
	if !okA || !okB || len(la) == len(lb) {
		return w.api.Mul(a, b)
	}
	if len(la) > len(lb) {
		la, lb = lb, la
	}
	p, err := w.c.NewHint(productHint, 1, a, b)
	if err != nil {
		panic(fmt.Sprintf("bside: product hint: %v", err))
	}
	lp, _ := w.linear(p[0])
	w.assert(la, lb, lp)
	return p[0]
}

// Inverses returns 1/d_k for every k, each constrained (1/d_k)·d_k = 1
// with d_k in B; the solver finds them in one batch inversion. A zero d_k
// leaves the circuit unsatisfied.
func (w *Writer) Inverses(d []frontend.Variable) []frontend.Variable {
	ds := make([]constraint.LinearExpression, len(d))
	for k, x := range d {
		l, ok := w.linear(x)
		if !ok {
			return w.fallbackInverses(d)
		}
		ds[k] = l
	}
	if len(d) == 0 {
		return nil
	}
	calldata := []uint32{0, uint32(len(d))}
	for _, l := range ds {
		l.Compress(&calldata)
	}
	calldata[0] = uint32(len(calldata))
	out := w.c.AddInstruction(w.inv, calldata)
	inv := make([]frontend.Variable, len(d))
	for k, id := range out {
		w.assert(wire(id), ds[k], wire(0))
		inv[k] = w.c.InternalVariable(id)
	}
	return inv
}

func (w *Writer) fallbackInverses(d []frontend.Variable) []frontend.Variable {
	if bi, ok := w.api.(frontend.BatchInverter); ok {
		return bi.BatchInvert(d)
	}
	inv := make([]frontend.Variable, len(d))
	for k := range d {
		inv[k] = w.api.Inverse(d[k])
	}
	return inv
}

// Quotients returns m_k/d_k for every k, each constrained
// (m_k/d_k)·d_k = m_k with d_k in B. A zero d_k leaves the circuit
// unsatisfied unless m_k is zero too (then the quotient is 0).
func (w *Writer) Quotients(m, d []frontend.Variable) []frontend.Variable {
	if len(m) != len(d) {
		panic(fmt.Sprintf("bside: %d dividends for %d divisors", len(m), len(d)))
	}
	ms := make([]constraint.LinearExpression, len(m))
	ds := make([]constraint.LinearExpression, len(d))
	for k := range d {
		lm, okM := w.linear(m[k])
		ld, okD := w.linear(d[k])
		if !okM || !okD {
			q := make([]frontend.Variable, len(d))
			for k := range d {
				q[k] = w.api.DivUnchecked(m[k], d[k])
			}
			return q
		}
		ms[k], ds[k] = lm, ld
	}
	if len(d) == 0 {
		return nil
	}
	q, err := w.c.NewHint(quotientHint, len(d), append(append([]frontend.Variable{}, m...), d...)...)
	if err != nil {
		panic(fmt.Sprintf("bside: quotient hint: %v", err))
	}
	for k := range q {
		lq, _ := w.linear(q[k])
		w.assert(lq, ds[k], ms[k])
	}
	return q
}

// productHint is in[0]·in[1].
func productHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 {
		return fmt.Errorf("productHint: %d inputs, %d outputs", len(in), len(out))
	}
	out[0].Mul(in[0], in[1]).Mod(out[0], field)
	return nil
}

// quotientHint is in[k]/in[n+k] for n = len(out), 0 where the divisor is
// 0: over BN254's scalar field in one batch inversion (a dozen thousand
// quotients a segment of the zkDT anchor's family), elsewhere one by one.
func quotientHint(field *big.Int, in, out []*big.Int) error {
	n := len(out)
	if len(in) != 2*n {
		return fmt.Errorf("quotientHint: %d inputs for %d quotients", len(in), n)
	}
	if field.Cmp(fr.Modulus()) == 0 {
		d := make([]fr.Element, n)
		for k := range d {
			d[k].SetBigInt(in[n+k])
		}
		d = fr.BatchInvert(d) // 0 stays 0
		var m fr.Element
		for k := range d {
			m.SetBigInt(in[k])
			d[k].Mul(&d[k], &m)
			d[k].BigInt(out[k])
		}
		return nil
	}
	var inv big.Int
	for k := range out {
		if inv.ModInverse(in[n+k], field) == nil {
			out[k].SetInt64(0)
			continue
		}
		out[k].Mul(in[k], &inv).Mod(out[k], field)
	}
	return nil
}
