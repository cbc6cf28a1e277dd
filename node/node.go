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

	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/chain/watcher"
	"github.com/zkpool/aoraki/node/api"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/node/contract"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/market"
	"github.com/zkpool/aoraki/node/pricing"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/netstack"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/p2p/service"
	"github.com/zkpool/aoraki/p2p/stream"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/status"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
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

	// API is the node's HTTP API and dashboard (package node/api); an
	// empty API.Addr serves none.
	API api.Config
	// StatusFile keeps the node's status (protocol/status) in DataDir
	// while it runs, for 'zkpool-node status' and the testnet.
	StatusFile bool
}

// DefaultConfig suits a local testnet node with data under dataDir: no
// API, no status file.
func DefaultConfig(network, dataDir string) Config {
	w := watcher.DefaultConfig()
	w.Confirmations = 1
	w.PollInterval = 200 * time.Millisecond
	a := api.DefaultConfig()
	a.Addr = ""
	return Config{
		DataDir: dataDir, Host: p2phost.LocalConfig(network, p2phost.RoleNode, dataDir), Gossip: gossip.DefaultConfig(network),
		Peering: peering.DefaultConfig(network, true),
		Market:  market.DefaultConfig(), Pricing: pricing.DefaultConfig(), Watcher: w,
		Stake: new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil), SetupDir: setup.DefaultDir(),
		QuoteTTL: 5 * time.Minute, MinDeadline: 30 * time.Second, Tick: 50 * time.Millisecond,
		Limits: DefaultLimits(), Fulfil: DefaultFulfilPolicy(), Executors: 1, UploadTTL: quoteGrace,
		API: a,
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
	if c.API.Addr != "" {
		if err := c.API.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Node is an Aoraki node: a stack of services (see the package doc) that
// New builds and Start runs.
type Node struct {
	cfg  Config
	log  *slog.Logger
	key  *ecdsa.PrivateKey
	addr common.Address
	eth  *ethclient.Client

	services *service.Stack
	st       *store.Store
	setup    *setup.Store
	net      *netstack.Stack
	book     *pricing.Book
	market   *market.Market
	watcher  *watcher.Watcher
	api      *api.Service
	events   *events.Bus

	// Set when the chain service starts.
	tx        *txmgr.Manager
	chain     *contract.Client
	verifier  *consensus.Verifier
	collector *consensus.Collector
	// Set when the artifacts service starts.
	keys trustedKeys
	// bases are the model bases of the network's dtree families, with
	// which task program ids are computed (task.Open).
	bases task.BasisMap

	work     chan store.TaskID
	exec     executor
	verify   chan verifyJob
	attested attestMemo
	// retracted holds the tasks whose TaskPublished a reorg removed and
	// the watcher has not delivered again (only the watcher's handler,
	// one round at a time, touches it).
	retracted map[store.TaskID]bool
	// fulfils are this node's fulfils still shallower than fulfilDepth.
	fulfils recentFulfils
	cancel  context.CancelFunc
	wg      sync.WaitGroup
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

// New builds a node and registers its services; it opens the store (the
// data directory is then the node's) and starts nothing: Start runs it.
// eth is the chain client (WebSocket or HTTP), key the node's Ethereum key.
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
	n := &Node{cfg: cfg, log: log, key: key, addr: crypto.PubkeyToAddress(key.PublicKey), eth: eth, retracted: map[store.TaskID]bool{},
		services: service.New(log.With("sub", "services")), events: events.NewBus(), keys: trustedKeys{}, bases: task.BasisMap{},
		work: make(chan store.TaskID, 256), verify: make(chan verifyJob, 64), exec: executor{slots: cfg.Executors},
		attested: attestMemo{max: attestMemoSize}}
	defer func() {
		if err != nil {
			n.services.Close()
		}
	}()
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	if n.st, err = store.Open(filepath.Join(cfg.DataDir, "node.db")); err != nil {
		return nil, err
	}
	n.services.Hold("store", n.st.Close)
	if n.setup, err = setup.Open(cfg.SetupDir, nil); err != nil {
		return nil, err
	}
	if n.book, err = pricing.New(cfg.Pricing); err != nil {
		return nil, err
	}
	if err := n.replayAwards(); err != nil {
		return nil, err
	}
	ncfg := netstack.Config{Host: cfg.Host, Gossip: cfg.Gossip, Peering: cfg.Peering, Bootstrap: cfg.Bootstrap,
		BlobDir: filepath.Join(cfg.DataDir, "blobs"), Blob: blob.DefaultConfig()}
	if n.net, err = netstack.New(ncfg, key, log, netstack.Join(netstack.NodeTopics...)); err != nil {
		return nil, err
	}
	if n.market, err = market.New(n.st, (*publisher)(n), checker{n.keys}, cfg.Market, market.WithLogger(log.With("sub", "market")),
		market.OnProven(n.onProven), market.WithLiveness(n.answers)); err != nil {
		return nil, err
	}
	wcfg := cfg.Watcher
	wcfg.Addresses = []common.Address{cfg.Contract}
	wcfg.Topics = [][]common.Hash{{contract.TaskPublishedTopic(), contract.TaskFulfilledTopic()}}
	wcfg.FromBlock = cfg.DeployBlock
	if n.watcher, err = watcher.New(eth, cursor{n.st}, n.onLog, wcfg, log.With("sub", "watcher")); err != nil {
		return nil, err
	}
	if cfg.API.Addr != "" {
		if n.api, err = api.New(n, cfg.API, log.With("sub", "api")); err != nil {
			return nil, err
		}
	}
	// The services, in start order; Close stops them in reverse.
	n.services.Register("chain", service.Funcs{OnStart: n.startChain, OnClose: n.closeChain})
	n.services.Register("network", n.net)
	n.services.Register("artifacts", service.Funcs{OnStart: n.loadArtifacts})
	n.services.Register("streams", service.Funcs{OnStart: n.openStreams, OnClose: n.closeStreams})
	n.services.Register("pipeline", service.Funcs{OnStart: n.startPipeline, OnClose: n.closePipeline})
	n.services.Register("watcher", n.watcher)
	if n.api != nil {
		n.services.Register("api", n.api)
	}
	if cfg.StatusFile {
		n.services.Register("status", status.NewFile(cfg.DataDir, func() (any, error) {
			s, err := n.Status()
			return &s, err
		}, n.log))
	}
	return n, nil
}

// startChain connects to the contract (the transaction manager reads the
// chain id and nonce) and registers the node with its stake unless it is
// registered.
func (n *Node) startChain(ctx context.Context) (err error) {
	if n.tx, err = txmgr.New(ctx, n.eth, n.key, txmgr.DefaultConfig(), n.log.With("sub", "txmgr")); err != nil {
		return err
	}
	if n.chain, err = contract.New(n.eth, n.tx, n.cfg.Contract, n.cfg.DeployBlock); err != nil {
		n.tx.Close()
		return err
	}
	n.verifier = &consensus.Verifier{Keys: n.keys, Bases: n.bases, Chain: n.chain, Key: n.key, Domain: n.chain.Domain()}
	n.collector = &consensus.Collector{Chain: n.chain, Domain: n.chain.Domain()}
	if err := n.chain.Register(ctx, n.cfg.Stake); err != nil {
		n.tx.Close()
		return fmt.Errorf("register node: %w", err)
	}
	return nil
}

func (n *Node) closeChain() error { return n.tx.Close() }

// loadArtifacts loads each trusted family's verifying key and puts its
// blobs in the blob store, so that the exchange serves them to provers.
func (n *Node) loadArtifacts(context.Context) error {
	bs := n.net.Blobs().Store()
	for fam, m := range n.cfg.Artifacts {
		a, err := n.setup.Load(m)
		if err != nil {
			return fmt.Errorf("artifacts of %s: %w", fam, err)
		}
		n.keys[fam] = a.VK
		if a.Basis != nil {
			n.bases[fam] = a.Basis
		}
		for _, s := range m.Blobs() {
			c, err := cid.Decode(s)
			if err != nil {
				return fmt.Errorf("artifacts of %s: %w", fam, err)
			}
			if bs.Has(c) {
				continue
			}
			b, err := n.setup.Get(c)
			if err != nil {
				return err
			}
			if _, err := bs.PutBytes(b); err != nil {
				return err
			}
		}
	}
	return nil
}

// Start runs the node's services in order: it connects to the contract
// (registering the node if needed), starts the network stack (discovery
// connects to the bootstrap peers, advertises the node and keeps
// connecting to the nodes the DHT names), serves the trusted artifacts
// and the stream protocols, resumes every open task, starts watching the
// chain and, when configured, serves the API and writes the status file.
// A service that fails to start stops those started before it
// (service.StartError). ctx bounds start-up only.
func (n *Node) Start(ctx context.Context) error {
	if err := n.services.Start(ctx); err != nil {
		n.events.Close()
		return err
	}
	n.log.Info("node started", "address", n.addr, "peer", n.net.Host().ID(), "addrs", n.net.Host().Addrs())
	return nil
}

// Close stops the services in reverse order, waits for their goroutines
// and returns the errors it met (service.StopError). Safe twice.
func (n *Node) Close() error {
	err := n.services.Close()
	n.events.Close()
	return err
}

// Address is the node's Ethereum address.
func (n *Node) Address() common.Address { return n.addr }

// PeerInfo is how to reach the node (empty before Start).
func (n *Node) PeerInfo() peer.AddrInfo { return n.net.PeerInfo() }

// Store exposes the node's store (read-only use: API, tests).
func (n *Node) Store() *store.Store { return n.st }

// answers asks the prover of award a, within 2 s (dialling it if need
// be), whether it holds the award (netproto.AwardStatus): the market asks
// before holding a missed deadline against it in full. An Ack is Holds;
// any other answer (NOT_FOUND: it never received the award, or gave it
// up) is Lacks; no answer is Silent.
func (n *Node) answers(ctx context.Context, a market.AwardRef) market.Liveness {
	h := n.net.Host()
	if h == nil {
		return market.Holds
	}
	id, err := peer.IDFromBytes(a.Peer)
	if err != nil {
		return market.Holds // not a peer we could have reached: hold it to its deadline
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	q := &pb.AwardQuery{TaskId: a.Task[:], Index: uint32(a.Index), Attempt: uint32(a.Attempt)}
	err = stream.Call(ctx, h, id, netproto.AwardStatus, q, &pb.Ack{})
	var se *stream.StatusError
	switch {
	case err == nil:
		return market.Holds
	case errors.As(err, &se):
		return market.Lacks
	default:
		n.log.Debug("award status", "prover", fmt.Sprintf("%x", a.Prover), "err", err)
		return market.Silent
	}
}

// Host is the node's libp2p host (nil before Start).
func (n *Node) Host() *p2phost.Host { return n.net.Host() }

// APIAddr is the bound host:port of the HTTP API, "" when it serves none
// or before Start.
func (n *Node) APIAddr() string {
	if n.api == nil {
		return ""
	}
	return n.api.Addr()
}

// Subscribe returns a channel of the node's events and a function that
// ends the subscription (closing the channel); the channel also closes
// when the node does.
func (n *Node) Subscribe() (<-chan events.Event, func()) { return n.events.Subscribe() }
