package p2p_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/p2p/gossip"
	"github.com/zkpool/aoraki/p2p/host"
)

func heapAndGoroutines() (uint64, int) {
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc, runtime.NumGoroutine()
}

// BenchmarkHostFootprint measures heap and goroutines per host, idle and
// with 8 connections each: a bare host, and the full stack (host, DHT,
// gossip router with one topic, blob exchange).
func BenchmarkHostFootprint(b *testing.B) {
	const n = 16
	for _, full := range []bool{false, true} {
		name := "bare-host"
		if full {
			name = "full-stack"
		}
		b.Run(name, func(b *testing.B) {
			for it := 0; it < b.N; it++ {
				heap0, gr0 := heapAndGoroutines()
				var hosts []*host.Host
				for i := 0; i < n; i++ {
					if full {
						p := newBenchPeer(b)
						hosts = append(hosts, p)
					} else {
						h, err := host.New(host.LocalConfig("bench", host.RoleNode, b.TempDir()), nil)
						if err != nil {
							b.Fatal(err)
						}
						b.Cleanup(func() { h.Close() })
						hosts = append(hosts, h)
					}
				}
				heap1, gr1 := heapAndGoroutines()
				for i := range hosts {
					for k := 1; k <= 4; k++ {
						j := (i + k) % n
						if err := hosts[i].Connect(context.Background(), peer.AddrInfo{ID: hosts[j].ID(), Addrs: hosts[j].Addrs()}); err != nil {
							b.Fatal(err)
						}
					}
				}
				deadline := time.Now().Add(30 * time.Second)
				for _, h := range hosts {
					for len(h.Network().Peers()) < 8 && time.Now().Before(deadline) {
						time.Sleep(10 * time.Millisecond)
					}
				}
				heap2, gr2 := heapAndGoroutines()
				b.ReportMetric(float64(heap1-heap0)/n/1024, "KiB-heap/host-idle")
				b.ReportMetric(float64(gr1-gr0)/n, "goroutines/host-idle")
				b.ReportMetric(float64(int64(heap2)-int64(heap0))/n/1024, "KiB-heap/host-8conns")
				b.ReportMetric(float64(gr2-gr0)/n, "goroutines/host-8conns")
				if !full { // full stacks close in cleanup order: services before hosts
					for _, h := range hosts {
						h.Close()
					}
				}
			}
		})
	}
}

func newBenchPeer(b *testing.B) *host.Host {
	b.Helper()
	hc := host.LocalConfig("bench", host.RoleNode, b.TempDir())
	p := newPeerTB(b, hc, nil)
	key, _ := crypto.GenerateKey()
	gc := gossip.DefaultConfig("bench")
	gc.ScoreWhitelist = []string{"127.0.0.0/8"}
	r, err := gossip.New(p.h, key, gc, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { r.Close() })
	tp, err := gossip.Join(r, gossip.Spec[*wrapperspb.StringValue]{Name: "status", MaxSize: 4096,
		New: func() *wrapperspb.StringValue { return new(wrapperspb.StringValue) }})
	if err != nil {
		b.Fatal(err)
	}
	sub, err := tp.Subscribe()
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(sub.Cancel)
	return p.h
}
