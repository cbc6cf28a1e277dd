package node_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
)

// BenchmarkIrisEndToEnd proves the Iris task (150 samples, 5 segments of
// 32) through a whole in-process network (embedded chain, 3 nodes, K
// provers) and reports the end-to-end latency, the sum of the segments'
// proving times measured alone on this machine, and the coordination
// overheads of DESIGN.md §10: the worst delay between a bid window closing
// and its award going out (the target is bid window + ≤ 100 ms), and last
// receipt → fulfil mined. Run one iteration per network (-benchtime 1x,
// -count N for samples).
func BenchmarkIrisEndToEnd(b *testing.B) {
	for _, k := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("provers=%d", k), func(b *testing.B) {
			var e2e, award, fulfil time.Duration
			for i := 0; i < b.N; i++ {
				tb := startNet(b, irisInput(b, 32))
				tb.addNodes(3)
				tb.addProvers(k, "")
				tb.waitMesh()
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
				res, err := tb.requester(9).Prove(ctx, tb.input, nil)
				cancel()
				if err != nil {
					b.Fatal(err)
				}
				e2e += res.Elapsed
				for _, n := range tb.Nodes {
					if n.Address() != res.Node {
						continue
					}
					waitState(tb.T, n, res.TaskID, store.TaskFulfilled)
					n.Store().View(func(x *store.Tx) error {
						tk, _ := x.Task(store.TaskID(res.TaskID))
						segs, _ := x.Segments(tk.ID)
						// Award latency: how long after the winning attempt's bid
						// window closed the award went out (the window itself is
						// the configured 300 ms).
						var worst time.Duration
						var lastProven time.Time
						for _, s := range segs {
							if s.Award != nil {
								worst = max(worst, s.Award.At.Sub(s.BidDeadline))
							}
							if s.ProvenAt.After(lastProven) {
								lastProven = s.ProvenAt
							}
						}
						award += worst
						fulfil += tk.Updated.Sub(lastProven)
						return nil
					})
				}
			}
			n := time.Duration(b.N)
			b.ReportMetric((e2e / n).Seconds(), "e2e-s")
			b.ReportMetric(float64((award / n).Milliseconds()), "window-close-to-award-ms")
			b.ReportMetric(float64((fulfil / n).Milliseconds()), "last-receipt-to-fulfilled-ms")
			b.ReportMetric(sumOfProofs(b).Seconds(), "sum-of-segment-proofs-s")
		})
	}
}

// sumOfProofs proves the Iris segments one at a time on this machine.
func sumOfProofs(b *testing.B) time.Duration {
	tk, err := task.Decode(irisInput(b, 32))
	if err != nil {
		b.Fatal(err)
	}
	sess, _, err := tk.Execute()
	if err != nil {
		b.Fatal(err)
	}
	st, _ := setup.Open(setup.DefaultDir(), nil)
	res, err := (&local.Prover{Store: st, Workers: 1}).Prove(context.Background(), sess)
	if err != nil {
		b.Fatal(err)
	}
	var sum time.Duration
	for _, d := range res.SegmentTimes {
		sum += d
	}
	return sum
}
