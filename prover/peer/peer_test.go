package peer

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ipfs/go-cid"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/protocol/cids"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// node is the market side as the peer sees it: blobs to fetch, bids and
// deliveries recorded. The node's own tests run the peer over real p2p,
// and prover/daemon's attack tests over real p2p and the real chain.
type node struct {
	mu        sync.Mutex
	blobs     map[string][]byte
	bids      []*pb.Bid
	fetches   map[string]int64 // CID -> the cap the peer asked with
	delivered chan *pb.ReceiptDelivery
	refuse    bool
	// onFetch, when set, runs before a fetch is served (it may block or panic).
	onFetch func(c cid.Cid)
	// cut fails that many more fetches of a CID, as a link cut and healed
	// does (a transient error); tries counts the fetches of each.
	cut   map[string]int
	tries map[string]int
	// refuseFetch refuses a missing blob for good (ErrRefused).
	refuseFetch bool
}

// chainView is an in-memory Authority for the engine's unit tests only:
// registered nodes and who holds which task.
type chainView struct {
	mu    sync.Mutex
	nodes map[[20]byte]bool
	tasks map[[32]byte]heldTask
	err   error
}

type heldTask struct {
	node [20]byte
	open bool
}

func (c *chainView) TaskNode(_ context.Context, task [32]byte) ([20]byte, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.tasks[task]
	return t.node, t.open, c.err
}

func (c *chainView) Registered(_ context.Context, a [20]byte) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.nodes[a], c.err
}

var (
	holder   = [20]byte{0x01} // the registered node holding the fixture's task
	stranger = [20]byte{0x02} // a registered node that does not hold it
	nobody   = [20]byte{0x03} // not registered
)

func (n *node) bidCount() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.bids)
}

func (n *node) fetchCount() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.fetches)
}

func (n *node) PublishBid(_ context.Context, b *pb.Bid) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.bids = append(n.bids, b)
	return nil
}

