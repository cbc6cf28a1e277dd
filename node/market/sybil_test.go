package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zkpool/aoraki/node/store"
)

// Tests of the market against cheap identities: the bid floor, the
// newcomer's capacity, leash and ban, and the delay that any number of
// silent identities (they bid, win, never deliver) can cost a segment.

const segConstraints = 10_000 // every env segment's size

func (e *env) awardedTo(a store.Address) []int {
	e.t.Helper()
	var out []int
	e.st.View(func(x *store.Tx) error {
		segs, err := x.Segments(e.id)
		if err != nil {
			e.t.Fatal(err)
		}
		for _, s := range segs {
			if s.State == store.SegmentAwarded && s.Award != nil && s.Award.Prover == a {
				out = append(out, s.Index)
			}
		}
		return nil
	})
	return out
}

func (e *env) banned(a store.Address) bool { return e.clk.now().Before(e.prover(a).BannedUntil) }

func TestBidFloor(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	if got := e.m.cfg.MinPrice(segConstraints); got.Int64() != 50 {
		t.Fatalf("floor for %d constraints: %s wei, want 50", segConstraints, got)
	}
	for _, price := range []int64{0, 1, 49} {
		if err := e.bid(alice, 0, 1, price, time.Second, 1); !errors.Is(err, ErrRefused) {
			t.Fatalf("bid of %d wei under the floor: %v", price, err)
		}
	}
	if len(e.seg(0).Bids) != 0 {
		t.Fatal("a refused bid was stored")
	}
	must(t, e.bid(alice, 0, 1, 50, time.Second, 1))
	// A promise beyond the announced proving time is no promise.
	if err := e.bid(bob, 0, 1, 100, e.m.cfg.ProvingTime(segConstraints)+time.Millisecond, 1); !errors.Is(err, ErrRefused) {
		t.Fatalf("bid promising more than the proving time: %v", err)
	}
	// The floor rounds up: 1 wei per million constraints still asks 1 wei
	// of a one-constraint segment.
	cfg := DefaultConfig()
	cfg.MinPricePerMConstraint = big.NewInt(1)
	if got := cfg.MinPrice(1); got.Int64() != 1 {
		t.Fatalf("floor rounds down to %s", got)
	}
	if DefaultConfig().MinPricePerMConstraint.Sign() <= 0 {
		t.Fatal("the default config takes 0-wei bids")
	}
}

