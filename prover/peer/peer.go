// Package peer is the prover peer's engine (DESIGN.md §6): it measures its
// own throughput with a real proof, decides which announced segments to bid
// on and at what price, proves awarded segments with a pool of workers,
// delivers each receipt to the node with retries until acknowledged, and
// drops work awarded to someone else. It knows the network only through the
// small Network interface; cmd/zkpool-peer wires it to p2p.
//
// Bidding policy: a segment of n constraints costs n/1e6 × the configured
// price per million constraints × (1 + margin), never above the
// announcement's maximum (no bid when the floor price is above it). The
// promised time is the calibrated proving time of the segment plus the
// time to clear the queue ahead of it; the peer bids only when that fits in
// the announced proving time and its queue is below its capacity.
//
// Misbehaviour for tests and testnets (Config.Misbehave): "invalid-proof"
// flips a seal byte, "wrong-claim" delivers a receipt whose claim is not
// the segment's, "silent" takes awards and never delivers, "slow" waits
// past the proving deadline before delivering.
package peer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ipfs/go-cid"

	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
)

// Misbehaviour modes.
const (
	Honest       = ""
	InvalidProof = "invalid-proof"
	WrongClaim   = "wrong-claim"
	Silent       = "silent"
	Slow         = "slow"
)

// Config is the prover's policy.
type Config struct {
	// PricePerMConstraint is the least the prover takes, in wei per
	// million constraints.
	PricePerMConstraint *big.Int `toml:"-"`
	// Margin is added to that floor (0.2: bid 1.2×).
	Margin float64 `toml:"margin"`
	// Capacity is how many segments it proves at once and holds in total.
	Capacity int `toml:"capacity"`
	// MaxWitness is the largest witness it fetches, in bytes.
	MaxWitness int64 `toml:"max_witness"`
	// DeliveryRetries and RetryDelay bound receipt delivery.
	DeliveryRetries int           `toml:"delivery_retries"`
	RetryDelay      time.Duration `toml:"retry_delay"`
	// Misbehave is "" for an honest prover, or one of the modes above.
	Misbehave string `toml:"misbehave"`
}

// DefaultConfig is an honest prover with one segment at a time.
func DefaultConfig() Config {
	return Config{PricePerMConstraint: big.NewInt(1e12), Margin: 0.1, Capacity: 1, MaxWitness: 64 << 20,
		DeliveryRetries: 10, RetryDelay: 200 * time.Millisecond}
}

// Validate checks c.
func (c Config) Validate() error {
	switch {
	case c.PricePerMConstraint == nil || c.PricePerMConstraint.Sign() < 0:
		return errors.New("peer: price per million constraints must be set and non-negative")
	case c.Margin < 0:
		return errors.New("peer: margin must be non-negative")
	case c.Capacity < 1:
		return errors.New("peer: capacity must be at least 1")
	case c.MaxWitness <= 0 || c.DeliveryRetries < 1 || c.RetryDelay <= 0:
		return errors.New("peer: witness limit, retries and retry delay must be positive")
	}
	switch c.Misbehave {
	case Honest, InvalidProof, WrongClaim, Silent, Slow:
	default:
		return fmt.Errorf("peer: unknown misbehaviour %q (want invalid-proof, wrong-claim, silent or slow)", c.Misbehave)
	}
	return nil
}

// ErrRefused, wrapped by Network.Deliver, means the node refused the
// receipt for good (not awarded, invalid): retrying cannot help.
var ErrRefused = errors.New("peer: delivery refused")

// Network is how the peer reaches the market.
type Network interface {
	// PublishBid sends a bid on gossip.
	PublishBid(ctx context.Context, b *pb.Bid) error
	// Fetch gets a blob from the node (nodePeer), hash-checked, at most max bytes.
	Fetch(ctx context.Context, nodePeer []byte, c cid.Cid, max int64) ([]byte, error)
	// Deliver sends a receipt to the node and returns once it acknowledged.
	Deliver(ctx context.Context, nodePeer []byte, d *pb.ReceiptDelivery) error
}

