package daemon_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/wire"
	"github.com/zkpool/aoraki/prover/daemon"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// The attack tests run the real prover daemon against the embedded chain
// and real libp2p hosts. The node that holds the task on chain is
// scripted here (its own key, host, DHT, gossip router, blob exchange and
// receipt stream), so that each test decides when it answers; the
// attackers are hosts with gossip routers of their own, signing with an
// unregistered key or with a registered node's key.

const attackNet = "ptest"

// world is a deployed contract with two registered nodes: holder (dev key
// 1) holds an open task, stranger (dev key 2) holds none of it.
type world struct {
	t        *testing.T
	chain    *devchain.Chain
	eth      *ethclient.Client
	contract common.Address
	task     common.Hash
	sess     *hashchain.Session
	art      *setup.Artifacts
	keys     *setup.Store
	// proverCfg is the configuration of the last prover started.
	proverCfg daemon.Config
}

const holderKey, strangerKey, requesterKey = 1, 2, 9

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{t: t}
	var err error
	if w.chain, err = devchain.Start(ctx, devchain.DefaultConfig(), nil); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.chain.Close() })
	if w.eth, err = w.chain.Client(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.eth.Close)
	res, err := deploy.Aoraki(ctx, w.manager(0), deploy.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	w.contract = res.Address
	for _, k := range []int{holderKey, strangerKey} {
		if _, err := w.client(k).RegisterNode(ctx, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	req := w.client(requesterKey)
	head, err := w.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	q := eip712.Quote{Node: devchain.DevAddress(holderKey), Requester: devchain.DevAddress(requesterKey), ProgramID: common.HexToHash("0x01"),
		InputDigest: common.HexToHash("0x02"), Price: big.NewInt(params.Ether / 100), ProvingDeadline: head.Time + 3600,
		Expiry: head.Time + 3600, Nonce: big.NewInt(1)}
	_, sig, err := q.Sign(req.Domain(), devchain.DevKey(holderKey))
	if err != nil {
		t.Fatal(err)
	}
	if w.task, _, err = req.SubmitTask(ctx, q, sig); err != nil {
		t.Fatal(err)
	}
	if w.sess, err = hashchain.Execute(hashchain.Task{Seed: fr.NewElement(5), Steps: 8}, 4); err != nil {
		t.Fatal(err)
	}
	if w.keys, err = setup.Open(setup.DefaultDir(), nil); err != nil {
		t.Fatal(err)
	}
	if w.art, err = w.keys.Ensure(w.sess.Family); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *world) manager(key int) *txmgr.Manager {
	cfg := txmgr.DefaultConfig()
	cfg.PollInterval = 10 * time.Millisecond
	m, err := txmgr.New(context.Background(), w.eth, devchain.DevKey(key), cfg, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { m.Close() })
	return m
}

func (w *world) client(key int) *aoraki.Client {
	c, err := aoraki.New(w.eth, w.manager(key), w.contract, w.chain.ChainID())
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

// actor is a libp2p host with a gossip router signing with its key: the
// scripted holder, or an attacker.
type actor struct {
	t        *testing.T
	key      *ecdsa.PrivateKey
	host     *p2phost.Host
	router   *gossip.Router
	segments *gossip.Topic[*pb.SegmentAnnouncement]
	bids     *gossip.Topic[*pb.Bid]
	awards   *gossip.Topic[*pb.Award]

	mu       sync.Mutex
	requests []cid.Cid // blob requests received, when it counts them
}

func newActor(t *testing.T, key *ecdsa.PrivateKey) *actor {
	t.Helper()
	a := &actor{t: t, key: key}
	var err error
	if a.host, err = p2phost.New(p2phost.LocalConfig(attackNet, p2phost.RoleNode, t.TempDir()), nil); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.host.Close() })
	cfg := gossip.DefaultConfig(attackNet)
	cfg.ScoreWhitelist = []string{"127.0.0.0/8"}
	if a.router, err = gossip.New(a.host, key, cfg, nil); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.router.Close() })
	if a.segments, err = gossip.Join(a.router, netproto.Segments()); err != nil {
		t.Fatal(err)
	}
	if a.bids, err = gossip.Join(a.router, netproto.Bids()); err != nil {
		t.Fatal(err)
	}
	if a.awards, err = gossip.Join(a.router, netproto.Awards()); err != nil {
		t.Fatal(err)
	}
	return a
}

