package market

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/zkpool/aoraki/node/store"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/receipt"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

type recorder struct {
	mu     sync.Mutex
	ann    []*pb.SegmentAnnouncement
	awards []*pb.Award
}

func (r *recorder) PublishAnnouncement(_ context.Context, a *pb.SegmentAnnouncement) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ann = append(r.ann, a)
	return nil
}

func (r *recorder) PublishAward(_ context.Context, a *pb.Award) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.awards = append(r.awards, a)
	return nil
}

// sealOf pads a test's seal name to a program seal's length, so that the
// receipt's decoder takes it and only the checker judges it.
func sealOf(name string) []byte {
	s := make([]byte, receipt.SealLen(0))
	copy(s, name)
	return s
}

// sealChecker accepts receipts whose seal is "good" and whose claim matches.
type sealChecker struct{}

func (sealChecker) CheckReceipt(seg *store.Segment, r *receipt.SegmentReceipt) error {
	if !bytes.Equal(r.Seal, sealOf("good")) {
		return errors.New("seal does not verify")
	}
	if r.Claim.StateIn != seg.StateIn || r.Claim.Index != uint32(seg.Index) {
		return errors.New("claim mismatch")
	}
	return nil
}

type env struct {
	t   *testing.T
	st  *store.Store
	m   *Market
	pub *recorder
	clk *clock
	id  store.TaskID
	got []int
	// edit, when set, changes the market's config before each New.
	edit func(*Config)
	// alive, when set, is the market's liveness probe.
	alive func(context.Context, AwardRef) Liveness
}

var (
	alice = store.Address{0xa}
	bob   = store.Address{0xb}
	carol = store.Address{0xc}
)