// Stats is what the status line shows.
type Stats struct {
	Bids, Awards, Proven, Delivered, Failed, Withdrawn int64
	Queued                                             int
	Earned                                             *big.Int // sum of awarded prices delivered
}

type segKey struct {
	task    [32]byte
	index   uint32
	attempt uint32
}

type openBid struct {
	ann *pb.SegmentAnnouncement
	at  time.Time
}

// bidMemory is how long a bid may still be awarded to us: the node moves an
// award to the next bidder when the winner misses its proving deadline.
const bidMemory = 30 * time.Minute

type job struct {
	ann    *pb.SegmentAnnouncement
	award  *pb.Award
	cancel context.CancelFunc
	ctx    context.Context
}

// Peer is one prover.
type Peer struct {
	cfg     Config
	store   *setup.Store
	net     Network
	address [20]byte
	peerID  []byte
	log     *slog.Logger

	rate atomic.Value // float64 constraints per second, from Calibrate

	mu     sync.Mutex
	bids   map[segKey]openBid // bids that may still win (a next-bidder award comes late)
	jobs   map[segKey]*job    // awarded to us, not yet delivered
	queue  chan *job
	stats  Stats
	earned *big.Int

	wg     sync.WaitGroup
	stop   context.CancelFunc
	closed bool
}

// New returns a peer; Start launches its workers.
func New(cfg Config, store *setup.Store, net Network, address [20]byte, peerID []byte, log *slog.Logger) (*Peer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	p := &Peer{cfg: cfg, store: store, net: net, address: address, peerID: peerID, log: log,
		bids: map[segKey]openBid{}, jobs: map[segKey]*job{}, queue: make(chan *job, 1024), earned: new(big.Int)}
	p.rate.Store(0.0)
	return p, nil
}

// Address is the prover's payout address.
func (p *Peer) Address() [20]byte { return p.address }

// Calibrate proves a small real segment and records the throughput; it
// returns constraints per second.
func (p *Peer) Calibrate(ctx context.Context) (float64, error) {
	sess, err := hashchain.Execute(hashchain.Task{Seed: fr.NewElement(1), Steps: 32}, 32)
	if err != nil {
		return 0, err
	}
	art, err := p.store.Ensure(sess.Family)
	if err != nil {
		return 0, err
	}
	s := sess.Segments[0]
	start := time.Now()
	if _, err := seal.Prove(art.CCS, art.PK, s.Claim, receipt.Digest{}, s.Witness); err != nil {
		return 0, fmt.Errorf("calibration proof: %w", err)
	}
	rate := float64(art.Manifest.Constraints) / time.Since(start).Seconds()
	p.rate.Store(rate)
	return rate, nil
}

// SetRate sets the throughput directly (constraints per second).
func (p *Peer) SetRate(r float64) { p.rate.Store(r) }

func (p *Peer) estimate(constraints uint64) time.Duration {
	r := p.rate.Load().(float64)
	if r <= 0 {
		r = 20_000 // conservative before calibration
	}
	// gnark's fixed costs dominate small proofs: never promise under 200 ms.
	return max(time.Duration(float64(constraints)/r*float64(time.Second)), 200*time.Millisecond)
}

// Price is what the peer asks for a segment of n constraints.
func (p *Peer) Price(n uint64) *big.Int {
	f := new(big.Float).SetInt(p.cfg.PricePerMConstraint)
	f.Mul(f, big.NewFloat(float64(n)/1e6*(1+p.cfg.Margin)))
	out, _ := f.Int(nil)
	return out
}

// Start launches Capacity workers.
func (p *Peer) Start(ctx context.Context) error {
	wctx, cancel := context.WithCancel(context.Background())
	p.stop = cancel
	for i := 0; i < p.cfg.Capacity; i++ {
		p.wg.Add(1)
		go p.worker(wctx)
	}
	return nil
}

// Close stops the workers (in-flight proofs are abandoned: the node's
// deadline hands them to the next bidder) and waits for them.
func (p *Peer) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	p.mu.Unlock()
	if p.stop != nil {
		p.stop()
	}
	p.wg.Wait()
	return nil
}

