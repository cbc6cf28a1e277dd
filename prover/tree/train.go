package tree

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// MaxTrainSamples bounds the training-set size so that split scores are
// compared exactly in 128-bit integer arithmetic.
const MaxTrainSamples = 1 << 20

// TrainConfig holds the CART stopping rules.
type TrainConfig struct {
	// MaxDepth is the deepest the tree may grow (0 gives a single leaf);
	// at most the package's MaxDepth.
	MaxDepth int `toml:"max_depth"`
	// MinSamplesSplit is the fewest samples a node needs to be split (>= 2).
	MinSamplesSplit int `toml:"min_samples_split"`
	// MinSamplesLeaf is the fewest samples each side of a split must
	// keep (>= 1).
	MinSamplesLeaf int `toml:"min_samples_leaf"`
}

// DefaultTrainConfig returns depth 8, the circuit size the dtree program
// is tuned for, with smartcore's and scikit-learn's default sample limits.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{MaxDepth: 8, MinSamplesSplit: 2, MinSamplesLeaf: 1}
}

// Validate checks the configuration's ranges.
func (c TrainConfig) Validate() error {
	switch {
	case c.MaxDepth < 0 || c.MaxDepth > MaxDepth:
		return fmt.Errorf("%w: max depth %d; want 0 to %d", ErrBadConfig, c.MaxDepth, MaxDepth)
	case c.MinSamplesSplit < 2:
		return fmt.Errorf("%w: min samples to split %d; want at least 2", ErrBadConfig, c.MinSamplesSplit)
	case c.MinSamplesLeaf < 1:
		return fmt.Errorf("%w: min samples per leaf %d; want at least 1", ErrBadConfig, c.MinSamplesLeaf)
	}
	return nil
}

// Train fits a classification tree to samples X with classes y in
// [0, numClasses) by CART with Gini impurity; see the package
// documentation for the exact rules. The result is deterministic.
func Train(X [][]float64, y []int, numClasses int, cfg TrainConfig) (*Model, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	switch {
	case len(X) == 0:
		return nil, fmt.Errorf("%w: no training samples", ErrEmptyInput)
	case len(X) != len(y):
		return nil, fmt.Errorf("%w: %d samples but %d labels", ErrBadTrainingData, len(X), len(y))
	case len(X) > MaxTrainSamples:
		return nil, fmt.Errorf("%w: %d samples; at most %d", ErrBadTrainingData, len(X), MaxTrainSamples)
	case numClasses < 1 || numClasses > MaxClasses:
		return nil, fmt.Errorf("%w: %d classes; want 1 to %d", ErrBadTrainingData, numClasses, MaxClasses)
	}
	d := len(X[0])
	if d < 1 || d > MaxFeatures {
		return nil, fmt.Errorf("%w: %d features; want 1 to %d", ErrBadTrainingData, d, MaxFeatures)
	}
	for i, x := range X {
		if len(x) != d {
			return nil, fmt.Errorf("%w: sample %d has %d features; sample 1 has %d", ErrBadTrainingData, i+1, len(x), d)
		}
		for j, v := range x {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: sample %d, feature %d: %v is %w", ErrBadTrainingData, i+1, j+1, v, ErrNotANumber)
			}
		}
		if y[i] < 0 || y[i] >= numClasses {
			return nil, fmt.Errorf("%w: sample %d has class %d; want 0 to %d", ErrBadTrainingData, i+1, y[i], numClasses-1)
		}
	}
	t := &trainer{X: X, y: y, k: numClasses, d: d, cfg: cfg}
	samples := make([]int, len(X))
	for i := range samples {
		samples[i] = i
	}
	t.grow(samples, 0)
	m := &Model{NumFeatures: d, NumClasses: numClasses, Nodes: t.nodes}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("tree: trained an invalid model (a bug): %w", err)
	}
	return m, nil
}

type trainer struct {
	X     [][]float64
	y     []int
	k, d  int
	cfg   TrainConfig
	nodes []Node
}

