// Package task turns a task input blob (protocol/market.TaskInput, the bytes
// a requester uploads) into the
// program that executes it, and back: requesters build inputs with
// NewDtree/NewHashchain, the node executes them, verifiers and requesters
// derive what a composite receipt must prove from the input and the
// journal alone. The quote names the task's InputDigest (a commitment the
// receipt's input chain proves, not the blob's hash); the blob itself is
// addressed by its CIDv1 (raw, sha2-256).
//
// A dtree input may leave its segment size at 0: the node then chooses it
// (from the families the network trusts and the provers online) when it
// quotes. A dtree program id is the hash of a commitment to the model
// under its family's model basis (prover/dtree, "Model cost"), so it names
// the model and the family, segment size included: Open binds a task to
// the bases at hand (a setup store holding the network's artifacts), and
// Resolve recovers the size a quote fixed from the quote's program id; a
// hashchain input must name its size (its program id is a constant).
//
// The on-chain result digest of a task is the final state its receipt
// proves (receipt.Expect.Final): it commits to the journal; the task's
// input digest (receipt.Expect.InputFinal, in the quote) commits to the
// inputs, and one receipt proves both, so a fulfilled task's result is
// bound to what was proven on what input.
package task

import (
	"errors"
	"fmt"
	"math"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"google.golang.org/protobuf/proto"

	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/tree"
)

// Limits on a task input.
const (
	MaxInputSize = 64 << 20
	MaxSamples   = 1 << 20
	Version      = 1
)

// Programs this build runs.
const (
	Dtree     = "dtree"
	Hashchain = "hashchain"
)

var (
	// ErrInput reports a task input that is malformed or out of limits.
	ErrInput = errors.New("task: bad input")
	// ErrUnknownProgram reports a program this build does not run.
	ErrUnknownProgram = errors.New("task: unknown program")
)

// Task is a decoded, validated task input.
type Task struct {
	Input *pb.TaskInput
	// Exactly one of Dtree and Hashchain is set, unless the input is a
	// dtree task whose segment size is left to the node (Sized is false):
	// then Model and Samples are set and WithSegmentSize or Resolve give
	// the runnable task.
	Dtree     *dtree.Program
	Model     *tree.Model
	Samples   [][]float64
	Hashchain *hashchain.Task

	// bases gives dtree families' model bases (Open): a dtree program id
	// is a commitment to the model under its family's basis.
	bases Bases
}

// Bases gives a dtree family's model basis: the basis of its circuit's
// model commitment, which a program id is computed with (prover/dtree,
// "Model cost"). setup.Store implements it for the families in the store.
type Bases = dtree.Bases

// Open decodes a task input blob (Decode) and binds a sized dtree task to
// its family's model basis from bases, so that it has a program id; the
// sizes WithSegmentSize and Resolve try are bound from bases as well.
func Open(b []byte, bases Bases) (*Task, error) {
	t, err := Decode(b)
	if err != nil {
		return nil, err
	}
	t.bases = bases
	if t.Dtree != nil {
		if err := t.bind(); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// bind binds t's dtree program to its family's model basis.
func (t *Task) bind() error {
	if t.bases == nil {
		return fmt.Errorf("%w: no model bases to name %s's program", dtree.ErrUnbound, t.Dtree.Shape.Name())
	}
	b, err := t.bases.Basis(t.Dtree.Shape.Name(), dtree.ModelWords(t.Dtree.Shape))
	if errors.Is(err, ErrNoFamily) {
		return err // BasisMap's own words name the family
	} else if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrNoFamily, t.Dtree.Shape.Name(), err)
	}
	return t.Dtree.Bind(b)
}

// ErrNoFamily reports a dtree family whose model basis is not at hand (not
// a family of the network, or its artifacts not fetched).
var ErrNoFamily = errors.New("task: the family's model basis is not at hand")

// ErrUnsized reports a task whose segment size the node has not chosen yet.
var ErrUnsized = errors.New("task: segment size not chosen")

// Sized reports whether the task has a segment size (and so a program id,
// a family and segments).
func (t *Task) Sized() bool { return t.Dtree != nil || t.Hashchain != nil }

