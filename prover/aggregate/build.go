package aggregate

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime/debug"
	"time"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// Aggregator proves a task's whole aggregation tree on one machine: the
// leaf joins of its segments, then the node joins level by level, then
// the wrap of the root for Ethereum, into a succinct receipt that it
// verifies before returning. `zkpool prove --local --succinct` runs it; a
// market aggregation job would prove one Job of the same Plan (or the
// wrap) with the same assignments.
//
// Joins are proven one at a time (each proof already uses every core, and
// a node join's proof peaks near 13 GB), and each family's artifacts are
// released before the next family's are loaded.
type Aggregator struct {
	Store *setup.Store
	// Payee is who proves every join and the wrap here, at what price (the
	// zero address at price 0 for a local receipt): each is bound into the
	// receipt's pay word as the market's aggregators would be.
	Payee Payee
	// Progress, when set, is told each join as it is proven.
	Progress func(done, total int, job Job, took time.Duration)
}

// Aggregation is a proven tree: the succinct receipt and what it cost.
type Aggregation struct {
	Receipt *Receipt
	// Jobs is the tree (Plan) and JobTimes the proving time of each job;
	// WrapTime the wrap's.
	Jobs     []Job
	JobTimes []time.Duration
	WrapTime time.Duration
	// Setup is the time spent loading (or, once per machine, setting up)
	// the join families; Proving the joins' proofs; Verify the succinct
	// receipt's check.
	Setup, Proving, Verify time.Duration
}

