package dtree

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/poseidon"
)

func init() { solver.RegisterHint(sameHint) }

// hashedCircuit is a dtree/v1 segment: the model's slots are inputs of
// the segment, range-checked and hashed into ProgramID in every segment
// (one BSB22 commitment, the lookups'). It proves the segments a join
// verifies (prover/aggregate), whose in-circuit verifier takes one
// commitment; the network proves dtree/v2 (Circuit).
type hashedCircuit struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`

	QDigest frontend.Variable
	// The model, per slot: split bit, feature, value (bytes lo, hi).
	Split, Feat, ValLo, ValHi []frontend.Variable
	// The samples' features as bytes, SegmentSize*Features, row-major.
	XLo, XHi []frontend.Variable
	Valid    []frontend.Variable // SegmentSize

	shape Shape
}

func newHashedCircuit(s Shape) *hashedCircuit {
	return &hashedCircuit{
		Split: make([]frontend.Variable, s.Nodes), Feat: make([]frontend.Variable, s.Nodes),
		ValLo: make([]frontend.Variable, s.Nodes), ValHi: make([]frontend.Variable, s.Nodes),
		XLo: make([]frontend.Variable, s.SegmentSize*s.Features), XHi: make([]frontend.Variable, s.SegmentSize*s.Features),
		Valid: make([]frontend.Variable, s.SegmentSize),
		shape: s,
	}
}

// prefixEvery is how many slots a running count of splits spans before it
// is made a variable of its own (one constraint), so that no linear
// expression grows with the model.
const prefixEvery = 16

// Define implements frontend.Circuit.
func (c *hashedCircuit) Define(api frontend.API) error {
	s := c.shape
	h, err := poseidon.NewCircuit(api)
	if err != nil {
		return err
	}
	l := newLookups(api, h)
	by := l.bytes()
	nodes := l.pairs(api)
	xs := l.keyedTable(api)

	// Model: per slot, check the fields, hash them, and enter the node
	// word thr + 2^32 look + 2^64 child: a split's value and feature, its
	// left child 1 + 2 × (splits before it); a leaf's class, the
	// pseudo-feature, itself.
	mp := poseidon.NewCircuitPacker(api)
	mp.AddElement(c.QDigest)
	var prefix frontend.Variable = 0
	for k := 0; k < s.Nodes; k++ {
		split, feat := c.Split[k], c.Feat[k]
		api.AssertIsBoolean(split)
		by.check(feat)
		by.check(c.ValLo[k])
		by.check(c.ValHi[k])
		val := api.Add(c.ValLo[k], api.Mul(c.ValHi[k], 256))
		mp.Add(api.Add(split, api.Mul(feat, 2)), 9)
		mp.Add(val, 16)
		leaf := api.Add(val, api.Mul(s.Features, two32), api.Mul(k, two64))
		diff := api.Add(api.Mul(api.Sub(feat, s.Features), two32), api.Mul(api.Sub(api.Add(1, api.Mul(prefix, 2)), k), two64))
		nodes.insert(api.Add(leaf, api.Mul(split, diff)))
		prefix = api.Add(prefix, split)
		if k%prefixEvery == prefixEvery-1 {
			prefix = same(api, prefix)
		}
	}
	mh, err := h.Hash(s.modelTag(), mp.Elements())
	if err != nil {
		return err
	}
	api.AssertIsEqual(mh, c.ProgramID)
	return segment{s, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding, c.XLo, c.XHi, c.Valid}.define(api, h, by, nodes, xs)
}

// same returns a new variable equal to v (one constraint).
func same(api frontend.API, v frontend.Variable) frontend.Variable {
	out, err := api.Compiler().NewHint(sameHint, 1, v)
	if err != nil {
		panic(err)
	}
	api.AssertIsEqual(out[0], v)
	return out[0]
}

// sameHint returns its input.
func sameHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("sameHint: %d inputs, %d outputs", len(in), len(out))
	}
	out[0].Set(in[0])
	return nil
}
