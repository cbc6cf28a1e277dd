// Package programs is the registry of the proving programs the network
// runs, declared once: for each program, its name (a task input's program
// and its circuit families' prefix), the circuit shape a family's name
// stands for, how many segments one of its inputs may have, the size of a
// segment's witness, and whether every task of it starts from a fixed state
// (only then may a task name an on-chain verifier: the verifier checks the
// first state against it). The node, the receipt verifier's registration
// and the prover daemon ask it instead of switching on program names.
//
// Importing this package links every program's circuits and their solver
// hints, which proving and checking a segment need.
package programs

import (
	"errors"
	"fmt"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"strings"

	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// ErrUnknown reports a program or family no entry of the registry names.
var ErrUnknown = errors.New("programs: unknown program")

// Program is one proving program.
type Program struct {
	// Name is the task input's program and the prefix ("Name/") of its
	// circuit families.
	Name string
	// Shape is the circuit a family name of this program stands for.
	Shape func(family string) (setup.Family, error)
	// FixedInitial is the state, and the start of the input chain, that
	// every task of the program starts from; ok is false when they depend
	// on the input (a requester pins the state per task).
	FixedInitial func() (state receipt.Digest, ok bool)
	// MaxSegments bounds the segments of the task input in (the most a
	// node may choose when in leaves the size to it); 0 when in cannot be
	// an input of the program.
	MaxSegments func(in *pb.TaskInput) uint64
	// WitnessVars is how many variables one segment's witness of family f
	// holds besides the receipt's public inputs (receipt.Publics).
	WitnessVars func(f setup.Family) int64
}

// Dtree is decision-tree inference (ZKML): a segment is a chunk of samples.
var Dtree = Program{
	Name:  "dtree",
	Shape: func(f string) (setup.Family, error) { return dtree.ParseShape(f) },
	FixedInitial: func() (receipt.Digest, bool) {
		return receipt.DigestOf(dtree.InitialState()), true
	},
	MaxSegments: func(in *pb.TaskInput) uint64 {
		if in.Features == 0 {
			return 0
		}
		samples := uint64(len(in.Samples)) / uint64(in.Features)
		size := uint64(in.SegmentSize)
		if size == 0 {
			size = dtree.MinSegmentSize // the most segments a node may choose
		}
		return (samples + size - 1) / size
	},
	WitnessVars: func(f setup.Family) int64 {
		return int64(f.(dtree.Shape).Secrets())
	},
}

// Hashchain is iterated hashing, purely sequential: the benchmark workload.
var Hashchain = Program{
	Name: "hashchain",
	Shape: func(f string) (setup.Family, error) {
		var s hashchain.Shape
		if _, err := fmt.Sscanf(f, "hashchain/v1/s%d", &s.Steps); err != nil || s.Name() != f ||
			s.Steps < hashchain.MinSegmentSteps || s.Steps > hashchain.MaxSegmentSteps {
			return nil, fmt.Errorf("%w: family %q", ErrUnknown, f)
		}
		return s, nil
	},
	FixedInitial: func() (receipt.Digest, bool) { return receipt.Digest{}, false },
	MaxSegments: func(in *pb.TaskInput) uint64 {
		if in.SegmentSize == 0 {
			return 0
		}
		return (in.Steps + uint64(in.SegmentSize) - 1) / uint64(in.SegmentSize)
	},
	WitnessVars: func(f setup.Family) int64 {
		// S, K; Steps active flags.
		return 2 + int64(f.(hashchain.Shape).Steps)
	},
}

// All are the network's programs.
var All = []*Program{&Dtree, &Hashchain}

// ByName is the program named name.
func ByName(name string) (*Program, error) {
	for _, p := range All {
		if p.Name == name {
			return p, nil
		}
	}
	return nil, fmt.Errorf("%w %q", ErrUnknown, name)
}

// OfFamily is the program of the circuit family named family, and the
// family's shape.
func OfFamily(family string) (*Program, setup.Family, error) {
	name, _, ok := strings.Cut(family, "/")
	if !ok {
		return nil, nil, fmt.Errorf("%w: family %q", ErrUnknown, family)
	}
	p, err := ByName(name)
	if err != nil {
		return nil, nil, err
	}
	f, err := p.Shape(family)
	if err != nil {
		return nil, nil, err
	}
	return p, f, nil
}

// Bases gives a family's model basis (task.Bases) from a setup store,
// running the family's development setup when the store has none: for a
// requester proving locally (zkpool prove --local) and for tests. A node
// or a network requester uses the network's own bases instead. A nil
// Store is the default one (setup.DefaultDir).
type Bases struct{ Store *setup.Store }

// Basis implements task.Bases.
func (b Bases) Basis(family string, n int) ([]bn254.G1Affine, error) {
	_, f, err := OfFamily(family)
	if err != nil {
		return nil, err
	}
	st := b.Store
	if st == nil {
		if st, err = setup.Open(setup.DefaultDir(), nil); err != nil {
			return nil, err
		}
	}
	a, err := st.Ensure(f)
	if err != nil {
		return nil, err
	}
	if len(a.Basis) != n {
		return nil, fmt.Errorf("%w: %s has a model basis of %d points, want %d", setup.ErrBasis, family, len(a.Basis), n)
	}
	return a.Basis, nil
}
