package dtree

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkpool/aoraki/prover/tree"
)

// Fixed-point range.
const (
	qMax    = 65535
	qOffset = 256
	qSpan   = 65000
)

// Quantizer maps a model's features to 16-bit fixed point.
type Quantizer struct {
	Lo, Scale []float64
}

// NewQuantizer derives per-feature parameters from m's thresholds only.
func NewQuantizer(m *tree.Model) *Quantizer {
	q := &Quantizer{Lo: make([]float64, m.NumFeatures), Scale: make([]float64, m.NumFeatures)}
	lo := make([]float64, m.NumFeatures)
	hi := make([]float64, m.NumFeatures)
	seen := make([]bool, m.NumFeatures)
	for _, n := range m.Nodes {
		if n.Leaf {
			continue
		}
		f := n.Feature
		if !seen[f] {
			lo[f], hi[f], seen[f] = n.Threshold, n.Threshold, true
			continue
		}
		lo[f] = math.Min(lo[f], n.Threshold)
		hi[f] = math.Max(hi[f], n.Threshold)
	}
	for f := range q.Lo {
		span := hi[f] - lo[f]
		if !seen[f] || span == 0 {
			span = math.Max(math.Abs(lo[f]), 1)
		}
		q.Lo[f] = lo[f]
		q.Scale[f] = qSpan / span
	}
	return q
}

// Q quantises value x of feature f.
func (q *Quantizer) Q(f int, x float64) uint16 {
	v := math.Floor((x-q.Lo[f])*q.Scale[f]) + qOffset
	switch {
	case v <= 0 || math.IsNaN(v):
		return 0
	case v >= qMax:
		return qMax
	}
	return uint16(v)
}

// Digest commits to the parameters (a field element).
func (q *Quantizer) Digest() fr.Element {
	h := sha256.New()
	var b [8]byte
	for f := range q.Lo {
		binary.BigEndian.PutUint64(b[:], math.Float64bits(q.Lo[f]))
		h.Write(b[:])
		binary.BigEndian.PutUint64(b[:], math.Float64bits(q.Scale[f]))
		h.Write(b[:])
	}
	sum := h.Sum(nil)
	var e fr.Element
	e.SetBytes(sum[:31]) // 248 bits: below the modulus, no reduction
	return e
}

// quantiseSample quantises x and checks that every comparison on x's path
// in m comes out the same in fixed point. row is 1-based for messages.
func (q *Quantizer) quantiseSample(m *tree.Model, x []float64, row int) ([]uint16, error) {
	out := make([]uint16, len(x))
	for f, v := range x {
		out[f] = q.Q(f, v)
	}
	for i := 0; !m.Nodes[i].Leaf; {
		n := m.Nodes[i]
		left := x[n.Feature] <= n.Threshold
		qleft := out[n.Feature] <= q.Q(n.Feature, n.Threshold)
		if left != qleft {
			name := fmt.Sprintf("feature %d", n.Feature+1)
			if n.Feature < len(m.FeatureNames) && m.FeatureNames[n.Feature] != "" {
				name = fmt.Sprintf("feature %d (%q)", n.Feature+1, m.FeatureNames[n.Feature])
			}
			return nil, fmt.Errorf("%w: sample %d, %s = %v and the threshold %v fall in one fixed-point step of %.3g; "+
				"rescale that feature or round the value", ErrQuantisation, row, name, x[n.Feature], n.Threshold, 1/q.Scale[n.Feature])
		}
		if left {
			i = n.Left
		} else {
			i = n.Right
		}
	}
	return out, nil
}
