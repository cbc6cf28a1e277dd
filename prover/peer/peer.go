// Package peer is the prover peer's engine (DESIGN.md §6): it measures its
// own throughput with a real proof, decides which announced segments to bid
// on and at what price, proves awarded segments with a pool of workers,
// delivers each receipt to the node with retries until acknowledged, and
// drops work awarded to someone else. It knows the network only through the
// small Network interface, and the chain only through Authority;
// prover/daemon wires both.
//
// Trust (DESIGN.md §11): every announcement and award is signed, and the
// caller passes its signer. The peer bids only on an announcement signed by
// a registered node (stake at least the minimum) that holds the task on
// chain, open; it takes an award, or drops its own work on an award to
// someone else, only when the award is signed by the node of the
// announcement it bid on. It fetches and loads only the artifacts the
// network trusts (Trusted: family to manifest), each within a size cap for
// its kind, and an announcement naming a family or CIDs outside that set is
// ignored. A chain lookup that fails means "do not act". Whatever is
// ignored for lack of trust is counted in Stats.Ignored. A proof job that
// panics is a failed segment; its worker lives on.
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
	"runtime/debug"
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

// MaxVerifyingKey bounds a fetched verifying key (a BN254 Groth16 key is
// about a kilobyte plus 64 bytes per public input).
const MaxVerifyingKey = 1 << 20

// Per-family bounds on the other artifacts, from the constraint count the
// trusted manifest states: measured proving keys are about 0.5 KiB and
// constraint systems about 0.1 KiB per constraint, so these leave an
// eight-fold margin. Config.MaxProvingKey and MaxConstraintSystem cap them.
const (
	pkBytesPerConstraint  = 4 << 10
	ccsBytesPerConstraint = 1 << 10
	artifactSlack         = 16 << 20
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
	// MaxProvingKey and MaxConstraintSystem are the largest proving key
	// and constraint system it fetches, in bytes; a family's own bound,
	// from its constraint count, is often lower.
	MaxProvingKey       int64 `toml:"max_proving_key"`
	MaxConstraintSystem int64 `toml:"max_constraint_system"`
	// DeliveryRetries and RetryDelay bound receipt delivery.
	DeliveryRetries int           `toml:"delivery_retries"`
	RetryDelay      time.Duration `toml:"retry_delay"`
	// Misbehave is "" for an honest prover, or one of the modes above.
	Misbehave string `toml:"misbehave"`
}

// DefaultConfig is an honest prover with one segment at a time.
func DefaultConfig() Config {
	return Config{PricePerMConstraint: big.NewInt(1e12), Margin: 0.1, Capacity: 1, MaxWitness: 64 << 20,
		MaxProvingKey: 2 << 30, MaxConstraintSystem: 1 << 30,
		DeliveryRetries: 10, RetryDelay: 200 * time.Millisecond}
}

// Validate checks c.
func (c Config) Validate() error {
	switch {
	case c.PricePerMConstraint == nil || c.PricePerMConstraint.Sign() < 0:
		return fmt.Errorf("%w: price per million constraints must be set and non-negative", ErrConfig)
	case c.Margin < 0:
		return fmt.Errorf("%w: margin must be non-negative", ErrConfig)
	case c.Capacity < 1:
		return fmt.Errorf("%w: capacity must be at least 1", ErrConfig)
	case c.MaxWitness <= 0 || c.DeliveryRetries < 1 || c.RetryDelay <= 0:
		return fmt.Errorf("%w: witness limit, retries and retry delay must be positive", ErrConfig)
	case c.MaxProvingKey <= 0 || c.MaxConstraintSystem <= 0:
		return fmt.Errorf("%w: proving key and constraint system limits must be positive", ErrConfig)
	}
	switch c.Misbehave {
	case Honest, InvalidProof, WrongClaim, Silent, Slow:
	default:
		return fmt.Errorf("%w: unknown misbehaviour %q (want invalid-proof, wrong-claim, silent or slow)", ErrConfig, c.Misbehave)
	}
	return nil
}

