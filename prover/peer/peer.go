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
// peer proves Capacity segments at once and holds up to Queue more,
// awarded and waiting for a worker, so it bids for work it can start as
// soon as its current job ends. A bid promises a start (when a worker
// frees for it: the running proofs' remaining estimates, then the queued
// jobs, in award order, on the earliest free worker) and a delivery (that
// start plus the segment's estimated proving time). Estimates come from
// the measured throughput: calibrated at start, then updated after every
// proof. The peer bids only while it holds fewer than Capacity + Queue
// segments and the promised delivery fits in the announced proving time,
// so its queue is clamped by what it measured it can do.
//
// Preparation: when it bids on a family it has not loaded, the peer
// fetches and loads the family's artifacts in the background (trusted
// families only, from a node the chain vouched for); on an award, it
// fetches and loads what the job needs (the family's artifacts if still
// missing, the witness, a constraint system from a pool, the witness
// decoded and checked against the announced claim) at once, while its
// workers prove earlier jobs, so a worker goes from one proof to the next
// without waiting on the network.
//
// Misbehaviour for tests and testnets (Config.Misbehave): "invalid-proof"
// flips a seal byte, "wrong-claim" delivers a receipt whose claim is not
// the segment's, "silent" takes awards and never delivers, "slow" waits
// past the proving deadline before delivering, "hostile-seal" delivers a
// 196-byte seal whose commitment count says 2^32−1 (the seal that once
// made gnark allocate 256 GiB), "steal" also proves every segment it bid
// on that the node awarded to another prover, binding the seal to itself,
// and delivers it as that segment's receipt.
package peer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
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
	HostileSeal  = "hostile-seal"
	Steal        = "steal"
)

// Modes lists the misbehaviour modes.
var Modes = []string{InvalidProof, WrongClaim, Silent, Slow, HostileSeal, Steal}

// hostileSeal is the 196-byte seal of the trust review: three compressed
// points of zeros and a commitment count of 2^32−1.
func hostileSeal() []byte {
	s := make([]byte, 196)
	s[128], s[129], s[130], s[131] = 0xff, 0xff, 0xff, 0xff
	return s
}

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
	// Capacity is how many segments it proves at once.
	Capacity int `toml:"capacity"`
	// Queue is how many more awarded segments it holds, prepared and
	// waiting for a worker.
	Queue int `toml:"queue"`
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

// DefaultConfig is an honest prover proving one segment at a time, with one
// more queued behind it.
func DefaultConfig() Config {
	return Config{PricePerMConstraint: big.NewInt(1e12), Margin: 0.1, Capacity: 1, Queue: 1, MaxWitness: 64 << 20,
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
	case c.Queue < 0:
		return fmt.Errorf("%w: queue must not be negative", ErrConfig)
	case c.MaxWitness <= 0 || c.DeliveryRetries < 1 || c.RetryDelay <= 0:
		return fmt.Errorf("%w: witness limit, retries and retry delay must be positive", ErrConfig)
	case c.MaxProvingKey <= 0 || c.MaxConstraintSystem <= 0:
		return fmt.Errorf("%w: proving key and constraint system limits must be positive", ErrConfig)
	}
	switch c.Misbehave {
	case Honest, InvalidProof, WrongClaim, Silent, Slow, HostileSeal, Steal:
	default:
		return fmt.Errorf("%w: unknown misbehaviour %q (want one of %s)", ErrConfig, c.Misbehave, strings.Join(Modes, ", "))
	}
	return nil
}

// Network is how the peer reaches the market.
type Network interface {
	// PublishBid sends a bid on gossip.
	PublishBid(ctx context.Context, b *pb.Bid) error
	// Fetch gets a blob from the node (nodePeer), hash-checked, at most
	// max bytes. An error wrapping ErrRefused will not change on a retry.
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
	// seq orders jobs by award; est is the proof's estimated time;
	// started is when a worker took it (zero while queued).
	seq     uint64
	est     time.Duration
	started time.Time
	// ready is closed once prep or prepErr is set.
	ready   chan struct{}
	prep    *prepared
	prepErr error
}

// prepared is a job ready to prove.
type prepared struct {
	art     *setup.Artifacts
	sealer  *seal.Prepared
	ccs     constraint.ConstraintSystem
	r       receipt.SegmentReceipt
	binding receipt.Digest
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

	mu      sync.Mutex
	bids    map[segKey]openBid // bids that may still win (a next-bidder award comes late)
	jobs    map[segKey]*job    // awarded to us, not yet delivered
	seq     uint64
	loaded  map[string]*setup.Artifacts
	loading map[string]chan struct{} // families being fetched and loaded
	// warmFailed is when loading a family ahead of an award last failed.
	warmFailed map[string]time.Time
	pool       map[string][]constraint.ConstraintSystem // idle constraint systems per family
	queue      chan *job
	stats      Stats
	earned     *big.Int

	// ctx ends with Close: it bounds workers, preparations and jobs.
	ctx    context.Context
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
		loading: map[string]chan struct{}{}, pool: map[string][]constraint.ConstraintSystem{}, warmFailed: map[string]time.Time{},
		queue: make(chan *job, 1024), earned: new(big.Int)}
	p.ctx, p.stop = context.WithCancel(context.Background())
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