// countFetches answers every blob request with a reset, recording its CID.
func (a *actor) countFetches() {
	a.host.SetStreamHandler(blob.ProtocolID, func(s network.Stream) {
		var req wire.BlobRequest
		if err := stream.ReadMsg(s, &req, 1<<10); err == nil {
			c, _ := cid.Cast(req.Cid)
			a.mu.Lock()
			a.requests = append(a.requests, c)
			a.mu.Unlock()
		}
		s.Reset()
	})
}

func (a *actor) fetches() []cid.Cid {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]cid.Cid(nil), a.requests...)
}

func (a *actor) addrs() []string {
	var out []string
	for _, m := range a.host.Addrs() {
		out = append(out, fmt.Sprintf("%s/p2p/%s", m, a.host.ID()))
	}
	return out
}

// serve makes the actor a node the prover can bootstrap from (DHT server)
// and fetch blobs from.
func (a *actor) serve(blobs ...[]byte) {
	t := a.t
	pk, err := peering.New(a.host, attackNet, nil, peering.DefaultConfig(attackNet, true), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pk.Close() })
	if err := pk.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	bs, err := blob.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range blobs {
		if _, err := bs.PutBytes(b); err != nil {
			t.Fatal(err)
		}
	}
	ex, err := blob.New(a.host, bs, nil, blob.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ex.Close() })
}

func (a *actor) publish(ctx context.Context, m any) {
	a.t.Helper()
	var err error
	switch m := m.(type) {
	case *pb.SegmentAnnouncement:
		err = a.segments.Publish(ctx, m)
	case *pb.Award:
		err = a.awards.Publish(ctx, m)
	}
	if err != nil {
		a.t.Fatal(err)
	}
}

// blobsOf returns the artifacts' and the witnesses' bytes, for serving.
func (w *world) blobsOf() [][]byte {
	var out [][]byte
	m := w.art.Manifest
	for _, s := range []string{m.CCS, m.PK, m.VK} {
		c, _ := cid.Decode(s)
		b, err := w.keys.Get(c)
		if err != nil {
			w.t.Fatal(err)
		}
		out = append(out, b)
	}
	for _, s := range w.sess.Segments {
		out = append(out, s.Witness)
	}
	return out
}

// announcement of segment i of the world's task, fetched from node.
func (w *world) announcement(i int, node peer.ID) *pb.SegmentAnnouncement {
	s := w.sess.Segments[i]
	m := w.art.Manifest
	arts := &pb.Artifacts{Family: m.Family}
	for _, x := range []struct {
		s   string
		dst *[]byte
	}{{m.CCS, &arts.Ccs}, {m.PK, &arts.Pk}, {m.VK, &arts.Vk}} {
		c, _ := cid.Decode(x.s)
		*x.dst = c.Bytes()
	}
	return &pb.SegmentAnnouncement{TaskId: w.task[:], Index: uint32(i), Attempt: 1, ProgramId: s.Claim.ProgramID[:],
		StateIn: s.Claim.StateIn[:], StateOut: s.Claim.StateOut[:], InputIn: s.Claim.InputIn[:], InputOut: s.Claim.InputOut[:], WitnessCid: cids.Of(s.Witness).Bytes(),
		WitnessSize: uint64(len(s.Witness)), Constraints: uint64(m.Constraints), MaxPrice: big.NewInt(1e15).Bytes(),
		BidDeadline: uint64(time.Now().Add(time.Minute).UnixMilli()), ProvingTime: 60_000, NodePeer: []byte(node),
		Artifacts: arts, Segments: uint32(len(w.sess.Segments))}
}

func awardOf(a *pb.SegmentAnnouncement, to [20]byte) *pb.Award {
	return &pb.Award{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt, Prover: to[:], Price: big.NewInt(1000).Bytes(),
		Deadline: uint64(time.Now().Add(time.Minute).UnixMilli())}
}