// Network is how the peer reaches the market.
type Network interface {
	// PublishBid sends a bid on gossip.
	PublishBid(ctx context.Context, b *pb.Bid) error
	// Fetch gets a blob from the node (nodePeer), hash-checked, at most max bytes.
	Fetch(ctx context.Context, nodePeer []byte, c cid.Cid, max int64) ([]byte, error)
	// Deliver sends a receipt to the node and returns once it acknowledged.
	Deliver(ctx context.Context, nodePeer []byte, d *pb.ReceiptDelivery) error
}

// Authority answers from the chain who may hand out work. prover/daemon
// implements it over the Aoraki contract. An error means the answer is
// unknown: the peer then does not act.
type Authority interface {
	// TaskNode returns the node that holds task on chain, and whether the
	// task is open; the zero address for a task the chain does not know.
	TaskNode(ctx context.Context, task [32]byte) (node [20]byte, open bool, err error)
	// Registered reports whether addr is a registered node (active, or
	// exiting with tasks still to serve) whose stake is at least the
	// contract's minimum.
	Registered(ctx context.Context, addr [20]byte) (bool, error)
}

// Trust is what the peer believes: the chain, for who may announce and
// award work, and the network's artifacts, for what it may fetch and load.
type Trust struct {
	Nodes Authority
	// Artifacts are the families the network trusts, by name (its
	// network file's artifact_cids, resolved to manifests).
	Artifacts map[string]setup.Manifest
}

// Stats is what the status line shows.
type Stats struct {
	Bids, Awards, Proven, Delivered, Failed, Withdrawn int64
	// Ignored counts announcements and awards dropped for lack of trust:
	// signed by anyone but the node that holds the task, or naming
	// artifacts the network does not trust.
	Ignored int64
	Queued  int
	Earned  *big.Int // sum of awarded prices delivered
}

type segKey struct {
	task    [32]byte
	index   uint32
	attempt uint32
}

// family is a trusted family with its CIDs parsed.
type family struct {
	m           setup.Manifest
	ccs, pk, vk cid.Cid
}

// caps are the fetch limits of f's constraint system and proving key.
func (f family) caps(cfg Config) (ccs, pk int64) {
	ccs, pk = cfg.MaxConstraintSystem, cfg.MaxProvingKey
	if n := int64(f.m.Constraints); n > 0 {
		ccs = min(ccs, n*ccsBytesPerConstraint+artifactSlack)
		pk = min(pk, n*pkBytesPerConstraint+artifactSlack)
	}
	return ccs, pk
}

type openBid struct {
	ann  *pb.SegmentAnnouncement
	node [20]byte // the announcement's signer, checked against the chain
	fam  family
	at   time.Time
}

// bidMemory is how long a bid may still be awarded to us: the node moves an
// award to the next bidder when the winner misses its proving deadline.
const bidMemory = 30 * time.Minute

type job struct {
	ann    *pb.SegmentAnnouncement
	node   [20]byte
	fam    family
	award  *pb.Award
	cancel context.CancelFunc
	ctx    context.Context
}

// Peer is one prover.
type Peer struct {
	cfg     Config
	store   *setup.Store
	net     Network
	auth    Authority
	trusted map[string]family
	address [20]byte
	peerID  []byte
	log     *slog.Logger

	rate atomic.Value // float64 constraints per second, from Calibrate

	mu     sync.Mutex
	bids   map[segKey]openBid // bids that may still win (a next-bidder award comes late)
	jobs   map[segKey]*job    // awarded to us, not yet delivered
	loaded map[string]*setup.Artifacts
	queue  chan *job
	stats  Stats
	earned *big.Int

	wg     sync.WaitGroup
	stop   context.CancelFunc
	closed bool
}

// New returns a peer; Start launches its workers.
func New(cfg Config, store *setup.Store, net Network, trust Trust, address [20]byte, peerID []byte, log *slog.Logger) (*Peer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if trust.Nodes == nil {
		return nil, fmt.Errorf("%w: no authority to check announcements against", ErrConfig)
	}
	trusted, err := parseTrusted(trust.Artifacts)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	p := &Peer{cfg: cfg, store: store, net: net, auth: trust.Nodes, trusted: trusted, address: address, peerID: peerID, log: log,
		bids: map[segKey]openBid{}, jobs: map[segKey]*job{}, loaded: map[string]*setup.Artifacts{},
		queue: make(chan *job, 1024), earned: new(big.Int)}
	p.rate.Store(0.0)
	return p, nil
}

