// Package local proves a whole session on this machine: it takes the
// family's artifacts from a setup store (running the development setup the
// first time), proves every segment with a pool of workers, checks each
// seal as it arrives, and returns the composite receipt. The CLI's
// `zkpool prove --local`, the benchmarks and the prover peer's calibration
// use it.
package local

import (
	"context"
	"fmt"
	"math/big"
	"runtime"
	"sync"
	"time"

	"github.com/consensys/gnark/constraint"

	"github.com/zkpool/aoraki/prover/aggregate"
	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
)

// Progress is told after each proven segment.
type Progress func(done, total int, elapsed time.Duration)

// Prover proves sessions locally.
type Prover struct {
	Store *setup.Store
	// Workers is how many segments are proven at once (0: one per core,
	// at most the number of segments). gnark parallelises each proof too.
	Workers int
	// Address is the prover identity bound into each seal.
	Address [20]byte
	// Task is the task id bound into each seal (zero for a proof made
	// outside the network, as `zkpool prove --local` makes).
	Task [32]byte
	// Price is the price bound into each segment's seal (nil: zero).
	Price    *big.Int
	Progress Progress
	// ForAggregation proves every seal for recursion (seal.ForRecursion),
	// to be aggregated into a succinct receipt (aggregate.Aggregator,
	// which checks the chain again). Such seals are checked one by one
	// with aggregate.VerifySegment, and the composite receipt, which the
	// Solidity verifier could not check, is not verified as a whole here.
	ForAggregation bool
}

// Result is a proven session.
type Result struct {
	Receipt   *receipt.CompositeReceipt
	Artifacts *setup.Artifacts
	// SegmentTimes are the wall times of each segment's proof.
	SegmentTimes []time.Duration
	// Setup is the time taken to have the family's artifacts ready:
	// compiling the circuit and loading them from the store, or running
	// the development setup when the family is new. Proving is the rest
	// (proofs and the composite receipt's verification); Elapsed both.
	Setup, Proving, Elapsed time.Duration
}

// Prove proves every segment of sess and verifies the composite receipt
// (with ForAggregation, every seal and no more).
func (p *Prover) Prove(ctx context.Context, sess *program.Session) (*Result, error) {
	start := time.Now()
	art, err := p.Store.Ensure(sess.Family)
	if err != nil {
		return nil, err
	}
	setupDone := time.Now()
	n := len(sess.Segments)
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)

	res := &Result{Receipt: &receipt.CompositeReceipt{Task: p.Task, Segments: make([]receipt.SegmentReceipt, n)},
		Artifacts: art, SegmentTimes: make([]time.Duration, n)}
	price := new(big.Int)
	if p.Price != nil {
		price.Set(p.Price)
	}
	binding, err := receipt.Binding(p.Task, p.Address, price)
	if err != nil {
		return nil, err
	}
	jobs := make(chan int)
	errs := make(chan error, n+workers)
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	// One constraint system per worker: gnark's solver keeps state in it.
	// The first worker takes the loaded one and starts at once; the others
	// decode their own copy (a quarter of a second for the zkDT anchor's
	// family) while it proves.
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ccs := art.CCS
			if w > 0 {
				var err error
				if ccs, err = art.NewCCS(); err != nil {
					errs <- err // the first worker takes the jobs
					return
				}
			}
			for i := range jobs {
				seg := &sess.Segments[i]
				t0 := time.Now()
				s, err := p.proveSeal(ccs, art, seg, binding)
				if err != nil {
					errs <- fmt.Errorf("segment %d: %w", i, err)
					continue
				}
				res.Receipt.Segments[i] = receipt.SegmentReceipt{Claim: seg.Claim, Task: p.Task, Prover: p.Address, Price: price, Seal: s}
				res.SegmentTimes[i] = time.Since(t0)
				mu.Lock()
				done++
				if p.Progress != nil {
					p.Progress(done, n, time.Since(start))
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := 0; i < n; i++ {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	want := sess.Expect
	want.Task = p.Task
	if p.ForAggregation {
		// Every seal is checked; the chain is the aggregator's to check.
	} else if err := res.Receipt.Verify(p.Store, want); err != nil {
		return nil, fmt.Errorf("composite receipt: %w", err)
	}
	res.Elapsed = time.Since(start)
	res.Setup, res.Proving = setupDone.Sub(start), time.Since(setupDone)
	return res, nil
}

// proveSeal proves one segment and checks its seal as its verifier will.
func (p *Prover) proveSeal(ccs constraint.ConstraintSystem, art *setup.Artifacts, seg *program.Segment, binding receipt.Digest) ([]byte, error) {
	if !p.ForAggregation {
		s, err := seal.Prove(ccs, art.PK, seg.Claim, binding, seg.Witness)
		if err == nil {
			err = receipt.VerifySeal(art.VK, seg.Claim, binding, s)
		}
		return s, err
	}
	s, err := seal.Prove(ccs, art.PK, seg.Claim, binding, seg.Witness, seal.ForRecursion())
	if err != nil {
		return nil, err
	}
	r := receipt.SegmentReceipt{Claim: seg.Claim, Task: p.Task, Prover: p.Address, Price: p.Price, Seal: s}
	if r.Price == nil {
		r.Price = new(big.Int)
	}
	return s, aggregate.VerifySegment(art.VK, &r)
}
