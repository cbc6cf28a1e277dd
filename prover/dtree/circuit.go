package dtree

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/zkpool/aoraki/prover/poseidon"
)

func init() { solver.RegisterHint(unpackHint, stepHint) }

// Circuit is one segment of dtree inference. Public inputs first, in the
// order every program shares.
type Circuit struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`

	QDigest                 frontend.Variable
	Thr, Feat, Child, Class []frontend.Variable
	X                       []frontend.Variable // SegmentSize*Features, row-major
	Valid                   []frontend.Variable // SegmentSize

	shape Shape
}

func newCircuit(s Shape) *Circuit {
	return &Circuit{
		Thr: make([]frontend.Variable, s.Nodes), Feat: make([]frontend.Variable, s.Nodes),
		Child: make([]frontend.Variable, s.Nodes), Class: make([]frontend.Variable, s.Nodes),
		X:     make([]frontend.Variable, s.SegmentSize*s.Features),
		Valid: make([]frontend.Variable, s.SegmentSize),
		shape: s,
	}
}

var (
	two16 = big.NewInt(1 << 16)
	two32 = new(big.Int).Lsh(big.NewInt(1), 32)
	two64 = new(big.Int).Lsh(big.NewInt(1), 64)
)

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	s := c.shape
	h, err := poseidon.NewCircuit(api)
	if err != nil {
		return err
	}
	rc := rangecheck.New(api)

	// Model: range-check every field, build the lookup tables, hash.
	nodes := logderivlookup.New(api)
	classes := logderivlookup.New(api)
	mp := poseidon.NewCircuitPacker(api)
	mp.AddElement(c.QDigest)
	fb, cb := s.featureBits(), s.childBits()
	for i := 0; i < s.Nodes; i++ {
		rc.Check(c.Thr[i], 16)
		if fb > 0 {
			rc.Check(c.Feat[i], fb)
		} else {
			api.AssertIsEqual(c.Feat[i], 0)
		}
		rc.Check(c.Child[i], cb)
		rc.Check(c.Class[i], 16)
		mp.Add(c.Thr[i], 16)
		mp.Add(c.Feat[i], fb)
		mp.Add(c.Child[i], cb)
		mp.Add(c.Class[i], 16)
		word := api.Add(c.Thr[i], api.Mul(c.Feat[i], two32), api.Mul(c.Child[i], two64))
		nodes.Insert(word)
		classes.Insert(c.Class[i])
	}
	mh, err := h.Hash(s.modelTag(), mp.Elements())
	if err != nil {
		return err
	}
	api.AssertIsEqual(mh, c.ProgramID)

	// Samples.
	xs := logderivlookup.New(api)
	for _, x := range c.X {
		rc.Check(x, 16)
		xs.Insert(x)
	}
	sp := poseidon.NewCircuitPacker(api) // the state chain: predictions
	sp.AddElement(c.StateIn)
	ip := poseidon.NewCircuitPacker(api) // the input chain: samples
	ip.AddElement(c.InputIn)
	for i := 0; i < s.SegmentSize; i++ {
		var cur frontend.Variable = 0
		for d := 0; d < s.Depth; d++ {
			word := nodes.Lookup(cur)[0]
			fc, err := api.Compiler().NewHint(unpackHint, 2, word)
			if err != nil {
				return err
			}
			feat, child := fc[0], fc[1]
			thr := api.Sub(word, api.Mul(feat, two32), api.Mul(child, two64))
			x := xs.Lookup(api.Add(i*s.Features, feat))[0]
			v := api.Sub(api.Add(thr, two16), x) // in [1, 2^17) for 16-bit thr, x
			gl, err := api.Compiler().NewHint(stepHint, 1, v)
			if err != nil {
				return err
			}
			goLeft := gl[0]
			api.AssertIsBoolean(goLeft)
			rc.Check(api.Sub(v, api.Mul(goLeft, two16)), 16)
			cur = api.Sub(api.Add(child, 1), goLeft)
		}
		class := classes.Lookup(cur)[0]
		api.AssertIsBoolean(c.Valid[i])
		pv := api.Mul(c.Valid[i], api.Add(class, 1))
		for f := 0; f < s.Features; f++ {
			ip.Add(c.X[i*s.Features+f], 16)
		}
		ip.Add(c.Valid[i], 1)
		sp.Add(pv, 17)
	}
	out, err := h.Hash(s.segmentTag(), sp.Elements())
	if err != nil {
		return err
	}
	api.AssertIsEqual(out, c.StateOut)
	inOut, err := h.Hash(s.inputTag(), ip.Elements())
	if err != nil {
		return err
	}
	api.AssertIsEqual(inOut, c.InputOut)
	bindSeal(api, c.Binding)
	return nil
}

// bindSeal makes the binding public input part of the proof: a public input
// that appears in no constraint has a zero verifying-key point, and a seal
// would then verify for any value of it. One multiplication gives it a
// point of its own.
func bindSeal(api frontend.API, b frontend.Variable) {
	api.AssertIsEqual(api.Mul(b, b), api.Mul(b, b))
}

// unpackHint splits a node word into (feature, child).
func unpackHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 2 {
		return fmt.Errorf("unpackHint: %d inputs, %d outputs", len(in), len(out))
	}
	mask := new(big.Int).Sub(two32, big.NewInt(1))
	out[0].Rsh(in[0], 32)
	out[0].And(out[0], mask)
	out[1].Rsh(in[0], 64)
	return nil
}

// stepHint returns 1 when v >= 2^16 (go left), else 0.
func stepHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("stepHint: %d inputs, %d outputs", len(in), len(out))
	}
	if in[0].Cmp(two16) >= 0 {
		out[0].SetInt64(1)
	} else {
		out[0].SetInt64(0)
	}
	return nil
}
