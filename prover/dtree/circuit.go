package dtree

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/poseidon"
)

func init() { solver.RegisterHint(unpackHint, stepHint, classHint, sameHint) }

// Circuit is one segment of dtree inference. Public inputs first, in the
// order every program shares.
type Circuit struct {
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

func newCircuit(s Shape) *Circuit {
	return &Circuit{
		Split: make([]frontend.Variable, s.Nodes), Feat: make([]frontend.Variable, s.Nodes),
		ValLo: make([]frontend.Variable, s.Nodes), ValHi: make([]frontend.Variable, s.Nodes),
		XLo: make([]frontend.Variable, s.SegmentSize*s.Features), XHi: make([]frontend.Variable, s.SegmentSize*s.Features),
		Valid: make([]frontend.Variable, s.SegmentSize),
		shape: s,
	}
}

var (
	two16 = big.NewInt(1 << 16)
	two32 = new(big.Int).Lsh(big.NewInt(1), 32)
	two64 = new(big.Int).Lsh(big.NewInt(1), 64)
)

// prefixEvery is how many slots a running count of splits spans before it
// is made a variable of its own (one constraint), so that no linear
// expression grows with the model.
const prefixEvery = 16

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
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

// segment is the part of a segment circuit after the model: the samples,
// their traversal of the node table and the two chains.
type segment struct {
	s                                 Shape
	stateIn, stateOut, inputIn, inOut frontend.Variable
	binding                           frontend.Variable
	xLo, xHi, valid                   []frontend.Variable
}

func (g segment) define(api frontend.API, h *poseidon.Circuit, by *byteChecker, nodes, xs table) error {
	s := g.s
	// Samples: bytes make 16-bit features; each row gets the
	// pseudo-feature 0 at index Features, which leaves read.
	row := s.Features + 1
	ip := poseidon.NewCircuitPacker(api) // the input chain: samples
	ip.AddElement(g.inputIn)
	for i := 0; i < s.SegmentSize; i++ {
		for f := 0; f < s.Features; f++ {
			lo, hi := g.xLo[i*s.Features+f], g.xHi[i*s.Features+f]
			by.check(lo)
			by.check(hi)
			x := api.Add(lo, api.Mul(hi, 256))
			xs.insert(x)
			ip.Add(x, 16)
		}
		xs.insert(0)
		api.AssertIsBoolean(g.valid[i])
		ip.Add(g.valid[i], 1)
	}
	sp := poseidon.NewCircuitPacker(api) // the state chain: predictions
	sp.AddElement(g.stateIn)
	for i := 0; i < s.SegmentSize; i++ {
		var cur frontend.Variable = 0
		for d := 0; d < s.Depth; d++ {
			// The solver reads the node word and splits it; the circuit
			// checks the parts: x is the sample's value of the looked-up
			// feature, thr + 2^16 - x = goLeft·2^16 + lo + 256·hi with lo,
			// hi bytes and goLeft a bit, and (cur, thr + 2^32 look +
			// 2^64 child) a node entry.
			word := nodes.get(cur)
			fc, err := api.Compiler().NewHint(unpackHint, 2, word)
			if err != nil {
				return err
			}
			look, child := fc[0], fc[1]
			// look is a byte, so the keyed query (index, x) is exact.
			by.check(look)
			x := xs.lookup(api.Add(i*row, look))
			st, err := api.Compiler().NewHint(stepHint, 3, api.Sub(api.Add(word, two16), x, api.Mul(look, two32), api.Mul(child, two64)))
			if err != nil {
				return err
			}
			goLeft, lo, hi := st[0], st[1], st[2]
			api.AssertIsBoolean(goLeft)
			by.check(lo)
			by.check(hi)
			thr := api.Add(api.Mul(goLeft, two16), lo, api.Mul(hi, 256), x, -(1 << 16))
			nodes.member(cur, api.Add(thr, api.Mul(look, two32), api.Mul(child, two64)))
			cur = api.Sub(api.Add(child, 1), goLeft)
		}
		// A leaf's word is class + 2^32 Features + 2^64 itself.
		class, err := api.Compiler().NewHint(classHint, 1, nodes.get(cur))
		if err != nil {
			return err
		}
		nodes.member(cur, api.Add(class[0], api.Mul(s.Features, two32), api.Mul(cur, two64)))
		pv := api.Mul(g.valid[i], api.Add(class[0], 1))
		sp.Add(pv, 17)
	}
	out, err := h.Hash(s.segmentTag(), sp.Elements())
	if err != nil {
		return err
	}
	api.AssertIsEqual(out, g.stateOut)
	inOut, err := h.Hash(s.inputTag(), ip.Elements())
	if err != nil {
		return err
	}
	api.AssertIsEqual(inOut, g.inOut)
	bindSeal(api, g.binding)
	return nil
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

// bindSeal makes the binding public input part of the proof: a public input
// that appears in no constraint has a zero verifying-key point, and a seal
// would then verify for any value of it. One multiplication gives it a
// point of its own.
func bindSeal(api frontend.API, b frontend.Variable) {
	api.AssertIsEqual(api.Mul(b, b), api.Mul(b, b))
}

// unpackHint splits a node word thr + 2^32 look + 2^64 child into (look,
// child).
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

// classHint is the class of a leaf's word (its low 16 bits).
func classHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("classHint: %d inputs, %d outputs", len(in), len(out))
	}
	out[0].And(in[0], big.NewInt(1<<16-1))
	return nil
}

// stepHint splits v = thr + 2^16 - x, in [0, 2^17), into (goLeft, lo, hi)
// with v = goLeft·2^16 + lo + 256·hi: goLeft is 1 when x <= thr.
func stepHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 3 {
		return fmt.Errorf("stepHint: %d inputs, %d outputs", len(in), len(out))
	}
	v := in[0]
	out[0].Rsh(v, 16)
	out[1].And(v, big.NewInt(0xff))
	out[2].Rsh(v, 8)
	out[2].And(out[2], big.NewInt(0xff))
	return nil
}

// sameHint returns its input.
func sameHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("sameHint: %d inputs, %d outputs", len(in), len(out))
	}
	out[0].Set(in[0])
	return nil
}