// Aggregate checks segs (the receipts of a whole task, in order, proven
// for recursion under the family's key segKey and bound to their provers)
// against want, proves their aggregation tree and returns the verified
// succinct receipt. Every refusal of the segments (ErrChild, ErrMismatch)
// comes before any join family is loaded or set up.
func (a *Aggregator) Aggregate(ctx context.Context, segKey groth16.VerifyingKey, segs []receipt.SegmentReceipt, want receipt.Expect) (*Aggregation, error) {
	jobs, err := Plan(len(segs))
	if err != nil {
		return nil, err
	}
	payees, err := verifySegments(segKey, segs, want)
	if err != nil {
		return nil, err
	}
	out := &Aggregation{Jobs: jobs, JobTimes: make([]time.Duration, len(jobs))}
	t0 := time.Now()
	leafFam, err := NewLeaf(want.Family, segKey)
	if err != nil {
		return nil, err
	}
	leaf, err := a.Store.Ensure(leafFam)
	if err != nil {
		return nil, err
	}
	leafVK := leaf.VK
	nodeVK, err := a.nodeKey()
	if err != nil {
		return nil, err
	}
	keys, err := TreeKeys(leafVK, nodeVK)
	if err != nil {
		return nil, err
	}
	out.Setup += time.Since(t0)

	total := len(jobs) + 1 // and the wrap
	joins := make([]*Join, len(jobs))
	var node *setup.Artifacts
	var bind receipt.Digest // the binding chain before the next leaf's first segment
	for i, job := range jobs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		t := time.Now()
		j := &Join{Kind: job.Kind}
		switch job.Kind {
		case KindLeaf:
			in := LeafInput{Task: want.Task, Aggregator: a.payee(), Family: want.Family, SegmentKey: segKey, Keys: keys, BindIn: bind, First: &segs[job.Left]}
			if job.Right >= 0 {
				in.Second = &segs[job.Right]
			}
			as, st, err := LeafAssignment(in)
			if err != nil {
				return nil, fmt.Errorf("leaf join %d: %w", i, err)
			}
			j.Statement, bind = st, st.BindOut
			if j.Seal, err = Prove(leaf.CCS, leaf.PK, as); err != nil {
				return nil, fmt.Errorf("leaf join %d: %w", i, err)
			}
		case KindNode:
			if node == nil {
				// Every leaf is proven (Plan lists them first): free the
				// leaf family before loading the node family.
				leaf = nil
				a.Store.Release(leafFam.Name())
				debug.FreeOSMemory()
				s := time.Now()
				if node, err = a.Store.Ensure(Node{}); err != nil {
					return nil, err
				}
				out.Setup += time.Since(s)
				t = time.Now()
			}
			as, st, err := NodeAssignment(NodeInput{LeafKey: leafVK, NodeKey: node.VK, Left: joins[job.Left], Right: joins[job.Right],
				Task: want.Task, Aggregator: a.payee()})
			if err != nil {
				return nil, fmt.Errorf("node join %d: %w", i, err)
			}
			j.Statement = st
			if j.Seal, err = Prove(node.CCS, node.PK, as); err != nil {
				return nil, fmt.Errorf("node join %d: %w", i, err)
			}
		}
		joins[i] = j
		out.JobTimes[i] = time.Since(t)
		out.Proving += out.JobTimes[i]
		if a.Progress != nil {
			a.Progress(i+1, total, job, out.JobTimes[i])
		}
	}
	// The wrap: the root re-stated for Ethereum, proven for Solidity.
	if node != nil {
		node = nil
		a.Store.Release(NodeName)
	} else {
		leaf = nil
		a.Store.Release(leafFam.Name())
	}
	debug.FreeOSMemory()
	s := time.Now()
	wrap, err := a.Store.Ensure(Wrap{})
	if err != nil {
		return nil, err
	}
	out.Setup += time.Since(s)
	t := time.Now()
	root := joins[len(joins)-1]
	as, st, err := WrapAssignment(WrapInput{LeafKey: leafVK, NodeKey: nodeVK, Root: root, Task: want.Task, Aggregator: a.payee()})
	if err != nil {
		return nil, fmt.Errorf("wrap: %w", err)
	}
	w := &Join{Kind: KindWrap, Statement: st}
	if w.Seal, err = ProveRoot(wrap.CCS, wrap.PK, as); err != nil {
		return nil, fmt.Errorf("wrap: %w", err)
	}
	wrapVK := wrap.VK
	wrap = nil
	a.Store.Release(WrapName)
	out.WrapTime = time.Since(t)
	out.Proving += out.WrapTime
	if a.Progress != nil {
		a.Progress(total, total, Job{Kind: KindWrap, Left: len(jobs) - 1, Right: -1, Count: len(segs), Level: jobs[len(jobs)-1].Level + 1}, out.WrapTime)
	}
	aggs := make([]Payee, Aggregators(len(segs)))
	for i := range aggs {
		aggs[i] = a.payee()
	}
	r, err := NewReceipt(want.Task, want.Family, w, payees, aggs)
	if err != nil {
		return nil, err
	}
	tv := time.Now()
	ks := keySet{LeafName(want.Family): leafVK, NodeName: nodeVK, WrapName: wrapVK}
	if err := r.Verify(ks, want); err != nil {
		return nil, fmt.Errorf("succinct receipt: %w", err)
	}
	out.Verify = time.Since(tv)
	out.Receipt = r
	return out, nil
}

func (a *Aggregator) payee() Payee {
	p := a.Payee
	if p.Price == nil {
		p.Price = new(big.Int)
	}
	return p
}

// nodeKey is the node join's verifying key: every key set names it, even
// a tree without a node join. Only its key is needed here, so a stored
// family is not loaded whole (the key every verifier reads from its
// store); a machine without it sets it up once.
func (a *Aggregator) nodeKey() (groth16.VerifyingKey, error) {
	if _, err := a.Store.Manifest(NodeName); err == nil {
		return a.Store.VerifyingKey(NodeName)
	} else if !errors.Is(err, setup.ErrNotFound) {
		return nil, err
	}
	node, err := a.Store.Ensure(Node{})
	if err != nil {
		return nil, err
	}
	a.Store.Release(NodeName)
	return node.VK, nil
}