func parseTrusted(arts map[string]setup.Manifest) (map[string]family, error) {
	out := make(map[string]family, len(arts))
	for name, m := range arts {
		if m.Family != name {
			return nil, fmt.Errorf("%w: manifest of family %q listed as %q", ErrConfig, m.Family, name)
		}
		f := family{m: m}
		for _, x := range []struct {
			s   string
			dst *cid.Cid
		}{{m.CCS, &f.ccs}, {m.PK, &f.pk}, {m.VK, &f.vk}} {
			c, err := cid.Decode(x.s)
			if err != nil {
				return nil, fmt.Errorf("%w: artifact CID %q of %s: %v", ErrConfig, x.s, name, err)
			}
			*x.dst = c
		}
		out[name] = f
	}
	return out, nil
}

// Address is the prover's payout address.
func (p *Peer) Address() [20]byte { return p.address }

// Calibrate proves a small real segment and records the throughput; it
// returns constraints per second. Its circuit is set up locally.
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

// ignored counts a message dropped for lack of trust and returns err.
func (p *Peer) ignored(err error) error {
	p.mu.Lock()
	p.stats.Ignored++
	p.mu.Unlock()
	return err
}

// trustedFamily returns the trusted family an announcement names, when
// its CIDs are exactly the trusted ones.
func (p *Peer) trustedFamily(a *pb.Artifacts) (family, error) {
	f, ok := p.trusted[a.Family]
	if !ok {
		return family{}, fmt.Errorf("%w: family %q", ErrUntrustedArtifacts, a.Family)
	}
	for _, x := range []struct {
		raw  []byte
		want cid.Cid
	}{{a.Ccs, f.ccs}, {a.Pk, f.pk}, {a.Vk, f.vk}} {
		c, err := cid.Cast(x.raw)
		if err != nil || !c.Equals(x.want) {
			return family{}, fmt.Errorf("%w: %s names artifacts other than the network's", ErrUntrustedArtifacts, a.Family)
		}
	}
	return f, nil
}

// vouch checks with the chain that sender is a registered node holding
// the open task.
func (p *Peer) vouch(ctx context.Context, sender [20]byte, task [32]byte) error {
	ok, err := p.auth.Registered(ctx, sender)
	if err != nil {
		return fmt.Errorf("%w: node %x: %v", ErrAuthority, sender, err)
	}
	if !ok {
		return p.ignored(fmt.Errorf("%w: %x is not a registered node", ErrUntrustedSender, sender))
	}
	node, open, err := p.auth.TaskNode(ctx, task)
	if err != nil {
		return fmt.Errorf("%w: task %x: %v", ErrAuthority, task, err)
	}
	if node != sender {
		return p.ignored(fmt.Errorf("%w: task %x is held by %x, not %x", ErrUntrustedSender, task, node, sender))
	}
	if !open {
		return fmt.Errorf("%w: task %x is not open", ErrUntrustedSender, task)
	}
	return nil
}

