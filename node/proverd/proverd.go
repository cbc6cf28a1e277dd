// Package proverd runs a prover peer on the network: prover/peer's engine
// wired to a libp2p host, the market's gossip topics, the blob exchange
// (witnesses and setup artifacts are pulled from the announcing node, over
// a direct connection) and the receipt stream. cmd/zkpool-peer and the
// network tests use it.
//
// Finding nodes: the daemon runs the DHT in client mode (p2p/peering),
// dials its bootstrap nodes, and at start and every few seconds connects to
// every node advertising the "node" rendezvous, so a prover told one node
// hears every node's announcements directly. Before it fetches from or
// delivers a receipt to a node (named by peer ID in the announcement) it
// connects to it, asking the DHT for the node's addresses when it has
// none.
//
// Trust: the daemon hands the engine each message's signer and an
// authority over the network's Aoraki contract (Config.RPCURL, Contract),
// so that provers act only on announcements and awards of the registered
// node that holds the task on chain; and only the network's artifacts
// (Config.Artifacts) are ever fetched or loaded. Start dials the chain and
// checks its id and the contract's code; lookups are cached (a task's node
// for good, a node's registration for 30 s) and bounded by ChainTimeout.
//
// Describe is the other side of netproto.NetworkInfo: a prover joining by
// one node's address asks that node for the network file.
package proverd

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/discovery"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/p2p/stream"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/wire"
	prv "github.com/zkpool/aoraki/prover/peer"
	"github.com/zkpool/aoraki/prover/setup"
)

// Config configures a prover daemon.
type Config struct {
	DataDir  string
	Host     p2phost.Config
	Gossip   gossip.Config
	Peer     prv.Config
	SetupDir string
	// Bootstrap lists nodes to connect to at start (multiaddrs with
	// /p2p/); the other nodes are found through the DHT from there.
	Bootstrap []string
	// Peering runs the DHT (client mode) and keeps the prover connected to
	// every node it finds; its network is the host's.
	Peering peering.Config
	// Calibrate measures throughput with a real proof at start.
	Calibrate bool

	// RPCURL and Contract name the network's chain and Aoraki contract:
	// the prover checks there who may hand out work.
	RPCURL   string
	Contract common.Address
	// ChainID, when set, must be the chain's (a network file states it).
	ChainID uint64
	// ChainTimeout bounds each chain lookup.
	ChainTimeout time.Duration
	// Artifacts are the families the network trusts, by name (its network
	// file's artifact_cids resolved to manifests, or a node's
	// Config.Artifacts): the prover fetches and loads nothing else.
	Artifacts map[string]setup.Manifest
}

// Validate checks what New cannot do without.
func (c Config) Validate() error {
	switch {
	case c.RPCURL == "":
		return fmt.Errorf("%w: no chain RPC URL (the network file's rpc_url)", ErrConfig)
	case c.Contract == (common.Address{}):
		return fmt.Errorf("%w: no contract address", ErrConfig)
	case c.ChainTimeout <= 0:
		return fmt.Errorf("%w: chain timeout must be positive", ErrConfig)
	}
	return nil
}

// DefaultConfig suits a local testnet prover with data under dataDir.
func DefaultConfig(network, dataDir string) Config {
	return Config{DataDir: dataDir, Host: p2phost.LocalConfig(network, p2phost.RoleProver, dataDir),
		Gossip: gossip.DefaultConfig(network), Peering: peering.DefaultConfig(network, false), Peer: prv.DefaultConfig(), SetupDir: filepath.Join(dataDir, "setup"), Calibrate: true,
		ChainTimeout: 5 * time.Second}
}

// Daemon is a running prover.
type Daemon struct {
	cfg      Config
	log      *slog.Logger
	host     *p2phost.Host
	peers    *peering.Keeper
	router   *gossip.Router
	blobs    *blob.Exchange
	segments *gossip.Topic[*pb.SegmentAnnouncement]
	bids     *gossip.Topic[*pb.Bid]
	awards   *gossip.Topic[*pb.Award]
	engine   *prv.Peer
	auth     *authority
	eth      *ethclient.Client
	closers  []func() error

	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once
}

