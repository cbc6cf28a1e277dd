package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"

	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/chain/watcher"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/node/contract"
	"github.com/zkpool/aoraki/node/market"
	"github.com/zkpool/aoraki/node/pricing"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/discovery"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/p2p/stream"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// Config configures a node. Start from DefaultConfig.
type Config struct {
	DataDir string
	Host    p2phost.Config
	Gossip  gossip.Config
	Market  market.Config
	Pricing pricing.Config
	Watcher watcher.Config

	Contract    common.Address
	DeployBlock uint64
	// Stake is registered on first start when the node is not registered.
	Stake *big.Int
	// Artifacts are the circuit families this network trusts, by name.
	Artifacts map[string]setup.Manifest
	// SetupDir holds the artifacts' blobs (setup.Store).
	SetupDir string
	// Bootstrap peers to connect to at start (multiaddrs with /p2p/);
	// the other nodes are found through the DHT from there.
	Bootstrap []string
	// Peering runs the DHT (server mode) and keeps the node connected to
	// every node it finds; its network is the host's.
	Peering peering.Config

	// QuoteTTL is how long a quote may wait before submitTask.
	QuoteTTL time.Duration
	// MinDeadline is the shortest proving deadline the node accepts.
	MinDeadline time.Duration
	// Tick is how often the market checks its deadlines.
	Tick time.Duration
	// Network is the network file the node runs with, served to provers
	// that join by the node's address (netproto.NetworkInfo); nil: none.
	Network *chainnet.Network

	// TrustedVerifiers are the verifier contracts this node takes tasks
	// naming (the network's receipt verifier): a quote request naming any
	// other is refused, since a verifier that never accepts would make the
	// task unfulfillable and the node slashable.
	TrustedVerifiers []common.Address
	// Limits bound the work one quote may commit the node to.
	Limits Limits
	// Fulfil is how the node retries a failed fulfil.
	Fulfil FulfilPolicy
	// Executors is how many tasks execute natively at once, off the work
	// loop (each within Limits.MaxWitnessBytes of memory).
	Executors int
	// UploadTTL is how long an uploaded input that no task refers to is
	// kept after its upload or the expiry of its latest quote, whichever
	// is later (the watcher may still be catching up on a task the quote
	// opened); then it is deleted.
	UploadTTL time.Duration
}

// DefaultConfig suits a local testnet node with data under dataDir.
func DefaultConfig(network, dataDir string) Config {
	w := watcher.DefaultConfig()
	w.Confirmations = 1
	w.PollInterval = 200 * time.Millisecond
	return Config{
		DataDir: dataDir, Host: p2phost.LocalConfig(network, p2phost.RoleNode, dataDir), Gossip: gossip.DefaultConfig(network),
		Peering: peering.DefaultConfig(network, true),
		Market:  market.DefaultConfig(), Pricing: pricing.DefaultConfig(), Watcher: w,
		Stake: new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil), SetupDir: setup.DefaultDir(),
		QuoteTTL: 5 * time.Minute, MinDeadline: 30 * time.Second, Tick: 50 * time.Millisecond,
		Limits: DefaultLimits(), Fulfil: DefaultFulfilPolicy(), Executors: 1, UploadTTL: quoteGrace,
	}
}

// validate checks the fields New does not hand to a sub-config's Validate.
func (c Config) validate() error {
	if err := c.Limits.Validate(); err != nil {
		return err
	}
	if err := c.Fulfil.Validate(); err != nil {
		return err
	}
	switch {
	case c.Executors < 1 || c.Executors > 16:
		return fmt.Errorf("%w: %d executors, want 1 to 16", ErrConfig, c.Executors)
	case c.UploadTTL <= 0:
		return fmt.Errorf("%w: upload TTL %s must be positive", ErrConfig, c.UploadTTL)
	}
	return nil
}

// Node is a running Aoraki node.
type Node struct {
	cfg  Config
	log  *slog.Logger
	key  *ecdsa.PrivateKey
	addr common.Address

	eth    *ethclient.Client
	tx     *txmgr.Manager
	chain  *contract.Client
	host   *p2phost.Host
	peers  *peering.Keeper
	router *gossip.Router
	blobs  *blob.Exchange
	st     *store.Store
	setup  *setup.Store
	keys   trustedKeys

	segments     *gossip.Topic[*pb.SegmentAnnouncement]
	bids         *gossip.Topic[*pb.Bid]
	awards       *gossip.Topic[*pb.Award]
	attestReq    *gossip.Topic[*pb.AttestationRequest]
	attestations *gossip.Topic[*pb.Attestation]

	market    *market.Market
	book      *pricing.Book
	verifier  *consensus.Verifier
	collector *consensus.Collector
	watcher   *watcher.Watcher

	work     chan store.TaskID
	exec     executor
	verify   chan verifyJob
	attested attestMemo
	events   *events
	closers  []func() error

	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	closed bool
}

