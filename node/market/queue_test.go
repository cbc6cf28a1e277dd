package market

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/zkpool/aoraki/node/store"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// Tests of queued bids: a busy prover bids for work it can start when its
// current job ends, and the node awards on expected delivery.

// bidQ bids with a promised start and a declared queue depth.
func (e *env) bidQ(who store.Address, i, attempt int, price int64, start, promised time.Duration, capacity, queue uint32) error {
	return e.m.HandleBid(who, &pb.Bid{TaskId: e.id[:], Index: uint32(i), Attempt: uint32(attempt), Price: big.NewInt(price).Bytes(),
		PromisedTime: uint64(promised.Milliseconds()), PromisedStart: uint64(start.Milliseconds()), Capacity: capacity, Queue: queue})
}

// A prover with a queue takes the next segment behind its current one; a
// free prover that delivers sooner wins over a cheaper queued one.
func TestQueuedBidsAwardOnDelivery(t *testing.T) {
	e := newEnv(t, 3)
	e.record(alice, 5)
	e.record(bob, 5)
	for i := 0; i < 3; i++ {
		e.announce(i)
		must(t, e.bidQ(alice, i, 1, 100, 0, 2*time.Second, 1, 1))
		must(t, e.bidQ(bob, i, 1, 150, 0, 2*time.Second, 1, 0))
	}
	e.clk.advance(1100 * time.Millisecond)
	now := e.clk.now()
	e.tick()
	want := []struct {
		who store.Address
		due time.Duration
	}{
		{alice, 2 * time.Second}, // cheapest, as soon as bob
		{bob, 2 * time.Second},   // alice would deliver 2 s later, beyond the patience: bob
		{alice, 4 * time.Second}, // bob holds all he may: queued behind alice's first
	}
	for i, w := range want {
		a := e.seg(i).Award
		if a == nil || a.Prover != w.who || !a.Due.Equal(now.Add(w.due)) {
			t.Fatalf("segment %d: award %+v, want %x due in %s", i, a, w.who, w.due)
		}
		if a.Deadline.Sub(a.At) != e.m.cfg.ProvingTime(segConstraints) || e.seg(i).Attempt != 1 {
			t.Fatalf("segment %d: deadline %s after the award at attempt %d", i, a.Deadline.Sub(a.At), e.seg(i).Attempt)
		}
	}
	if len(e.pub.ann) != 3 {
		t.Fatalf("%d announcements: no segment may be announced again", len(e.pub.ann))
	}
}