// prover starts a prover daemon that trusts the world's family and knows
// its chain, bootstrapped from boot.
func (w *world) prover(boot *actor) *daemon.Daemon {
	t := w.t
	cfg := daemon.DefaultConfig(attackNet, filepath.Join(t.TempDir(), "prover"))
	cfg.Calibrate = false
	cfg.Gossip.ScoreWhitelist = []string{"127.0.0.0/8"}
	cfg.Peer.RetryDelay = 50 * time.Millisecond
	cfg.Bootstrap = boot.addrs()
	cfg.RPCURL, cfg.Contract, cfg.ChainID = w.chain.WSURL(), w.contract, w.chain.ChainID().Uint64()
	cfg.Artifacts = map[string]setup.Manifest{w.art.Manifest.Family: w.art.Manifest}
	w.proverCfg = cfg
	d, err := daemon.New(cfg, devchain.DevKey(10), nil)
	if err != nil {
		t.Fatal(err)
	}
	d.Engine().SetRate(1e6)
	if err := d.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// meet connects a to the prover and waits until a can gossip to it.
func meet(t *testing.T, a *actor, d *daemon.Daemon) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := a.host.Connect(ctx, peer.AddrInfo{ID: d.Host().ID(), Addrs: d.Host().Addrs()}); err != nil {
		t.Fatal(err)
	}
	if err := a.segments.WaitPeers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := a.awards.WaitPeers(ctx, 1); err != nil {
		t.Fatal(err)
	}
}

func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// nextBid waits for the prover's next bid.
func nextBid(t *testing.T, sub *gossip.Subscription[*pb.Bid]) *pb.Bid {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	m, err := sub.Next(ctx)
	if err != nil {
		t.Fatalf("no bid: %v", err)
	}
	return m.Payload
}

// receipts serves the receipt stream on a: each delivery goes to hold
// first (which may block, and may refuse it for now), then is checked and
// sent on the returned channel.
func (w *world) receipts(a *actor, hold func(n int) error) <-chan *receipt.SegmentReceipt {
	out := make(chan *receipt.SegmentReceipt, 4)
	n := 0
	var mu sync.Mutex
	err := stream.Handle(a.host, netproto.Receipt, func() *pb.ReceiptDelivery { return new(pb.ReceiptDelivery) },
		func(_ context.Context, _ peer.ID, d *pb.ReceiptDelivery) (*pb.Ack, error) {
			mu.Lock()
			n++
			k := n
			mu.Unlock()
			if err := hold(k); err != nil {
				return nil, err
			}
			var r receipt.SegmentReceipt
			if err := r.UnmarshalBinary(d.Receipt); err != nil {
				return nil, stream.Errorf(wire.Status_BAD_REQUEST, "%v", err)
			}
			if r.Claim != w.sess.Segments[d.Index].Claim {
				return nil, stream.Errorf(wire.Status_REFUSED, "wrong claim")
			}
			if err := r.Verify(w.keys); err != nil {
				return nil, stream.Errorf(wire.Status_REFUSED, "%v", err)
			}
			out <- &r
			return &pb.Ack{}, nil
		}, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return out
}

func unregisteredKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// heldReceipt holds a prover's first delivery back: held closes when it
// arrives, which is answered BUSY (the prover retries) once release is
// closed; delivered yields the receipts taken after that.
type heldReceipt struct {
	held, release chan struct{}
	delivered     <-chan *receipt.SegmentReceipt
}

// heldDelivery starts the task's node (holder, serving the world's
// blobs, its first receipt held back) and a prover bootstrapped from it,
// with a subscription to the bids the holder hears (cancelled at the
// test's end).
func (w *world) heldDelivery() (*actor, *daemon.Daemon, *gossip.Subscription[*pb.Bid], heldReceipt) {
	t := w.t
	holder := newActor(t, devchain.DevKey(holderKey))
	holder.serve(w.blobsOf()...)
	h := heldReceipt{held: make(chan struct{}), release: make(chan struct{})}
	h.delivered = w.receipts(holder, func(n int) error {
		if n > 1 {
			return nil
		}
		close(h.held)
		<-h.release
		return stream.Errorf(wire.Status_BUSY, "not now") // the prover retries
	})
	bids, err := holder.bids.Subscribe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bids.Cancel)
	return holder, w.prover(holder), bids, h
}