type verifyJob struct {
	from common.Address
	req  *pb.AttestationRequest
}

// trustedKeys are the verifying keys of the network's families.
type trustedKeys map[string]groth16.VerifyingKey

func (k trustedKeys) VerifyingKey(family string) (groth16.VerifyingKey, error) {
	vk, ok := k[family]
	if !ok {
		return nil, fmt.Errorf("family %q is not one this network trusts", family)
	}
	return vk, nil
}

// New builds a node; Start runs it. eth is the chain client (WebSocket or
// HTTP), key the node's Ethereum key.
func New(cfg Config, eth *ethclient.Client, key *ecdsa.PrivateKey, log *slog.Logger) (_ *Node, err error) {
	if log == nil {
		log = slog.Default()
	}
	if err := cfg.Market.Validate(); err != nil {
		return nil, err
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, log: log, key: key, addr: crypto.PubkeyToAddress(key.PublicKey), eth: eth,
		work: make(chan store.TaskID, 256), verify: make(chan verifyJob, 64), keys: trustedKeys{}, events: newEvents(),
		exec: executor{slots: cfg.Executors}, attested: attestMemo{max: attestMemoSize}}
	defer func() {
		if err != nil {
			n.closeAll()
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	if n.st, err = store.Open(filepath.Join(cfg.DataDir, "node.db")); err != nil {
		return nil, err
	}
	n.closers = append(n.closers, n.st.Close)
	if n.setup, err = setup.Open(cfg.SetupDir, nil); err != nil {
		return nil, err
	}
	if n.tx, err = txmgr.New(ctx, eth, key, txmgr.DefaultConfig(), log.With("sub", "txmgr")); err != nil {
		return nil, err
	}
	n.closers = append(n.closers, n.tx.Close)
	if n.chain, err = contract.New(eth, n.tx, cfg.Contract, cfg.DeployBlock); err != nil {
		return nil, err
	}
	if n.book, err = pricing.New(cfg.Pricing); err != nil {
		return nil, err
	}
	if err := n.replayAwards(); err != nil {
		return nil, err
	}
	if n.host, err = p2phost.New(cfg.Host, log.With("sub", "host")); err != nil {
		return nil, err
	}
	n.closers = append(n.closers, n.host.Close)
	if n.peers, err = peering.New(n.host, cfg.Host.Network, cfg.Bootstrap, cfg.Peering, log.With("sub", "peering")); err != nil {
		return nil, err
	}
	n.closers = append(n.closers, n.peers.Close)
	bs, err := blob.OpenStore(filepath.Join(cfg.DataDir, "blobs"))
	if err != nil {
		return nil, err
	}
	if n.blobs, err = blob.New(n.host, bs, nil, blob.DefaultConfig(), log.With("sub", "blob")); err != nil {
		return nil, err
	}
	n.closers = append(n.closers, n.blobs.Close)
	// Trusted families: load each, and serve its blobs to provers.
	for fam, m := range cfg.Artifacts {
		a, err := n.setup.Load(m)
		if err != nil {
			return nil, fmt.Errorf("artifacts of %s: %w", fam, err)
		}
		n.keys[fam] = a.VK
		for _, s := range []string{m.CCS, m.PK, m.VK} {
			c, _ := cid.Decode(s)
			if bs.Has(c) {
				continue
			}
			b, err := n.setup.Get(c)
			if err != nil {
				return nil, err
			}
			if _, err := bs.PutBytes(b); err != nil {
				return nil, err
			}
		}
	}
	if n.router, err = gossip.New(n.host, key, cfg.Gossip, log.With("sub", "gossip")); err != nil {
		return nil, err
	}
	n.closers = append(n.closers, n.router.Close)
	if n.segments, err = gossip.Join(n.router, netproto.Segments()); err != nil {
		return nil, err
	}
	if n.bids, err = gossip.Join(n.router, netproto.Bids()); err != nil {
		return nil, err
	}
	if n.awards, err = gossip.Join(n.router, netproto.Awards()); err != nil {
		return nil, err
	}
	if n.attestReq, err = gossip.Join(n.router, netproto.AttestRequests()); err != nil {
		return nil, err
	}
	if n.attestations, err = gossip.Join(n.router, netproto.Attestations()); err != nil {
		return nil, err
	}
	if n.market, err = market.New(n.st, (*publisher)(n), checker{n.keys}, cfg.Market, market.WithLogger(log.With("sub", "market")),
		market.OnProven(n.onProven)); err != nil {
		return nil, err
	}
	n.verifier = &consensus.Verifier{Keys: n.keys, Chain: n.chain, Key: key, Domain: n.chain.Domain()}
	n.collector = &consensus.Collector{Chain: n.chain, Domain: n.chain.Domain()}

	wcfg := cfg.Watcher
	wcfg.Addresses = []common.Address{cfg.Contract}
	wcfg.Topics = [][]common.Hash{{n.chain.TaskPublishedTopic()}}
	wcfg.FromBlock = cfg.DeployBlock
	if n.watcher, err = watcher.New(eth, cursor{n.st}, n.onLog, wcfg, log.With("sub", "watcher")); err != nil {
		return nil, err
	}
	return n, nil
}

// Address is the node's Ethereum address.
func (n *Node) Address() common.Address { return n.addr }

// PeerInfo is how to reach the node.
func (n *Node) PeerInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.Addrs()}
}

