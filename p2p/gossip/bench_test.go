package gossip

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	mocknet "github.com/libp2p/go-libp2p/p2p/net/mock"
	"google.golang.org/protobuf/types/known/wrapperspb"
)

// benchNet is n routers, each with one subscribed topic, and a per-router
// goroutine recording the arrival time of every message.
type benchNet struct {
	topics []*Topic[*wrapperspb.StringValue]
	mu     sync.Mutex
	seen   map[string][]time.Duration // value -> arrival delays
	sent   map[string]time.Time
	done   map[string]chan struct{}
	n      int
}

func benchConfig() Config {
	c := DefaultConfig("bench")
	c.ScoreWhitelist = []string{"0.0.0.0/0", "::/0"}
	return c
}

func newBenchNet(b *testing.B, hosts []host.Host) *benchNet {
	b.Helper()
	bn := &benchNet{seen: map[string][]time.Duration{}, sent: map[string]time.Time{}, done: map[string]chan struct{}{}, n: len(hosts)}
	ctx, cancel := context.WithCancel(context.Background())
	b.Cleanup(cancel)
	for _, h := range hosts {
		key, _ := crypto.GenerateKey()
		r, err := New(h, key, benchConfig(), nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { r.Close() })
		spec := testSpec()
		tp, err := Join(r, spec)
		if err != nil {
			b.Fatal(err)
		}
		sub, err := tp.Subscribe()
		if err != nil {
			b.Fatal(err)
		}
		bn.topics = append(bn.topics, tp)
		go func() {
			defer sub.Cancel()
			for {
				m, err := sub.Next(ctx)
				if err != nil {
					return
				}
				if m.Local {
					continue
				}
				now := time.Now()
				bn.mu.Lock()
				v := m.Payload.Value
				bn.seen[v] = append(bn.seen[v], now.Sub(bn.sent[v]))
				if len(bn.seen[v]) == bn.n-1 {
					close(bn.done[v])
				}
				bn.mu.Unlock()
			}
		}()
	}
	return bn
}

// waitMeshes waits until every router has grafted at least want peers.
func waitMeshes(b *testing.B, bn *benchNet, want int) *benchNet {
	b.Helper()
	deadline := time.After(2 * time.Minute)
	for _, tp := range bn.topics {
		for tp.r.MeshSize(tp.Name()) < want {
			select {
			case <-tp.r.Changed():
			case <-deadline:
				b.Fatalf("mesh did not form")
			}
		}
	}
	return bn
}

// connectRandom links every peer to degree random others (at least).
func connectRandom(b *testing.B, n, degree int, connect func(i, j int) error) {
	b.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < n; i++ {
		for k := 0; k < degree/2; k++ {
			j := rng.IntN(n)
			if j == i {
				j = (i + 1) % n
			}
			if err := connect(i, j); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// run publishes from a random router per iteration and reports reach
// within 200 ms and delivery-latency percentiles over all deliveries.
func (bn *benchNet) run(b *testing.B) {
	var all []time.Duration
	within, total := 0, 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := fmt.Sprintf("msg-%d", i)
		bn.mu.Lock()
		bn.done[v] = make(chan struct{})
		bn.sent[v] = time.Now()
		bn.mu.Unlock()
		if err := bn.topics[rand.N(len(bn.topics))].Publish(context.Background(), wrapperspb.String(v)); err != nil {
			b.Fatal(err)
		}
		select {
		case <-bn.done[v]:
		case <-time.After(5 * time.Second):
		}
		bn.mu.Lock()
		ds := bn.seen[v]
		bn.mu.Unlock()
		for _, d := range ds {
			if d <= 200*time.Millisecond {
				within++
			}
		}
		total += bn.n - 1
		all = append(all, ds...)
	}
	b.StopTimer()
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	pct := func(p float64) float64 {
		if len(all) == 0 {
			return -1
		}
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds()) / 1000
	}
	b.ReportMetric(100*float64(within)/float64(total), "%reach@200ms")
	b.ReportMetric(100*float64(len(all))/float64(total), "%reach")
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(pct(1), "max-ms")
}

// BenchmarkGossipMocknet: simulated network, 20 ms per link, each peer
// linked to 8 random others.
func BenchmarkGossipMocknet(b *testing.B) {
	for _, n := range []int{50, 200} {
		b.Run(fmt.Sprintf("peers=%d", n), func(b *testing.B) {
			mn := mocknet.New()
			b.Cleanup(func() { mn.Close() })
			mn.SetLinkDefaults(mocknet.LinkOptions{Latency: 20 * time.Millisecond})
			var hosts []host.Host
			for i := 0; i < n; i++ {
				h, err := mn.GenPeer()
				if err != nil {
					b.Fatal(err)
				}
				hosts = append(hosts, h)
			}
			if err := mn.LinkAll(); err != nil {
				b.Fatal(err)
			}
			bn := newBenchNet(b, hosts)
			connectRandom(b, n, 8, func(i, j int) error {
				_, err := mn.ConnectPeers(hosts[i].ID(), hosts[j].ID())
				return err
			})
			waitMeshes(b, bn, 4).run(b)
		})
	}
}

// BenchmarkGossipTCP: 50 real hosts on loopback (TCP and QUIC), each
// linked to 8 random others.
func BenchmarkGossipTCP(b *testing.B) {
	const n = 50
	var hosts []host.Host
	for i := 0; i < n; i++ {
		hosts = append(hosts, newHost(b))
	}
	bn := newBenchNet(b, hosts)
	connectRandom(b, n, 8, func(i, j int) error {
		return hosts[i].Connect(context.Background(), peer.AddrInfo{ID: hosts[j].ID(), Addrs: hosts[j].Addrs()})
	})
	waitMeshes(b, bn, 4).run(b)
}
