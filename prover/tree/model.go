package tree

import (
	"fmt"
	"math"
)

// Limits every valid model respects. The proving circuits are sized by
// them.
const (
	// MaxDepth is the deepest tree accepted (edges on the longest
	// root-to-leaf path).
	MaxDepth = 16
	// MaxFeatures is the largest number of input features accepted.
	MaxFeatures = 32
	// MaxClasses is the largest number of classes accepted.
	MaxClasses = 1 << 16
	// MaxNodes is the number of nodes in a complete tree of depth
	// MaxDepth, the most a valid model can have.
	MaxNodes = 1<<(MaxDepth+1) - 1
)

// Model is a binary decision-tree classifier. Nodes[0] is the root. A
// valid model (see Validate) is a proper tree: every node but the root
// has exactly one parent.
type Model struct {
	NumFeatures int
	NumClasses  int
	Nodes       []Node
	// FeatureNames optionally names the features; when set it has
	// NumFeatures entries.
	FeatureNames []string
	// ClassLabels optionally names the classes; when set it has
	// NumClasses entries (LoadLabelledCSV's labels, or a smartcore
	// model's class values when they are not small non-negative
	// integers).
	ClassLabels []string
}

// Node is a leaf or a split. In canonical form (which Validate requires
// and the JSON format keeps exactly) a leaf has only Class set and a
// split has Class zero.
type Node struct {
	Leaf  bool
	Class int // for leaves: the predicted class, 0 <= Class < NumClasses
	// For splits: a sample goes to Left when x[Feature] <= Threshold
	// (smartcore's rule) and to Right otherwise.
	Feature   int
	Threshold float64
	Left      int
	Right     int
}

// Validate checks that m is a well-formed tree within the package limits.
// Errors wrap ErrBadModel and name the offending node.
func (m *Model) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrBadModel}, args...)...)
	}
	switch {
	case m == nil:
		return bad("nil model")
	case m.NumFeatures < 1 || m.NumFeatures > MaxFeatures:
		return bad("%d features; want 1 to %d", m.NumFeatures, MaxFeatures)
	case m.NumClasses < 1 || m.NumClasses > MaxClasses:
		return bad("%d classes; want 1 to %d", m.NumClasses, MaxClasses)
	case len(m.Nodes) == 0:
		return bad("no nodes")
	case len(m.Nodes) > MaxNodes:
		return bad("%d nodes; a tree of depth at most %d has at most %d", len(m.Nodes), MaxDepth, MaxNodes)
	case m.FeatureNames != nil && len(m.FeatureNames) != m.NumFeatures:
		return bad("%d feature names for %d features", len(m.FeatureNames), m.NumFeatures)
	case m.ClassLabels != nil && len(m.ClassLabels) != m.NumClasses:
		return bad("%d class labels for %d classes", len(m.ClassLabels), m.NumClasses)
	}
	for i, n := range m.Nodes {
		if n.Leaf {
			if n.Class < 0 || n.Class >= m.NumClasses {
				return bad("leaf node %d: class %d out of range [0, %d)", i, n.Class, m.NumClasses)
			}
			if n.Feature != 0 || n.Threshold != 0 || n.Left != 0 || n.Right != 0 {
				return bad("leaf node %d has split fields set", i)
			}
			continue
		}
		switch {
		case n.Class != 0:
			return bad("split node %d has a class set", i)
		case n.Feature < 0 || n.Feature >= m.NumFeatures:
			return bad("node %d: feature %d out of range [0, %d)", i, n.Feature, m.NumFeatures)
		case math.IsNaN(n.Threshold) || math.IsInf(n.Threshold, 0):
			return bad("node %d: threshold %v is not finite", i, n.Threshold)
		case n.Left <= 0 || n.Left >= len(m.Nodes):
			return bad("node %d: left child %d out of range [1, %d)", i, n.Left, len(m.Nodes))
		case n.Right <= 0 || n.Right >= len(m.Nodes):
			return bad("node %d: right child %d out of range [1, %d)", i, n.Right, len(m.Nodes))
		}
	}
	// Walk from the root. With indices in range and the root never a
	// child, "every node reached exactly once" means a tree: no cycles,
	// no shared children, nothing unreachable.
	depth := make([]int, len(m.Nodes))
	seen := make([]bool, len(m.Nodes))
	seen[0] = true
	stack := []int{0}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := m.Nodes[i]
		if n.Leaf {
			continue
		}
		for _, c := range [2]int{n.Left, n.Right} {
			if seen[c] {
				return bad("node %d is reached twice (second time from node %d): not a tree", c, i)
			}
			seen[c] = true
			depth[c] = depth[i] + 1
			if depth[c] > MaxDepth {
				return bad("node %d is at depth %d; the limit is %d", c, depth[c], MaxDepth)
			}
			stack = append(stack, c)
		}
	}
	for i, ok := range seen {
		if !ok {
			return bad("node %d is not reachable from the root", i)
		}
	}
	return nil
}

// Depth returns the number of edges on the longest root-to-leaf path (a
// single leaf has depth 0). On an invalid model it counts each node at
// most once and ignores out-of-range children.
func (m *Model) Depth() int {
	if len(m.Nodes) == 0 {
		return 0
	}
	type item struct{ node, depth int }
	seen := make([]bool, len(m.Nodes))
	seen[0] = true
	stack := []item{{0, 0}}
	deepest := 0
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth > deepest {
			deepest = it.depth
		}
		n := m.Nodes[it.node]
		if n.Leaf {
			continue
		}
		for _, c := range [2]int{n.Left, n.Right} {
			if c >= 0 && c < len(m.Nodes) && !seen[c] {
				seen[c] = true
				stack = append(stack, item{c, it.depth + 1})
			}
		}
	}
	return deepest
}

// Predict returns the class of sample x. m must be valid and x must have
// at least NumFeatures entries; Predict panics otherwise.
func (m *Model) Predict(x []float64) int {
	i := 0
	for steps := 0; ; steps++ {
		n := &m.Nodes[i]
		if n.Leaf {
			return n.Class
		}
		if steps > len(m.Nodes) {
			panic("tree: Predict on a model with a cycle; call Validate first")
		}
		if x[n.Feature] <= n.Threshold {
			i = n.Left
		} else {
			i = n.Right
		}
	}
}

// Path returns the indices of the nodes that sample x visits, from the
// root (0) to its leaf. Like Predict it needs a valid model.
func (m *Model) Path(x []float64) []int {
	path := make([]int, 0, 8)
	i := 0
	for {
		path = append(path, i)
		n := &m.Nodes[i]
		if n.Leaf {
			return path
		}
		if len(path) > len(m.Nodes) {
			panic("tree: Path on a model with a cycle; call Validate first")
		}
		if x[n.Feature] <= n.Threshold {
			i = n.Left
		} else {
			i = n.Right
		}
	}
}

// PredictAll returns the class of every sample.
func (m *Model) PredictAll(xs [][]float64) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = m.Predict(x)
	}
	return out
}