// VerifySegments checks the segments of a composite receipt whose seals
// are proven for recursion (what a succinct receipt aggregates): want's
// task, family and program, in order, each seal valid under segKey and
// each linking to the previous one, from want's initial state and input
// to its final ones.
func VerifySegments(segKey groth16.VerifyingKey, segs []receipt.SegmentReceipt, want receipt.Expect) error {
	_, err := verifySegments(segKey, segs, want)
	return err
}

func verifySegments(segKey groth16.VerifyingKey, segs []receipt.SegmentReceipt, want receipt.Expect) ([]Payee, error) {
	n := len(segs)
	if n == 0 {
		return nil, receipt.ErrEmpty
	}
	if want.Segments > 0 && n != want.Segments {
		return nil, fmt.Errorf("%w: %d segments, want %d", ErrMismatch, n, want.Segments)
	}
	payees := make([]Payee, n)
	for i := range segs {
		r := &segs[i]
		c := &r.Claim
		switch {
		case r.Task != want.Task:
			return nil, fmt.Errorf("%w: segment %d is bound to task %x, want %x", ErrChild, i, r.Task, want.Task)
		case c.Family != want.Family:
			return nil, fmt.Errorf("%w: segment %d is family %q, want %q", ErrChild, i, c.Family, want.Family)
		case c.Index != uint32(i):
			return nil, fmt.Errorf("%w: segment %d is at position %d", ErrChild, c.Index, i)
		case i > 0 && c.ProgramID != segs[0].Claim.ProgramID:
			return nil, fmt.Errorf("%w: segment %d proves program %s, segment 0 %s", ErrChild, i, c.ProgramID, segs[0].Claim.ProgramID)
		case i == 0 && c.StateIn != want.Initial:
			return nil, fmt.Errorf("%w: %w: segment 0 starts at %s, want %s", ErrMismatch, receipt.ErrInitialState, c.StateIn, want.Initial)
		case i == 0 && c.InputIn != want.InputInitial:
			return nil, fmt.Errorf("%w: %w: segment 0 reads input from %s, want %s", ErrMismatch, receipt.ErrInitialState, c.InputIn, want.InputInitial)
		case i > 0 && c.StateIn != segs[i-1].Claim.StateOut:
			return nil, fmt.Errorf("%w: segment %d starts at %s, segment %d ended at %s", ErrChild, i, c.StateIn, i-1, segs[i-1].Claim.StateOut)
		case i > 0 && c.InputIn != segs[i-1].Claim.InputOut:
			return nil, fmt.Errorf("%w: segment %d reads input from %s, segment %d ended at %s", ErrChild, i, c.InputIn, i-1, segs[i-1].Claim.InputOut)
		case i == n-1 && c.StateOut != want.Final:
			return nil, fmt.Errorf("%w: %w: %s, want %s", ErrMismatch, receipt.ErrFinalState, c.StateOut, want.Final)
		case i == n-1 && c.InputOut != want.InputFinal:
			return nil, fmt.Errorf("%w: %w: %s, want %s", ErrMismatch, receipt.ErrInput, c.InputOut, want.InputFinal)
		}
		if err := VerifySegment(segKey, r); err != nil {
			return nil, err
		}
		if i == 0 {
			// The program as the statement names it (StatementProgram).
			p, err := StatementProgram(segKey, r)
			if err != nil {
				return nil, err
			}
			if p != want.ProgramID {
				return nil, fmt.Errorf("%w: segment %d proves program %s, want %s", ErrChild, i, p, want.ProgramID)
			}
		}
		payees[i] = Payee{Prover: r.Prover, Price: r.Price}
	}
	return payees, nil
}

// keySet gives the two verifying keys of one tree by family name.
type keySet map[string]groth16.VerifyingKey

func (k keySet) VerifyingKey(f string) (groth16.VerifyingKey, error) {
	if v, ok := k[f]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("%w: %s", setup.ErrUnknownFamily, f)
}