func newEnv(t *testing.T, segments int) *env {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "node.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e := &env{t: t, st: st, pub: &recorder{}, clk: &clock{t: time.Unix(1_700_000_000, 0)}, id: store.TaskID{0x42}}
	e.m = e.market()
	err = st.Update(func(x *store.Tx) error {
		if err := x.PutTask(&store.Task{ID: e.id, State: store.TaskProving}); err != nil {
			return err
		}
		for i := 0; i < segments; i++ {
			if err := x.PutSegment(&store.Segment{Task: e.id, Index: i, State: store.SegmentPending, StateIn: [32]byte{byte(i)},
				Constraints: 10_000, PriceCap: store.NewWei(big.NewInt(1000))}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) market() *Market {
	cfg := DefaultConfig()
	cfg.BidWindow = time.Second
	cfg.StartShare = 0.5
	cfg.ProvingBase = 10 * time.Second
	// The segments' caps are tiny (1000 wei for 10,000 constraints): a
	// floor of 5000 wei per million constraints makes 50 wei the least bid.
	cfg.MinPricePerMConstraint = big.NewInt(5000)
	// Leashes of 2 × promise + 2 s, below the 10.3 s proving time.
	cfg.NewcomerGrace = 2 * time.Second
	if e.edit != nil {
		e.edit(&cfg)
	}
	opts := []Option{WithClock(e.clk.now), WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
		OnProven(func(_ store.TaskID, i int) { e.got = append(e.got, i) })}
	if e.alive != nil {
		opts = append(opts, WithLiveness(e.alive))
	}
	m, err := New(e.st, e.pub, sealChecker{}, cfg, opts...)
	if err != nil {
		e.t.Fatal(err)
	}
	return m
}

func (e *env) announce(i int) {
	e.t.Helper()
	if err := e.m.AnnounceSegment(context.Background(), e.id, i); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) bid(who store.Address, i, attempt int, price int64, promised time.Duration, capacity uint32) error {
	return e.m.HandleBid(who, &pb.Bid{TaskId: e.id[:], Index: uint32(i), Attempt: uint32(attempt), Price: big.NewInt(price).Bytes(),
		PromisedTime: uint64(promised.Milliseconds()), Capacity: capacity})
}

func (e *env) tick() {
	e.t.Helper()
	if err := e.m.Tick(context.Background()); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) seg(i int) *store.Segment {
	e.t.Helper()
	var s *store.Segment
	e.st.View(func(x *store.Tx) error {
		var err error
		s, err = x.Segment(e.id, i)
		if err != nil {
			e.t.Fatal(err)
		}
		return nil
	})
	return s
}

func (e *env) deliver(who store.Address, i int, seal string) error {
	return e.deliverAs(who, who, i, seal)
}

// deliverAs delivers, from who, a receipt that names named as its prover.
func (e *env) deliverAs(who, named store.Address, i int, seal string) error {
	seg := e.seg(i)
	r := receipt.SegmentReceipt{Claim: receipt.Claim{Family: "f", Index: uint32(i), StateIn: seg.StateIn}, Seal: sealOf(seal), Prover: named}
	b, err := r.MarshalBinary()
	if err != nil {
		e.t.Fatal(err)
	}
	return e.m.HandleReceipt(context.Background(), who, &pb.ReceiptDelivery{TaskId: e.id[:], Index: uint32(i), Attempt: uint32(seg.Attempt), Receipt: b})
}

func (e *env) prover(a store.Address) *store.Prover {
	var p *store.Prover
	e.st.View(func(x *store.Tx) error { p, _ = x.Prover(a); return nil })
	return p
}

func TestAwardsCheapestThenFastest(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	if len(e.pub.ann) != 1 || new(big.Int).SetBytes(e.pub.ann[0].MaxPrice).Int64() != 500 {
		t.Fatalf("first announcement should ask at most half the cap: %+v", e.pub.ann)
	}
	must(t, e.bid(alice, 0, 1, 300, 5*time.Second, 1))
	must(t, e.bid(bob, 0, 1, 200, 9*time.Second, 1))
	must(t, e.bid(carol, 0, 1, 200, 4*time.Second, 1))
	e.tick() // window still open
	if len(e.pub.awards) != 0 {
		t.Fatal("awarded before the bid window closed")
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if len(e.pub.awards) != 1 || store.Address(e.pub.awards[0].Prover) != carol {
		t.Fatalf("award %+v, want carol (cheapest, then fastest)", e.pub.awards)
	}
	if err := e.bid(alice, 0, 1, 100, time.Second, 1); !errors.Is(err, ErrStale) {
		t.Fatalf("late bid: %v", err)
	}
	must(t, e.deliver(carol, 0, "good"))
	if e.seg(0).State != store.SegmentProven || len(e.got) != 1 || e.prover(carol).Proven != 1 {
		t.Fatal("valid receipt not taken")
	}
	// A retry of the same delivery is acknowledged; nobody else's counts.
	must(t, e.deliver(carol, 0, "good"))
	if err := e.deliver(alice, 0, "good"); !errors.Is(err, ErrNotAwarded) {
		t.Fatalf("receipt for a proven segment from another prover: %v", err)
	}
	if e.prover(carol).Proven != 1 || len(e.got) != 1 {
		t.Fatal("a retried delivery was counted twice")
	}
}

func TestBidChecks(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	if err := e.bid(alice, 0, 1, 501, time.Second, 1); !errors.Is(err, ErrRefused) {
		t.Fatalf("bid above max: %v", err)
	}
	if err := e.bid(alice, 0, 2, 100, time.Second, 1); !errors.Is(err, ErrStale) {
		t.Fatalf("bid for a future attempt: %v", err)
	}
	if err := e.bid(alice, 7, 1, 100, time.Second, 1); !errors.Is(err, ErrUnknownSegment) {
		t.Fatalf("bid for an unknown segment: %v", err)
	}
	if err := e.m.HandleBid(alice, &pb.Bid{TaskId: []byte{1}}); !errors.Is(err, ErrUnknownSegment) {
		t.Fatalf("malformed task id: %v", err)
	}
	// A second bid by the same prover replaces the first.
	must(t, e.bid(alice, 0, 1, 400, time.Second, 1))
	must(t, e.bid(alice, 0, 1, 350, time.Second, 1))
	if b := e.seg(0).Bids; len(b) != 1 || b[0].Price.Int64() != 350 {
		t.Fatalf("bids %+v", b)
	}
}

func TestNoBidsReannouncesUpToCap(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	var maxes []int64
	var windows []time.Duration
	for i := 0; i < 5; i++ {
		e.clk.t = e.seg(0).BidDeadline.Add(time.Millisecond)
		e.tick()
	}
	for _, a := range e.pub.ann {
		maxes = append(maxes, new(big.Int).SetBytes(a.MaxPrice).Int64())
	}
	var at time.Time
	for i, a := range e.pub.ann {
		if i == 0 {
			at = e.seg(0).AnnouncedAt
		}
		d := time.UnixMilli(int64(a.BidDeadline))
		windows = append(windows, d.Sub(at))
		at = d.Add(time.Millisecond)
	}
	// Each quiet attempt doubles the next window, up to MaxBidWindow.
	wantW := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 8 * time.Second, 8 * time.Second}
	for i := range wantW {
		if i >= len(windows) || windows[i] != wantW[i] {
			t.Fatalf("bid windows %v, want %v", windows, wantW)
		}
	}
	want := []int64{500, 750, 1000, 1000, 1000, 1000}
	if len(maxes) != len(want) {
		t.Fatalf("announcements %v", maxes)
	}
	for i := range want {
		if maxes[i] != want[i] {
			t.Fatalf("max prices %v, want %v (never above the cap)", maxes, want)
		}
	}
	if e.seg(0).Attempt != 6 {
		t.Fatalf("attempt %d", e.seg(0).Attempt)
	}
}

// TestSlowBidsLandInALongerWindow: on links where a bid comes back 1.5
// windows after its announcement (slow, lossy, through the mesh), every
// bid misses the first attempt; the attempt closes without a bid, the
// next one's window is twice as long, and the bid for it lands and wins.
// The award resets the window.
func TestSlowBidsLandInALongerWindow(t *testing.T) {
	e := newEnv(t, 1)
	const lag = 1500 * time.Millisecond
	e.announce(0)
	e.clk.advance(1001 * time.Millisecond)
	e.tick() // attempt 1 closes quiet: attempt 2, 2 s
	e.clk.advance(lag - 1001*time.Millisecond)
	if err := e.bid(alice, 0, 1, 300, time.Second, 1); !errors.Is(err, ErrStale) {
		t.Fatalf("attempt 1's bid arriving during attempt 2: %v", err)
	}
	if s := e.seg(0); s.Attempt != 2 || s.QuietAttempts != 1 || !s.BidDeadline.Equal(e.clk.now().Add(1001*time.Millisecond-lag+2*time.Second)) {
		t.Fatalf("attempt %d, %d quiet, deadline %v", s.Attempt, s.QuietAttempts, s.BidDeadline.Sub(e.clk.now()))
	}
	e.clk.advance(1001 * time.Millisecond) // attempt 2's bid, lag after its announcement
	must(t, e.bid(alice, 0, 2, 300, time.Second, 1))
	e.clk.t = e.seg(0).BidDeadline.Add(time.Millisecond)
	e.tick()
	if len(e.pub.awards) != 1 || store.Address(e.pub.awards[0].Prover) != alice || e.seg(0).QuietAttempts != 0 {
		t.Fatalf("awards %+v, %d quiet attempts", e.pub.awards, e.seg(0).QuietAttempts)
	}
}

func TestCapacityIsRespected(t *testing.T) {
	e := newEnv(t, 2)
	e.announce(0)
	e.announce(1)
	for i := 0; i < 2; i++ {
		must(t, e.bid(alice, i, 1, 100, time.Second, 1))
		must(t, e.bid(bob, i, 1, 200, time.Second, 1))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if e.seg(0).Award.Prover != alice || e.seg(1).Award.Prover != bob {
		t.Fatalf("awards %x %x: capacity 1 must spread the segments", e.seg(0).Award.Prover, e.seg(1).Award.Prover)
	}
}

func TestMissedDeadlineGoesToNextBidder(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 1))
	must(t, e.bid(bob, 0, 1, 200, time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	e.clk.advance(11 * time.Second)
	e.tick()
	s := e.seg(0)
	if s.Award == nil || s.Award.Prover != bob || e.prover(alice).Failed != 1 {
		t.Fatalf("after a missed deadline: %+v, alice %+v", s.Award, e.prover(alice))
	}
	if err := e.deliver(alice, 0, "good"); !errors.Is(err, ErrNotAwarded) {
		t.Fatalf("late receipt from the excluded prover: %v", err)
	}
	must(t, e.deliver(bob, 0, "good"))
	// Bob's deadline no longer matters once proven.
	e.clk.advance(time.Minute)
	e.tick()
	if e.seg(0).State != store.SegmentProven {
		t.Fatal("a proven segment was re-awarded")
	}
}

func TestInvalidReceiptMovesAwardOn(t *testing.T) {
	e := newEnv(t, 1)
	// Provers with a record: one invalid receipt excludes them from the
	// segment without a ban (a newcomer is banned at once).
	e.record(alice, 3)
	e.record(bob, 3)
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 2))
	must(t, e.bid(bob, 0, 1, 200, time.Second, 2))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if err := e.deliver(alice, 0, "forged"); !errors.Is(err, ErrInvalidReceipt) {
		t.Fatalf("forged seal: %v", err)
	}
	if e.seg(0).Award.Prover != bob || e.prover(alice).Invalid != 1 {
		t.Fatal("invalid receipt did not move the award to the next bidder")
	}
	if err := e.deliver(carol, 0, "good"); !errors.Is(err, ErrNotAwarded) {
		t.Fatalf("unawarded prover: %v", err)
	}
	if err := e.deliver(bob, 0, "forged"); !errors.Is(err, ErrInvalidReceipt) {
		t.Fatal("bob's forged receipt accepted")
	}
	// Nobody eligible is left: the segment is announced again, and the
	// provers who failed it may not bid on it.
	if s := e.seg(0); s.State != store.SegmentAnnounced || s.Attempt != 2 {
		t.Fatalf("segment after two invalid receipts: %s attempt %d", s.State, s.Attempt)
	}
	if err := e.bid(alice, 0, 2, 100, time.Second, 1); !errors.Is(err, ErrRefused) {
		t.Fatalf("excluded prover bid again: %v", err)
	}
	if e.clk.now().Before(e.prover(alice).BannedUntil) {
		t.Fatal("one invalid receipt banned a prover with a record")
	}
}

// TestMalformedReceiptMovesAwardOn: a receipt that does not even decode
// (the trust review's 196-byte seal whose commitment count is 2^32−1,
// garbage) from the prover holding the award is an invalid receipt: the
// prover is penalised and the award moves to the next bidder at once.
// Before, it was refused with no penalty and the segment waited for the
// award's deadline (chaos prover-hostile-seal); from anyone else it is
// still refused without touching the award.
func TestMalformedReceiptMovesAwardOn(t *testing.T) {
	hostile := make([]byte, 196)
	binary.BigEndian.PutUint32(hostile[128:], 0xFFFFFFFF)
	e := newEnv(t, 1)
	e.record(alice, 3)
	e.record(bob, 3)
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 2))
	must(t, e.bid(bob, 0, 1, 200, time.Second, 2))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	deliver := func(who store.Address, seal []byte) error {
		seg := e.seg(0)
		r := receipt.SegmentReceipt{Claim: receipt.Claim{Family: "f", Index: 0, StateIn: seg.StateIn}, Seal: seal, Prover: who}
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return e.m.HandleReceipt(context.Background(), who, &pb.ReceiptDelivery{TaskId: e.id[:], Index: 0, Attempt: uint32(seg.Attempt), Receipt: b})
	}
	if err := deliver(carol, hostile); !errors.Is(err, ErrInvalidReceipt) && !errors.Is(err, ErrNotAwarded) {
		t.Fatalf("hostile seal from a stranger: %v", err)
	}
	if e.seg(0).Award.Prover != alice || e.prover(carol) != nil && e.prover(carol).Invalid != 0 {
		t.Fatal("a stranger's malformed receipt touched the award")
	}
	if err := deliver(alice, hostile); !errors.Is(err, ErrInvalidReceipt) {
		t.Fatalf("hostile seal: %v", err)
	}
	if e.seg(0).Award.Prover != bob || e.prover(alice).Invalid != 1 {
		t.Fatal("a malformed receipt did not move the award to the next bidder")
	}
	err := e.m.HandleReceipt(context.Background(), bob, &pb.ReceiptDelivery{TaskId: e.id[:], Index: 0, Attempt: uint32(e.seg(0).Attempt), Receipt: []byte("garbage")})
	if !errors.Is(err, ErrInvalidReceipt) || e.prover(bob).Invalid != 1 {
		t.Fatalf("garbage receipt: %v, bob invalid %d", err, e.prover(bob).Invalid)
	}
}

func TestReceiptMustNameItsDeliverer(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if err := e.deliverAs(alice, bob, 0, "good"); !errors.Is(err, ErrInvalidReceipt) {
		t.Fatalf("receipt naming another prover: %v", err)
	}
}

func TestBanAfterRepeatedInvalid(t *testing.T) {
	e := newEnv(t, 2)
	e.record(alice, 5) // a newcomer would be banned at once, and hold one award only
	for i := 0; i < 2; i++ {
		e.announce(i)
		must(t, e.bid(alice, i, 1, 100, time.Second, 2))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	for i := 0; i < 2; i++ {
		if err := e.deliver(alice, i, "forged"); !errors.Is(err, ErrInvalidReceipt) {
			t.Fatal(err)
		}
		if banned := e.clk.now().Before(e.prover(alice).BannedUntil); banned != (i == 1) {
			t.Fatalf("after %d invalid receipts: banned %v", i+1, banned)
		}
	}
	if !e.clk.now().Before(e.prover(alice).BannedUntil) {
		t.Fatal("two invalid receipts did not ban the prover")
	}
	// Banned: its bids on any segment are refused.
	a := e.seg(0).Attempt
	if err := e.bid(alice, 0, a, 100, time.Second, 1); !errors.Is(err, ErrRefused) {
		t.Fatalf("banned prover's bid: %v", err)
	}
}

func TestRestartKeepsMarketState(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 1))
	e.m = e.market() // a restarted node builds a new market on the same store
	e.announce(0)    // replaying the announcement is harmless
	if len(e.pub.ann) != 1 {
		t.Fatal("a replayed announcement opened a new attempt")
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if e.seg(0).Award == nil || e.seg(0).Award.Prover != alice {
		t.Fatal("bid lost across restart")
	}
}

// record gives a a standing of proven valid receipts delivered.
func (e *env) record(a store.Address, proven int) {
	e.t.Helper()
	must(e.t, e.st.Update(func(x *store.Tx) error {
		p, err := x.Prover(a)
		if err != nil {
			return err
		}
		p.Proven = proven
		return x.PutProver(p)
	}))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
