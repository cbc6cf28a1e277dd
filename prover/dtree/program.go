package dtree

import (
	"fmt"
	"math"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/tree"
)

// Program is a model bound to a circuit family, ready to execute tasks.
type Program struct {
	Model   *tree.Model
	Shape   Shape
	Quant   *Quantizer
	tables  *tables
	qdigest fr.Element
	// id is the program id once Bind fixed it.
	id    receipt.Digest
	bound bool
}

// New validates m and lays it out for the smallest family at segment size
// seg. The program id needs the family's model basis as well (Bind).
func New(m *tree.Model, seg int) (*Program, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	s, err := ShapeFor(m, seg)
	if err != nil {
		return nil, err
	}
	q := NewQuantizer(m)
	t, err := layout(m, q, s)
	if err != nil {
		return nil, err
	}
	return &Program{Model: m, Shape: s, Quant: q, tables: t, qdigest: q.Digest()}, nil
}

// NewHashed is New for the dtree/v1 family of m at segment size seg,
// whose program id is the model's Poseidon hash, checked in every segment
// (hashedCircuit): the segments a join verifies (prover/aggregate), whose
// in-circuit verifier takes one commitment. Its id is the same for every
// proving target, and needs no basis.
func NewHashed(m *tree.Model, seg int) (*Program, error) {
	p, err := New(m, seg)
	if err != nil {
		return nil, err
	}
	p.Shape.Hashed = true
	p.id, p.bound = receipt.DigestOf(p.tables.modelHash(p.Shape, p.qdigest)), true
	return p, nil
}

// Session is an executed dtree task.
type Session struct {
	program.Session
	// Predictions are the model's classes for the real samples, in order.
	Predictions []int
	// Quantised are the fixed-point inputs the proofs are about.
	Quantised [][]uint16
}

// Quantise checks the inputs' shape and values and quantises them, making
// sure no prediction changes.
func (p *Program) Quantise(inputs [][]float64) ([][]uint16, error) {
	if len(inputs) == 0 {
		return nil, fmt.Errorf("%w: no samples", ErrInput)
	}
	out := make([][]uint16, len(inputs))
	for r, x := range inputs {
		if len(x) != p.Model.NumFeatures {
			return nil, fmt.Errorf("%w: sample %d has %d features, the model takes %d", ErrInput, r+1, len(x), p.Model.NumFeatures)
		}
		for f, v := range x {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: sample %d, feature %d is %v", ErrInput, r+1, f+1, v)
			}
		}
		q, err := p.Quant.quantiseSample(p.Model, x, r+1)
		if err != nil {
			return nil, err
		}
		out[r] = q
	}
	return out, nil
}

// predictQ runs the laid-out tree on quantised features exactly as the
// circuit does.
func (p *Program) predictQ(x []uint16) int {
	cur := uint64(0)
	for d := 0; d < p.Shape.Depth; d++ {
		f := p.tables.Look[cur]
		var xv uint64 // the pseudo-feature (a leaf's) is 0
		if int(f) < len(x) {
			xv = uint64(x[f])
		}
		if xv <= p.tables.Thr[cur] {
			cur = p.tables.Child[cur]
		} else {
			cur = p.tables.Child[cur] + 1
		}
	}
	return int(p.tables.Class[cur])
}

// Execute runs the model natively on inputs, checks quantisation, and cuts
// the run into segments with their witnesses.
func (p *Program) Execute(inputs [][]float64) (*Session, error) {
	id, err := p.ID()
	if err != nil {
		return nil, err
	}
	xq, err := p.Quantise(inputs)
	if err != nil {
		return nil, err
	}
	preds := make([]int, len(xq))
	for i, x := range xq {
		preds[i] = p.predictQ(x)
		if want := p.Model.Predict(inputs[i]); preds[i] != want {
			// Cannot happen when quantiseSample's path check passed; kept
			// as a guard against a layout bug ever shipping a wrong proof.
			return nil, fmt.Errorf("%w: sample %d: fixed point predicts %d, float %d", ErrQuantisation, i+1, preds[i], want)
		}
	}
	s := p.Shape
	sess := &Session{Predictions: preds, Quantised: xq}
	sess.Family = s
	state := InitialState()
	input := state
	for idx, lo := 0, 0; lo < len(xq); idx, lo = idx+1, lo+s.SegmentSize {
		hi := min(lo+s.SegmentSize, len(xq))
		pv := make([]uint64, hi-lo)
		for i := range pv {
			pv[i] = uint64(preds[lo+i]) + 1
		}
		next := s.segmentState(state, pv)
		nextIn := s.inputState(input, xq[lo:hi])
		wit, err := p.witness(chainEnds{id, state, next, input, nextIn}, xq[lo:hi], hi-lo)
		if err != nil {
			return nil, err
		}
		sess.Segments = append(sess.Segments, program.Segment{
			Index: idx,
			Claim: receipt.Claim{
				Family: s.Name(), Index: uint32(idx), ProgramID: id,
				StateIn: receipt.DigestOf(state), StateOut: receipt.DigestOf(next),
				InputIn: receipt.DigestOf(input), InputOut: receipt.DigestOf(nextIn),
			},
			Witness: wit,
			Size:    hi - lo,
		})
		state, input = next, nextIn
	}
	initial := receipt.DigestOf(InitialState())
	sess.Expect = receipt.Expect{
		Family: s.Name(), ProgramID: id,
		Initial: initial, Final: receipt.DigestOf(state),
		InputInitial: initial, InputFinal: receipt.DigestOf(input), Segments: len(sess.Segments),
	}
	return sess, nil
}