// Stats returns a snapshot.
func (p *Peer) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.stats
	s.Queued = len(p.jobs)
	s.Earned = new(big.Int).Set(p.earned)
	return s
}

func keyOf(task []byte, index, attempt uint32) (segKey, bool) {
	var k segKey
	if len(task) != 32 {
		return k, false
	}
	copy(k.task[:], task)
	k.index, k.attempt = index, attempt
	return k, true
}

// HandleAnnouncement decides whether to bid and bids.
func (p *Peer) HandleAnnouncement(ctx context.Context, a *pb.SegmentAnnouncement) error {
	k, ok := keyOf(a.TaskId, a.Index, a.Attempt)
	if !ok || a.Artifacts == nil {
		return fmt.Errorf("peer: malformed announcement")
	}
	if !supported(a.Artifacts.Family) {
		return nil // a program this build cannot run
	}
	price := p.Price(a.Constraints)
	maxPrice := new(big.Int).SetBytes(a.MaxPrice)
	if price.Cmp(maxPrice) > 0 {
		return nil // not worth it at this price
	}
	p.mu.Lock()
	held := len(p.jobs)
	if held >= p.cfg.Capacity || p.closed {
		p.mu.Unlock()
		return nil
	}
	// The promise: the proof itself, after the work ahead of it.
	promised := p.estimate(a.Constraints) * time.Duration(1+held/p.cfg.Capacity)
	if promised > time.Duration(a.ProvingTime)*time.Millisecond {
		p.mu.Unlock()
		return nil
	}
	now := time.Now()
	for old, b := range p.bids {
		if now.Sub(b.at) > bidMemory {
			delete(p.bids, old)
		}
	}
	p.bids[k] = openBid{ann: a, at: now}
	p.stats.Bids++
	p.mu.Unlock()
	return p.net.PublishBid(ctx, &pb.Bid{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt, Price: price.Bytes(),
		PromisedTime: uint64(promised.Milliseconds()), ProverPeer: p.peerID, Capacity: uint32(p.cfg.Capacity), Queued: uint32(held)})
}

func supported(family string) bool {
	for _, pre := range []string{"dtree/v1/", "hashchain/v1/"} {
		if len(family) > len(pre) && family[:len(pre)] == pre {
			return true
		}
	}
	return false
}

// HandleAward queues work awarded to this peer, and withdraws from
// segments awarded to others.
func (p *Peer) HandleAward(ctx context.Context, a *pb.Award) {
	k, ok := keyOf(a.TaskId, a.Index, a.Attempt)
	if !ok {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	ob, bid := p.bids[k]
	mine := len(a.Prover) == 20 && [20]byte(a.Prover) == p.address
	if !mine {
		// Someone else proves this segment (perhaps as the next bidder
		// after us): stop any work we hold on it.
		for jk, j := range p.jobs {
			if jk.task == k.task && jk.index == k.index {
				j.cancel()
				delete(p.jobs, jk)
				p.stats.Withdrawn++
			}
		}
		return
	}
	if !bid || p.closed {
		return // an award for a bid we never made (or a replay)
	}
	delete(p.bids, k)
	ann := ob.ann
	if _, dup := p.jobs[k]; dup {
		return
	}
	jctx, cancel := context.WithCancel(context.Background())
	j := &job{ann: ann, award: a, ctx: jctx, cancel: cancel}
	p.jobs[k] = j
	p.stats.Awards++
	select {
	case p.queue <- j:
	default:
		cancel()
		delete(p.jobs, k)
		p.log.Warn("work queue full: award dropped", "segment", a.Index)
	}
}

func (p *Peer) worker(ctx context.Context) {
	defer p.wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-p.queue:
			jc, cancel := context.WithCancel(j.ctx)
			stop := context.AfterFunc(ctx, cancel)
			err := p.run(jc, j)
			stop()
			cancel()
			k, _ := keyOf(j.ann.TaskId, j.ann.Index, j.ann.Attempt)
			p.mu.Lock()
			delete(p.jobs, k)
			switch {
			case err == nil:
				p.stats.Delivered++
				p.earned.Add(p.earned, new(big.Int).SetBytes(j.award.Price))
			case errors.Is(err, context.Canceled):
			default:
				p.stats.Failed++
				p.log.Warn("segment failed", "segment", j.ann.Index, "err", err)
			}
			p.mu.Unlock()
		}
	}
}