// split is a candidate: samples with x[feature] <= threshold go left.
// Its quality is the fraction num/den = (Σ cL² · nR + Σ cR² · nL) / (nL · nR),
// which is larger exactly when the weighted Gini impurity
// (nL·giniL + nR·giniR)/n is smaller.
type split struct {
	feature   int
	threshold float64
	num, den  uint64
}

// better reports whether num/den > s.num/s.den, exactly.
func (s *split) better(num, den uint64) bool {
	h1, l1 := bits.Mul64(num, s.den)
	h2, l2 := bits.Mul64(s.num, den)
	return h1 > h2 || (h1 == h2 && l1 > l2)
}

// grow appends the subtree for samples in preorder and returns its root.
func (t *trainer) grow(samples []int, depth int) int {
	idx := len(t.nodes)
	t.nodes = append(t.nodes, Node{})
	counts := make([]int, t.k)
	for _, s := range samples {
		counts[t.y[s]]++
	}
	majority := 0 // ties go to the lower class
	for c, n := range counts {
		if n > counts[majority] {
			majority = c
		}
	}
	leaf := Node{Leaf: true, Class: majority}
	if counts[majority] == len(samples) || depth >= t.cfg.MaxDepth || len(samples) < t.cfg.MinSamplesSplit {
		t.nodes[idx] = leaf
		return idx
	}
	best, ok := t.bestSplit(samples)
	if !ok {
		t.nodes[idx] = leaf
		return idx
	}
	var left, right []int
	for _, s := range samples {
		if t.X[s][best.feature] <= best.threshold {
			left = append(left, s)
		} else {
			right = append(right, s)
		}
	}
	l := t.grow(left, depth+1)
	r := t.grow(right, depth+1)
	// A split whose two sides are leaves of one class decides nothing:
	// fold it back into a leaf.
	if ln, rn := t.nodes[l], t.nodes[r]; ln.Leaf && rn.Leaf && ln.Class == rn.Class {
		t.nodes = t.nodes[:idx+1]
		t.nodes[idx] = Node{Leaf: true, Class: ln.Class}
		return idx
	}
	t.nodes[idx] = Node{Feature: best.feature, Threshold: best.threshold, Left: l, Right: r}
	return idx
}

// bestSplit scans every feature (in order) and every boundary between
// consecutive distinct values (in increasing order), keeping the first
// strictly best candidate that leaves at least MinSamplesLeaf samples on
// each side.
func (t *trainer) bestSplit(samples []int) (split, bool) {
	n := len(samples)
	order := make([]int, n)
	left := make([]int, t.k)
	right := make([]int, t.k)
	var best split
	found := false
	for f := range t.d {
		copy(order, samples)
		slices.SortFunc(order, func(a, b int) int {
			return cmp.Or(cmp.Compare(t.X[a][f], t.X[b][f]), cmp.Compare(a, b))
		})
		clear(left)
		clear(right)
		var sqL, sqR uint64 // Σ c² on each side
		for _, s := range order {
			right[t.y[s]]++
		}
		for _, c := range right {
			sqR += uint64(c) * uint64(c)
		}
		for i := 0; i < n-1; i++ {
			c := t.y[order[i]]
			sqL += 2*uint64(left[c]) + 1
			left[c]++
			sqR -= 2*uint64(right[c]) - 1
			right[c]--
			nL, nR := uint64(i+1), uint64(n-i-1)
			a, b := t.X[order[i]][f], t.X[order[i+1]][f]
			if a == b || int(nL) < t.cfg.MinSamplesLeaf || int(nR) < t.cfg.MinSamplesLeaf {
				continue
			}
			num, den := sqL*nR+sqR*nL, nL*nR
			if !found || best.better(num, den) {
				best = split{feature: f, threshold: midpoint(a, b), num: num, den: den}
				found = true
			}
		}
	}
	return best, found
}

// midpoint returns a threshold t with a <= t < b, halfway where floating
// point allows, so that a goes left and b goes right.
func midpoint(a, b float64) float64 {
	m := a/2 + b/2
	if m < a || m >= b {
		return a
	}
	return m
}