// A newcomer declaring a deep queue still holds one award at a time.
func TestNewcomerQueuesNothing(t *testing.T) {
	e := newEnv(t, 3)
	for i := 0; i < 3; i++ {
		e.announce(i)
		must(t, e.bidQ(alice, i, 1, 100, 0, time.Second, 1, 50))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if got := e.awardedTo(alice); len(got) != 1 {
		t.Fatalf("a newcomer declaring a queue of 50 holds %v, want one award", got)
	}
	// The others wait for her; nobody else bid.
	e.clk.advance(500 * time.Millisecond)
	e.tick()
	if got := e.awardedTo(alice); len(got) != 1 || len(e.pub.ann) != 3 {
		t.Fatalf("alice holds %v after %d announcements", got, len(e.pub.ann))
	}
	must(t, e.deliver(alice, 0, "good"))
	if got := e.awardedTo(alice); len(got) != 2 {
		t.Fatalf("after one receipt alice holds %v, want two", got)
	}
}

// The node does not take a prover's promise on trust once it has measured
// it: a queued award that its measured pace would deliver after the
// proving time is not made.
func TestQueueClampedByMeasuredThroughput(t *testing.T) {
	e := newEnv(t, 3)
	e.record(alice, 1)
	e.announce(0)
	must(t, e.bidQ(alice, 0, 1, 100, 0, time.Second, 1, 3))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	e.clk.advance(6 * time.Second) // promised 1 s, took 6 s
	must(t, e.deliver(alice, 0, "good"))
	if r := e.prover(alice).Rate; r < segConstraints/6.01 || r > segConstraints/5.99 {
		t.Fatalf("measured rate %.1f constraints/s, want %d/6", r, segConstraints)
	}
	for i := 1; i < 3; i++ {
		e.announce(i)
		must(t, e.bidQ(alice, i, 1, 100, 0, time.Second, 1, 3))
	}
	e.clk.advance(1100 * time.Millisecond)
	now := e.clk.now()
	e.tick()
	// Segment 1 is due at her measured 6 s; segment 2 would be due at 12 s,
	// past the 10.3 s proving time: it waits.
	if a := e.seg(1).Award; a == nil || a.Prover != alice || !a.Due.Equal(now.Add(6*time.Second)) {
		t.Fatalf("segment 1 award %+v, want alice due in her measured 6 s", a)
	}
	if s := e.seg(2); s.State != store.SegmentAnnounced || s.Attempt != 1 {
		t.Fatalf("segment 2: %s at attempt %d, want waiting", s.State, s.Attempt)
	}
	e.clk.advance(3 * time.Second)
	must(t, e.deliver(alice, 1, "good"))
	if a := e.seg(2).Award; a == nil || a.Prover != alice {
		t.Fatalf("segment 2 award %+v, want alice once her queue has room in the proving time", a)
	}
}

// A segment waits for a busy bidder only while it holds work here: a
// silent newcomer is banned at its leash, and the segment it made wait is
// announced again on that tick.
func TestWaitEndsWithBusyBidder(t *testing.T) {
	e := newEnv(t, 2)
	for i := 0; i < 2; i++ {
		e.announce(i)
		must(t, e.bidQ(alice, i, 1, 100, 0, 2*time.Second, 1, 0))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if e.seg(0).Award == nil || e.seg(1).State != store.SegmentAnnounced {
		t.Fatal("want segment 0 awarded and segment 1 waiting")
	}
	leash := e.m.cfg.Leash(segConstraints, 2*time.Second)
	e.clk.advance(leash)
	e.tick()
	if e.seg(1).Attempt != 1 || len(e.pub.ann) != 2 {
		t.Fatal("announced again while alice still held segment 0 within its deadline")
	}
	e.clk.advance(time.Millisecond)
	e.tick()
	if !e.banned(alice) {
		t.Fatal("alice not banned at her leash")
	}
	if s := e.seg(1); s.State != store.SegmentAnnounced || s.Attempt != 2 {
		t.Fatalf("segment 1: %s at attempt %d once its only bidder was banned, want attempt 2", s.State, s.Attempt)
	}
}

func TestBidStartWithinPromise(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	if err := e.bidQ(alice, 0, 1, 100, 3*time.Second, 2*time.Second, 1, 1); !errors.Is(err, ErrRefused) {
		t.Fatalf("a bid starting after its own delivery: %v", err)
	}
	must(t, e.bidQ(alice, 0, 1, 100, time.Second, 2*time.Second, 1, 1))
	if b := e.seg(0).Bids; len(b) != 1 || b[0].Start != time.Second || b[0].Queue != 1 {
		t.Fatalf("bids %+v", b)
	}
}

// Patience is relative to the proof: a cheaper bid due 300 ms after the
// earliest wins a ten-second segment (within Patience, 500 ms) but not a
// 200 ms one (beyond a quarter of it, PatienceShare), where waiting for
// the cheaper prover would cost more than the proof itself.
func TestPatienceScalesWithTheProof(t *testing.T) {
	for _, tc := range []struct {
		earliest time.Duration
		want     store.Address
	}{
		{10 * time.Second, alice},
		{200 * time.Millisecond, bob},
	} {
		e := newEnv(t, 1)
		e.record(alice, 5)
		e.record(bob, 5)
		e.announce(0)
		must(t, e.bid(alice, 0, 1, 100, tc.earliest+300*time.Millisecond, 1))
		must(t, e.bid(bob, 0, 1, 150, tc.earliest, 1))
		e.clk.advance(1100 * time.Millisecond)
		e.tick()
		if a := e.seg(0).Award; a == nil || a.Prover != tc.want {
			t.Errorf("earliest due in %s: award %+v, want %x", tc.earliest, a, tc.want)
		}
	}
}