// TestForgedAwardDoesNotCancelJob performs the forged-award attack: while
// an honest prover holds an award (its first delivery is held by the node),
// an unregistered key and a registered node that does not hold the task
// each gossip an award of the segment to another prover. Before the fix
// either award cancelled the job, which the node then counted as a missed
// deadline; now both are ignored and the segment is proven and delivered.
func TestForgedAwardDoesNotCancelJob(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	holder, d, bids, hd := w.heldDelivery()
	held, release, delivered := hd.held, hd.release, hd.delivered
	forgers := []*actor{newActor(t, unregisteredKey(t)), newActor(t, devchain.DevKey(strangerKey))}
	for _, f := range forgers {
		meet(t, f, d)
	}
	meet(t, holder, d)

	ann := w.announcement(0, holder.host.ID())
	holder.publish(ctx, ann)
	if b := nextBid(t, bids); string(b.ProverPeer) != string(d.Host().ID()) || b.Index != 0 {
		t.Fatalf("unexpected bid %+v", b)
	}
	holder.publish(ctx, awardOf(ann, d.Engine().Address()))
	select {
	case <-held:
	case <-time.After(time.Minute):
		t.Fatal("the prover never delivered")
	}
	// The job is held at its delivery: now the forged awards.
	var someone [20]byte
	rand.Read(someone[:])
	for _, f := range forgers {
		f.publish(ctx, awardOf(ann, someone))
	}
	eventually(t, "the prover to handle both forged awards", func() bool {
		s := d.Engine().Stats()
		return s.Ignored >= 2 || s.Withdrawn > 0
	})
	if s := d.Engine().Stats(); s.Withdrawn != 0 || s.Ignored != 2 {
		t.Fatalf("a forged award touched the job: %+v", s)
	}
	close(release)
	select {
	case r := <-delivered:
		if r.Prover != d.Engine().Address() {
			t.Fatalf("receipt names prover %x", r.Prover)
		}
	case <-time.After(time.Minute):
		t.Fatal("the segment was not delivered after the forged awards")
	}
	eventually(t, "the delivery to count", func() bool { return d.Engine().Stats().Delivered == 1 })
	if s := d.Engine().Stats(); s.Failed != 0 || s.Withdrawn != 0 {
		t.Fatalf("stats %+v", s)
	}
}

