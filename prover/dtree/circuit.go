package dtree

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/poseidon"
)

func init() { solver.RegisterHint(unpackHint, stepHint, classHint) }

// Circuit is one segment of dtree inference. Public inputs first, in the
// order every program shares.
type Circuit struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`

	// Model is what the program id commits to: the quantisation digest,
	// then one node word per slot (thr + 2^32 look + 2^64 child, see
	// tables.words). It must stay the first private field: the model's
	// commitment basis is its wires' verifying-key terms, in this order.
	Model []frontend.Variable
	// The samples' features as bytes, SegmentSize*Features, row-major.
	XLo, XHi []frontend.Variable
	Valid    []frontend.Variable // SegmentSize

	shape Shape
}

func newCircuit(s Shape) *Circuit {
	return &Circuit{
		Model: make([]frontend.Variable, ModelWords(s)),
		XLo:   make([]frontend.Variable, s.SegmentSize*s.Features), XHi: make([]frontend.Variable, s.SegmentSize*s.Features),
		Valid: make([]frontend.Variable, s.SegmentSize),
		shape: s,
	}
}

// ModelWords is the number of values of a family's model commitment: the
// quantisation digest and a word per slot.
func ModelWords(s Shape) int { return 1 + s.Nodes }

var (
	two16 = big.NewInt(1 << 16)
	two32 = new(big.Int).Lsh(big.NewInt(1), 32)
	two64 = new(big.Int).Lsh(big.NewInt(1), 64)
)

// Define implements frontend.Circuit.
//
// The model is paid for once per task, not per segment (package doc,
// "Model cost"): its values are committed, first and alone, in a BSB22
// commitment of their own, and the program id is that commitment's
// hash-to-field. The honest prover fixes gnark's commitment mask at 0
// (seal.Prove), so every segment of a task carries the same commitment,
// the one anyone computes from the model and the family's commitment
// basis (ModelID). The slots then cost one constraint each (their lookup
// entry); nothing is hashed or range-checked per slot.
func (c *Circuit) Define(api frontend.API) error {
	committer, ok := api.(frontend.Committer)
	if !ok {
		return errors.New("dtree: the constraint builder cannot commit")
	}
	id, err := committer.Commit(c.Model...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.ProgramID, id)
	// A committed value binds only through its verifying-key term, which
	// is zero for a wire in no constraint: the words are table entries,
	// and the quantisation digest gets a constraint of its own.
	bindSeal(api, c.Model[0])
	h, err := poseidon.NewPlacedCircuit(api)
	if err != nil {
		return err
	}
	l := newLookups(api, h)
	by := l.bytes()
	nodes := l.indexedPairs(api)
	xs := l.keyedTable(api)
	for _, w := range c.Model[1:] {
		nodes.insert(w)
	}
	return segment{c.shape, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding, c.XLo, c.XHi, c.Valid}.define(api, h, by, nodes, xs)
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