// New builds a prover daemon with Ethereum key key (its payout address).
func New(cfg Config, key *ecdsa.PrivateKey, log *slog.Logger) (_ *Daemon, err error) {
	if log == nil {
		log = slog.Default()
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	d := &Daemon{cfg: cfg, log: log, auth: newAuthority(cfg.ChainTimeout)}
	defer func() {
		if err != nil {
			d.closeAll()
		}
	}()
	if d.host, err = p2phost.New(cfg.Host, log.With("sub", "host")); err != nil {
		return nil, err
	}
	d.closers = append(d.closers, d.host.Close)
	if d.peers, err = peering.New(d.host, cfg.Host.Network, cfg.Bootstrap, cfg.Peering, log.With("sub", "peering")); err != nil {
		return nil, err
	}
	d.closers = append(d.closers, d.peers.Close)
	bs, err := blob.OpenStore(filepath.Join(cfg.DataDir, "blobs"))
	if err != nil {
		return nil, err
	}
	if d.blobs, err = blob.New(d.host, bs, nil, blob.DefaultConfig(), log.With("sub", "blob")); err != nil {
		return nil, err
	}
	d.closers = append(d.closers, d.blobs.Close)
	if d.router, err = gossip.New(d.host, key, cfg.Gossip, log.With("sub", "gossip")); err != nil {
		return nil, err
	}
	d.closers = append(d.closers, d.router.Close)
	if d.segments, err = gossip.Join(d.router, netproto.Segments()); err != nil {
		return nil, err
	}
	if d.bids, err = gossip.Join(d.router, netproto.Bids()); err != nil {
		return nil, err
	}
	if d.awards, err = gossip.Join(d.router, netproto.Awards()); err != nil {
		return nil, err
	}
	st, err := setup.Open(cfg.SetupDir, nil)
	if err != nil {
		return nil, err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	trust := prv.Trust{Nodes: d.auth, Artifacts: cfg.Artifacts}
	if d.engine, err = prv.New(cfg.Peer, st, network{d}, trust, addr, []byte(d.host.ID()), log.With("sub", "prover")); err != nil {
		return nil, err
	}
	return d, nil
}

// Engine is the proving engine (stats, address).
func (d *Daemon) Engine() *prv.Peer { return d.engine }

// Host is the daemon's libp2p host.
func (d *Daemon) Host() *p2phost.Host { return d.host }

func (d *Daemon) closeAll() {
	for i := len(d.closers) - 1; i >= 0; i-- {
		_ = d.closers[i]()
	}
	d.closers = nil
}

// Start connects to the bootstrap peers and to every node the DHT names
// (and keeps doing so in the background), dials the chain, calibrates, and
// starts bidding.
func (d *Daemon) Start(ctx context.Context) error {
	if err := d.peers.Start(ctx); errors.Is(err, discovery.ErrNoBootstrap) {
		return fmt.Errorf("%w: is the network up?", err)
	} else if err != nil {
		return err
	}
	if err := d.dialChain(ctx); err != nil {
		return err
	}
	if len(d.cfg.Artifacts) == 0 {
		d.log.Warn("the network trusts no artifacts: this prover will bid on nothing")
	}
	if d.cfg.Calibrate {
		rate, err := d.engine.Calibrate(ctx)
		if err != nil {
			return err
		}
		d.log.Info("calibrated", "constraints_per_s", int(rate))
	}
	segs, err := d.segments.Subscribe()
	if err != nil {
		return err
	}
	awards, err := d.awards.Subscribe()
	if err != nil {
		segs.Cancel()
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	if err := d.engine.Start(runCtx); err != nil {
		cancel()
		return err
	}
	d.wg.Add(2)
	go func() {
		defer d.wg.Done()
		defer segs.Cancel()
		for {
			m, err := segs.Next(runCtx)
			if err != nil {
				return
			}
			if err := d.engine.HandleAnnouncement(runCtx, [20]byte(m.Sender), m.Payload); err != nil {
				d.log.Debug("announcement", "err", err)
			}
		}
	}()
	go func() {
		defer d.wg.Done()
		defer awards.Cancel()
		for {
			m, err := awards.Next(runCtx)
			if err != nil {
				return
			}
			d.engine.HandleAward(runCtx, [20]byte(m.Sender), m.Payload)
		}
	}()
	d.log.Info("prover started", "address", common.Address(d.engine.Address()), "peer", d.host.ID())
	return nil
}

// Close stops proving and the host. Safe twice.
func (d *Daemon) Close() error {
	d.once.Do(func() {
		if d.cancel != nil {
			d.cancel()
		}
		d.wg.Wait()
		d.engine.Close()
		d.closeAll()
		if d.eth != nil {
			d.eth.Close()
		}
	})
	return nil
}

// dialChain connects the authority to the network's contract, checking
// the chain id and that the contract has code.
func (d *Daemon) dialChain(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	eth, err := chain.Dial(ctx, d.cfg.RPCURL)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrChain, err)
	}
	id, err := eth.ChainID(ctx)
	if err != nil {
		eth.Close()
		return fmt.Errorf("%w: chain at %s: %v (is it running?)", ErrChain, d.cfg.RPCURL, err)
	}
	if d.cfg.ChainID != 0 && id.Uint64() != d.cfg.ChainID {
		eth.Close()
		return fmt.Errorf("%w: %s serves chain %s, the network is on chain %d", ErrChain, d.cfg.RPCURL, id, d.cfg.ChainID)
	}
	code, err := eth.CodeAt(ctx, d.cfg.Contract, nil)
	if err != nil || len(code) == 0 {
		eth.Close()
		return fmt.Errorf("%w: no contract at %s on chain %s (%v)", ErrChain, d.cfg.Contract, id, err)
	}
	c, err := aoraki.New(eth, nil, d.cfg.Contract, id)
	if err != nil {
		eth.Close()
		return err
	}
	d.eth = eth
	d.auth.connect(c)
	return nil
}

// network adapts the daemon to prv.Network.
type network struct{ d *Daemon }

func (n network) PublishBid(ctx context.Context, b *pb.Bid) error { return n.d.bids.Publish(ctx, b) }

func (n network) Fetch(ctx context.Context, nodePeer []byte, c cid.Cid, max int64) ([]byte, error) {
	p, err := peer.IDFromBytes(nodePeer)
	if err != nil {
		return nil, fmt.Errorf("node peer: %w", err)
	}
	st := n.d.blobs.Store()
	if !st.Has(c) {
		if err := n.d.peers.Reach(ctx, p); err != nil {
			return nil, err
		}
		if _, err := n.d.blobs.FetchFrom(ctx, p, c, max); err != nil {
			return nil, err
		}
	}
	return st.Get(c, max)
}

func (n network) Deliver(ctx context.Context, nodePeer []byte, d *pb.ReceiptDelivery) error {
	p, err := peer.IDFromBytes(nodePeer)
	if err != nil {
		return fmt.Errorf("%w: node peer: %v", prv.ErrRefused, err)
	}
	if err := n.d.peers.Reach(ctx, p); err != nil {
		return err
	}
	err = stream.Call(ctx, n.d.host, p, netproto.Receipt, d, &pb.Ack{})
	var se *stream.StatusError
	if errors.As(err, &se) && (se.Code == wire.Status_REFUSED || se.Code == wire.Status_BAD_REQUEST) {
		return fmt.Errorf("%w: %s", prv.ErrRefused, se.Message)
	}
	return err
}