// TestForgedAnnouncementsFetchNothing performs the forged-announcement
// attacks: an unregistered key and a registered node that does not hold
// the task announce a segment of it (naming their own hosts to fetch
// from), and the node that does hold it announces one naming a 169-byte
// "proving key" that the network does not trust; each follows up with an
// award to the prover. The prover bids on none, fetches nothing from any
// of them and loads nothing; it then proves the holder's honest
// announcement as usual.
func TestForgedAnnouncementsFetchNothing(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	holder := newActor(t, devchain.DevKey(holderKey))
	holder.serve(w.blobsOf()...)
	delivered := w.receipts(holder, func(int) error { return nil })
	bids, err := holder.bids.Subscribe()
	if err != nil {
		t.Fatal(err)
	}
	defer bids.Cancel()
	d := w.prover(holder)
	unregistered, stranger, lure := newActor(t, unregisteredKey(t)), newActor(t, devchain.DevKey(strangerKey)), newActor(t, unregisteredKey(t))
	for _, a := range []*actor{unregistered, stranger, lure} {
		a.countFetches()
		meet(t, a, d)
	}
	meet(t, holder, d)

	for _, a := range []*actor{unregistered, stranger} {
		ann := w.announcement(0, a.host.ID())
		a.publish(ctx, ann)
		a.publish(ctx, awardOf(ann, d.Engine().Address()))
	}
	badPK := make([]byte, 169)
	rand.Read(badPK)
	untrusted := w.announcement(0, lure.host.ID())
	untrusted.Artifacts.Pk = cids.Of(badPK).Bytes()
	holder.publish(ctx, untrusted)
	holder.publish(ctx, awardOf(untrusted, d.Engine().Address()))
	eventually(t, "the prover to weigh the three announcements", func() bool {
		s := d.Engine().Stats()
		return s.Ignored >= 3 || s.Bids > 0
	})
	if s := d.Engine().Stats(); s.Bids != 0 || s.Ignored != 3 || s.Awards != 0 {
		t.Fatalf("the prover acted on a forged announcement: %+v", s)
	}

	// The holder's honest announcement: bid, award, proof, delivery.
	ann := w.announcement(1, holder.host.ID())
	holder.publish(ctx, ann)
	if b := nextBid(t, bids); b.Index != 1 {
		t.Fatalf("the prover bid on segment %d (a forged announcement)", b.Index)
	}
	holder.publish(ctx, awardOf(ann, d.Engine().Address()))
	select {
	case <-delivered:
	case <-time.After(time.Minute):
		t.Fatal("the honest segment was not delivered")
	}
	for _, a := range []*actor{unregistered, stranger, lure} {
		if f := a.fetches(); len(f) != 0 {
			t.Fatalf("the prover fetched %v from an attacker", f)
		}
	}
	if s := d.Engine().Stats(); s.Bids != 1 || s.Awards != 1 || s.Failed != 0 {
		t.Fatalf("stats %+v", s)
	}
	// Nothing of the untrusted key reached the prover's stores.
	bad := cids.Of(badPK).String()
	for _, p := range []string{filepath.Join(w.proverCfg.DataDir, "blobs", bad), filepath.Join(w.proverCfg.SetupDir, "blobs", bad)} {
		if _, err := os.Stat(p); err == nil {
			t.Fatalf("the untrusted proving key is in %s", p)
		}
	}
}