// artifacts fetches (or finds cached) the family's setup from the node.
func (p *Peer) artifacts(ctx context.Context, a *pb.SegmentAnnouncement) (*setup.Artifacts, error) {
	m := setup.Manifest{Family: a.Artifacts.Family}
	for _, x := range []struct {
		raw []byte
		dst *string
	}{{a.Artifacts.Ccs, &m.CCS}, {a.Artifacts.Pk, &m.PK}, {a.Artifacts.Vk, &m.VK}} {
		c, err := cid.Cast(x.raw)
		if err != nil {
			return nil, fmt.Errorf("artifact CID: %w", err)
		}
		*x.dst = c.String()
		if _, err := p.store.Get(c); err == nil {
			continue
		}
		b, err := p.net.Fetch(ctx, a.NodePeer, c, 1<<30)
		if err != nil {
			return nil, fmt.Errorf("fetch artifact %s: %w", c, err)
		}
		if _, err := p.store.Put(b); err != nil {
			return nil, err
		}
	}
	return p.store.Load(m)
}

func (p *Peer) run(ctx context.Context, j *job) error {
	a := j.ann
	art, err := p.artifacts(ctx, a)
	if err != nil {
		return err
	}
	wc, err := cid.Cast(a.WitnessCid)
	if err != nil {
		return fmt.Errorf("witness CID: %w", err)
	}
	wit, err := p.net.Fetch(ctx, a.NodePeer, wc, p.cfg.MaxWitness)
	if err != nil {
		return fmt.Errorf("fetch witness: %w", err)
	}
	claim := receipt.Claim{Family: a.Artifacts.Family, Index: a.Index}
	copy(claim.ProgramID[:], a.ProgramId)
	copy(claim.StateIn[:], a.StateIn)
	copy(claim.StateOut[:], a.StateOut)
	copy(claim.InputIn[:], a.InputIn)
	copy(claim.InputOut[:], a.InputOut)
	// The seal binds the task, this prover and the awarded price: the node
	// can neither re-label it nor pay it at another price.
	price := new(big.Int).SetBytes(j.award.Price)
	r := receipt.SegmentReceipt{Claim: claim, Prover: p.address, Price: price}
	copy(r.Task[:], a.TaskId)
	binding, err := r.Binding()
	if err != nil {
		return err
	}
	ccs, err := art.NewCCS() // one system per proof: workers run concurrently
	if err != nil {
		return err
	}
	s, err := seal.Prove(ccs, art.PK, claim, binding, wit)
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.stats.Proven++
	p.mu.Unlock()
	switch p.cfg.Misbehave {
	case Silent:
		<-ctx.Done()
		return ctx.Err()
	case Slow:
		wait := time.Until(time.UnixMilli(int64(j.award.Deadline))) + time.Second
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ctx.Err()
		}
	case InvalidProof:
		s[len(s)/2] ^= 0x01
	case WrongClaim:
		r.Claim.StateOut = r.Claim.StateIn
	}
	r.Seal = s
	enc, err := r.MarshalBinary()
	if err != nil {
		return err
	}
	d := &pb.ReceiptDelivery{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt, Receipt: enc}
	var last error
	for try := 0; try < p.cfg.DeliveryRetries; try++ {
		if last = p.net.Deliver(ctx, a.NodePeer, d); last == nil {
			return nil
		} else if errors.Is(last, ErrRefused) {
			return last
		}
		select {
		case <-time.After(p.cfg.RetryDelay << min(try, 5)):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return fmt.Errorf("deliver segment %d: %w", a.Index, last)
}