// Store exposes the node's store (read-only use: API, tests).
func (n *Node) Store() *store.Store { return n.st }

// Host is the node's libp2p host.
func (n *Node) Host() *p2phost.Host { return n.host }

func (n *Node) closeAll() {
	for i := len(n.closers) - 1; i >= 0; i-- {
		if err := n.closers[i](); err != nil {
			n.log.Debug("close", "err", err)
		}
	}
	n.closers = nil
}

// Start registers the node if needed, starts discovery (connects to the
// bootstrap peers, advertises the node, connects to the nodes the DHT
// names and keeps doing so in the background), opens the stream
// protocols, resumes every open task and starts watching the chain.
func (n *Node) Start(ctx context.Context) error {
	if err := n.chain.Register(ctx, n.cfg.Stake); err != nil {
		return fmt.Errorf("register node: %w", err)
	}
	// Discovery comes first: the node is in the DHT, advertised and
	// connected to the nodes it finds before it serves or gossips.
	if err := n.peers.Start(ctx); errors.Is(err, discovery.ErrNoBootstrap) {
		n.log.Warn("no bootstrap peer reachable; redialling in the background", "err", err)
	} else if err != nil {
		return err
	}
	if err := stream.Handle(n.host, netproto.Quote, func() *pb.QuoteRequest { return new(pb.QuoteRequest) }, n.handleQuote, n.log); err != nil {
		return err
	}
	if err := stream.Handle(n.host, netproto.Upload, func() *pb.UploadRequest { return new(pb.UploadRequest) }, n.handleUpload, n.log); err != nil {
		return err
	}
	if err := stream.Handle(n.host, netproto.Receipt, func() *pb.ReceiptDelivery { return new(pb.ReceiptDelivery) }, n.handleReceipt, n.log); err != nil {
		return err
	}
	if err := stream.Handle(n.host, netproto.NetworkInfo, func() *emptypb.Empty { return new(emptypb.Empty) }, n.handleNetworkInfo, n.log); err != nil {
		return err
	}
	// Subscribe before anything can be published to us.
	bids, err := n.bids.Subscribe()
	if err != nil {
		return err
	}
	reqs, err := n.attestReq.Subscribe()
	if err != nil {
		bids.Cancel()
		return err
	}
	atts, err := n.attestations.Subscribe()
	if err != nil {
		bids.Cancel()
		reqs.Cancel()
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	n.spawn(runCtx, func(ctx context.Context) { consume(ctx, bids, n.takeBid) })
	n.spawn(runCtx, func(ctx context.Context) { consume(ctx, reqs, n.takeAttestRequest) })
	n.spawn(runCtx, func(ctx context.Context) {
		consume(ctx, atts, func(m *gossip.Message[*pb.Attestation]) { n.takeAttestation(ctx, m) })
	})
	n.spawn(runCtx, n.loopTick)
	n.spawn(runCtx, n.loopWork)
	for i := 0; i < 2; i++ {
		n.spawn(runCtx, n.loopVerify)
	}
	if err := n.resume(runCtx); err != nil {
		cancel()
		return err
	}
	if err := n.watcher.Start(ctx); err != nil {
		cancel()
		return err
	}
	n.log.Info("node started", "address", n.addr, "peer", n.host.ID(), "addrs", n.host.Addrs())
	return nil
}

func (n *Node) spawn(ctx context.Context, f func(context.Context)) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		f(ctx)
	}()
}

