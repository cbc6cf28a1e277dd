package chaos

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	prv "github.com/zkpool/aoraki/prover/peer"
	"github.com/zkpool/aoraki/testnet"
)

// Baseline is the fault-free run every other scenario's latency is
// measured against.
var Baseline = Scenario{Name: "baseline", Injected: "nothing"}

// badSeed draws prover3 and prover4 as the bad two of four and gives them
// the lowest asking prices (82% and 88% of the default; the honest ones
// 95% and 97%), so that they win segments before they are found out.
const badSeed = 20

// badProvers makes k of the provers misbehave as mode, drawn by badSeed.
func badProvers(k int, mode string) func(*testnet.Config) {
	return func(c *testnet.Config) { c.BadProvers, c.BadMode, c.Seed = k, mode, badSeed }
}

// badProverScenario has 2 of 4 provers, the cheapest, misbehave as mode
// while two tasks run, and requires that one of them won a segment: else
// the scenario tested nothing (the node does not award on price alone).
func badProverScenario(name, mode, injected string) Scenario {
	return Scenario{Name: name, Injected: injected, Testnet: badProvers(2, mode), Tasks: 2,
		After: func(ctx context.Context, r *Run) error {
			n := r.Count(func(e Event) bool {
				if e.Source != "requester" || e.Stage != "awarded" {
					return false
				}
				p := r.Proc(r.Name(e.Str("prover")))
				return p != nil && p.Misbehave != ""
			})
			if n == 0 {
				return fmt.Errorf("the %s prover never won a segment: nothing was tested", mode)
			}
			r.Logf("%d awards to the %s prover", n, mode)
			return nil
		}}
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
		badProverScenario("prover-invalid-proof", prv.InvalidProof, "2 of 4 provers (the cheapest) deliver invalid seals; 2 tasks"),
		badProverScenario("prover-wrong-claim", prv.WrongClaim, "2 of 4 provers (the cheapest) deliver receipts of another claim; 2 tasks"),
		badProverScenario("prover-silent", prv.Silent, "2 of 4 provers (the cheapest) bid, win and never deliver; 2 tasks"),
		badProverScenario("prover-slow", prv.Slow, "2 of 4 provers (the cheapest) deliver past their deadline; 2 tasks"),
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
		reorgPublished(),
		reorgFulfilled(false),
		reorgFulfilled(true),
		feeBump(),
		{Name: "bootstrap-gone", Injected: "the bootstrap node (node1) stopped before the task; 4 nodes",
			Testnet: func(c *testnet.Config) { c.Nodes, c.Provers = 4, 3 },
			Before:  func(ctx context.Context, r *Run) error { return r.Stop("node1") },
			After:   restartStopped},
		{Name: "all-provers-gone", Injected: "every prover killed once the task is paid: refunded after its deadline",
			Deadline: time.Minute, Refunds: 1,
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
		floodScenario(),
		hostileSealScenario(),
		stealScenario(),
		lowballScenario(),
		forgedAwardsScenario(),
		streamFloodScenario(3000),
		sybilScenario(16),
		lateSybilNodesScenario(),
		payoutsScenario(),
		lazyVerifierScenario(),
		griefingScenario(),
		{Name: "oversized-input", Injected: "a requester uploads an input 1 byte over the 64 MiB limit to every node, then a real task",
			Before: oversizedInput},
		{Name: "corrupt-keystore", Injected: "node2's key file replaced by garbage: restart refused naming it; restored, it runs the task",
			Before: corruptFile("node2", keystoreFile, []byte("{not a key"), "key file is corrupt")},
		{Name: "corrupt-store", Injected: "node2's node.db replaced by garbage: restart refused naming it; restored, it runs the task",
			Before: corruptFile("node2", inDir("node.db"), []byte(strings.Repeat("garbage!", 1024)), "store: corrupt file")},
		{Name: "corrupt-p2p-key", Injected: "node2's libp2p key replaced by garbage: restart refused naming it; restored, it runs the task",
			Before: corruptFile("node2", inDir("p2p-identity.key"), []byte("garbage"), "key file is corrupt")},
		{Name: "netem-latency-loss", Injected: "every link 50 ms ± 20 ms late and 2 % of packets lost (tc netem) for the whole task",
			Requires: netemWorks,
			Before:   func(ctx context.Context, r *Run) error { return r.shapeAll(ctx, "delay 50ms 20ms loss 2%") },
			Cleanup:  func(r *Run) error { return r.unshapeAll() }},
		latencyLoss("latency-loss", 50*time.Millisecond, 20*time.Millisecond, 2, 1),
		latencyLoss("latency-loss-high", 200*time.Millisecond, 50*time.Millisecond, 5, 2),
		{Name: "packet-loss", Injected: "3 % of the packets every process sends lost at random (nftables numgen, no netem needed) for the whole task",
			Requires: partitionWorks,
			Before:   func(ctx context.Context, r *Run) error { return r.loseAll(ctx, 3) },
			After:    lostPackets,
			Cleanup:  func(r *Run) error { return r.loseAll(context.Background(), 0) }},
		partitionNode(),
		{Name: "provers-behind-nat", Injected: "2 of 4 provers behind a masquerading router (netns mode: they dial out, nothing dials in); 2 tasks",
			Requires: linksWork, Tasks: 2,
			Testnet: func(c *testnet.Config) { c.NATProvers = 2 },
			After: func(ctx context.Context, r *Run) error {
				n := r.Count(func(e Event) bool {
					if e.Source != "requester" || e.Stage != "awarded" {
						return false
					}
					p := r.Proc(r.Name(e.Str("prover")))
					return p != nil && p.NAT
				})
				if n == 0 {
					return fmt.Errorf("no prover behind NAT won a segment: nothing was tested")
				}
				r.Logf("%d awards to provers behind NAT", n)
				return nil
			}},
		{Name: "partition-provers", Injected: "every prover cut from every other prover (netns mode, nftables; each keeps its links to the nodes and the chain) before the task, healed at its first proven segment",
			Requires: linksWork, Cleanup: func(r *Run) error { return r.healAll() },
			Before: func(ctx context.Context, r *Run) error {
				var ps []string
				for _, p := range r.Net.State().Procs {
					if p.Role == "prover" {
						ps = append(ps, p.Name)
					}
				}
				for i, a := range ps {
					for _, b := range ps[i+1:] {
						if err := r.Cut(a, b); err != nil {
							return err
						}
					}
				}
				return nil
			},
			Inject: func(ctx context.Context, r *Run) error {
				if _, err := r.Wait(ctx, "a segment proven", func(e Event) bool { return e.Stage == "segment:proven" }); err != nil {
					return err
				}
				return r.healAll()
			}},
	}
}

