package market

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/zkpool/aoraki/node/store"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/receipt"
)

var (
	// ErrUnknownSegment reports a bid or receipt for a segment this node does not run.
	ErrUnknownSegment = errors.New("market: unknown segment")
	// ErrStale reports a bid for a closed attempt or after the bid deadline.
	ErrStale = errors.New("market: stale")
	// ErrRefused reports a bid the market will not take (price, ban, exclusion).
	ErrRefused = errors.New("market: bid refused")
	// ErrNotAwarded reports a receipt from a prover that does not hold the award.
	ErrNotAwarded = errors.New("market: receipt from a prover without the award")
	// ErrInvalidReceipt reports a receipt whose seal or claim does not verify.
	ErrInvalidReceipt = errors.New("market: invalid receipt")
)

// Config tunes the market.
type Config struct {
	// BidWindow is how long each attempt collects bids. An attempt that
	// closes without a single bid doubles the next one's window, up to
	// MaxBidWindow (at most BidWindow, such as 0: no growth), so that on links slower
	// than a window (announcement out, bid back, through the gossip mesh)
	// bids still land; the first bid back resets it.
	BidWindow    time.Duration
	MaxBidWindow time.Duration
	// ProvingBase and ProvingPerMConstraint give a winner's time to deliver.
	ProvingBase           time.Duration
	ProvingPerMConstraint time.Duration
	// StartShare is the first attempt's maximum price as a share of the
	// segment's cap; Reprice multiplies it on each attempt without a bid.
	StartShare float64
	Reprice    float64
	// MinPricePerMConstraint is the least bid taken, in wei per million
	// constraints (0: no floor): a bid below it × constraints / 1e6 is
	// refused. It must stay well below what honest provers ask.
	MinPricePerMConstraint *big.Int
	// NewcomerGrace is added to twice a newcomer's promised time to give
	// the deadline of its award (never more than ProvingTime). It covers
	// what a promise leaves out of a first award: fetching the witness and
	// loading (or fetching) the family's proving key. Too short bans honest
	// newcomers (on a loaded test machine a first
	// proof promised in 0.2 s came after 3.0 s);
	// every silent newcomer may cost a segment this much more.
	NewcomerGrace time.Duration
	// MaxNewcomerBids is how many newcomers' bids one attempt keeps;
	// further newcomers' bids are refused (provers with a record are not
	// counted, and always get in).
	MaxNewcomerBids int
	// BanAfter invalid receipts, or BanAfter missed deadlines, ban a
	// prover with a record for BanFor; a newcomer is banned for BanFor at
	// its first failure.
	BanAfter int
	BanFor   time.Duration
	// Patience is how much later than the earliest expected delivery
	// among the eligible bids a cheaper bid may deliver and still win:
	// awards go to the cheapest bid due within Patience of the earliest.
	// 0 awards on expected delivery alone (price breaks ties).
	Patience time.Duration
	// PatienceShare caps Patience at this share of the earliest bid's
	// time to delivery, so that a cheaper prover's queue does not stretch
	// short proofs: for 0.2 s proofs, a quarter gives 50 ms, not 500 (a
	// prover stacking three Iris segments while others idle); for a
	// minute's proof Patience stands. 0: no cap.
	PatienceShare float64
}

// DefaultMinPricePerMConstraint is the default bid floor: a thousandth of
// the default prover price (1e12 wei per million constraints, prover/peer)
// and of the node's pricing floor (node/pricing).
var DefaultMinPricePerMConstraint = big.NewInt(1e9)

// DefaultConfig suits a local testnet.
func DefaultConfig() Config {
	return Config{BidWindow: 500 * time.Millisecond, MaxBidWindow: 8 * time.Second, ProvingBase: 20 * time.Second, ProvingPerMConstraint: 30 * time.Second,
		StartShare: 0.8, Reprice: 1.5, MinPricePerMConstraint: new(big.Int).Set(DefaultMinPricePerMConstraint),
		NewcomerGrace: 5 * time.Second, MaxNewcomerBids: 64, BanAfter: 2, BanFor: time.Hour, Patience: 500 * time.Millisecond, PatienceShare: 0.25}
}

// Validate checks c.
func (c Config) Validate() error {
	switch {
	case c.BidWindow <= 0:
		return errors.New("market: bid window must be positive")
	case c.ProvingBase <= 0 || c.ProvingPerMConstraint < 0:
		return errors.New("market: proving time must be positive")
	case c.StartShare <= 0 || c.StartShare > 1:
		return errors.New("market: start share must be in (0, 1]")
	case c.Reprice <= 1:
		return errors.New("market: reprice factor must exceed 1")
	case c.MinPricePerMConstraint == nil || c.MinPricePerMConstraint.Sign() < 0:
		return errors.New("market: the bid floor must be set and non-negative")
	case c.NewcomerGrace < 0:
		return errors.New("market: newcomer grace must not be negative")
	case c.MaxNewcomerBids < 1:
		return errors.New("market: max newcomer bids must be at least 1")
	case c.BanAfter < 1 || c.BanFor <= 0:
		return errors.New("market: ban-after must be at least 1 and ban-for positive")
	case c.Patience < 0:
		return errors.New("market: patience must not be negative")
	case !(c.PatienceShare >= 0): // NaN too
		return errors.New("market: patience share must not be negative")
	}
	return nil
}

