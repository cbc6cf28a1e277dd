package api_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/zkpool/aoraki/node/api"
	"github.com/zkpool/aoraki/node/store"
)

// fill writes tasks fulfilled tasks of segs proven segments each (one bid,
// one award) into the node's store, as a long-running node would hold.
func fill(b *testing.B, st *store.Store, tasks, segs int) {
	b.Helper()
	now := time.Now()
	err := st.Update(func(x *store.Tx) error {
		for i := 0; i < tasks; i++ {
			var id store.TaskID
			id[0], id[1], id[2] = 0xbe, byte(i>>8), byte(i)
			t := &store.Task{ID: id, State: store.TaskFulfilled, Price: store.NewWei(big.NewInt(5e9)), Deadline: now,
				Family: "bench", Segments: segs, Created: now.Add(-time.Duration(i) * time.Second), Updated: now,
				Attestations: map[store.Address][]byte{{1}: make([]byte, 65)}}
			if err := x.PutTask(t); err != nil {
				return err
			}
			for j := 0; j < segs; j++ {
				price := store.NewWei(big.NewInt(int64(1e9 + j)))
				s := &store.Segment{Task: id, Index: j, State: store.SegmentProven, Attempt: 1, Family: "bench",
					Constraints: 41_000, PriceCap: price, MaxPrice: price, WitnessCID: "bafkbench",
					Bids:    []store.Bid{{Prover: store.Address{2}, Price: price, At: now}},
					Award:   &store.Award{Prover: store.Address{2}, Price: price, Deadline: now, At: now.Add(-time.Duration(i*segs+j) * time.Millisecond)},
					Receipt: make([]byte, 512), AnnouncedAt: now, ProvenAt: now}
				if err := x.PutSegment(s); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkRoutes times each route against a node holding 1000 fulfilled
// tasks of 5 segments, over real HTTP on loopback.
func BenchmarkRoutes(b *testing.B) {
	n := startNet(b)
	const tasks, segs = 1000, 5
	fill(b, n.node.Store(), tasks, segs)
	svc, err := api.New(n.node, api.DefaultConfig(), n.logger("api"))
	if err != nil {
		b.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { svc.Close() })
	one := fmt.Sprintf("/v1/tasks/0xbe%04x%s", 7, strings.Repeat("0", 58))
	for _, path := range []string{"/v1/status", "/v1/tasks", "/v1/tasks?limit=1000", one, "/v1/provers", "/v1/prices", "/metrics"} {
		b.Run(path, func(b *testing.B) {
			var bytes int64
			for b.Loop() {
				resp, err := http.Get("http://" + svc.Addr() + path)
				if err != nil {
					b.Fatal(err)
				}
				k, _ := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("%s: %d", path, resp.StatusCode)
				}
				bytes = k
			}
			b.ReportMetric(float64(bytes), "bytes/resp")
		})
	}
}