// Rate is the throughput the peer bids by, in constraints per second.
func (p *Peer) Rate() float64 { return p.rate.Load().(float64) }

// observe folds a proof of n constraints that took d into the throughput.
func (p *Peer) observe(n uint64, d time.Duration) {
	if n == 0 || d <= 0 {
		return
	}
	r := float64(n) / d.Seconds()
	if old := p.rate.Load().(float64); old > 0 {
		r = (old + r) / 2
	}
	p.rate.Store(r)
}

// startIn is how long from now until a worker would be free for one more
// job: the running proofs' remaining estimates, then the queued jobs, in
// award order, each on the earliest free worker. p.mu is held.
func (p *Peer) startIn(now time.Time) time.Duration {
	free := make([]time.Duration, p.cfg.Capacity)
	var queued []*job
	running := 0
	for _, j := range p.jobs {
		if !j.started.IsZero() && running < len(free) {
			free[running] = max(j.est-now.Sub(j.started), 0)
			running++
			continue
		}
		queued = append(queued, j)
	}
	sort.Slice(queued, func(a, b int) bool { return queued[a].seq < queued[b].seq })
	earliest := func() int {
		k := 0
		for i := range free {
			if free[i] < free[k] {
				k = i
			}
		}
		return k
	}
	for _, j := range queued {
		free[earliest()] += j.est
	}
	return free[earliest()]
}

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
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return fmt.Errorf("%w: peer closed", ErrConfig)
	}
	for i := 0; i < p.cfg.Capacity; i++ {
		p.wg.Add(1)
		go p.worker(p.ctx)
	}
	return nil
}

// Close stops the workers and preparations (in-flight proofs are
// abandoned: the node's deadline hands them to the next bidder) and waits
// for them.
func (p *Peer) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	p.mu.Unlock()
	p.stop()
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
	full := len(p.jobs) >= p.cfg.Capacity+p.cfg.Queue || p.closed
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
	if held >= p.cfg.Capacity+p.cfg.Queue || p.closed {
		p.mu.Unlock()
		return nil
	}
	// The promise: the proof itself, after the work ahead of it.
	now := time.Now()
	start := p.startIn(now)
	promised := start + p.estimate(a.Constraints)
	if promised > time.Duration(a.ProvingTime)*time.Millisecond {
		p.mu.Unlock()
		return nil
	}
	for old, b := range p.bids {
		if now.Sub(b.at) > bidMemory {
			delete(p.bids, old)
		}
	}
	p.bids[k] = openBid{ann: a, node: sender, fam: fam, at: now}
	p.stats.Bids++
	p.warm(fam, a.NodePeer)
	p.mu.Unlock()
	return p.net.PublishBid(ctx, &pb.Bid{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt, Price: price.Bytes(),
		PromisedTime: uint64(promised.Milliseconds()), PromisedStart: uint64(start.Milliseconds()), ProverPeer: p.peerID,
		Capacity: uint32(p.cfg.Capacity), Queue: uint32(p.cfg.Queue), Queued: uint32(held)})
}

