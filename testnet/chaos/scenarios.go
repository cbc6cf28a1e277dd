package chaos

import (
	"context"
	"fmt"
	"strings"

	prv "github.com/zkpool/aoraki/prover/peer"
	"github.com/zkpool/aoraki/testnet"
)

// Baseline is the fault-free run every other scenario's latency is
// measured against.
var Baseline = Scenario{Name: "baseline", Injected: "nothing"}

// badProvers makes k of the provers misbehave as mode.
func badProvers(k int, mode string) func(*testnet.Config) {
	return func(c *testnet.Config) { c.BadProvers, c.BadMode = k, mode }
}

// awardedTo waits for the first award of a task's segment to an honest
// prover and returns that prover's process name.
func awardedToHonest(ctx context.Context, r *Run) (string, error) {
	ev, err := r.Wait(ctx, "a segment awarded to an honest prover", func(e Event) bool {
		if e.Source != "requester" || e.Stage != "awarded" {
			return false
		}
		p := r.Proc(r.Name(e.Str("prover")))
		return p != nil && p.Misbehave == ""
	})
	if err != nil {
		return "", err
	}
	return r.Name(ev.Str("prover")), nil
}

// taskNode waits for the payment of the first task and returns its
// node's process name.
func taskNode(ctx context.Context, r *Run) (string, error) {
	ev, err := r.WaitStage(ctx, "requester", "paid")
	if err != nil {
		return "", err
	}
	name := r.Name(ev.Str("node"))
	if name == "" {
		return "", fmt.Errorf("paid a node %s the testnet does not have", ev.Str("node"))
	}
	return name, nil
}

// crashNodeAt kills the task's node at the first of its events of stage
// and restarts it on its data dir.
func crashNodeAt(stage string) func(context.Context, *Run) error {
	return func(ctx context.Context, r *Run) error {
		node, err := taskNode(ctx, r)
		if err != nil {
			return err
		}
		if _, err := r.WaitStage(ctx, node, stage); err != nil {
			return err
		}
		if err := r.Kill(node); err != nil {
			return err
		}
		return r.Restart(ctx, node)
	}
}

// Suite is every scenario, the cheap ones first; Baseline comes first.
func Suite() []Scenario {
	return []Scenario{
		Baseline,
		{Name: "prover-invalid-proof", Injected: "1 of 4 provers delivers invalid seals", Testnet: badProvers(1, prv.InvalidProof)},
		{Name: "prover-wrong-claim", Injected: "1 of 4 provers delivers receipts of another claim", Testnet: badProvers(1, prv.WrongClaim)},
		{Name: "prover-silent", Injected: "1 of 4 provers bids, wins and never delivers", Testnet: badProvers(1, prv.Silent)},
		{Name: "prover-slow", Injected: "1 of 4 provers delivers past its deadline", Testnet: badProvers(1, prv.Slow)},
		{Name: "prover-kill-mid-proof", Injected: "kill -9 the first honest prover awarded a segment; restart it after the task",
			Inject: func(ctx context.Context, r *Run) error {
				p, err := awardedToHonest(ctx, r)
				if err != nil {
					return err
				}
				return r.Kill(p)
			},
			After: restartStopped},
		{Name: "node-crash-after-award", Injected: "kill -9 the task's node at its first award, restart it", Inject: crashNodeAt("segment:awarded")},
		{Name: "node-crash-after-receipt", Injected: "kill -9 the task's node at its first proven segment, restart it", Inject: crashNodeAt("segment:proven")},
		{Name: "node-crash-attesting", Injected: "kill -9 the task's node when it asks for attestations, restart it", Inject: crashNodeAt("task:attesting")},
		{Name: "node-crash-submitting", Injected: "kill -9 the task's node as it sends fulfill, restart it", Inject: crashNodeAt("task:submitting")},
		{Name: "verifier-down", Injected: "stop a verifier node while the task is proven; start it when the node asks for attestations",
			Inject: func(ctx context.Context, r *Run) error {
				node, err := taskNode(ctx, r)
				if err != nil {
					return err
				}
				v := otherNode(r, node)
				if err := r.Stop(v); err != nil {
					return err
				}
				if _, err := r.WaitStage(ctx, node, "task:attesting"); err != nil {
					return err
				}
				return r.Restart(ctx, v)
			}},
		{Name: "chain-down", Injected: "stop the chain's RPC at the first award, start it again at once",
			Inject: func(ctx context.Context, r *Run) error {
				if _, err := r.WaitStage(ctx, "requester", "awarded"); err != nil {
					return err
				}
				if err := r.Stop("chain"); err != nil {
					return err
				}
				return r.Restart(ctx, "chain")
			}},
		{Name: "bootstrap-gone", Injected: "the bootstrap node (node1) stopped before the task; 4 nodes",
			Testnet: func(c *testnet.Config) { c.Nodes, c.Provers = 4, 3 },
			Before:  func(ctx context.Context, r *Run) error { return r.Stop("node1") },
			After:   restartStopped},
		{Name: "all-provers-gone", Injected: "every prover killed once the task is paid: refunded after its deadline",
			Deadline: 0, Refunds: 1,
			Inject: func(ctx context.Context, r *Run) error {
				if _, err := r.WaitStage(ctx, "requester", "paid"); err != nil {
					return err
				}
				for _, p := range r.Net.State().Procs {
					if p.Role == "prover" {
						if err := r.Kill(p.Name); err != nil {
							return err
						}
					}
				}
				return nil
			}},
	}
}

// otherNode is a node other than node.
func otherNode(r *Run, node string) string {
	for _, p := range r.Net.State().Procs {
		if p.Role == "node" && p.Name != node {
			return p.Name
		}
	}
	return ""
}

// restartStopped starts again every process that is not running.
func restartStopped(ctx context.Context, r *Run) error {
	var errs []string
	for _, p := range r.Net.State().Procs {
		if !p.Running() {
			if err := r.Restart(ctx, p.Name); err != nil {
				errs = append(errs, err.Error())
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return nil
}
