package node

import (
	"fmt"
	"time"

	"github.com/zkpool/aoraki/prover/programs"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/task"
)

// Limits bound the work one quote may commit the node to. A requester
// cannot profit from making a node fail (DESIGN.md §11): the node quotes a
// task only when it can execute it within these limits and, by its
// conservative estimate, have it executed, proven and attested before the
// requested deadline. The limits are checked again before a task
// executes, so an execution never holds more than MaxWitnessBytes.
type Limits struct {
	// MaxSegments bounds a task's segments: at most receipt.MaxSegments,
	// the most a composite receipt (and so any verifier) takes.
	MaxSegments int
	// MaxHashchainSteps bounds a hashchain task's steps.
	MaxHashchainSteps uint64
	// MaxDtreeSamples bounds a dtree task's samples.
	MaxDtreeSamples int
	// MaxWitnessBytes bounds what an execution holds in memory: the
	// witnesses of all its segments.
	MaxWitnessBytes int64
	// ExecuteRate is the native execution throughput assumed, in witness
	// bytes per second (building witnesses dominates; measured on a loaded
	// 2-core machine: 5 MB/s for hashchain, over 30 MB/s for dtree).
	ExecuteRate int64
	// ProverRate is the constraints per second one prover is assumed to
	// prove (a 2-core machine proves about 80,000).
	ProverRate int64
	// AttestMargin is the time kept after proving for attestations, the
	// fulfil transaction and its confirmations.
	AttestMargin time.Duration
}

// DefaultLimits: 4096 segments, 2^23 hashchain steps, 2^18 dtree samples,
// 256 MiB of witnesses, execution at 2 MiB of witness per second, 20,000
// constraints per second per prover, 20 s for attestation and fulfil.
func DefaultLimits() Limits {
	return Limits{MaxSegments: 4096, MaxHashchainSteps: 1 << 23, MaxDtreeSamples: 1 << 18, MaxWitnessBytes: 256 << 20,
		ExecuteRate: 2 << 20, ProverRate: 20_000, AttestMargin: 20 * time.Second}
}

// Validate checks the limits.
func (l Limits) Validate() error {
	switch {
	case l.MaxSegments < 1 || l.MaxSegments > receipt.MaxSegments:
		return fmt.Errorf("%w: max segments %d, want 1 to %d (what a composite receipt holds)", ErrConfig, l.MaxSegments, receipt.MaxSegments)
	case l.MaxHashchainSteps == 0 || l.MaxDtreeSamples <= 0 || l.MaxWitnessBytes <= 0:
		return fmt.Errorf("%w: size limits must be positive", ErrConfig)
	case l.ExecuteRate <= 0 || l.ProverRate <= 0:
		return fmt.Errorf("%w: execution and prover rates must be positive", ErrConfig)
	case l.AttestMargin < 0:
		return fmt.Errorf("%w: negative attestation margin", ErrConfig)
	}
	return nil
}

// witnessSize is the size of one segment's witness of the sized task tk:
// gnark's binary witness is a 12-byte header and 32 bytes per public and
// secret variable of the family's circuit (the program registry counts
// the secret ones).
func witnessSize(tk *task.Task) int64 {
	vars := int64(receipt.Publics) // ProgramID, the state and input chains, the binding
	p, f, err := programs.OfFamily(tk.Family())
	if err != nil {
		panic(err) // a sized task's family is always one of the registry's
	}
	return 12 + 32*(vars+p.WitnessVars(f))
}

// WitnessBytes is what executing the sized task tk holds in memory: every
// segment's witness.
func WitnessBytes(tk *task.Task) int64 { return int64(tk.Segments()) * witnessSize(tk) }

// checkSize refuses a sized task beyond the size limits.
func (l Limits) checkSize(tk *task.Task) error {
	if tk.Hashchain != nil && tk.Hashchain.Steps > l.MaxHashchainSteps {
		return fmt.Errorf("%w: %d hashchain steps, this node takes at most %d", ErrInfeasible, tk.Hashchain.Steps, l.MaxHashchainSteps)
	}
	if n := len(tk.Samples); tk.Model != nil && n > l.MaxDtreeSamples {
		return fmt.Errorf("%w: %d samples, this node takes at most %d", ErrInfeasible, n, l.MaxDtreeSamples)
	}
	if segs := tk.Segments(); segs > l.MaxSegments {
		return fmt.Errorf("%w: %d segments, this node takes at most %d (verifiers accept at most %d)", ErrInfeasible, segs, l.MaxSegments, receipt.MaxSegments)
	}
	if w := WitnessBytes(tk); w > l.MaxWitnessBytes {
		return fmt.Errorf("%w: executing it would hold %d bytes of witnesses, this node allows %d", ErrInfeasible, w, l.MaxWitnessBytes)
	}
	return nil
}

// estimate is how long the sized task tk takes, by the limits' rates, from
// quote to fulfil: native execution, two bid windows, the segments proven
// in waves over the provers online (at least one is assumed), and the
// attestation margin.
func (l Limits) estimate(tk *task.Task, segConstraints int, provers int, bidWindow time.Duration) time.Duration {
	provers = max(provers, 1)
	segs := int64(tk.Segments())
	waves := (segs + int64(provers) - 1) / int64(provers)
	seconds := float64(WitnessBytes(tk))/float64(l.ExecuteRate) + float64(waves)*float64(segConstraints)/float64(l.ProverRate)
	return time.Duration(seconds*float64(time.Second)) + 2*bidWindow + l.AttestMargin
}

// inTime reports why the sized task tk cannot be done by deadline on this
// node, or nil.
func (n *Node) inTime(tk *task.Task, segConstraints int, now, deadline time.Time) error {
	provers := len(n.net.Topics().Segments.Peers())
	need := n.cfg.Limits.estimate(tk, segConstraints, provers, n.cfg.Market.BidWindow)
	if now.Add(need).After(deadline) {
		return fmt.Errorf("%w: %d segments of %d constraints take about %s here (%d provers online), the deadline is %s away",
			ErrInfeasible, tk.Segments(), segConstraints, need.Round(time.Second), provers, deadline.Sub(now).Round(time.Second))
	}
	return nil
}
