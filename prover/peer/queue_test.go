package peer

import (
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"google.golang.org/protobuf/proto"

	pb "github.com/zkpool/aoraki/protocol/market"
)

// A prover with a queue bids while it proves: its bid promises to start
// when the current job ends; the next job's witness is fetched while the
// worker is still on the current one; it stops bidding once it holds
// Capacity + Queue segments; and every proof updates the throughput it
// bids by.
func TestQueueBidsAndPreparesAhead(t *testing.T) {
	f := newFixture(t)
	wc0, _ := cid.Cast(f.anns[0].WitnessCid)
	wc1, _ := cid.Cast(f.anns[1].WitnessCid)
	g := newGate(wc0)
	f.n.onFetch = g.hold
	cfg := DefaultConfig()
	cfg.Capacity, cfg.Queue = 1, 1
	p := f.peer(t, cfg)
	n := f.anns[0].Constraints
	const est = 20 * time.Second
	slow := float64(n) / est.Seconds()
	p.SetRate(slow) // each proof estimated at 20 s: the announcements allow 60 s

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.announce(p, 0))
	b := f.n.bids[0]
	if b.PromisedStart != 0 || b.PromisedTime != uint64(est.Milliseconds()) || b.Capacity != 1 || b.Queue != 1 || b.Queued != 0 {
		t.Fatalf("first bid %+v: want a start now and delivery in 20 s", b)
	}
	f.award(p, 0, p.Address())
	waitChan(t, g.started, "the first job's witness fetch")
	// Busy with segment 0: it still bids, promising to start when that ends.
	must(f.announce(p, 1))
	if f.n.bidCount() != 2 {
		t.Fatal("a prover with room in its queue did not bid")
	}
	b = f.n.bids[1]
	start := time.Duration(b.PromisedStart) * time.Millisecond
	if start <= est-5*time.Second || start > est || b.PromisedTime != b.PromisedStart+uint64(est.Milliseconds()) || b.Queued != 1 {
		t.Fatalf("queued bid %+v: want a start at the end of the current 20 s job", b)
	}
	f.award(p, 1, p.Address())
	// Segment 1's witness is fetched while the worker is still on segment 0.
	waitFor(t, func() bool {
		f.n.mu.Lock()
		defer f.n.mu.Unlock()
		_, ok := f.n.fetches[wc1.String()]
		return ok
	})
	// Capacity + Queue held: no more bids.
	third := proto.Clone(f.anns[1]).(*pb.SegmentAnnouncement)
	third.Index = 2
	must(p.HandleAnnouncement(t.Context(), holder, third))
	if f.n.bidCount() != 2 {
		t.Fatal("bid beyond capacity and queue")
	}
	close(g.release)
	for i := 0; i < 2; i++ {
		select {
		case d := <-f.n.delivered:
			if err := f.verify(t, d); err != nil {
				t.Fatal(err)
			}
		case <-time.After(time.Minute):
			t.Fatal("queued jobs not delivered")
		}
	}
	if r := p.Rate(); r <= slow {
		t.Fatalf("rate %.0f after two real proofs: the estimate was %.0f and the proofs took far less", r, slow)
	}
}

func TestQueueConfig(t *testing.T) {
	c := DefaultConfig()
	if c.Queue != 1 {
		t.Fatalf("default queue %d", c.Queue)
	}
	c.Queue = -1
	if err := c.Validate(); err == nil {
		t.Fatal("accepted a negative queue")
	}
}

// A bid on a family the peer has not loaded fetches it at once, before any
// award, so that an award finds the proving key ready.
func TestBidWarmsFamily(t *testing.T) {
	f := newFixture(t)
	p := f.peer(t, DefaultConfig())
	if err := f.announce(p, 0); err != nil {
		t.Fatal(err)
	}
	pk, _ := cid.Decode(f.art.Manifest.PK)
	waitFor(t, func() bool {
		f.n.mu.Lock()
		defer f.n.mu.Unlock()
		_, ok := f.n.fetches[pk.String()]
		return ok
	})
	waitFor(t, func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.loaded[f.art.Manifest.Family] != nil
	})
	if s := p.Stats(); s.Awards != 0 {
		t.Fatalf("stats %+v", s)
	}
}
