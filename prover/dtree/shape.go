package dtree

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/tree"
)

// Buckets of the circuit families.
var (
	// DepthBuckets: above 8 every depth has its family, since each level
	// costs 7 constraints a sample.
	DepthBuckets   = []int{4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	NodeBuckets    = []int{32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072}
	FeatureBuckets = []int{4, 8, 16, 32}
)

// Segment size bounds. Any size between them makes a family; the prover's
// cost follows the power of two at or above the circuit's constraint count
// (its FFT domain), so the sizes worth using fill one (see the package
// doc, "Circuit families").
const (
	MinSegmentSize = 8
	MaxSegmentSize = 4096
)

// Shape is a circuit family of the dtree program.
type Shape struct {
	Depth, Nodes, Features, SegmentSize int
	// Hashed is a dtree/v1 family: the model hashed in every segment
	// (hashedCircuit), with one commitment, for the segments a join
	// verifies (NewHashed); the network's families are dtree/v2.
	Hashed bool
}

// Name is the family name, e.g. "dtree/v2/d8-n32-f4-s64" (v2: the model
// committed once per task; v1 hashed it in every segment).
func (s Shape) Name() string {
	v := 2
	if s.Hashed {
		v = 1
	}
	return fmt.Sprintf("dtree/v%d/d%d-n%d-f%d-s%d", v, s.Depth, s.Nodes, s.Features, s.SegmentSize)
}

// Circuit returns the family's circuit with its slices sized, for compiling.
func (s Shape) Circuit() frontend.Circuit {
	if s.Hashed {
		return newHashedCircuit(s)
	}
	return newCircuit(s)
}

// Secrets is the number of secret values of the family's witness: the
// model's values (ModelWords), two per feature of every sample (bytes)
// and a valid flag per sample.
func (s Shape) Secrets() int {
	if s.Hashed { // the digest and four per slot: split bit, feature, value bytes
		return 1 + 4*s.Nodes + 2*s.SegmentSize*s.Features + s.SegmentSize
	}
	return ModelWords(s) + 2*s.SegmentSize*s.Features + s.SegmentSize
}

// ModelValues is how many values the family's first commitment holds
// (setup.ModelCommitter): its setup publishes their basis. None for a
// dtree/v1 family.
func (s Shape) ModelValues() int {
	if s.Hashed {
		return 0
	}
	return ModelWords(s)
}

func bucket(v int, of []int) (int, bool) {
	for _, b := range of {
		if v <= b {
			return b, true
		}
	}
	return 0, false
}

// ShapeFor returns the smallest family that holds m at segment size seg.
func ShapeFor(m *tree.Model, seg int) (Shape, error) {
	if seg < MinSegmentSize || seg > MaxSegmentSize {
		return Shape{}, fmt.Errorf("%w: segment size %d; want %d to %d samples", ErrShape, seg, MinSegmentSize, MaxSegmentSize)
	}
	d, ok1 := bucket(m.Depth(), DepthBuckets)
	n, ok2 := bucket(len(m.Nodes), NodeBuckets)
	f, ok3 := bucket(m.NumFeatures, FeatureBuckets)
	if !ok1 || !ok2 || !ok3 {
		return Shape{}, fmt.Errorf("%w: depth %d, %d nodes, %d features", ErrShape, m.Depth(), len(m.Nodes), m.NumFeatures)
	}
	if d == 0 {
		d = DepthBuckets[0]
	}
	return Shape{Depth: d, Nodes: n, Features: f, SegmentSize: seg}, nil
}

// ParseShape parses a family name made by Name.
func ParseShape(name string) (Shape, error) {
	var s Shape
	var v int
	if _, err := fmt.Sscanf(name, "dtree/v%d/d%d-n%d-f%d-s%d", &v, &s.Depth, &s.Nodes, &s.Features, &s.SegmentSize); err != nil || (v != 1 && v != 2) {
		return s, fmt.Errorf("%w: family %q", ErrShape, name)
	}
	s.Hashed = v == 1
	if s.Name() != name {
		return s, fmt.Errorf("%w: family %q", ErrShape, name)
	}
	return s, nil
}