// quantised quantises inputs with the model's fixed point, without the
// boundary check (Quantise does both).
func (p *Program) quantised(inputs [][]float64) ([][]uint16, error) {
	out := make([][]uint16, len(inputs))
	for i, x := range inputs {
		if len(x) != p.Model.NumFeatures {
			return nil, fmt.Errorf("%w: sample %d has %d features, the model takes %d", ErrInput, i+1, len(x), p.Model.NumFeatures)
		}
		out[i] = make([]uint16, len(x))
		for f, v := range x {
			out[i][f] = p.Quant.Q(f, v)
		}
	}
	return out, nil
}

// InputDigest is the end of the input chain of a task on inputs: the
// commitment to every (quantised) sample, in segments of the family's
// size, that a quote names as its input digest. It does not run the model.
func (p *Program) InputDigest(inputs [][]float64) (receipt.Digest, error) {
	if len(inputs) == 0 {
		return receipt.Digest{}, fmt.Errorf("%w: no samples", ErrInput)
	}
	xq, err := p.quantised(inputs)
	if err != nil {
		return receipt.Digest{}, err
	}
	s := p.Shape
	input := InitialState()
	for lo := 0; lo < len(xq); lo += s.SegmentSize {
		input = s.inputState(input, xq[lo:min(lo+s.SegmentSize, len(xq))])
	}
	return receipt.DigestOf(input), nil
}

// Expect recomputes what the composite receipt of a task on inputs must
// prove if the journal says predictions. It does not run the model.
func (p *Program) Expect(inputs [][]float64, predictions []int) (receipt.Expect, error) {
	id, err := p.ID()
	if err != nil {
		return receipt.Expect{}, err
	}
	if len(predictions) != len(inputs) {
		return receipt.Expect{}, fmt.Errorf("%w: %d predictions for %d samples", ErrInput, len(predictions), len(inputs))
	}
	xq, err := p.quantised(inputs)
	if err != nil {
		return receipt.Expect{}, err
	}
	s := p.Shape
	state := InitialState()
	input := state
	n := 0
	for lo := 0; lo < len(inputs); lo += s.SegmentSize {
		hi := min(lo+s.SegmentSize, len(inputs))
		pv := make([]uint64, hi-lo)
		for i := lo; i < hi; i++ {
			if predictions[i] < 0 || predictions[i] >= tree.MaxClasses {
				return receipt.Expect{}, fmt.Errorf("%w: prediction %d of sample %d", ErrInput, predictions[i], i+1)
			}
			pv[i-lo] = uint64(predictions[i]) + 1
		}
		state = s.segmentState(state, pv)
		input = s.inputState(input, xq[lo:hi])
		n++
	}
	initial := receipt.DigestOf(InitialState())
	return receipt.Expect{
		Family: s.Name(), ProgramID: id,
		Initial: initial, Final: receipt.DigestOf(state),
		InputInitial: initial, InputFinal: receipt.DigestOf(input), Segments: n,
	}, nil
}

// chainEnds are a segment's public chain values.
type chainEnds struct {
	id                                   receipt.Digest
	stateIn, stateOut, inputIn, inputOut fr.Element
}

// witness is the full witness of one segment, with the binding left at
// zero for the prover to fill (seal.Prove).
func (p *Program) witness(e chainEnds, xq [][]uint16, real int) ([]byte, error) {
	var a frontend.Circuit = p.assignment(e, xq, real)
	if p.Shape.Hashed {
		a = p.hashedAssignment(e, xq, real)
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	return w.MarshalBinary()
}

// assignment is the circuit's assignment of one segment.
func (p *Program) assignment(e chainEnds, xq [][]uint16, real int) *Circuit {
	s := p.Shape
	a := newCircuit(s)
	id, _ := e.id.Element() // a digest the program computed: reduced
	a.ProgramID, a.StateIn, a.StateOut = id, e.stateIn, e.stateOut
	a.InputIn, a.InputOut, a.Binding = e.inputIn, e.inputOut, 0
	for i, v := range p.tables.values(p.qdigest) {
		a.Model[i] = v
	}
	fillSamples(s, xq, real, a.XLo, a.XHi, a.Valid)
	return a
}

// hashedAssignment is hashedCircuit's assignment of one segment.
func (p *Program) hashedAssignment(e chainEnds, xq [][]uint16, real int) *hashedCircuit {
	s := p.Shape
	a := newHashedCircuit(s)
	id, _ := e.id.Element()
	a.ProgramID, a.StateIn, a.StateOut, a.QDigest = id, e.stateIn, e.stateOut, p.qdigest
	a.InputIn, a.InputOut, a.Binding = e.inputIn, e.inputOut, 0
	for i := 0; i < s.Nodes; i++ {
		a.Split[i] = 0
		if p.tables.Split[i] {
			a.Split[i] = 1
		}
		a.Feat[i], a.ValLo[i], a.ValHi[i] = p.tables.Feat[i], p.tables.Val[i]&0xff, p.tables.Val[i]>>8
	}
	fillSamples(s, xq, real, a.XLo, a.XHi, a.Valid)
	return a
}

// fillSamples assigns a segment's samples as bytes, and their valid flags
// (padding rows zero, not valid).
func fillSamples(s Shape, xq [][]uint16, real int, xLo, xHi, valid []frontend.Variable) {
	for i := 0; i < s.SegmentSize; i++ {
		for f := 0; f < s.Features; f++ {
			var v uint16
			if i < len(xq) && f < len(xq[i]) {
				v = xq[i][f]
			}
			xLo[i*s.Features+f], xHi[i*s.Features+f] = v&0xff, v>>8
		}
		valid[i] = 0
		if i < real {
			valid[i] = 1
		}
	}
}