// HandleAnnouncement decides whether to bid on an announcement signed by
// sender, and bids. It returns why it did not bid when that was for lack
// of trust (ErrUntrustedSender, ErrUntrustedArtifacts, ErrAuthority) or a
// malformed announcement; nil otherwise.
func (p *Peer) HandleAnnouncement(ctx context.Context, sender [20]byte, a *pb.SegmentAnnouncement) error {
	k, ok := keyOf(a.TaskId, a.Index, a.Attempt)
	if !ok || a.Artifacts == nil {
		return fmt.Errorf("%w: announcement without task id or artifacts", ErrMalformed)
	}
	if !supported(a.Artifacts.Family) {
		return nil // a program this build cannot run
	}
	fam, err := p.trustedFamily(a.Artifacts)
	if err != nil {
		return p.ignored(err)
	}
	price := p.Price(a.Constraints)
	maxPrice := new(big.Int).SetBytes(a.MaxPrice)
	if price.Cmp(maxPrice) > 0 {
		return nil // not worth it at this price
	}
	p.mu.Lock()
	full := len(p.jobs) >= p.cfg.Capacity || p.closed
	p.mu.Unlock()
	if full {
		return nil
	}
	// Only now ask the chain (cached): what we would not bid on anyway
	// costs no lookup.
	if err := p.vouch(ctx, sender, k.task); err != nil {
		return err
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
	p.bids[k] = openBid{ann: a, node: sender, fam: fam, at: now}
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
// segments awarded to others, when sender is the node whose announcement
// the peer bid on (the chain vouched for it then). Any other award is
// ignored: it needs no chain lookup.
func (p *Peer) HandleAward(ctx context.Context, sender [20]byte, a *pb.Award) {
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
		// after us): stop any work we hold on it, if its node says so.
		forged := false
		for jk, j := range p.jobs {
			if jk.task != k.task || jk.index != k.index {
				continue
			}
			if j.node != sender {
				forged = true
				continue
			}
			j.cancel()
			delete(p.jobs, jk)
			p.stats.Withdrawn++
		}
		if forged {
			p.stats.Ignored++
			p.log.Debug("award to another prover not signed by the task's node: ignored", "segment", a.Index, "sender", fmt.Sprintf("%x", sender))
		}
		return
	}
	if !bid || p.closed {
		return // an award for a bid we never made (or a replay)
	}
	if ob.node != sender {
		p.stats.Ignored++
		p.log.Debug("award not signed by the task's node: ignored", "segment", a.Index, "sender", fmt.Sprintf("%x", sender))
		return
	}
	delete(p.bids, k)
	if _, dup := p.jobs[k]; dup {
		return
	}
	jctx, cancel := context.WithCancel(context.Background())
	j := &job{ann: ob.ann, node: ob.node, fam: ob.fam, award: a, ctx: jctx, cancel: cancel}
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
			err := p.runSafe(jc, j)
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
			case errors.Is(err, ErrPanic):
				p.stats.Failed++ // logged by runSafe
			default:
				p.stats.Failed++
				p.log.Warn("segment failed", "segment", j.ann.Index, "err", err)
			}
			p.mu.Unlock()
		}
	}
}

// runSafe runs j, turning a panic (in a decoder, in the prover) into
// ErrPanic so that the worker lives on.
func (p *Peer) runSafe(ctx context.Context, j *job) (err error) {
	defer func() {
		if r := recover(); r != nil {
			p.log.Error("proof job panicked: segment failed", "segment", j.ann.Index, "family", j.fam.m.Family,
				"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("%w: %v", ErrPanic, r)
		}
	}()
	return p.run(ctx, j)
}

// artifacts returns the family's loaded artifacts, fetching from the
// announcing node only the trusted CIDs the store lacks, each within the
// cap of its kind.
func (p *Peer) artifacts(ctx context.Context, j *job) (*setup.Artifacts, error) {
	f := j.fam
	p.mu.Lock()
	a := p.loaded[f.m.Family]
	p.mu.Unlock()
	if a != nil {
		return a, nil
	}
	ccsCap, pkCap := f.caps(p.cfg)
	for _, x := range []struct {
		c   cid.Cid
		max int64
	}{{f.ccs, ccsCap}, {f.pk, pkCap}, {f.vk, MaxVerifyingKey}} {
		if _, err := p.store.Get(x.c); err == nil {
			continue
		}
		b, err := p.net.Fetch(ctx, j.ann.NodePeer, x.c, x.max)
		if err != nil {
			return nil, fmt.Errorf("fetch artifact %s: %w", x.c, err)
		}
		got, err := p.store.Put(b)
		if err != nil {
			return nil, err
		}
		if !got.Equals(x.c) {
			return nil, fmt.Errorf("%w: fetched %s, got %s", setup.ErrHashMismatch, x.c, got)
		}
	}
	a, err := p.store.Load(f.m)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	p.loaded[f.m.Family] = a
	p.mu.Unlock()
	return a, nil
}

func (p *Peer) run(ctx context.Context, j *job) error {
	a := j.ann
	art, err := p.artifacts(ctx, j)
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