// consume hands every message of sub to fn until ctx ends (or the router
// closes), then cancels sub.
func consume[T proto.Message](ctx context.Context, sub *gossip.Subscription[T], fn func(*gossip.Message[T])) error {
	defer sub.Cancel()
	for {
		m, err := sub.Next(ctx)
		if err != nil {
			return err
		}
		fn(m)
	}
}

// Close stops the node and waits for its goroutines. Safe twice.
func (n *Node) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil
	}
	n.closed = true
	n.mu.Unlock()
	n.watcher.Close()
	if n.cancel != nil {
		n.cancel()
	}
	for _, s := range []stream.Spec{netproto.Quote, netproto.Upload, netproto.Receipt, netproto.NetworkInfo} {
		n.host.RemoveStreamHandler(s.ID())
	}
	n.wg.Wait()
	n.events.close()
	n.closeAll()
	return nil
}

// publisher adapts the node's topics to market.Publisher, adding what only
// the node knows (its peer id, the family's artifacts, the task's size).
type publisher Node

func (p *publisher) PublishAnnouncement(ctx context.Context, a *pb.SegmentAnnouncement) error {
	n := (*Node)(p)
	var id store.TaskID
	copy(id[:], a.TaskId)
	var fam string
	var total int
	n.st.View(func(x *store.Tx) error {
		if t, err := x.Task(id); err == nil {
			fam, total = t.Family, t.Segments
		}
		return nil
	})
	m := n.cfg.Artifacts[fam]
	arts := &pb.Artifacts{Family: fam}
	for _, x := range []struct {
		s   string
		dst *[]byte
	}{{m.CCS, &arts.Ccs}, {m.PK, &arts.Pk}, {m.VK, &arts.Vk}} {
		c, err := cid.Decode(x.s)
		if err != nil {
			return fmt.Errorf("artifacts of %s: %w", fam, err)
		}
		*x.dst = c.Bytes()
	}
	a.Artifacts = arts
	a.NodePeer = []byte(n.host.ID())
	a.Segments = uint32(total)
	n.events.publish("segment", map[string]any{"task": common.BytesToHash(a.TaskId).Hex(), "index": a.Index, "attempt": a.Attempt, "state": "announced"})
	return n.segments.Publish(ctx, a)
}

func (p *publisher) PublishAward(ctx context.Context, a *pb.Award) error {
	n := (*Node)(p)
	n.events.publish("segment", map[string]any{"task": common.BytesToHash(a.TaskId).Hex(), "index": a.Index, "state": "awarded",
		"prover": common.Address(a.Prover).Hex()})
	return n.awards.Publish(ctx, a)
}

// checker verifies a receipt against its stored segment and award: the
// claim must be the segment's, and the seal must be bound to this task, to
// the award's prover and to the award's price (a receipt bound to another
// price would be paid at that price, above or below the award).
type checker struct{ keys trustedKeys }

func (c checker) CheckReceipt(seg *store.Segment, r *receipt.SegmentReceipt) error {
	want := receipt.Claim{Family: seg.Family, Index: uint32(seg.Index), ProgramID: seg.ProgramID, StateIn: seg.StateIn, StateOut: seg.StateOut,
		InputIn: seg.InputIn, InputOut: seg.InputOut}
	switch {
	case r.Claim != want:
		return fmt.Errorf("claim %+v is not the segment's %+v", r.Claim, want)
	case r.Task != seg.Task:
		return fmt.Errorf("receipt bound to task %x, the segment's is %x", r.Task, seg.Task)
	case seg.Award == nil || r.Prover != [20]byte(seg.Award.Prover):
		return fmt.Errorf("receipt bound to prover %x, not the award's", r.Prover)
	case r.Price == nil || r.Price.Cmp(&seg.Award.Price.Int) != 0:
		return fmt.Errorf("receipt bound to price %v, the award is %s", r.Price, seg.Award.Price.String())
	}
	return r.Verify(c.keys)
}

// Peers reports, per topic name, how many subscribed peers this node knows:
// "segments" counts provers listening for work, "attest-req" the other
// nodes of the verifier set.
func (n *Node) Peers() map[string]int {
	return map[string]int{"segments": len(n.segments.Peers()), "bids": len(n.bids.Peers()),
		"attest-req": len(n.attestReq.Peers()), "attestations": len(n.attestations.Peers())}
}
