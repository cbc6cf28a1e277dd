package tree

import (
	"fmt"
	"math/rand/v2"
)

// gridValue draws a value on the 1e-3 grid in [0, 10).
func gridValue(rng *rand.Rand) float64 {
	return float64(rng.IntN(10000)) / 1000
}

// splitChance is the probability that GenerateRandom splits a node that
// is not on its forced full-depth path: high enough that trees are close
// to complete at small depths, low enough that a depth-16 tree stays at
// some ten thousand nodes rather than 131071.
const splitChance = 0.85

// GenerateRandom builds a random valid model of exactly the given depth,
// for tests and benchmarks: one root-to-leaf path is forced to full depth
// and every other node below the limit splits with probability 0.85.
// Features and classes are uniform; thresholds lie on the 1e-3 grid in
// [0, 10), like RandomInputs. It panics on arguments outside the package
// limits.
func GenerateRandom(rng *rand.Rand, depth, numFeatures, numClasses int) *Model {
	if depth < 0 || depth > MaxDepth || numFeatures < 1 || numFeatures > MaxFeatures || numClasses < 1 || numClasses > MaxClasses {
		panic(fmt.Sprintf("tree.GenerateRandom: depth %d, %d features, %d classes out of range", depth, numFeatures, numClasses))
	}
	m := &Model{NumFeatures: numFeatures, NumClasses: numClasses}
	var grow func(level int, forced bool) int
	grow = func(level int, forced bool) int {
		idx := len(m.Nodes)
		m.Nodes = append(m.Nodes, Node{})
		if level == depth || (!forced && rng.Float64() >= splitChance) {
			m.Nodes[idx] = Node{Leaf: true, Class: rng.IntN(numClasses)}
			return idx
		}
		n := Node{Feature: rng.IntN(numFeatures), Threshold: gridValue(rng)}
		forceLeft := rng.IntN(2) == 0
		n.Left = grow(level+1, forced && forceLeft)
		n.Right = grow(level+1, forced && !forceLeft)
		m.Nodes[idx] = n
		return idx
	}
	grow(0, true)
	return m
}

// RandomInputs draws n samples of numFeatures values on the 1e-3 grid in
// [0, 10), so some land exactly on GenerateRandom's thresholds.
func RandomInputs(rng *rand.Rand, n, numFeatures int) [][]float64 {
	xs := make([][]float64, n)
	for i := range xs {
		x := make([]float64, numFeatures)
		for j := range x {
			x[j] = gridValue(rng)
		}
		xs[i] = x
	}
	return xs
}