// MinPrice is the least bid taken for a segment of n constraints.
func (c Config) MinPrice(n uint64) *big.Int {
	p := new(big.Int).Mul(c.MinPricePerMConstraint, new(big.Int).SetUint64(n))
	// Round up, so a bid at MinPrice is never below the floor.
	return p.Add(p, big.NewInt(1e6-1)).Quo(p, big.NewInt(1e6))
}

// Leash is the time an award to a newcomer that promised promised gets for
// a segment of n constraints: twice its promise plus NewcomerGrace, never
// more than ProvingTime(n).
func (c Config) Leash(n uint64, promised time.Duration) time.Duration {
	return min(c.ProvingTime(n), 2*max(promised, 0)+c.NewcomerGrace)
}

// ProvingTime is the time a winner has for a segment of n constraints.
func (c Config) ProvingTime(n uint64) time.Duration {
	return c.ProvingBase + time.Duration(float64(c.ProvingPerMConstraint)*float64(n)/1e6)
}

// Publisher sends market messages on gossip. An announcement names its
// family (Artifacts.Family) and the task's segment count; the publisher
// adds what the wiring knows (the family's artifact CIDs, the node's peer).
type Publisher interface {
	PublishAnnouncement(ctx context.Context, a *pb.SegmentAnnouncement) error
	PublishAward(ctx context.Context, a *pb.Award) error
}

// Checker verifies a segment receipt against what the segment must prove.
type Checker interface {
	CheckReceipt(seg *store.Segment, r *receipt.SegmentReceipt) error
}

// Market is the segment market of one node.
type Market struct {
	st     *store.Store
	pub    Publisher
	chk    Checker
	cfg    Config
	now    func() time.Time
	log    *slog.Logger
	proven func(store.TaskID, int)
	// started is when this market was built: a deadline of an award made
	// before it may have passed while the node was down, unable to take
	// the receipt, so missing it costs the prover the segment, not a ban.
	started time.Time
	// alive, when set, tells what an award's prover answers the node now
	// about it; asked before a missed deadline is held against it.
	alive func(context.Context, AwardRef) Liveness
	// quiet are the provers that did not answer since the last one that
	// did (ask): two or more, and none answering, say that this node is
	// the one cut off. cutAt is the last time it looked so.
	quietMu sync.Mutex
	quiet   map[store.Address]bool
	cutAt   time.Time

	mu sync.Mutex // serialises read-decide-write over the store
}

// Option configures New.
type Option func(*Market)

// WithClock replaces time.Now (tests).
func WithClock(now func() time.Time) Option { return func(m *Market) { m.now = now } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(m *Market) { m.log = l } }

// OnProven is called (outside any lock) after a segment is proven.
func OnProven(f func(store.TaskID, int)) Option { return func(m *Market) { m.proven = f } }

// Liveness is what a prover answered the node about one of its awards.
type Liveness uint8

const (
	// Silent: no answer (its link to the node cut, the node cut off, or
	// the prover gone).
	Silent Liveness = iota
	// Lacks: the prover answered that it does not hold the award: it never
	// received it (an award lost on gossip), or gave it up (its witness
	// never came).
	Lacks
	// Holds: the prover answered that it holds the award.
	Holds
)

// AwardRef is an award with the attempt of the segment it was made for.
type AwardRef struct {
	Task           store.TaskID
	Index, Attempt int
	store.Award
}

// WithLiveness has a missed proving deadline held in full against its
// prover only when alive (asked outside any lock) says the prover answered
// the node right after its award was published, and holds the award when
// the deadline passed, and the node did not look cut off from its provers
// since the award (cutSince). A prover that did not answer, or answered that
// it lacks the award, may never have received it: the segment moves on,
// and the miss counts as unreachable (UnreachableBanAfter of them ban),
// never as a failure or a newcomer's ban at its first miss. Before, a node
// cut off from its provers banned every newcomer whose deadline passed
// meanwhile, and one that healed banned those whose award or witness the
// cut had lost.
func WithLiveness(alive func(context.Context, AwardRef) Liveness) Option {
	return func(m *Market) { m.alive = alive }
}

// New returns a market over st.
func New(st *store.Store, pub Publisher, chk Checker, cfg Config, opts ...Option) (*Market, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	m := &Market{st: st, pub: pub, chk: chk, cfg: cfg, now: time.Now, log: slog.Default(), proven: func(store.TaskID, int) {},
		quiet: map[store.Address]bool{}}
	for _, o := range opts {
		o(m)
	}
	m.started = m.now()
	return m, nil
}

func weiBytes(w *store.Wei) []byte { return w.Bytes() }

func mulShare(cap *big.Int, f float64) *big.Int {
	r := new(big.Float).Mul(new(big.Float).SetInt(cap), big.NewFloat(f))
	out, _ := r.Int(nil)
	return out
}

// bidWindow is an attempt's window after quiet attempts without a bid:
// BidWindow doubled for each, at most MaxBidWindow.
func (c Config) bidWindow(quiet int) time.Duration {
	w := c.BidWindow
	for range min(quiet, 30) {
		if w >= c.MaxBidWindow {
			break
		}
		w *= 2
	}
	return min(w, max(c.MaxBidWindow, c.BidWindow))
}