func TestNewcomerCapacityClamp(t *testing.T) {
	e := newEnv(t, 4)
	for i := 0; i < 4; i++ {
		e.announce(i)
		must(t, e.bid(alice, i, 1, 100, time.Second, 100))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if got := e.awardedTo(alice); len(got) != 1 {
		t.Fatalf("a newcomer declaring capacity 100 holds %v, want one award", got)
	}
	// The others wait for her (she bid, and is only busy): no new attempt.
	for i := 1; i < 4; i++ {
		if s := e.seg(i); s.State != store.SegmentAnnounced || s.Attempt != 1 {
			t.Fatalf("segment %d: %s at attempt %d, want waiting at attempt 1", i, s.State, s.Attempt)
		}
	}
	if len(e.pub.ann) != 4 {
		t.Fatalf("%d announcements, want the first 4 only", len(e.pub.ann))
	}
	must(t, e.deliver(alice, 0, "good"))
	// With one receipt delivered, alice may hold two, and gets them at
	// once, in the first attempt.
	if got := e.awardedTo(alice); len(got) != 2 || e.seg(3).State != store.SegmentAnnounced {
		t.Fatalf("after one valid receipt alice holds %v, want two awards", got)
	}
	e.clk.advance(50 * time.Millisecond)
	e.tick()
	if got := e.awardedTo(alice); len(got) != 2 {
		t.Fatalf("a tick later alice holds %v, want two awards", got)
	}
	must(t, e.deliver(alice, 1, "good"))
	if got := e.awardedTo(alice); len(got) != 2 || e.seg(3).Attempt != 1 {
		t.Fatalf("after two valid receipts alice holds %v, want two (segments 2 and 3, attempt 1)", got)
	}
}

func TestNewcomerLeash(t *testing.T) {
	e := newEnv(t, 3)
	e.record(carol, 1)
	full := e.m.cfg.ProvingTime(segConstraints) // 10.3 s
	bids := []struct {
		who      store.Address
		promised time.Duration
		want     time.Duration
	}{
		{alice, 3 * time.Second, 8 * time.Second}, // newcomer: 2 × 3 s + 2 s
		{bob, 5 * time.Second, full},              // newcomer, 12 s: never beyond the proving time
		{carol, time.Second, full},                // a record: the full proving time
	}
	for i, b := range bids {
		e.announce(i)
		must(t, e.bid(b.who, i, 1, 100, b.promised, 1))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	for i, b := range bids {
		a := e.seg(i).Award
		if a == nil || a.Prover != b.who || a.Deadline.Sub(a.At) != b.want {
			t.Fatalf("segment %d award %+v, want a deadline of %s", i, a, b.want)
		}
		if pub := e.pub.awards[i]; !time.UnixMilli(int64(pub.Deadline)).Equal(a.Deadline) {
			t.Fatalf("published deadline %d, stored %s", pub.Deadline, a.Deadline)
		}
	}
	// Alice is found out at her leash and banned at her first miss; bob
	// still has time.
	e.clk.advance(8*time.Second + time.Millisecond)
	e.tick()
	if p := e.prover(alice); p.Failed != 1 || !e.banned(alice) {
		t.Fatalf("a newcomer past its leash: %+v", p)
	}
	if e.seg(0).State != store.SegmentAnnounced || e.seg(1).Award == nil || e.seg(1).Award.Prover != bob {
		t.Fatal("the leash of one newcomer moved another's award")
	}
}

func TestBanAfterMisses(t *testing.T) {
	e := newEnv(t, 2)
	e.record(alice, 5)
	for i := 0; i < 2; i++ {
		e.announce(i)
		must(t, e.bid(alice, i, 1, 100, time.Second, 1))
		e.clk.advance(1100 * time.Millisecond)
		e.tick()
		if a := e.seg(i).Award; a == nil || a.Prover != alice {
			t.Fatalf("segment %d not awarded to alice", i)
		}
		e.clk.advance(e.m.cfg.ProvingTime(segConstraints) + time.Millisecond)
		e.tick()
		p := e.prover(alice)
		if p.Failed != i+1 || e.banned(alice) != (i == 1) {
			t.Fatalf("after %d missed deadlines: %+v, banned %v (want a ban at the %d-th)", i+1, p, e.banned(alice), e.m.cfg.BanAfter)
		}
	}
	if err := e.bid(alice, 0, e.seg(0).Attempt, 100, time.Second, 1); !errors.Is(err, ErrRefused) {
		t.Fatalf("a banned prover's bid: %v", err)
	}
}

func TestNewcomerBannedAtFirstInvalid(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if err := e.deliver(alice, 0, "forged"); !errors.Is(err, ErrInvalidReceipt) {
		t.Fatal(err)
	}
	if p := e.prover(alice); p.Invalid != 1 || !e.banned(alice) {
		t.Fatalf("a newcomer's invalid receipt: %+v", p)
	}
}

// A newcomer displaces a prover with a record only by being cheaper and no
// slower, and at most once per segment.
func TestNewcomerDisplacesRecordOnce(t *testing.T) {
	e := newEnv(t, 2)
	e.record(carol, 4)
	for i := 0; i < 2; i++ {
		e.announce(i)
		must(t, e.bid(carol, i, 1, 200, 2*time.Second, 2))
	}
	must(t, e.bid(alice, 0, 1, 100, 3*time.Second, 1)) // cheaper, slower than carol
	must(t, e.bid(bob, 1, 1, 100, 2*time.Second, 1))   // cheaper, as fast
	dave := store.Address{0xd}
	must(t, e.bid(dave, 1, 1, 90, time.Second, 1)) // cheapest, faster
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if a := e.seg(0).Award; a == nil || a.Prover != carol {
		t.Fatalf("segment 0 went to %+v: a slower newcomer displaced a prover with a record", a)
	}
	if a := e.seg(1).Award; a == nil || a.Prover != dave || a.Deadline.Sub(a.At) != 4*time.Second {
		t.Fatalf("segment 1 award %+v, want dave on a 4 s leash", a)
	}
	// Dave is silent: at his leash the segment goes to carol, not to bob,
	// another newcomer of the same attempt.
	e.clk.advance(4*time.Second + time.Millisecond)
	e.tick()
	if a := e.seg(1).Award; a == nil || a.Prover != carol {
		t.Fatalf("after a newcomer failed, segment 1 went to %+v, want carol", a)
	}
	if !e.banned(dave) || e.banned(bob) {
		t.Fatal("wrong bans")
	}
}

// After a newcomer failed a segment, a prover with a record that bid but is
// busy makes the segment wait for it rather than go to the next newcomer;
// when no prover with a record may take it, newcomers win.
func TestNewcomerFailedSegmentWaitsForRecord(t *testing.T) {
	e := newEnv(t, 2)
	e.record(carol, 4)
	dave := store.Address{0xd}
	e.announce(0)
	e.announce(1)
	must(t, e.bid(carol, 0, 1, 200, 2*time.Second, 1))
	must(t, e.bid(carol, 1, 1, 200, 2*time.Second, 1))
	must(t, e.bid(bob, 1, 1, 100, 2*time.Second, 1))
	must(t, e.bid(dave, 1, 1, 100, 2*time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if e.seg(0).Award.Prover != carol || e.seg(1).Award.Prover != bob {
		t.Fatalf("awards %x %x, want carol then bob (carol holds her one slot)", e.seg(0).Award.Prover, e.seg(1).Award.Prover)
	}
	e.clk.advance(6*time.Second + time.Millisecond)
	e.tick()
	if s := e.seg(1); s.State != store.SegmentAnnounced || s.Attempt != 1 || s.Award != nil || !s.NewcomerFailed {
		t.Fatalf("segment 1 after bob's miss: %s attempt %d award %+v: it must wait for carol, not go to dave", s.State, s.Attempt, s.Award)
	}
	must(t, e.deliver(carol, 0, "good"))
	if a := e.seg(1).Award; a == nil || a.Prover != carol || e.seg(1).Attempt != 1 {
		t.Fatalf("once carol delivered, segment 1 award %+v, want carol at attempt 1", a)
	}

	// No prover with a record may take it (carol is banned): after a
	// newcomer failed it, the next newcomer of the attempt wins.
	e = newEnv(t, 1)
	e.record(carol, 4)
	e.announce(0)
	must(t, e.bid(carol, 0, 1, 200, 2*time.Second, 1))
	must(t, e.bid(bob, 0, 1, 100, 2*time.Second, 1))
	must(t, e.bid(dave, 0, 1, 100, 2*time.Second, 1))
	must(t, e.st.Update(func(x *store.Tx) error {
		p, err := x.Prover(carol)
		if err != nil {
			return err
		}
		p.BannedUntil = e.clk.now().Add(time.Hour)
		return x.PutProver(p)
	}))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if a := e.seg(0).Award; a == nil || a.Prover != bob {
		t.Fatalf("award %+v, want bob", a)
	}
	e.clk.advance(6*time.Second + time.Millisecond)
	e.tick()
	if a := e.seg(0).Award; a == nil || a.Prover != dave || e.seg(0).Attempt != 1 {
		t.Fatalf("with no prover with a record able to take it: award %+v, want dave", a)
	}
}

func TestMaxNewcomerBids(t *testing.T) {
	e := newEnv(t, 1)
	e.edit = func(c *Config) { c.MaxNewcomerBids = 2 }
	e.m = e.market()
	e.record(carol, 1)
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 1))
	must(t, e.bid(bob, 0, 1, 100, time.Second, 1))
	if err := e.bid(store.Address{0xd}, 0, 1, 60, time.Second, 1); !errors.Is(err, ErrRefused) {
		t.Fatalf("a third newcomer's bid with room for two: %v", err)
	}
	must(t, e.bid(alice, 0, 1, 90, time.Second, 1)) // a newcomer may still change its bid
	must(t, e.bid(carol, 0, 1, 200, time.Second, 1))
	if n := len(e.seg(0).Bids); n != 3 {
		t.Fatalf("%d bids kept, want 3", n)
	}
}

// party is a bidder of the Sybil simulations.
type party struct {
	addr     store.Address
	price    int64
	promised time.Duration
	capacity uint32
	honest   bool // delivers a valid receipt as soon as awarded; else silent
}

// sybilRun is what a simulation saw.
type sybilRun struct {
	// honestAt is, per segment, the time from its announcement to its
	// first award to an honest party.
	honestAt []time.Duration
	// sybilAwards is, per segment, how many awards silent parties got.
	sybilAwards []int
	// attempts is, per segment, how many attempts it took.
	attempts []int
	// awardsOf counts each silent party's awards.
	awardsOf map[store.Address]int
}

// simulate announces every segment of e at once, lets every party bid on
// every attempt, and drives the clock in steps of step through Tick until
// every segment is proven (or limit passes). It checks at every step that
// no silent party holds more than one award, and that a silent party that
// lost its award is banned with one miss.
func simulate(t *testing.T, e *env, segments int, parties []party, step, limit time.Duration) sybilRun {
	t.Helper()
	run := sybilRun{honestAt: make([]time.Duration, segments), sybilAwards: make([]int, segments), attempts: make([]int, segments),
		awardsOf: map[store.Address]int{}}
	for i := range run.honestAt {
		run.honestAt[i] = -1
	}
	start := e.clk.now()
	for i := 0; i < segments; i++ {
		e.announce(i)
	}
	bidOn := map[[2]int]bool{}
	seen := map[string]bool{}
	holding := map[store.Address]int{} // silent party → segment it holds
	byAddr := map[store.Address]party{}
	for _, p := range parties {
		byAddr[p.addr] = p
	}
	for e.clk.now().Sub(start) < limit {
		proven := 0
		for i := 0; i < segments; i++ {
			s := e.seg(i)
			if s.State == store.SegmentProven {
				proven++
			}
			if s.State != store.SegmentAnnounced || bidOn[[2]int{i, s.Attempt}] {
				continue
			}
			bidOn[[2]int{i, s.Attempt}] = true
			for _, p := range parties {
				err := e.bid(p.addr, i, s.Attempt, p.price, p.promised, p.capacity)
				if err != nil && (p.honest || !errors.Is(err, ErrRefused)) {
					t.Fatalf("segment %d attempt %d: bid of %x: %v", i, s.Attempt, p.addr, err)
				}
			}
		}
		if proven == segments {
			return run
		}
		e.clk.advance(step)
		e.tick()
		held := map[store.Address]int{}
		for i := 0; i < segments; i++ {
			s := e.seg(i)
			run.attempts[i] = s.Attempt
			if s.State != store.SegmentAwarded {
				continue
			}
			a := s.Award
			held[a.Prover]++
			key := fmt.Sprintf("%d/%d/%x/%d", i, s.Attempt, a.Prover, a.At.UnixNano())
			if seen[key] {
				continue
			}
			seen[key] = true
			p, ok := byAddr[a.Prover]
			if !ok {
				t.Fatalf("segment %d awarded to a stranger %x", i, a.Prover)
			}
			if p.honest {
				if run.honestAt[i] < 0 {
					run.honestAt[i] = a.At.Sub(start)
				}
				must(t, e.deliver(p.addr, i, "good"))
				continue
			}
			run.sybilAwards[i]++
			run.awardsOf[a.Prover]++
			if run.awardsOf[a.Prover] > 1 {
				t.Fatalf("silent %x won a second award (segment %d) after its first", a.Prover, i)
			}
		}
		for a, n := range held {
			if !byAddr[a].honest && n > 1 {
				t.Fatalf("silent %x holds %d awards at once", a, n)
			}
		}
		for a := range holding {
			if held[a] == 0 {
				if p := e.prover(a); p.Failed != 1 || !e.banned(a) {
					t.Fatalf("silent %x lost its award but is not banned with one miss: %+v", a, p)
				}
				delete(holding, a)
			}
		}
		for a, n := range held {
			if n > 0 && !byAddr[a].honest {
				holding[a] = 1
			}
		}
	}
	t.Fatalf("not every segment proven within %s", limit)
	return run
}

func sybils(n int, price int64, promised time.Duration) []party {
	out := make([]party, n)
	for i := range out {
		out[i] = party{addr: store.Address{0x5b, byte(i >> 8), byte(i)}, price: price, promised: promised, capacity: 100}
	}
	return out
}

// N fresh silent identities bid the floor price against an honest prover
// with a record, on every segment of an 8-segment task. Whatever N, and
// whatever the identities promise, each segment goes to the honest prover
// at most one newcomer leash after its bid window:
// BidWindow + min(ProvingTime, 2 × P + NewcomerGrace) + 2 ticks, where P is
// the honest prover's promise (a newcomer that promises more than the
// prover with a record it would displace does not win).
func TestSilentSybilsCostBoundedDelay(t *testing.T) {
	const segments = 8
	const step = 50 * time.Millisecond // the node's tick
	for _, n := range []int{1, 10, 30} {
		for _, slow := range []bool{false, true} {
			t.Run(fmt.Sprintf("%d sybils slow %v", n, slow), func(t *testing.T) {
				e := newEnv(t, segments)
				honest := party{addr: carol, price: 100, promised: 2 * time.Second, capacity: segments, honest: true}
				e.record(carol, segments)
				cfg := e.m.cfg
				// Sybils ask the least the market takes (they asked 0 wei
				// before the floor) and promise either as fast as the honest
				// prover (the slowest promise that can win) or the whole
				// proving time (the longest leash a newcomer can get).
				promised, want := honest.promised, min(n, segments)
				if slow {
					promised, want = cfg.ProvingTime(segConstraints), 0
				}
				parties := append(sybils(n, cfg.MinPrice(segConstraints).Int64(), promised), honest)
				bound := cfg.BidWindow + cfg.Leash(segConstraints, honest.promised) + 2*step
				run := simulate(t, e, segments, parties, step, 10*time.Minute)
				var worst time.Duration
				stalled := 0
				for i := 0; i < segments; i++ {
					if run.honestAt[i] > bound {
						t.Errorf("segment %d reached the honest prover after %s, bound %s", i, run.honestAt[i], bound)
					}
					if run.sybilAwards[i] > 1 {
						t.Errorf("segment %d was stalled by %d silent identities, want at most one", i, run.sybilAwards[i])
					}
					worst = max(worst, run.honestAt[i])
					stalled += run.sybilAwards[i]
				}
				// The attack ran as designed: the cheaper Sybils won where
				// they could.
				if stalled != want {
					t.Errorf("%d segments stalled by Sybils, want %d", stalled, want)
				}
				t.Logf("N=%d: worst delay to the honest prover %s (bound %s); %d Sybil awards", n, worst, bound, stalled)
			})
		}
	}
}

// With no prover with a record anywhere, every silent identity stalls at
// most one award in total: it holds one award at a time, and its first
// miss bans it. A newcomer wins only with the attempt's fastest promise, so
// while an honest newcomer promising P bids, each identity's leash is at
// most min(ProvingTime, 2 × P + NewcomerGrace): a segment that N of them bid
// on reaches the honest newcomer within BidWindow + tick + N × (that leash
// + tick), whatever they promise, the identities tried one after another in
// the same attempt.
func TestSilentSybilsOnlyNewcomers(t *testing.T) {
	const step = 50 * time.Millisecond
	const n = 30
	for _, slow := range []bool{false, true} {
		t.Run(fmt.Sprintf("one segment slow %v", slow), func(t *testing.T) {
			e := newEnv(t, 1)
			cfg := e.m.cfg
			honest := party{addr: carol, price: 100, promised: 2 * time.Second, capacity: 1, honest: true}
			promised, want := honest.promised, n
			if slow {
				promised, want = cfg.ProvingTime(segConstraints), 0
			}
			parties := append(sybils(n, cfg.MinPrice(segConstraints).Int64(), promised), honest)
			leash := cfg.Leash(segConstraints, honest.promised)
			bound := cfg.BidWindow + step + n*(leash+step)
			run := simulate(t, e, 1, parties, step, 10*time.Minute)
			if run.honestAt[0] > bound {
				t.Fatalf("the honest newcomer got the segment after %s, bound %s", run.honestAt[0], bound)
			}
			if run.sybilAwards[0] != want || len(run.awardsOf) != want || run.attempts[0] != 1 {
				t.Fatalf("%d Sybil awards by %d identities in %d attempts, want %d, each once, in one attempt",
					run.sybilAwards[0], len(run.awardsOf), run.attempts[0], want)
			}
			t.Logf("one segment, N=%d: honest award after %s (bound %s)", n, run.honestAt[0], bound)
		})
	}
	t.Run("eight segments", func(t *testing.T) {
		const segments = 8
		e := newEnv(t, segments)
		cfg := e.m.cfg
		honest := party{addr: carol, price: 100, promised: 2 * time.Second, capacity: segments, honest: true}
		parties := append(sybils(n, cfg.MinPrice(segConstraints).Int64(), honest.promised), honest)
		leash := cfg.Leash(segConstraints, honest.promised)
		run := simulate(t, e, segments, parties, step, 10*time.Minute)
		total := 0
		var worst time.Duration
		for i := 0; i < segments; i++ {
			total += run.sybilAwards[i]
			// A segment is either in a bid window or held: held by Sybils
			// k times (each at most a leash), the rest bid windows.
			bound := time.Duration(run.attempts[i])*(cfg.BidWindow+step) + time.Duration(run.sybilAwards[i])*(leash+step)
			if run.honestAt[i] > bound {
				t.Errorf("segment %d: honest award after %s, bound %s", i, run.honestAt[i], bound)
			}
			worst = max(worst, run.honestAt[i])
		}
		if total != n {
			t.Fatalf("%d Sybil awards in all, want %d: each identity stalls exactly one award", total, n)
		}
		// Here the N awards spread evenly, ⌈N/segments⌉ leashes a segment;
		// the honest newcomer's capacity (1 + its receipts) doubles with
		// each round of deliveries, so it takes at most ⌈log2 segments⌉ = 3
		// more bid windows to hold every segment.
		limit := cfg.BidWindow + step + time.Duration((n+segments-1)/segments)*(leash+step) + 3*(cfg.BidWindow+step)
		if worst > limit {
			t.Fatalf("last segment reached the honest newcomer after %s, want within %s", worst, limit)
		}
		t.Logf("8 segments, N=%d: last honest award after %s (limit %s), attempts %v", n, worst, limit, run.attempts)
	})
}

// A deadline that passed while the node was down is no proof of silence:
// the prover loses the segment but is neither banned nor counted.
func TestRestartDoesNotBlameMisses(t *testing.T) {
	e := newEnv(t, 1)
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 1))
	must(t, e.bid(bob, 0, 1, 200, time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	e.clk.advance(time.Minute) // the node is down past alice's deadline
	e.m = e.market()
	e.tick()
	if a := e.seg(0).Award; a == nil || a.Prover != bob {
		t.Fatalf("after the restart: award %+v, want bob", a)
	}
	if p := e.prover(alice); p.Failed != 0 || e.banned(alice) {
		t.Fatalf("a miss during the node's downtime was held against alice: %+v", p)
	}
	// Awards made after the restart are held to their deadlines again.
	e.clk.advance(e.m.cfg.ProvingTime(segConstraints) + time.Millisecond)
	e.tick()
	if p := e.prover(bob); p.Failed != 1 || !e.banned(bob) {
		t.Fatalf("bob, a newcomer, missed a deadline set after the restart: %+v", p)
	}
}

// TestUnreachableProverNotBannedAtOnce: a newcomer that does not answer
// the node when its deadline passes (a cut link, or the node cut off: the
// chaos suite's partition-node; or gone) is not banned: the segment moves
// on and the miss counts as unreachable, not as a failure. A newcomer that
// answers and misses is banned at once, as before; one that did not answer
// right after its award (which it may never have received) is not, even if
// it answers later. UnreachableBanAfter unreachable misses ban.
func TestUnreachableProverNotBannedAtOnce(t *testing.T) {
	e := newEnv(t, 4)
	down := map[store.Address]bool{}
	var n atomic.Int32 // the market asks from goroutines of its own
	asked := func() int { return int(n.Load()) }
	e.alive = func(_ context.Context, a AwardRef) Liveness { n.Add(1); return answers(!down[a.Prover]) }
	e.m = e.market()
	dave := store.Address{0xd}
	for i, who := range []store.Address{alice, bob, carol, dave} {
		e.announce(i)
		must(t, e.bid(who, i, 1, 100, time.Second, 1))
	}
	// Dave is cut off when the award is published, and back at its
	// deadline.
	down[dave] = true
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if a := e.seg(3).Award; a == nil || !a.Unconfirmed || e.seg(0).Award.Unconfirmed || asked() != 4 {
		t.Fatalf("dave's award %+v, %d asked: want it unconfirmed, alice's confirmed, 4 asked", a, asked())
	}
	down = map[store.Address]bool{alice: true, bob: true}
	e.clk.advance(e.seg(0).Award.Deadline.Sub(e.clk.now()) + time.Millisecond)
	e.tick()
	if asked() != 7 {
		t.Fatalf("asked %d times, want 3 more at the deadlines (dave's unconfirmed award needs no answer)", asked())
	}
	for i, who := range []store.Address{alice, bob, dave} {
		s := e.seg(i)
		if i == 2 {
			s = e.seg(3)
		}
		if p := e.prover(who); p.Failed != 0 || p.Unreachable != 1 || e.banned(who) || !contains(s.Excluded, who) || !s.NewcomerFailed {
			t.Fatalf("%x, unreachable at its deadline or its award: prover %+v, segment %+v", who[:1], p, s)
		}
	}
	if p := e.prover(carol); p.Failed != 1 || !e.banned(carol) {
		t.Fatalf("carol answered and missed her leash: %+v, want banned", p)
	}
	// Alice's late receipt finds her award gone.
	if err := e.deliver(alice, 0, "good"); !errors.Is(err, ErrNotAwarded) {
		t.Fatalf("a receipt for an award moved on: %v", err)
	}
	// A prover that keeps making itself unreachable is banned at the
	// UnreachableBanAfter-th such miss.
	e.st.Update(func(x *store.Tx) error {
		p, _ := x.Prover(bob)
		p.Unreachable = UnreachableBanAfter - 1
		return x.PutProver(p)
	})
	e.announce(2)
	must(t, e.bid(bob, 2, e.seg(2).Attempt, 100, time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if a := e.seg(2).Award; a == nil || a.Prover != bob || !a.Unconfirmed {
		t.Fatalf("segment 2 award %+v, want bob's, unconfirmed", a)
	}
	e.clk.advance(e.m.cfg.ProvingTime(segConstraints) + time.Millisecond)
	e.tick()
	if p := e.prover(bob); p.Unreachable != UnreachableBanAfter || !e.banned(bob) {
		t.Fatalf("bob's %d-th unreachable miss: %+v, want banned", UnreachableBanAfter, p)
	}
}

// TestNodeCutOffBlamesNoOne: when no prover answers the node, neither
// right after their awards nor at their deadlines, the node is the one cut
// off (the chaos suite's partition-node): the segments move on and no
// prover's record changes, however often it happens. One prover's answer
// ends it: the next prover that does not answer is counted again.
func TestNodeCutOffBlamesNoOne(t *testing.T) {
	e := newEnv(t, 4)
	cut := true
	e.alive = func(_ context.Context, a AwardRef) Liveness { return answers(!cut) }
	e.m = e.market()
	for round := 0; round < UnreachableBanAfter+1; round++ {
		var who []store.Address
		for i := 0; i < 4; i++ {
			w := store.Address{0x40, byte(round), byte(i)}
			who = append(who, w)
			e.announce(i)
			must(t, e.bid(w, i, e.seg(i).Attempt, 100, time.Second, 1))
		}
		e.clk.advance(1100 * time.Millisecond)
		e.tick()
		e.clk.advance(e.m.cfg.ProvingTime(segConstraints) + time.Millisecond)
		e.tick()
		for i, w := range who {
			if p := e.prover(w); p.Unreachable != 0 || p.Failed != 0 || e.banned(w) || !e.seg(i).NewcomerFailed || !contains(e.seg(i).Excluded, w) {
				t.Fatalf("round %d: %x, cut off from a cut-off node: %+v, segment %+v", round, w[:3], p, e.seg(i))
			}
		}
	}
	// Carol answers, so the node is not cut off: Bob, who does not, is
	// counted.
	cut = false
	e.alive = func(_ context.Context, a AwardRef) Liveness { return answers(a.Prover != bob) }
	e.m = e.market()
	e.announce(0)
	must(t, e.bid(bob, 0, e.seg(0).Attempt, 100, time.Second, 1))
	e.announce(1)
	must(t, e.bid(carol, 1, e.seg(1).Attempt, 100, time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	e.clk.advance(e.m.cfg.ProvingTime(segConstraints) + time.Millisecond)
	e.tick()
	if p := e.prover(bob); p.Unreachable != 1 || p.Failed != 0 {
		t.Fatalf("bob, unreachable from a node that hears carol: %+v", p)
	}
}

// answers is Holds for a prover that answers, Silent for one that does not.
func answers(ok bool) Liveness {
	if ok {
		return Holds
	}
	return Silent
}

// TestProverWithoutItsAwardIsNotBlamed: a prover that answers at its
// deadline that it does not hold the award (gossip lost it, or its witness
// never came: the chaos suite's partition-node after the heal) is counted
// as unreachable, not banned as a newcomer that took the award and missed;
// one that says it holds it and missed is banned at once, as before.
func TestProverWithoutItsAwardIsNotBlamed(t *testing.T) {
	e := newEnv(t, 2)
	e.alive = func(_ context.Context, a AwardRef) Liveness {
		if a.Prover == alice && e.seg(0).Award != nil && e.clk.now().After(e.seg(0).Award.Deadline) {
			return Lacks
		}
		return Holds
	}
	e.m = e.market()
	for i, who := range []store.Address{alice, bob} {
		e.announce(i)
		must(t, e.bid(who, i, 1, 100, time.Second, 1))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if e.seg(0).Award == nil || e.seg(0).Award.Unconfirmed || e.seg(1).Award == nil {
		t.Fatalf("awards %+v, %+v: want both made and confirmed", e.seg(0).Award, e.seg(1).Award)
	}
	e.clk.advance(e.seg(0).Award.Deadline.Sub(e.clk.now()) + time.Millisecond)
	e.tick()
	if p := e.prover(alice); p.Failed != 0 || p.Unreachable != 1 || e.banned(alice) || !contains(e.seg(0).Excluded, alice) {
		t.Fatalf("alice, without her award at its deadline: %+v, segment %+v; want unreachable once, not banned", p, e.seg(0))
	}
	if p := e.prover(bob); p.Failed != 1 || !e.banned(bob) {
		t.Fatalf("bob held his award and missed his leash: %+v, want banned", p)
	}
}

// TestNodeCutOffWhileAwardRanBlamesNoOne: a node that looked cut off from
// its provers while an award ran (no prover answered two liveness rounds)
// holds no miss of that award against its prover once the cut heals, even
// one whose prover answers that it holds the award (its witness fetch was
// held back by the cut); an award made after the heal is held to its
// deadline again.
func TestNodeCutOffWhileAwardRanBlamesNoOne(t *testing.T) {
	e := newEnv(t, 4)
	cut := false
	e.alive = func(_ context.Context, a AwardRef) Liveness { return answers(!cut) }
	e.m = e.market()
	e.announce(0)
	must(t, e.bid(alice, 0, 1, 100, time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick() // alice's award, confirmed
	// The node is cut off: the awards of two more segments go unanswered.
	cut = true
	for i, who := range []store.Address{bob, carol} {
		e.announce(i + 1)
		must(t, e.bid(who, i+1, 1, 100, time.Second, 1))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	if !e.seg(1).Award.Unconfirmed || !e.seg(2).Award.Unconfirmed {
		t.Fatal("awards made while cut off are confirmed")
	}
	// The cut heals; alice's deadline passes, and she still holds it.
	cut = false
	e.clk.advance(e.seg(0).Award.Deadline.Sub(e.clk.now()) + time.Millisecond)
	e.tick()
	for _, who := range []store.Address{alice, bob, carol} {
		if p := e.prover(who); p.Failed != 0 || p.Unreachable != 0 || e.banned(who) {
			t.Fatalf("%x, whose award ran while the node was cut off: %+v", who[:1], p)
		}
	}
	if s := e.seg(0); !contains(s.Excluded, alice) || !s.NewcomerFailed {
		t.Fatalf("segment 0 after alice's miss: %+v; want alice excluded, and newcomers kept off it", s)
	}
	// After the heal, a miss counts again.
	dave := store.Address{0xd}
	e.announce(3)
	must(t, e.bid(dave, 3, 1, 100, time.Second, 1))
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	e.clk.advance(e.seg(3).Award.Deadline.Sub(e.clk.now()) + time.Millisecond)
	e.tick()
	if p := e.prover(dave); p.Failed != 1 || !e.banned(dave) {
		t.Fatalf("dave held his award, made after the heal, and missed: %+v, want banned", p)
	}
}

// TestSilentPairCannotFakeACut performs the attack on the cut-off rule:
// two newcomers win awards and both fall silent, so that the node believes
// itself cut off and holds their misses against no one. Their records stay
// clean, but as after any newcomer's miss, the segments move on excluding
// them, and no other newcomer wins them while a prover with a record bids:
// fresh identities cannot take turns stalling a segment.
func TestSilentPairCannotFakeACut(t *testing.T) {
	e := newEnv(t, 2)
	s1, s2, s3 := store.Address{0x51}, store.Address{0x52}, store.Address{0x53}
	silent := map[store.Address]bool{s1: true, s2: true, s3: true}
	e.alive = func(_ context.Context, a AwardRef) Liveness { return answers(!silent[a.Prover]) }
	e.m = e.market()
	for i, who := range []store.Address{s1, s2} {
		e.announce(i)
		must(t, e.bid(who, i, 1, 100, time.Second, 1))
	}
	e.clk.advance(1100 * time.Millisecond)
	e.tick()
	e.clk.advance(e.seg(0).Award.Deadline.Sub(e.clk.now()) + time.Millisecond)
	e.tick()
	// Both segments are open again; a third fresh identity underbids a
	// prover with a record on each.
	veterans := []store.Address{carol, bob}
	e.st.Update(func(x *store.Tx) error {
		for _, v := range veterans {
			p, _ := x.Prover(v)
			p.Proven = 3
			if err := x.PutProver(p); err != nil {
				return err
			}
		}
		return nil
	})
	for i := range 2 {
		s := e.seg(i)
		if s.State != store.SegmentAnnounced || !s.NewcomerFailed {
			t.Fatalf("segment %d after a silent newcomer's miss: %+v", i, s)
		}
		must(t, e.bid(s3, i, s.Attempt, 50, time.Second, 2))
		must(t, e.bid(veterans[i], i, s.Attempt, 90, time.Second, 1))
	}
	e.clk.advance(e.m.cfg.bidWindow(0) + 100*time.Millisecond)
	e.tick()
	for i := range 2 {
		if a := e.seg(i).Award; a == nil || a.Prover != veterans[i] {
			t.Fatalf("segment %d awarded %+v: want %x, who has a record, over a fresh identity", i, a, veterans[i][:1])
		}
	}
}