// WithSegmentSize returns the task cut into segments of seg samples.
func (t *Task) WithSegmentSize(seg int) (*Task, error) {
	if t.Model == nil {
		return nil, fmt.Errorf("%w: only dtree tasks take a segment size from the node", ErrInput)
	}
	p, err := dtree.New(t.Model, seg)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
	}
	in := t.Input
	out := &Task{Input: &pb.TaskInput{Version: in.Version, Program: in.Program, SegmentSize: uint32(seg), Model: in.Model,
		Features: in.Features, Samples: in.Samples}, Dtree: p, Model: t.Model, Samples: t.Samples, bases: t.bases}
	if err := out.bind(); err != nil {
		return nil, err
	}
	return out, nil
}

// Resolve returns the sized task whose program id is id: the task itself
// when it is sized, else the segment size (a power of two: a node chooses
// no other, Node.chooseSize) whose program
// id is id, among the sizes whose family's basis is at hand.
func (t *Task) Resolve(id receipt.Digest) (*Task, error) {
	if t.Sized() {
		if t.ProgramID() != id {
			return nil, fmt.Errorf("%w: program %s is not %s", ErrInput, t.ProgramID(), id)
		}
		return t, nil
	}
	for seg := dtree.MinSegmentSize; seg <= dtree.MaxSegmentSize; seg *= 2 {
		s, err := t.WithSegmentSize(seg)
		if err != nil {
			continue
		}
		if s.ProgramID() == id {
			return s, nil
		}
	}
	return nil, fmt.Errorf("%w: no segment size of this model has program id %s", ErrInput, id)
}

// Journal is what a task outputs: predictions (dtree) or the final value
// (hashchain).
type Journal struct {
	Predictions []int
	Result      fr.Element
}

// NewDtree encodes a dtree task input.
func NewDtree(m *tree.Model, samples [][]float64, segmentSize int) ([]byte, error) {
	model, err := m.MarshalJSON()
	if err != nil {
		return nil, err
	}
	in := &pb.TaskInput{Version: Version, Program: Dtree, SegmentSize: uint32(segmentSize), Model: model, Features: uint32(m.NumFeatures)}
	for _, x := range samples {
		in.Samples = append(in.Samples, x...)
	}
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(in)
	if err != nil {
		return nil, err
	}
	if _, err := Decode(b); err != nil { // refuse to send what a node would refuse
		return nil, err
	}
	return b, nil
}

// NewHashchain encodes a hashchain task input.
func NewHashchain(seed fr.Element, steps uint64, segmentSteps int) ([]byte, error) {
	s := seed.Bytes()
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(&pb.TaskInput{Version: Version, Program: Hashchain,
		SegmentSize: uint32(segmentSteps), Seed: s[:], Steps: steps})
	if err != nil {
		return nil, err
	}
	if _, err := Decode(b); err != nil {
		return nil, err
	}
	return b, nil
}

// Decode parses and validates a task input blob.
func Decode(b []byte) (*Task, error) {
	if len(b) > MaxInputSize {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrInput, len(b), MaxInputSize)
	}
	var in pb.TaskInput
	if err := proto.Unmarshal(b, &in); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
	}
	if in.Version != Version {
		return nil, fmt.Errorf("%w: version %d, this build reads %d", ErrInput, in.Version, Version)
	}
	t := &Task{Input: &in}
	switch in.Program {
	case Dtree:
		var m tree.Model
		if err := m.UnmarshalJSON(in.Model); err != nil {
			return nil, fmt.Errorf("%w: model: %v", ErrInput, err)
		}
		if int(in.Features) != m.NumFeatures {
			return nil, fmt.Errorf("%w: %d features per sample, the model takes %d", ErrInput, in.Features, m.NumFeatures)
		}
		f := m.NumFeatures
		if len(in.Samples) == 0 || len(in.Samples)%f != 0 || len(in.Samples)/f > MaxSamples {
			return nil, fmt.Errorf("%w: %d values is not a whole number (1 to %d) of %d-feature samples", ErrInput, len(in.Samples), MaxSamples, f)
		}
		for i, v := range in.Samples {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: sample %d, feature %d is %v", ErrInput, i/f+1, i%f+1, v)
			}
		}
		if err := m.Validate(); err != nil {
			return nil, fmt.Errorf("%w: model: %v", ErrInput, err)
		}
		t.Model = &m
		for i := 0; i < len(in.Samples); i += f {
			t.Samples = append(t.Samples, in.Samples[i:i+f])
		}
		if in.SegmentSize != 0 {
			p, err := dtree.New(&m, int(in.SegmentSize))
			if err != nil {
				return nil, fmt.Errorf("%w: %v", ErrInput, err)
			}
			t.Dtree = p
		}
	case Hashchain:
		var seed fr.Element
		if err := seed.SetBytesCanonical(in.Seed); err != nil {
			return nil, fmt.Errorf("%w: seed is not a field element", ErrInput)
		}
		if in.Steps == 0 || in.Steps > hashchain.MaxSteps || in.SegmentSize < hashchain.MinSegmentSteps || in.SegmentSize > hashchain.MaxSegmentSteps {
			return nil, fmt.Errorf("%w: %d steps in segments of %d", ErrInput, in.Steps, in.SegmentSize)
		}
		t.Hashchain = &hashchain.Task{Seed: seed, Steps: in.Steps}
	default:
		return nil, fmt.Errorf("%w: %q", ErrUnknownProgram, in.Program)
	}
	return t, nil
}