// announce opens the next attempt of seg (in x).
func (m *Market) announce(seg *store.Segment, now time.Time) *pb.SegmentAnnouncement {
	capWei := &seg.PriceCap.Int
	var max *big.Int
	if seg.Attempt == 0 || seg.MaxPrice.Sign() == 0 {
		max = mulShare(capWei, m.cfg.StartShare)
	} else {
		max = mulShare(&seg.MaxPrice.Int, m.cfg.Reprice)
	}
	if max.Cmp(capWei) > 0 {
		max = new(big.Int).Set(capWei)
	}
	seg.Attempt++
	seg.State = store.SegmentAnnounced
	seg.MaxPrice = store.NewWei(max)
	seg.BidDeadline = now.Add(m.cfg.bidWindow(seg.QuietAttempts))
	seg.Bids = nil
	seg.Award = nil
	if seg.AnnouncedAt.IsZero() {
		seg.AnnouncedAt = now
	}
	return &pb.SegmentAnnouncement{
		TaskId: seg.Task[:], Index: uint32(seg.Index), Attempt: uint32(seg.Attempt),
		ProgramId: seg.ProgramID[:], StateIn: seg.StateIn[:], StateOut: seg.StateOut[:], InputIn: seg.InputIn[:], InputOut: seg.InputOut[:],
		WitnessCid: cidBytes(seg.WitnessCID), WitnessSize: seg.WitnessSize, Constraints: seg.Constraints,
		MaxPrice: weiBytes(&seg.MaxPrice), BidDeadline: uint64(seg.BidDeadline.UnixMilli()),
		ProvingTime: uint64(m.cfg.ProvingTime(seg.Constraints).Milliseconds()),
		Segments:    uint32(seg.Segments), Artifacts: &pb.Artifacts{Family: seg.Family},
	}
}

func cidBytes(s string) []byte {
	c, err := cid.Decode(s)
	if err != nil {
		return nil
	}
	return c.Bytes()
}

type outbox struct {
	ann    []*pb.SegmentAnnouncement
	awards []*pb.Award
	// made are the awards behind awards, for the liveness check after
	// they are published.
	made   []AwardRef
	proven []provenSegment
}

type provenSegment struct {
	task  store.TaskID
	index int
}

// PublishTimeout bounds each publication: an attempt whose announcement
// could not go out times out without bids and is announced again.
const PublishTimeout = 10 * time.Second

func (m *Market) flush(ctx context.Context, o *outbox) {
	ctx, cancel := context.WithTimeout(ctx, PublishTimeout)
	defer cancel()
	for _, a := range o.ann {
		if err := m.pub.PublishAnnouncement(ctx, a); err != nil {
			// The attempt times out without bids and is announced again.
			m.log.Warn("announce", "task", fmt.Sprintf("%x", a.TaskId), "segment", a.Index, "err", err)
		}
	}
	for _, a := range o.awards {
		if err := m.pub.PublishAward(ctx, a); err != nil {
			m.log.Warn("award", "task", fmt.Sprintf("%x", a.TaskId), "segment", a.Index, "err", err)
		}
	}
	m.confirm(ctx, o.made)
	for _, p := range o.proven {
		m.proven(p.task, p.index)
	}
}