// TestDescribeRefusesHostileAnswers: a "node" answering NetworkInfo with
// an oversized or invalid description is refused, without reading past
// the protocol's cap.
func TestDescribeRefusesHostileAnswers(t *testing.T) {
	for name, body := range map[string][]byte{
		"oversized":    make([]byte, netproto.MaxNetworkInfo+1024),
		"not json":     []byte("{"),
		"no contract":  []byte(`{"chain_id":1,"rpc_url":"http://h"}`),
		"extra fields": []byte(`{"chain_id":1,"rpc_url":"http://h","contract":"0x0000000000000000000000000000000000000001","evil":1}`),
	} {
		t.Run(name, func(t *testing.T) {
			a := newActor(t, unregisteredKey(t))
			err := stream.Handle(a.host, netproto.NetworkInfo, func() *emptypb.Empty { return new(emptypb.Empty) },
				func(context.Context, peer.ID, *emptypb.Empty) (*wrapperspb.BytesValue, error) {
					return wrapperspb.Bytes(body), nil
				}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if n, err := daemon.Describe(context.Background(), a.addrs()); !errors.Is(err, daemon.ErrNetworkInfo) {
				t.Fatalf("described %+v, %v", n, err)
			}
		})
	}
}

// TestStartChecksChain: a prover pointed at the wrong chain, or at an
// address without the contract, or without a chain, refuses to start
// rather than trusting what it cannot check.
func TestStartChecksChain(t *testing.T) {
	w := newWorld(t)
	boot := newActor(t, devchain.DevKey(holderKey))
	boot.serve()
	key := unregisteredKey(t)
	for name, edit := range map[string]func(*daemon.Config){
		"wrong chain id": func(c *daemon.Config) { c.ChainID = 5 },
		"no contract":    func(c *daemon.Config) { c.Contract = common.HexToAddress("0xdead") },
		"chain down":     func(c *daemon.Config) { c.RPCURL = "http://127.0.0.1:1" },
	} {
		t.Run(name, func(t *testing.T) {
			cfg := daemon.DefaultConfig(attackNet, filepath.Join(t.TempDir(), "prover"))
			cfg.Calibrate = false
			cfg.Bootstrap = boot.addrs()
			cfg.RPCURL, cfg.Contract, cfg.ChainID = w.chain.WSURL(), w.contract, w.chain.ChainID().Uint64()
			edit(&cfg)
			d, err := daemon.New(cfg, key, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			if err := d.Start(context.Background()); !errors.Is(err, daemon.ErrChain) {
				t.Fatalf("start: %v, want ErrChain", err)
			}
		})
	}
	cfg := daemon.DefaultConfig(attackNet, t.TempDir())
	if _, err := daemon.New(cfg, key, nil); !errors.Is(err, daemon.ErrConfig) {
		t.Fatalf("no chain configured: %v", err)
	}
}

// TestAwardStatus asks a prover over real p2p, as a node does when an
// award's deadline passes, whether it holds an award: the award's node
// hears OK while the prover holds it (its delivery held back here) and
// NOT_FOUND once it is delivered, or for a segment it bid on but was never
// awarded (an award gossip lost); any other peer hears NOT_FOUND even for
// the held award, and a malformed query is refused.
func TestAwardStatus(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	holder, d, bids, hd := w.heldDelivery()
	held, release, delivered := hd.held, hd.release, hd.delivered
	other := newActor(t, devchain.DevKey(strangerKey))
	meet(t, other, d)
	meet(t, holder, d)

	ask := func(from *actor, q *pb.AwardQuery) wire.Status_Code {
		t.Helper()
		err := stream.Call(ctx, from.host, d.Host().ID(), netproto.AwardStatus, q, &pb.Ack{})
		if err == nil {
			return wire.Status_OK
		}
		var se *stream.StatusError
		if !errors.As(err, &se) {
			t.Fatalf("award status: %v", err)
		}
		return se.Code
	}
	var anns []*pb.SegmentAnnouncement
	for i := range 2 {
		ann := w.announcement(i, holder.host.ID())
		anns = append(anns, ann)
		holder.publish(ctx, ann)
		if b := nextBid(t, bids); b.Index != uint32(i) {
			t.Fatalf("unexpected bid %+v", b)
		}
	}
	query := func(i int) *pb.AwardQuery {
		return &pb.AwardQuery{TaskId: anns[i].TaskId, Index: anns[i].Index, Attempt: anns[i].Attempt}
	}
	holder.publish(ctx, awardOf(anns[0], d.Engine().Address()))
	select {
	case <-held:
	case <-time.After(time.Minute):
		t.Fatal("the prover never delivered")
	}
	for _, c := range []struct {
		what string
		from *actor
		q    *pb.AwardQuery
		want wire.Status_Code
	}{
		{"the held award, asked by its node", holder, query(0), wire.Status_OK},
		{"the held award, asked by another peer", other, query(0), wire.Status_NOT_FOUND},
		{"a segment bid on, never awarded", holder, query(1), wire.Status_NOT_FOUND},
		{"the held award's next attempt", holder, &pb.AwardQuery{TaskId: anns[0].TaskId, Index: 0, Attempt: anns[0].Attempt + 1}, wire.Status_NOT_FOUND},
		{"a 5-byte task id", holder, &pb.AwardQuery{TaskId: make([]byte, 5), Attempt: 1}, wire.Status_BAD_REQUEST},
		{"attempt 0", holder, &pb.AwardQuery{TaskId: anns[0].TaskId}, wire.Status_BAD_REQUEST},
	} {
		if got := ask(c.from, c.q); got != c.want {
			t.Errorf("%s: %s, want %s", c.what, got, c.want)
		}
	}
	close(release)
	select {
	case <-delivered:
	case <-time.After(time.Minute):
		t.Fatal("the segment was not delivered")
	}
	eventually(t, "the delivery to count", func() bool { return d.Engine().Stats().Delivered == 1 })
	if got := ask(holder, query(0)); got != wire.Status_NOT_FOUND {
		t.Fatalf("a delivered award: %s, want NOT_FOUND", got)
	}
}