func supported(family string) bool {
	for _, pre := range []string{"dtree/v2/", "hashchain/v1/"} {
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
	if !mine && bid && !p.closed && p.cfg.Misbehave == Steal && ob.node == sender {
		if _, dup := p.jobs[k]; !dup {
			// The thief proves the segment awarded to another prover as
			// if it were its own (at the awarded price, bound to itself).
			p.log.Info("misbehaving: proving a segment awarded to another prover", "segment", a.Index)
			p.takeLocked(k, ob, a)
		}
		return
	}
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
	if _, dup := p.jobs[k]; dup {
		delete(p.bids, k)
		return
	}
	p.takeLocked(k, ob, a)
}

// takeLocked queues the job of award a of the segment bid on as ob (p.mu
// held).
func (p *Peer) takeLocked(k segKey, ob openBid, a *pb.Award) {
	delete(p.bids, k)
	jctx, cancel := context.WithCancel(p.ctx)
	p.seq++
	j := &job{ann: ob.ann, node: ob.node, fam: ob.fam, award: a, ctx: jctx, cancel: cancel,
		seq: p.seq, est: p.estimate(ob.ann.Constraints), ready: make(chan struct{})}
	select {
	case p.queue <- j:
	default:
		cancel()
		p.log.Warn("work queue full: award dropped", "segment", a.Index)
		return
	}
	p.jobs[k] = j
	p.stats.Awards++
	// Prepare it now, while the workers prove what is ahead of it.
	p.wg.Add(1)
	go p.prepare(j)
}

// warmTimeout bounds fetching and loading a family ahead of an award;
// after a failure, bids do not try again for warmBackoff (an award does).
const (
	warmTimeout = 5 * time.Minute
	warmBackoff = time.Minute
)

// warm fetches and loads f, and decodes one constraint system of it, in
// the background when the peer bids on a family it has not loaded, so
// that an award finds its proving key ready. Only trusted families get
// here, and only for announcements the chain vouched for. p.mu is held.
func (p *Peer) warm(f family, nodePeer []byte) {
	if p.closed || p.loaded[f.m.Family] != nil || time.Since(p.warmFailed[f.m.Family]) < warmBackoff {
		return
	}
	if _, busy := p.loading[f.m.Family]; busy {
		return
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		defer func() {
			if r := recover(); r != nil {
				p.log.Error("loading a family ahead of an award panicked", "family", f.m.Family, "panic", fmt.Sprint(r))
			}
		}()
		ctx, cancel := context.WithTimeout(p.ctx, warmTimeout)
		defer cancel()
		a, err := p.artifacts(ctx, f, nodePeer)
		if err != nil {
			p.log.Debug("loading a family ahead of an award", "family", f.m.Family, "err", err)
			p.mu.Lock()
			p.warmFailed[f.m.Family] = time.Now()
			p.mu.Unlock()
			return
		}
		p.mu.Lock()
		idle := len(p.pool[f.m.Family])
		p.mu.Unlock()
		if idle == 0 {
			if c, err := a.NewCCS(); err == nil {
				p.putCCS(f.m.Family, c)
			}
		}
	}()
}

// prepare readies j for a worker: artifacts, witness, constraint system,
// the witness checked against the claim. A panic (in a decoder) fails the
// job; the peer lives on.
func (p *Peer) prepare(j *job) {
	defer p.wg.Done()
	defer close(j.ready)
	defer func() {
		if r := recover(); r != nil {
			p.log.Error("preparing a proof job panicked: segment failed", "segment", j.ann.Index, "family", j.fam.m.Family,
				"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			j.prep, j.prepErr = nil, fmt.Errorf("%w: %v", ErrPanic, r)
		}
	}()
	j.prep, j.prepErr = p.prepareJob(j.ctx, j)
}

func (p *Peer) prepareJob(ctx context.Context, j *job) (*prepared, error) {
	a := j.ann
	art, err := p.artifacts(ctx, j.fam, a.NodePeer)
	if err != nil {
		return nil, err
	}
	wc, err := cid.Cast(a.WitnessCid)
	if err != nil {
		return nil, fmt.Errorf("witness CID: %w", err)
	}
	// The witness is fetched again on failure: a link to the node that was
	// cut and has healed fails a stream or two before it works again, and
	// the award is worth the wait (its node asks at the deadline whether
	// the prover still holds it).
	var wit []byte
	err = p.retry(ctx, func() error {
		var err error
		wit, err = p.net.Fetch(ctx, a.NodePeer, wc, p.cfg.MaxWitness)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("fetch witness: %w", err)
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
		return nil, err
	}
	ccs, err := p.takeCCS(art)
	if err != nil {
		return nil, err
	}
	sealer, err := seal.Prepare(ccs, claim, wit)
	if err != nil {
		p.putCCS(art.Manifest.Family, ccs)
		return nil, err
	}
	return &prepared{art: art, sealer: sealer, ccs: ccs, r: r, binding: binding}, nil
}

// takeCCS returns an idle constraint system of a's family, or decodes a
// new one: a system serves one proof at a time.
func (p *Peer) takeCCS(a *setup.Artifacts) (constraint.ConstraintSystem, error) {
	fam := a.Manifest.Family
	p.mu.Lock()
	if l := p.pool[fam]; len(l) > 0 {
		c := l[len(l)-1]
		p.pool[fam] = l[:len(l)-1]
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()
	return a.NewCCS()
}

// putCCS returns a system to the pool (at most what the jobs may use).
func (p *Peer) putCCS(fam string, c constraint.ConstraintSystem) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.pool[fam]) < p.cfg.Capacity+p.cfg.Queue {
		p.pool[fam] = append(p.pool[fam], c)
	}
}

func (p *Peer) worker(ctx context.Context) {
	defer p.wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-p.queue:
			p.mu.Lock()
			j.started = time.Now()
			p.mu.Unlock()
			err := p.runSafe(j.ctx, j)
			j.cancel()
			select {
			case <-j.ready:
				if j.prep != nil {
					p.putCCS(j.prep.art.Manifest.Family, j.prep.ccs)
				}
			default: // still preparing (cancelled): its system is dropped
			}
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
func (p *Peer) artifacts(ctx context.Context, f family, nodePeer []byte) (*setup.Artifacts, error) {
	fam := f.m.Family
	for {
		p.mu.Lock()
		if a := p.loaded[fam]; a != nil {
			p.mu.Unlock()
			return a, nil
		}
		wait, busy := p.loading[fam]
		if !busy {
			break // p.mu still held
		}
		p.mu.Unlock()
		select {
		case <-wait: // another job loaded it (or failed: try ourselves)
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	done := make(chan struct{})
	p.loading[fam] = done
	p.mu.Unlock()
	a, err := p.load(ctx, f, nodePeer)
	p.mu.Lock()
	delete(p.loading, fam)
	if err == nil {
		p.loaded[fam] = a
	}
	p.mu.Unlock()
	close(done)
	return a, err
}

// load fetches and loads family f (see artifacts).
func (p *Peer) load(ctx context.Context, f family, nodePeer []byte) (*setup.Artifacts, error) {
	ccsCap, pkCap := f.caps(p.cfg)
	for _, x := range []struct {
		c   cid.Cid
		max int64
	}{{f.ccs, ccsCap}, {f.pk, pkCap}, {f.vk, MaxVerifyingKey}} {
		if _, err := p.store.Get(x.c); err == nil {
			continue
		}
		b, err := p.net.Fetch(ctx, nodePeer, x.c, x.max)
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
	// A prover proves witnesses the node made: it names no program, so it
	// neither fetches nor loads a family's model basis.
	m := f.m
	m.Basis, m.ModelValues = "", 0
	return p.store.Load(m)
}

func (p *Peer) run(ctx context.Context, j *job) error {
	a := j.ann
	select {
	case <-j.ready:
	case <-ctx.Done():
		return ctx.Err()
	}
	if j.prepErr != nil {
		return j.prepErr
	}
	if err := ctx.Err(); err != nil {
		return err // withdrawn while it waited
	}
	pr := j.prep
	t0 := time.Now()
	s, err := pr.sealer.Prove(pr.art.PK, pr.binding)
	if err != nil {
		return err
	}
	took := time.Since(t0)
	p.observe(a.Constraints, took)
	p.log.Info("segment proven", "task", fmt.Sprintf("0x%x", a.TaskId), "segment", a.Index, "attempt", a.Attempt,
		"constraints", a.Constraints, "proving_ms", took.Milliseconds())
	r := pr.r
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
	case HostileSeal:
		s = hostileSeal()
	}
	r.Seal = s
	enc, err := r.MarshalBinary()
	if err != nil {
		return err
	}
	d := &pb.ReceiptDelivery{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt, Receipt: enc}
	if err := p.retry(ctx, func() error { return p.net.Deliver(ctx, a.NodePeer, d) }); err != nil {
		return fmt.Errorf("deliver segment %d: %w", a.Index, err)
	}
	return nil
}

// retry runs f until it succeeds, fails for good (ErrRefused), has failed
// DeliveryRetries times, or ctx ends; it waits RetryDelay after the first
// failure, doubled after each (at most 32 times). It returns f's last
// error, or ctx's.
func (p *Peer) retry(ctx context.Context, f func() error) error {
	var last error
	for try := 0; try < p.cfg.DeliveryRetries; try++ {
		if last = f(); last == nil || errors.Is(last, ErrRefused) {
			return last
		}
		if try == p.cfg.DeliveryRetries-1 {
			break
		}
		select {
		case <-time.After(p.cfg.RetryDelay << min(try, 5)):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return last
}

// Holds reports whether the peer holds the award of segment (task, index,
// attempt) from the node whose libp2p peer ID is nodePeer: queued,
// preparing or proving (netproto.AwardStatus). A job it gave up (its
// witness never came, its proof or delivery failed) or delivered is no
// longer held; nor is an award it never received. Only the award's own
// node is told.
func (p *Peer) Holds(nodePeer []byte, task []byte, index, attempt uint32) bool {
	k, ok := keyOf(task, index, attempt)
	if !ok {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	j, ok := p.jobs[k]
	return ok && j.award != nil && len(j.award.Prover) == 20 && [20]byte(j.award.Prover) == p.address &&
		bytes.Equal(j.ann.NodePeer, nodePeer)
}