// confirm asks, at once, whether the prover of each award just published
// answers the node, and marks the awards of those that do not Unconfirmed
// (a node cut off from its provers publishes awards nobody receives).
func (m *Market) confirm(ctx context.Context, made []AwardRef) {
	if m.alive == nil || len(made) == 0 {
		return
	}
	lost := make([]bool, len(made))
	var wg sync.WaitGroup
	for i := range made {
		wg.Add(1)
		go func() { defer wg.Done(); lost[i] = m.alive(ctx, made[i]) == Silent }()
	}
	wg.Wait()
	answers := make(map[store.Address]bool, len(made))
	for i := range made {
		answers[made[i].Prover] = answers[made[i].Prover] || !lost[i]
	}
	m.heard(answers)
	m.mu.Lock()
	defer m.mu.Unlock()
	err := m.st.Update(func(x *store.Tx) error {
		for i, w := range made {
			if !lost[i] {
				continue
			}
			seg, err := x.Segment(w.Task, w.Index)
			if err != nil {
				return err
			}
			if a := seg.Award; seg.State == store.SegmentAwarded && a != nil && a.Prover == w.Prover && a.At.Equal(w.At) {
				a.Unconfirmed = true
				m.log.Warn("prover unreachable right after its award", "task", fmt.Sprintf("%x", w.Task), "segment", w.Index, "prover", fmt.Sprintf("%x", a.Prover))
				if err := x.PutSegment(seg); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		m.log.Warn("mark unconfirmed awards", "err", err)
	}
}

// AnnounceSegment puts a pending segment on the market.
func (m *Market) AnnounceSegment(ctx context.Context, id store.TaskID, index int) error {
	m.mu.Lock()
	var o outbox
	err := m.st.Update(func(x *store.Tx) error {
		seg, err := x.Segment(id, index)
		if err != nil {
			return err
		}
		if seg.State != store.SegmentPending {
			return nil // already on the market (a restart replays this)
		}
		o.ann = append(o.ann, m.announce(seg, m.now()))
		return x.PutSegment(seg)
	})
	m.mu.Unlock()
	if err == nil {
		m.flush(ctx, &o)
	}
	return err
}

func toTask(b []byte) (store.TaskID, bool) {
	var t store.TaskID
	if len(b) != len(t) {
		return t, false
	}
	copy(t[:], b)
	return t, true
}

func contains(list []store.Address, a store.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

// HandleBid records a bid from prover (the envelope's signer).
func (m *Market) HandleBid(prover store.Address, b *pb.Bid) error {
	id, ok := toTask(b.TaskId)
	if !ok {
		return fmt.Errorf("%w: task id of %d bytes", ErrUnknownSegment, len(b.TaskId))
	}
	price := new(big.Int).SetBytes(b.Price)
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	return m.st.Update(func(x *store.Tx) error {
		seg, err := x.Segment(id, int(b.Index))
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("%w: %x/%d", ErrUnknownSegment, id, b.Index)
		} else if err != nil {
			return err
		}
		switch {
		case seg.State != store.SegmentAnnounced || int(b.Attempt) != seg.Attempt:
			return fmt.Errorf("%w: segment %d is %s at attempt %d, bid for attempt %d", ErrStale, b.Index, seg.State, seg.Attempt, b.Attempt)
		case now.After(seg.BidDeadline):
			return fmt.Errorf("%w: bid after the deadline", ErrStale)
		case price.Cmp(&seg.MaxPrice.Int) > 0:
			return fmt.Errorf("%w: price %s above the maximum %s", ErrRefused, price, seg.MaxPrice.String())
		case contains(seg.Excluded, prover):
			return fmt.Errorf("%w: prover %x failed this segment before", ErrRefused, prover)
		case price.Cmp(m.cfg.MinPrice(seg.Constraints)) < 0:
			return fmt.Errorf("%w: price %s below the floor %s", ErrRefused, price, m.cfg.MinPrice(seg.Constraints))
		case b.PromisedTime > uint64(m.cfg.ProvingTime(seg.Constraints).Milliseconds()):
			return fmt.Errorf("%w: promised %d ms, more than the proving time", ErrRefused, b.PromisedTime)
		case b.PromisedStart > b.PromisedTime:
			return fmt.Errorf("%w: promised to start after %d ms and deliver after %d ms", ErrRefused, b.PromisedStart, b.PromisedTime)
		}
		p, err := x.Prover(prover)
		if err != nil {
			return err
		}
		if now.Before(p.BannedUntil) {
			return fmt.Errorf("%w: prover %x is banned until %s", ErrRefused, prover, p.BannedUntil.Format(time.RFC3339))
		}
		at := -1
		for i := range seg.Bids {
			if seg.Bids[i].Prover == prover {
				at = i
			}
		}
		if at < 0 && p.Proven == 0 {
			n, err := newcomerBids(x, seg)
			if err != nil {
				return err
			}
			if n >= m.cfg.MaxNewcomerBids {
				return fmt.Errorf("%w: attempt %d already holds %d newcomers' bids", ErrRefused, seg.Attempt, n)
			}
		}
		p.LastSeen = now
		if err := x.PutProver(p); err != nil {
			return err
		}
		bid := store.Bid{Prover: prover, Peer: append([]byte(nil), b.ProverPeer...), Price: store.NewWei(price),
			Promised: time.Duration(b.PromisedTime) * time.Millisecond, Start: time.Duration(b.PromisedStart) * time.Millisecond,
			Capacity: int(max(b.Capacity, 1)), Queue: int(b.Queue), Queued: int(b.Queued), At: now}
		if at >= 0 {
			seg.Bids[at] = bid
		} else {
			seg.Bids = append(seg.Bids, bid)
		}
		return x.PutSegment(seg)
	})
}

// newcomerBids counts the bids of seg's attempt made by newcomers.
func newcomerBids(x *store.Tx, seg *store.Segment) (int, error) {
	n := 0
	for _, b := range seg.Bids {
		p, err := x.Prover(b.Prover)
		if err != nil {
			return 0, err
		}
		if p.Proven == 0 {
			n++
		}
	}
	return n, nil
}

// slots is how many unproven awards a prover may hold on this node: what
// its bid declares (segments it proves at once plus its queue), but no
// more than one plus the valid receipts it has delivered here, so a fresh
// identity holds one award at a time and queues nothing.
func slots(b *store.Bid, p *store.Prover) int {
	return min(b.Capacity+b.Queue, 1+p.Proven)
}

// holdings are, per prover, the expected delivery times (Award.Due) of
// the segments it holds awarded and unproven on this node.
type holdings map[store.Address][]time.Time

// dueOf is when an award's receipt is expected (its deadline for an award
// made before awards carried a due time).
func dueOf(a *store.Award) time.Time {
	if a.Due.IsZero() {
		return a.Deadline
	}
	return a.Due
}

// drop removes one holding of who due at due.
func (h holdings) drop(who store.Address, due time.Time) {
	l := h[who]
	for i := range l {
		if l[i].Equal(due) {
			h[who] = append(l[:i:i], l[i+1:]...)
			return
		}
	}
	if len(l) > 0 {
		h[who] = l[1:]
	}
}

// openSegments calls f with every segment of every open task, stopping at
// its first error.
func openSegments(x *store.Tx, f func(*store.Segment) error) error {
	tasks, err := x.Tasks(true)
	if err != nil {
		return err
	}
	for _, t := range tasks {
		segs, err := x.Segments(t.ID)
		if err != nil {
			return err
		}
		for _, s := range segs {
			if err := f(s); err != nil {
				return err
			}
		}
	}
	return nil
}

// inFlight collects the awarded, unproven segments per prover.
func inFlight(x *store.Tx) (holdings, error) {
	out := make(holdings)
	err := openSegments(x, func(s *store.Segment) error {
		if s.State == store.SegmentAwarded && s.Award != nil {
			out[s.Award.Prover] = append(out[s.Award.Prover], dueOf(s.Award))
		}
		return nil
	})
	return out, err
}

// schedule is when b's prover would start a segment of n constraints and
// deliver it, if awarded now: its promise, counted after the work it holds
// here (its Capacity proofs run at once, the rest queue in award order:
// the new one starts when the earliest-due of those ahead of it is done),
// and at no faster than this node has measured it (Prover.Rate).
func schedule(b *store.Bid, p *store.Prover, held []time.Time, n uint64, now time.Time) (start, due time.Time) {
	work := max(b.Promised-b.Start, 0)
	if p.Rate > 0 {
		work = max(work, time.Duration(float64(n)/p.Rate*float64(time.Second)))
	}
	start = now.Add(max(b.Start, 0))
	if k, c := len(held), max(b.Capacity, 1); k >= c {
		dues := append([]time.Time(nil), held...)
		sort.Slice(dues, func(i, j int) bool { return dues[i].Before(dues[j]) })
		if free := dues[k-c]; free.After(start) {
			start = free
		}
	}
	return start, start.Add(work)
}

// awardBest awards seg to its best eligible bid, waits for a busy bidder,
// or re-announces it.
//
// Each bid's expected delivery (due) is its promise after the work its
// prover holds here (schedule). A bidder is eligible when it did not fail
// this segment, is not banned, holds fewer awards than its slots, and is
// due within the segment's proving time (so capacity and queue are clamped
// by the throughput the node measured). Among eligible bids, the cheapest
// due within the patience of the earliest due wins (Patience, at most
// PatienceShare of the earliest's time to delivery), then the earliest due,
// then the earliest bid. A newcomer (no valid receipt delivered here) is
// further held to two rules:
//
//   - after a newcomer failed the segment, no newcomer wins it in an
//     attempt that a prover with a record (that may still take it) bid in;
//   - it must promise no more than the reference promise: that of the
//     fallback (the prover with a record that would win among those with
//     a free slot) when there is one, else the fastest promise of the
//     attempt's bidders that may still take the segment (busy or not).
//
// So a newcomer displaces a prover with a record only by being cheaper and
// no slower, once per segment, and among newcomers the fastest promises
// win. Its deadline is its leash, min(ProvingTime, 2 × promise + grace),
// so at most 2 × the reference promise + NewcomerGrace: a bound set by the
// honest bidders, whatever the newcomers claim.
//
// When no bid is eligible but a bidder is only busy (it holds awards here,
// each within its deadline, and may take the segment once it delivers one
// of them), the segment waits for it, without a new attempt: HandleReceipt
// awards it as soon as a slot frees. Once no bidder may take it (each
// banned, excluded, or holding nothing here: a missed deadline ends a
// holding), it is announced again.
func (m *Market) awardBest(x *store.Tx, seg *store.Segment, hold holdings, now time.Time, o *outbox) error {
	type candidate struct {
		bid       *store.Bid
		p         *store.Prover
		due       time.Time
		free      bool // a slot free, and due within the proving time
		newcomer  bool
		promised  time.Duration // from now to due
		holdsWork bool          // it holds awards here, unproven
	}
	limit := now.Add(m.cfg.ProvingTime(seg.Constraints))
	var cands []*candidate
	recorded := false
	for i := range seg.Bids {
		b := &seg.Bids[i]
		if contains(seg.Excluded, b.Prover) {
			continue
		}
		p, err := x.Prover(b.Prover)
		if err != nil {
			return err
		}
		if now.Before(p.BannedUntil) {
			continue
		}
		held := hold[b.Prover]
		_, due := schedule(b, p, held, seg.Constraints, now)
		c := &candidate{bid: b, p: p, due: due, newcomer: p.Proven == 0, promised: due.Sub(now),
			free: len(held) < slots(b, p) && !due.After(limit), holdsWork: len(held) > 0}
		cands = append(cands, c)
		recorded = recorded || !c.newcomer
	}
	// best picks the winner among cs by the ranking above.
	best := func(cs []*candidate) *candidate {
		var first time.Time
		for i, c := range cs {
			if i == 0 || c.due.Before(first) {
				first = c.due
			}
		}
		patience := m.cfg.Patience
		if s := m.cfg.PatienceShare; s > 0 {
			patience = min(patience, time.Duration(s*float64(max(first.Sub(now), 0))))
		}
		var win *candidate
		for _, c := range cs {
			if c.due.After(first.Add(patience)) {
				continue
			}
			if win == nil {
				win = c
				continue
			}
			if d := c.bid.Price.Cmp(&win.bid.Price.Int); d < 0 ||
				d == 0 && (c.due.Before(win.due) || c.due.Equal(win.due) && c.bid.At.Before(win.bid.At)) {
				win = c
			}
		}
		return win
	}
	var reference time.Duration
	for i, c := range cands {
		if i == 0 || c.bid.Promised < reference {
			reference = c.bid.Promised
		}
	}
	var withRecord []*candidate
	for _, c := range cands {
		if c.free && !c.newcomer {
			withRecord = append(withRecord, c)
		}
	}
	if fb := best(withRecord); fb != nil {
		reference = fb.promised
	}
	// allowed applies the newcomer rules to a bid that would deliver in
	// promised from its award.
	allowed := func(c *candidate, promised time.Duration) bool {
		return !c.newcomer || !(seg.NewcomerFailed && recorded) && promised <= reference
	}
	var eligible []*candidate
	wait := false
	for _, c := range cands {
		switch {
		case c.free:
			if allowed(c, c.promised) {
				eligible = append(eligible, c)
			}
		case c.holdsWork && allowed(c, c.bid.Promised):
			wait = true // busy now, free once it delivers what it holds
		}
	}
	if w := best(eligible); w != nil {
		b := w.bid
		deadline := limit
		if w.newcomer {
			deadline = now.Add(m.cfg.Leash(seg.Constraints, w.promised))
		}
		seg.State, seg.QuietAttempts = store.SegmentAwarded, 0
		seg.Award = &store.Award{Prover: b.Prover, Peer: b.Peer, Price: b.Price, Deadline: deadline, At: now, Due: w.due}
		hold[b.Prover] = append(hold[b.Prover], w.due)
		o.awards = append(o.awards, &pb.Award{TaskId: seg.Task[:], Index: uint32(seg.Index), Attempt: uint32(seg.Attempt),
			Prover: b.Prover[:], Price: b.Price.Bytes(), Deadline: uint64(deadline.UnixMilli())})
		o.made = append(o.made, AwardRef{seg.Task, seg.Index, seg.Attempt, *seg.Award})
		return x.PutSegment(seg)
	}
	if wait {
		return x.PutSegment(seg)
	}
	if len(seg.Bids) == 0 {
		seg.QuietAttempts++
	} else {
		seg.QuietAttempts = 0
	}
	o.ann = append(o.ann, m.announce(seg, now))
	return x.PutSegment(seg)
}

// Tick closes bid windows and enforces proving deadlines.
func (m *Market) Tick(ctx context.Context) error {
	now := m.now()
	answers, err := m.probe(ctx, now)
	if err != nil {
		return err
	}
	m.mu.Lock()
	var o outbox
	err = m.st.Update(func(x *store.Tx) error {
		hold, err := inFlight(x)
		if err != nil {
			return err
		}
		return openSegments(x, func(seg *store.Segment) error {
			switch {
			case seg.State == store.SegmentAnnounced && now.After(seg.BidDeadline):
				return m.awardBest(x, seg, hold, now, &o)
			case seg.State == store.SegmentAwarded && seg.Award != nil && now.After(seg.Award.Deadline):
				return m.missed(x, seg, hold, answers, now, &o)
			}
			return nil
		})
	})
	m.mu.Unlock()
	if err == nil {
		m.flush(ctx, &o)
	}
	return err
}

// missed handles seg's award whose deadline passed at now; answers holds
// the probe's answers for the awards it asked about.
func (m *Market) missed(x *store.Tx, seg *store.Segment, hold holdings, answers map[segKey]Liveness, now time.Time, o *outbox) error {
	a := seg.Award
	late, due := a.Prover, dueOf(a)
	m.log.Info("proving deadline missed", "task", fmt.Sprintf("%x", seg.Task), "segment", seg.Index, "prover", fmt.Sprintf("%x", late))
	said := answers[segKey{seg.Task, seg.Index}]
	unreachable := m.alive != nil && !a.Unconfirmed && said == Silent
	lacks := m.alive != nil && !a.Unconfirmed && said == Lacks
	switch {
	case a.At.Before(m.started):
		// Awarded before a restart: the node may have been down when the
		// receipt came. Move on, blame no one.
		seg.Excluded = append(seg.Excluded, late)
		seg.Award, seg.State = nil, store.SegmentAnnounced
	case (unreachable || a.Unconfirmed) && m.cutOff():
		// No prover has answered this node since at least two did not:
		// the node is the one cut off (partition-node in the chaos
		// suite), and an honest prover would be banned for its link.
		// The segment moves on; the miss is held against no one.
		m.log.Warn("no prover answers this node: it seems cut off, and holds the miss against no one", "task", fmt.Sprintf("%x", seg.Task), "segment", seg.Index, "prover", fmt.Sprintf("%x", late))
		if _, err := m.pass(x, seg, late); err != nil {
			return err
		}
	case m.alive != nil && m.cutSince(a.At):
		// This node looked cut off from its provers while the award ran:
		// the cut may have lost the award or the witness on its way, or
		// held the prover back. The segment moves on; no one is blamed.
		m.log.Warn("this node was cut off while the award ran: the miss is held against no one", "task", fmt.Sprintf("%x", seg.Task), "segment", seg.Index, "prover", fmt.Sprintf("%x", late))
		if _, err := m.pass(x, seg, late); err != nil {
			return err
		}
	case unreachable || a.Unconfirmed || lacks:
		// The prover does not answer (a cut link, this node cut off, or
		// the prover gone), did not right after its award, or says it does
		// not hold it: it may never have had it. The segment moves on; no
		// failure is counted.
		m.log.Warn("prover unreachable or without the award: no one blamed", "task", fmt.Sprintf("%x", seg.Task), "segment", seg.Index, "prover", fmt.Sprintf("%x", late), "answered", lacks)
		if err := m.fail(x, seg, late, now); err != nil {
			return err
		}
	default:
		if err := m.penalise(x, seg, late, false, now); err != nil {
			return err
		}
	}
	hold.drop(late, due)
	return m.awardBest(x, seg, hold, now, o)
}

// pass moves seg on from a miss held against no one (this node looked cut
// off): its prover's record is untouched, but it does not win the segment
// again, and when it is a newcomer no other newcomer wins it while a
// prover with a record bids, as after a newcomer's counted miss. Provers
// that fall silent together to look like a cut therefore stall a segment
// no longer than newcomers that miss one by one.
// It returns the prover's record, unchanged, for fail to count on.
func (m *Market) pass(x *store.Tx, seg *store.Segment, who store.Address) (*store.Prover, error) {
	p, err := x.Prover(who)
	if err != nil {
		return nil, err
	}
	if p.Proven == 0 {
		seg.NewcomerFailed = true
	}
	seg.Excluded = append(seg.Excluded, who)
	seg.Award, seg.State = nil, store.SegmentAnnounced
	return p, nil
}

// UnreachableBanAfter misses of awards whose prover did not answer the
// node ban it for BanFor: such misses are not held against it as failures
// (it may never have had the award), but a prover that makes itself
// unreachable to stall segments is stopped after this many.
const UnreachableBanAfter = 4

// fail counts a miss of a prover that did not answer the node (it may
// never have had its award): not a failure, and no newcomer's ban at its
// first miss; UnreachableBanAfter of them ban it. The segment moves on,
// and no other newcomer wins it while a prover with a record bids.
func (m *Market) fail(x *store.Tx, seg *store.Segment, who store.Address, now time.Time) error {
	p, err := m.pass(x, seg, who)
	if err != nil {
		return err
	}
	p.Unreachable++
	if p.Unreachable >= UnreachableBanAfter {
		p.BannedUntil = now.Add(m.cfg.BanFor)
		m.log.Info("prover banned", "prover", fmt.Sprintf("%x", who), "unreachable", p.Unreachable, "until", p.BannedUntil)
	}
	return x.PutProver(p)
}

// heard records one round of liveness answers (an award's, or a
// deadline probe's): whether this node looks cut off (cutOff) depends on
// every prover's. Any answer clears the silence; a round of none adds its
// provers to it.
func (m *Market) heard(answers map[store.Address]bool) {
	m.quietMu.Lock()
	defer m.quietMu.Unlock()
	for _, ok := range answers {
		if ok {
			clear(m.quiet)
			return
		}
	}
	for who := range answers {
		m.quiet[who] = true
	}
	if len(m.quiet) >= 2 {
		m.cutAt = m.now()
	}
}

// cutOff reports whether at least two provers did not answer this node
// since the last one that did: then the node, not they, is likely cut
// off. (Provers that all make themselves unreachable are not counted
// meanwhile; one honest prover's answer ends that.)
func (m *Market) cutOff() bool {
	m.quietMu.Lock()
	defer m.quietMu.Unlock()
	return len(m.quiet) >= 2
}

// cutSince reports whether this node looked cut off (cutOff) at any time
// from t on.
func (m *Market) cutSince(t time.Time) bool {
	m.quietMu.Lock()
	defer m.quietMu.Unlock()
	return !m.cutAt.IsZero() && !m.cutAt.Before(t)
}

// segKey names a segment.
type segKey struct {
	task  store.TaskID
	index int
}

// probe asks, outside any lock and at once, what the prover of each award
// whose deadline has passed at now says of it (awards made since this
// market started and confirmed: the others' fate does not depend on it).
// Its answers are keyed by segment.
func (m *Market) probe(ctx context.Context, now time.Time) (map[segKey]Liveness, error) {
	if m.alive == nil {
		return nil, nil
	}
	ask := map[segKey]AwardRef{}
	err := m.st.View(func(x *store.Tx) error {
		return openSegments(x, func(seg *store.Segment) error {
			if a := seg.Award; seg.State == store.SegmentAwarded && a != nil && now.After(a.Deadline) && !a.At.Before(m.started) && !a.Unconfirmed {
				ask[segKey{seg.Task, seg.Index}] = AwardRef{seg.Task, seg.Index, seg.Attempt, *a}
			}
			return nil
		})
	})
	if err != nil || len(ask) == 0 {
		return nil, err
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	out := make(map[segKey]Liveness, len(ask))
	for k, a := range ask {
		wg.Add(1)
		go func() {
			defer wg.Done()
			said := m.alive(ctx, a)
			mu.Lock()
			out[k] = said
			mu.Unlock()
		}()
	}
	wg.Wait()
	answered := make(map[store.Address]bool, len(ask))
	for k, a := range ask {
		answered[a.Prover] = answered[a.Prover] || out[k] != Silent
	}
	m.heard(answered)
	return out, nil
}

// awardWaiting tries every segment whose bid window has closed without an
// award (one waiting for a busy bidder) again.
func (m *Market) awardWaiting(x *store.Tx, now time.Time, o *outbox) error {
	hold, err := inFlight(x)
	if err != nil {
		return err
	}
	return openSegments(x, func(seg *store.Segment) error {
		if seg.State == store.SegmentAnnounced && now.After(seg.BidDeadline) {
			return m.awardBest(x, seg, hold, now, o)
		}
		return nil
	})
}

// measure updates p's measured throughput with the receipt of seg that
// came at now: its constraints over the time from its award, or from the
// prover's previous receipt here when that came later (the segment waited
// in the prover's queue until then). The first receipt is not counted: it
// carries the one-time fetch and load of the family's proving key.
func measure(p *store.Prover, seg *store.Segment, now time.Time) {
	if p.Proven == 0 || seg.Award == nil {
		return
	}
	since := seg.Award.At
	if p.LastProven.After(since) {
		since = p.LastProven
	}
	d := now.Sub(since)
	if d <= 0 {
		return
	}
	r := float64(seg.Constraints) / d.Seconds()
	if p.Rate > 0 {
		r = (p.Rate + r) / 2
	}
	p.Rate = r
}

func (m *Market) penalise(x *store.Tx, seg *store.Segment, who store.Address, invalid bool, now time.Time) error {
	p, err := x.Prover(who)
	if err != nil {
		return err
	}
	newcomer := p.Proven == 0
	if invalid {
		p.Invalid++
	} else {
		p.Failed++
	}
	if newcomer || p.Invalid >= m.cfg.BanAfter || p.Failed >= m.cfg.BanAfter {
		p.BannedUntil = now.Add(m.cfg.BanFor)
		m.log.Info("prover banned", "prover", fmt.Sprintf("%x", who), "newcomer", newcomer, "failed", p.Failed, "invalid", p.Invalid, "until", p.BannedUntil)
	}
	if newcomer {
		seg.NewcomerFailed = true
	}
	seg.Excluded = append(seg.Excluded, who)
	seg.Award = nil
	seg.State = store.SegmentAnnounced // awardBest picks the next bidder of this attempt
	return x.PutProver(p)
}

// HandleDelivery takes a receipt delivered on a stream by the libp2p peer
// from: the segment's award names the peer the winning bid came from, and
// with it the prover; a delivery from any other peer is ErrNotAwarded. A
// retry of a delivery already taken finds the same award.
func (m *Market) HandleDelivery(ctx context.Context, from []byte, d *pb.ReceiptDelivery) error {
	id, ok := toTask(d.TaskId)
	if !ok {
		return fmt.Errorf("%w: task id of %d bytes", ErrUnknownSegment, len(d.TaskId))
	}
	var prover store.Address
	err := m.st.View(func(x *store.Tx) error {
		seg, err := x.Segment(id, int(d.Index))
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("%w: segment %d of task %x is not awarded to you", ErrNotAwarded, d.Index, d.TaskId)
		} else if err != nil {
			return err
		}
		if seg.Award == nil || !bytes.Equal(seg.Award.Peer, from) {
			return fmt.Errorf("%w: segment %d of task %x is not awarded to you", ErrNotAwarded, d.Index, d.TaskId)
		}
		prover = seg.Award.Prover
		return nil
	})
	if err != nil {
		return err
	}
	return m.HandleReceipt(ctx, prover, d)
}

// HandleReceipt takes a receipt delivered by prover (the stream's
// authenticated sender). It returns nil once the receipt is stored, and for
// a duplicate of an already proven segment by the same prover (so retries
// end); every other refusal is an error.
func (m *Market) HandleReceipt(ctx context.Context, prover store.Address, d *pb.ReceiptDelivery) error {
	id, ok := toTask(d.TaskId)
	if !ok {
		return fmt.Errorf("%w: task id of %d bytes", ErrUnknownSegment, len(d.TaskId))
	}
	// A receipt that does not decode (a hostile seal's shape, garbage) is
	// refused; from the prover that holds the award it is an invalid
	// receipt like any other, penalised and the award moved on below.
	var r receipt.SegmentReceipt
	decodeErr := r.UnmarshalBinary(d.Receipt)
	m.mu.Lock()
	var o outbox
	var result error
	now := m.now()
	err := m.st.Update(func(x *store.Tx) error {
		seg, err := x.Segment(id, int(d.Index))
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("%w: %x/%d", ErrUnknownSegment, id, d.Index)
		} else if err != nil {
			return err
		}
		if seg.State == store.SegmentProven {
			if seg.Award != nil && seg.Award.Prover == prover {
				return nil // a retry of a delivery we already took
			}
			return fmt.Errorf("%w: segment %d is already proven", ErrNotAwarded, d.Index)
		}
		if seg.State != store.SegmentAwarded || seg.Award == nil || seg.Award.Prover != prover || int(d.Attempt) != seg.Attempt {
			return fmt.Errorf("%w: segment %d", ErrNotAwarded, d.Index)
		}
		if decodeErr != nil {
			result = fmt.Errorf("%w: %v", ErrInvalidReceipt, decodeErr)
		} else if r.Prover != [20]byte(prover) {
			result = fmt.Errorf("%w: receipt names prover %x, delivered by %x", ErrInvalidReceipt, r.Prover, prover)
		} else if err := m.chk.CheckReceipt(seg, &r); err != nil {
			result = fmt.Errorf("%w: %v", ErrInvalidReceipt, err)
		}
		if result != nil {
			m.log.Warn("invalid receipt", "task", fmt.Sprintf("%x", id), "segment", d.Index, "prover", fmt.Sprintf("%x", prover), "err", result)
			if err := m.penalise(x, seg, prover, true, now); err != nil {
				return err
			}
			hold, err := inFlight(x)
			if err != nil {
				return err
			}
			return m.awardBest(x, seg, hold, now, &o)
		}
		seg.State = store.SegmentProven
		seg.Receipt = append([]byte(nil), d.Receipt...)
		seg.ProvenAt = now
		p, err := x.Prover(prover)
		if err != nil {
			return err
		}
		measure(p, seg, now)
		p.Proven++
		p.LastSeen, p.LastProven = now, now
		if err := x.PutProver(p); err != nil {
			return err
		}
		o.proven = append(o.proven, provenSegment{id, seg.Index})
		if err := x.PutSegment(seg); err != nil {
			return err
		}
		// The prover has a slot free: segments waiting for a busy bidder
		// go now, without waiting for the next tick.
		return m.awardWaiting(x, now, &o)
	})
	m.mu.Unlock()
	if err != nil {
		return err
	}
	m.flush(ctx, &o)
	return result
}