// ProgramID is what every segment's claim names: the hash of the model's
// commitment under its family's basis (dtree; zero unless the task was
// bound by Open) or the hashchain constant.
func (t *Task) ProgramID() receipt.Digest {
	if !t.Sized() {
		return receipt.Digest{}
	}
	if t.Dtree != nil {
		id, _ := t.Dtree.ID() // zero for a task Decode alone made
		return id
	}
	return receipt.DigestOf(hashchain.ProgramID())
}

// Family is the circuit family that proves the task's segments.
func (t *Task) Family() string {
	if !t.Sized() {
		return ""
	}
	if t.Dtree != nil {
		return t.Dtree.Shape.Name()
	}
	return hashchain.Shape{Steps: int(t.Input.SegmentSize)}.Name()
}

// Segments is how many segments the task has, without executing it.
func (t *Task) Segments() int {
	if !t.Sized() {
		return 0
	}
	seg := int(t.Input.SegmentSize)
	if t.Dtree != nil {
		return (len(t.Samples) + seg - 1) / seg
	}
	return int((t.Hashchain.Steps + uint64(seg) - 1) / uint64(seg))
}

// Execute runs the task natively.
func (t *Task) Execute() (*program.Session, Journal, error) {
	if !t.Sized() {
		return nil, Journal{}, ErrUnsized
	}
	if t.Dtree != nil {
		s, err := t.Dtree.Execute(t.Samples)
		if err != nil {
			return nil, Journal{}, err
		}
		return &s.Session, Journal{Predictions: s.Predictions}, nil
	}
	s, err := hashchain.Execute(*t.Hashchain, int(t.Input.SegmentSize))
	if err != nil {
		return nil, Journal{}, err
	}
	return &s.Session, Journal{Result: s.Result}, nil
}

// InputDigest is the task's input digest, the value its quote names: the
// end of the input chain its receipt proves (for dtree a commitment to
// every quantised sample in the task's segments; for hashchain a hash of
// the seed and the number of steps).
func (t *Task) InputDigest() (receipt.Digest, error) {
	if !t.Sized() {
		return receipt.Digest{}, ErrUnsized
	}
	if t.Dtree != nil {
		return t.Dtree.InputDigest(t.Samples)
	}
	return receipt.DigestOf(hashchain.InputDigest(*t.Hashchain)), nil
}

// Expect is what a composite receipt must prove for this input and journal
// (the caller sets the task id).
func (t *Task) Expect(j Journal) (receipt.Expect, error) {
	if !t.Sized() {
		return receipt.Expect{}, ErrUnsized
	}
	if t.Dtree != nil {
		return t.Dtree.Expect(t.Samples, j.Predictions)
	}
	e := hashchain.Expect(*t.Hashchain, j.Result, hashchain.Shape{Steps: int(t.Input.SegmentSize)})
	e.Segments = t.Segments()
	return e, nil
}

// BasisMap is Bases over the families a caller trusts (a network's), each
// with its model basis: a family not in it has no program id here.
type BasisMap map[string][]bn254.G1Affine

// Basis implements Bases.
func (m BasisMap) Basis(family string, n int) ([]bn254.G1Affine, error) {
	b, ok := m[family]
	if !ok {
		return nil, fmt.Errorf("%w: %s is not a family of this network", ErrNoFamily, family)
	}
	if len(b) != n {
		return nil, fmt.Errorf("%w: %s has a basis of %d points, want %d", ErrNoFamily, family, len(b), n)
	}
	return b, nil
}