func (n *node) Fetch(_ context.Context, _ []byte, c cid.Cid, max int64) ([]byte, error) {
	if n.onFetch != nil {
		n.onFetch(c)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.fetches == nil {
		n.fetches = map[string]int64{}
	}
	n.fetches[c.String()] = max
	if n.tries == nil {
		n.tries = map[string]int{}
	}
	n.tries[c.String()]++
	if n.cut[c.String()] > 0 {
		n.cut[c.String()]--
		return nil, fmt.Errorf("stream: read status: i/o deadline reached")
	}
	b, ok := n.blobs[c.String()]
	if !ok && n.refuseFetch {
		return nil, fmt.Errorf("%w: no blob %s", ErrRefused, c)
	}
	if !ok || int64(len(b)) > max {
		return nil, fmt.Errorf("no blob %s", c)
	}
	return b, setup.CheckCID(c, b)
}

func (n *node) Deliver(_ context.Context, _ []byte, d *pb.ReceiptDelivery) error {
	if n.refuse {
		return fmt.Errorf("%w: not yours", ErrRefused)
	}
	n.delivered <- d
	return nil
}

// fixtureTask is the task id of the fixture's announcements.
var fixtureTask = [32]byte{0x7a}

type fixture struct {
	n     *node
	chain *chainView
	sess  *hashchain.Session
	art   *setup.Artifacts
	store *setup.Store
	anns  []*pb.SegmentAnnouncement
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	nodeStore, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := hashchain.Execute(hashchain.Task{Seed: fr.NewElement(11), Steps: 8}, 4)
	if err != nil {
		t.Fatal(err)
	}
	art, err := nodeStore.Ensure(sess.Family)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{n: &node{blobs: map[string][]byte{}, delivered: make(chan *pb.ReceiptDelivery, 8)}, sess: sess, art: art, store: nodeStore,
		chain: &chainView{nodes: map[[20]byte]bool{holder: true, stranger: true}, tasks: map[[32]byte]heldTask{fixtureTask: {node: holder, open: true}}}}
	arts := &pb.Artifacts{Family: art.Manifest.Family}
	for _, x := range []struct {
		s   string
		dst *[]byte
	}{{art.Manifest.CCS, &arts.Ccs}, {art.Manifest.PK, &arts.Pk}, {art.Manifest.VK, &arts.Vk}} {
		c, _ := cid.Decode(x.s)
		b, err := nodeStore.Get(c)
		if err != nil {
			t.Fatal(err)
		}
		f.n.blobs[c.String()] = b
		*x.dst = c.Bytes()
	}
	for i, s := range sess.Segments {
		wc := cids.Of(s.Witness)
		f.n.blobs[wc.String()] = s.Witness
		f.anns = append(f.anns, &pb.SegmentAnnouncement{TaskId: fixtureTask[:], Index: uint32(i), Attempt: 1,
			ProgramId: s.Claim.ProgramID[:], StateIn: s.Claim.StateIn[:], StateOut: s.Claim.StateOut[:],
			InputIn: s.Claim.InputIn[:], InputOut: s.Claim.InputOut[:],
			WitnessCid: wc.Bytes(), Constraints: uint64(art.Manifest.Constraints), MaxPrice: big.NewInt(1e12).Bytes(),
			ProvingTime: 60_000, Artifacts: arts})
	}
	return f
}

func (f *fixture) peer(t *testing.T, cfg Config) *Peer {
	t.Helper()
	st, err := setup.Open(t.TempDir(), nil) // a fresh cache: artifacts come from the node
	if err != nil {
		t.Fatal(err)
	}
	trust := Trust{Nodes: f.chain, Artifacts: map[string]setup.Manifest{f.art.Manifest.Family: f.art.Manifest}}
	p, err := New(cfg, st, f.n, trust, [20]byte{0xb0}, []byte("peer-id"), nil)
	if err != nil {
		t.Fatal(err)
	}
	p.SetRate(1e6)
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// announce hands announcement i to p as signed by its task's node.
func (f *fixture) announce(p *Peer, i int) error {
	return p.HandleAnnouncement(context.Background(), holder, f.anns[i])
}

// award hands p an award of segment i to prover to, signed by the task's node.
func (f *fixture) award(p *Peer, i int, to [20]byte) { f.awardFrom(p, holder, i, to) }

func (f *fixture) awardFrom(p *Peer, sender [20]byte, i int, to [20]byte) {
	a := f.anns[i]
	p.HandleAward(context.Background(), sender, &pb.Award{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt, Prover: to[:],
		Price: big.NewInt(500).Bytes(), Deadline: uint64(time.Now().Add(time.Minute).UnixMilli())})
}

func (f *fixture) verify(t *testing.T, d *pb.ReceiptDelivery) error {
	t.Helper()
	var r receipt.SegmentReceipt
	if err := r.UnmarshalBinary(d.Receipt); err != nil {
		return err
	}
	want := f.sess.Segments[d.Index].Claim
	if r.Claim != want {
		return fmt.Errorf("claim %+v, segment is %+v", r.Claim, want)
	}
	// The seal is bound to the task, the prover and the awarded price.
	if r.Task != fixtureTask || r.Prover != [20]byte{0xb0} || r.Price.Cmp(big.NewInt(500)) != 0 {
		return fmt.Errorf("receipt bound to task %x, prover %x, price %s", r.Task, r.Prover, r.Price)
	}
	return r.Verify(f.store)
}

func TestBidsProvesAndDelivers(t *testing.T) {
	f := newFixture(t)
	cfg := DefaultConfig()
	p := f.peer(t, cfg)
	if err := f.announce(p, 0); err != nil {
		t.Fatal(err)
	}
	if len(f.n.bids) != 1 {
		t.Fatalf("%d bids", len(f.n.bids))
	}
	b := f.n.bids[0]
	if got, want := new(big.Int).SetBytes(b.Price), p.Price(f.anns[0].Constraints); got.Cmp(want) != 0 || b.Capacity != 1 {
		t.Fatalf("bid %+v", b)
	}
	f.award(p, 0, p.Address())
	select {
	case d := <-f.n.delivered:
		if err := f.verify(t, d); err != nil {
			t.Fatalf("delivered receipt does not verify: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("no delivery")
	}
	waitFor(t, func() bool { s := p.Stats(); return s.Delivered == 1 && s.Earned.Int64() == 500 })
}

func TestBidPolicy(t *testing.T) {
	f := newFixture(t)
	cfg := DefaultConfig()
	cfg.PricePerMConstraint = big.NewInt(1e18) // far above the maximum
	p := f.peer(t, cfg)
	f.announce(p, 0)
	if len(f.n.bids) != 0 {
		t.Fatal("bid above the announced maximum")
	}
	cfg = DefaultConfig()
	p = f.peer(t, cfg)
	p.SetRate(1) // one constraint a second: cannot finish in time
	f.announce(p, 0)
	if len(f.n.bids) != 0 {
		t.Fatal("bid on a segment it cannot finish before the deadline")
	}
	bad := proto.Clone(f.anns[0]).(*pb.SegmentAnnouncement)
	bad.Artifacts = &pb.Artifacts{Family: "sp1/v1/x"}
	if err := p.HandleAnnouncement(context.Background(), holder, bad); err != nil || len(f.n.bids) != 0 {
		t.Fatal("bid on a program it cannot run")
	}
	if _, err := New(Config{Capacity: 0}, nil, nil, Trust{}, [20]byte{}, nil, nil); err == nil {
		t.Fatal("accepted capacity 0")
	}
	c := DefaultConfig()
	c.Misbehave = "lazy"
	if err := c.Validate(); err == nil {
		t.Fatal("accepted an unknown misbehaviour")
	}
}

func TestAwardToOtherWithdraws(t *testing.T) {
	f := newFixture(t)
	p := f.peer(t, DefaultConfig())
	f.announce(p, 1)
	f.award(p, 1, [20]byte{0xee})
	if s := p.Stats(); s.Awards != 0 || s.Queued != 0 {
		t.Fatalf("stats after someone else's award: %+v", s)
	}
	// An award for a segment it never bid on is ignored.
	f.award(p, 0, p.Address())
	if s := p.Stats(); s.Awards != 0 {
		t.Fatal("took an award it never bid for")
	}
}

func TestMisbehaviour(t *testing.T) {
	for _, mode := range []string{InvalidProof, WrongClaim} {
		t.Run(mode, func(t *testing.T) {
			f := newFixture(t)
			cfg := DefaultConfig()
			cfg.Misbehave = mode
			p := f.peer(t, cfg)
			f.announce(p, 0)
			f.award(p, 0, p.Address())
			select {
			case d := <-f.n.delivered:
				if err := f.verify(t, d); err == nil {
					t.Fatal("a misbehaving prover delivered a receipt that verifies")
				}
			case <-time.After(time.Minute):
				t.Fatal("no delivery")
			}
		})
	}
	t.Run(Silent, func(t *testing.T) {
		f := newFixture(t)
		cfg := DefaultConfig()
		cfg.Misbehave = Silent
		p := f.peer(t, cfg)
		f.announce(p, 0)
		f.award(p, 0, p.Address())
		waitFor(t, func() bool { return p.Stats().Proven == 1 })
		select {
		case <-f.n.delivered:
			t.Fatal("a silent prover delivered")
		default:
		}
	})
}

// TestHostileSealMode: a "hostile-seal" prover delivers, as its receipt,
// the 196-byte seal whose commitment count says 2^32−1; the receipt's
// decoder refuses it.
func TestHostileSealMode(t *testing.T) {
	f := newFixture(t)
	cfg := DefaultConfig()
	cfg.Misbehave = HostileSeal
	p := f.peer(t, cfg)
	f.announce(p, 0)
	f.award(p, 0, p.Address())
	select {
	case d := <-f.n.delivered:
		i := bytes.Index(d.Receipt, hostileSeal())
		if i < 0 || len(hostileSeal()) != 196 {
			t.Fatal("the delivered receipt does not carry the 196-byte hostile seal")
		}
		if err := f.verify(t, d); err == nil {
			t.Fatal("a receipt with the hostile seal verifies")
		}
	case <-time.After(time.Minute):
		t.Fatal("no delivery")
	}
}

// TestStealMode: a "steal" prover proves a segment the node awarded to
// another prover and delivers it, bound to itself; an honest prover in
// its place stays still.
func TestStealMode(t *testing.T) {
	other := [20]byte{0xcc}
	for _, mode := range []string{Honest, Steal} {
		t.Run("mode "+mode, func(t *testing.T) {
			f := newFixture(t)
			cfg := DefaultConfig()
			cfg.Misbehave = mode
			p := f.peer(t, cfg)
			f.announce(p, 0)
			f.awardFrom(p, stranger, 0, other) // not the task's node: never stolen
			f.award(p, 0, other)
			select {
			case d := <-f.n.delivered:
				if mode == Honest {
					t.Fatal("an honest prover delivered a segment awarded to another")
				}
				// The seal verifies, bound to the thief at the awarded price:
				// only the node's check against the award refuses it.
				if err := f.verify(t, d); err != nil {
					t.Fatalf("stolen receipt: %v", err)
				}
				if s := p.Stats(); s.Awards != 1 {
					t.Fatalf("stats %+v", s)
				}
			case <-time.After(5 * time.Second):
				if mode == Steal {
					t.Fatal("the thief delivered nothing")
				}
			}
		})
	}
}

func TestRefusedDeliveryStopsRetrying(t *testing.T) {
	f := newFixture(t)
	f.n.refuse = true
	p := f.peer(t, DefaultConfig())
	f.announce(p, 0)
	f.award(p, 0, p.Address())
	waitFor(t, func() bool { return p.Stats().Failed == 1 })
	if s := p.Stats(); s.Delivered != 0 || s.Earned.Sign() != 0 {
		t.Fatalf("stats %+v", s)
	}
}

func TestCalibrate(t *testing.T) {
	st, _ := setup.Open(setup.DefaultDir(), nil)
	p, err := New(DefaultConfig(), st, &node{}, Trust{Nodes: &chainView{}}, [20]byte{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Calibrate(context.Background())
	if err != nil || r <= 0 {
		t.Fatalf("rate %v, %v", r, err)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestWitnessFetchRetried: a witness fetch that fails on a link cut and
// healed (the chaos suite's partition-node) is tried again, and the award
// is proven and delivered; meanwhile the peer tells the award's node, and
// no other asker, that it holds the award. A blob the node refuses for good
// is not asked for again.
func TestWitnessFetchRetried(t *testing.T) {
	f := newFixture(t)
	wc, _ := cid.Cast(f.anns[0].WitnessCid)
	f.n.cut = map[string]int{wc.String(): 3}
	held := make(chan bool, 1)
	cfg := DefaultConfig()
	cfg.RetryDelay = 10 * time.Millisecond
	p := f.peer(t, cfg)
	node := []byte(nil) // the fixture's announcements name no node peer
	f.n.onFetch = func(c cid.Cid) {
		if c.Equals(wc) {
			select {
			case held <- p.Holds(node, fixtureTask[:], 0, 1) && !p.Holds([]byte("another node"), fixtureTask[:], 0, 1):
			default:
			}
		}
	}
	if p.Holds(node, fixtureTask[:], 0, 1) {
		t.Fatal("holds an award before it was made")
	}
	if err := f.announce(p, 0); err != nil {
		t.Fatal(err)
	}
	f.award(p, 0, p.Address())
	select {
	case d := <-f.n.delivered:
		if err := f.verify(t, d); err != nil {
			t.Fatalf("delivered receipt does not verify: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatalf("no delivery after the cut healed; stats %+v", p.Stats())
	}
	if !<-held {
		t.Fatal("while it fetched the witness, the peer did not say it holds the award (to its node only)")
	}
	waitFor(t, func() bool { return p.Stats().Delivered == 1 })
	f.n.mu.Lock()
	tries := f.n.tries[wc.String()]
	f.n.mu.Unlock()
	if tries != 4 {
		t.Fatalf("witness fetched %d times, want 4 (3 cut)", tries)
	}
	if p.Holds(node, fixtureTask[:], 0, 1) {
		t.Fatal("holds an award it delivered")
	}

	// Refused for good: one try, the job given up, the award no longer held.
	f2 := newFixture(t)
	wc2, _ := cid.Cast(f2.anns[1].WitnessCid)
	delete(f2.n.blobs, wc2.String())
	f2.n.refuseFetch = true
	p2 := f2.peer(t, cfg)
	f2.announce(p2, 1)
	f2.award(p2, 1, p2.Address())
	waitFor(t, func() bool { return p2.Stats().Failed == 1 })
	f2.n.mu.Lock()
	tries = f2.n.tries[wc2.String()]
	f2.n.mu.Unlock()
	if tries != 1 || p2.Holds(nil, fixtureTask[:], 1, 1) {
		t.Fatalf("a refused witness fetched %d times (want 1); held %v", tries, p2.Holds(nil, fixtureTask[:], 1, 1))
	}
}