// partitionNode cuts the task's node from every peer at its first award
// and heals the cut 15 s later. Its After requires that the node saw the
// cut (a prover that did not answer it), else nothing was tested, and that
// it banned no prover (all are honest).
func partitionNode() Scenario {
	var node string
	return Scenario{Name: "partition-node", Injected: "the task's node cut from every node and prover (netns: its links dropped; loopback: its libp2p port dropped; nftables) at its first award, healed 15 s later; 90 s deadline",
		Requires: partitionWorks, Cleanup: func(r *Run) error { return r.healAll() }, Deadline: 90 * time.Second,
		Inject: func(ctx context.Context, r *Run) error {
			var err error
			if node, err = taskNode(ctx, r); err != nil {
				return err
			}
			if _, err := r.WaitStage(ctx, node, "segment:awarded"); err != nil {
				return err
			}
			if err := r.isolate(ctx, node); err != nil {
				return err
			}
			// The fault's length is the scenario's parameter, not a wait
			// for something to happen.
			select {
			case <-ctx.Done():
			case <-time.After(15 * time.Second):
			}
			r.Logf("heal")
			return r.healAll()
		},
		After: func(ctx context.Context, r *Run) error {
			path, err := r.Net.LogPath(node)
			if err != nil {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			n := bytes.Count(b, []byte("prover unreachable"))
			if n == 0 {
				return fmt.Errorf("%s never found a prover unreachable: nothing was tested", node)
			}
			if bytes.Contains(b, []byte("prover banned")) {
				return fmt.Errorf("%s banned an honest prover it was cut off from", node)
			}
			r.Logf("%s found a prover unreachable %d times, banned none", node, n)
			return nil
		}}
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

// latencyLoss holds every packet every process sends delay ± jitter and
// loses loss % of them for the whole run of tasks tasks (netfilter queue
// and nftables: no netem needed).
func latencyLoss(name string, delay, jitter time.Duration, loss, tasks int) Scenario {
	injected := fmt.Sprintf("every packet every process sends held %v ± %v (a netfilter queue the suite reads; no netem needed) and %d %% lost (nftables) for the whole task", delay, jitter, loss)
	if tasks > 1 {
		injected += fmt.Sprintf("; %d tasks", tasks)
	}
	return Scenario{Name: name, Injected: injected, Requires: delayWorks, Tasks: tasks,
		Before: func(ctx context.Context, r *Run) error {
			return errors.Join(r.delayAll(ctx, delay, jitter), r.loseAll(ctx, loss))
		},
		After: heldAndLost,
		Cleanup: func(r *Run) error {
			return errors.Join(r.delayAll(context.Background(), 0, 0), r.loseAll(context.Background(), 0))
		}}
}
