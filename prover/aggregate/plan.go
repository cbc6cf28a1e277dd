package aggregate

import (
	"fmt"

	"github.com/zkpool/aoraki/prover/receipt"
)

// Job is one join of a task's aggregation tree.
type Job struct {
	Kind Kind
	// Left and Right are segment indices for a leaf join (Right is -1 for
	// a single) and job indices for a node join; a wrap (which Plan does
	// not list: it follows the root) has the root's index in Left and -1.
	Left, Right int
	// First and Count are the segments the join covers.
	First, Count int
	// Level is 0 for a leaf join, one more than its deeper child for a
	// node join: the jobs of one level can be proven in parallel.
	Level int
}

// Plan is the aggregation tree of n segments, in an order where every
// job comes after its children; the last job is the root. Segments pair
// into leaf joins (the last alone when n is odd); joins of each level pair
// into node joins, and an unpaired join is carried up a level unchanged.
// The root of one or two segments is a leaf join, of more a node join.
func Plan(n int) ([]Job, error) {
	if n < 1 || n > receipt.MaxSegments {
		return nil, fmt.Errorf("%w: %d segments (1 to %d)", ErrPlan, n, receipt.MaxSegments)
	}
	var jobs []Job
	var level []int
	for i := 0; i < n; i += 2 {
		j := Job{Kind: KindLeaf, Left: i, Right: i + 1, First: i, Count: 2}
		if i+1 == n {
			j.Right, j.Count = -1, 1
		}
		level = append(level, len(jobs))
		jobs = append(jobs, j)
	}
	for len(level) > 1 {
		var next []int
		for i := 0; i+1 < len(level); i += 2 {
			l, r := jobs[level[i]], jobs[level[i+1]]
			next = append(next, len(jobs))
			jobs = append(jobs, Job{Kind: KindNode, Left: level[i], Right: level[i+1], First: l.First,
				Count: l.Count + r.Count, Level: max(l.Level, r.Level) + 1})
		}
		if len(level)%2 == 1 {
			next = append(next, level[len(level)-1])
		}
		level = next
	}
	return jobs, nil
}

// RootKind is the kind of the root join of n segments.
func RootKind(n int) Kind {
	if n <= 2 {
		return KindLeaf
	}
	return KindNode
}
