// Package hashchain is the purely sequential benchmark program: N
// iterations of the Poseidon2 compression h(s) = Compress(tag, s) from a
// seed. Nothing can be skipped, so the executor runs the whole chain to
// learn each segment's boundary states, exactly as a zkVM executes a guest
// to find its segments.
//
// The public state is a commitment to the chain position, C(s, k) =
// Compress(s, k): the initial state is C(seed, 0) and the final state
// C(s_N, N), so a segment that skipped steps cannot be chained. Each segment
// circuit (family "hashchain/v1/s<S>") takes C(s_k, k) to C(s_k', k') over S
// step slots; a slot with active = 0 leaves (s, k) unchanged, which pads the
// last segment soundly. ProgramID is a constant the circuit enforces, so a
// seal of this program can never stand for another.
//
// The input chain of every program (receipt.Claim's InputIn, InputOut) is
// here a constant thread: every segment carries InputIn = InputOut = the
// task's input digest, Hash(tag, seed, steps), which the off-chain verifier
// recomputes from the task input. The circuit does not tie it to the seed
// (the state chain's start, C(seed, 0), does that off chain), so on-chain
// verification of hashchain receipts needs the requester's pinned initial
// state, which nodes do not accept (see node/receiptverifier).
package hashchain

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/poseidon"
	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
)

// ErrInput reports a task the program cannot take.
var ErrInput = errors.New("hashchain: bad input")

// Limits.
const (
	MinSegmentSteps = 1
	MaxSegmentSteps = 1 << 14
	MaxSteps        = 1 << 32
)

var (
	stepTag   = poseidon.Tag("hashchain/v1/step")
	inputTag  = poseidon.Tag("hashchain/v1/input")
	programID = poseidon.Hash(poseidon.Tag("hashchain/v1/program"), nil)
)

// ProgramID is the constant program identifier.
func ProgramID() fr.Element { return programID }

// InputDigest is a task's input digest: Hash(tag, seed, steps).
func InputDigest(t Task) fr.Element {
	var k fr.Element
	k.SetUint64(t.Steps)
	return poseidon.Hash(inputTag, []fr.Element{t.Seed, k})
}

// Step is one iteration.
func Step(s fr.Element) fr.Element { return poseidon.Compress(stepTag, s) }

func commit(s fr.Element, k uint64) fr.Element {
	var kk fr.Element
	kk.SetUint64(k)
	return poseidon.Compress(s, kk)
}

// Shape is a family: S step slots per segment.
type Shape struct{ Steps int }

// Name is "hashchain/v1/s<S>".
func (s Shape) Name() string { return fmt.Sprintf("hashchain/v1/s%d", s.Steps) }

// Circuit returns the family's circuit.
func (s Shape) Circuit() frontend.Circuit {
	return &Circuit{Active: make([]frontend.Variable, s.Steps)}
}

// Circuit is one segment.
type Circuit struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`

	S, K   frontend.Variable
	Active []frontend.Variable
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	h, err := poseidon.NewCircuit(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.ProgramID, programID.String())
	api.AssertIsEqual(h.Compress(c.S, c.K), c.StateIn)
	s, k := c.S, c.K
	for _, a := range c.Active {
		api.AssertIsBoolean(a)
		next := h.Compress(stepTag.String(), s)
		s = api.Add(s, api.Mul(a, api.Sub(next, s)))
		k = api.Add(k, a)
	}
	api.AssertIsEqual(h.Compress(s, k), c.StateOut)
	api.AssertIsEqual(c.InputIn, c.InputOut)
	// The binding must appear in a constraint, or any value would verify.
	api.AssertIsEqual(api.Mul(c.Binding, c.Binding), api.Mul(c.Binding, c.Binding))
	return nil
}

// Task is a chain of Steps iterations from Seed.
type Task struct {
	Seed  fr.Element
	Steps uint64
}

// Session is an executed chain.
type Session struct {
	program.Session
	// Result is s_N.
	Result fr.Element
}

// Execute runs the chain, cutting it every segSteps steps.
func Execute(t Task, segSteps int) (*Session, error) {
	if segSteps < MinSegmentSteps || segSteps > MaxSegmentSteps {
		return nil, fmt.Errorf("%w: %d steps per segment; want %d to %d", ErrInput, segSteps, MinSegmentSteps, MaxSegmentSteps)
	}
	if t.Steps == 0 || t.Steps > MaxSteps {
		return nil, fmt.Errorf("%w: %d steps; want 1 to %d", ErrInput, t.Steps, uint64(MaxSteps))
	}
	shape := Shape{Steps: segSteps}
	sess := &Session{}
	sess.Family = shape
	s, k := t.Seed, uint64(0)
	pid := receipt.DigestOf(programID)
	input := InputDigest(t)
	for idx := 0; k < t.Steps; idx++ {
		in := commit(s, k)
		a := &Circuit{ProgramID: programID, StateIn: in, InputIn: input, InputOut: input, Binding: 0,
			S: s, K: k, Active: make([]frontend.Variable, segSteps)}
		n := 0
		for i := range a.Active {
			if k < t.Steps {
				s = Step(s)
				k++
				n++
				a.Active[i] = 1
			} else {
				a.Active[i] = 0
			}
		}
		out := commit(s, k)
		a.StateOut = out
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			return nil, err
		}
		wb, err := w.MarshalBinary()
		if err != nil {
			return nil, err
		}
		sess.Segments = append(sess.Segments, program.Segment{
			Index: idx, Witness: wb, Size: n,
			Claim: receipt.Claim{Family: shape.Name(), Index: uint32(idx), ProgramID: pid,
				StateIn: receipt.DigestOf(in), StateOut: receipt.DigestOf(out),
				InputIn: receipt.DigestOf(input), InputOut: receipt.DigestOf(input)},
		})
	}
	sess.Result = s
	sess.Expect = Expect(t, s, shape)
	sess.Expect.Segments = len(sess.Segments)
	return sess, nil
}

// Expect is what a composite receipt for t with claimed result must prove.
func Expect(t Task, result fr.Element, shape Shape) receipt.Expect {
	input := receipt.DigestOf(InputDigest(t))
	return receipt.Expect{
		Family: shape.Name(), ProgramID: receipt.DigestOf(programID),
		Initial: receipt.DigestOf(commit(t.Seed, 0)), Final: receipt.DigestOf(commit(result, t.Steps)),
		InputInitial: input, InputFinal: input,
	}
}
