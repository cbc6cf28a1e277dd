// Package daemon runs a prover peer on the network: prover/peer's engine
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
package daemon

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
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/netstack"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/p2p/service"
	"github.com/zkpool/aoraki/p2p/stream"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/status"
	"github.com/zkpool/aoraki/protocol/wire"
	prv "github.com/zkpool/aoraki/prover/peer"
	"github.com/zkpool/aoraki/prover/programs"
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
	// StatusFile keeps the prover's status (protocol/status) in DataDir
	// while it runs, for 'zkpool-peer status' and the testnet.
	StatusFile bool
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

// Daemon is a prover on the network: a stack of services that New builds
// and Start runs (the network stack, the chain authority, the proving
// engine, the gossip consumers, and the status file when configured).
type Daemon struct {
	cfg      Config
	log      *slog.Logger
	services *service.Stack
	net      *netstack.Stack
	engine   *prv.Peer
	auth     *authority
	eth      *ethclient.Client

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New builds a prover daemon with Ethereum key key (its payout address);
// it starts nothing.
func New(cfg Config, key *ecdsa.PrivateKey, log *slog.Logger) (_ *Daemon, err error) {
	if log == nil {
		log = slog.Default()
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	d := &Daemon{cfg: cfg, log: log, auth: newAuthority(cfg.ChainTimeout), services: service.New(log.With("sub", "services"))}
	ncfg := netstack.Config{Host: cfg.Host, Gossip: cfg.Gossip, Peering: cfg.Peering, Bootstrap: cfg.Bootstrap,
		BlobDir: filepath.Join(cfg.DataDir, "blobs"), Blob: blob.DefaultConfig()}
	if d.net, err = netstack.New(ncfg, key, log, netstack.Join(netstack.ProverTopics...), netstack.RequireBootstrap()); err != nil {
		return nil, err
	}
	st, err := setup.Open(cfg.SetupDir, nil)
	if err != nil {
		return nil, err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	trust := prv.Trust{Nodes: d.auth, Artifacts: provable(cfg.Artifacts, log)}
	if d.engine, err = prv.New(cfg.Peer, st, network{d}, trust, addr, []byte(d.net.ID()), log.With("sub", "prover")); err != nil {
		return nil, err
	}
	// The services, in start order; Close stops them in reverse.
	d.services.Register("network", d.net)
	d.services.Register("chain", service.Funcs{OnStart: d.dialChain, OnClose: d.closeChain})
	d.services.Register("engine", service.Funcs{OnStart: d.startEngine, OnClose: d.engine.Close})
	d.services.Register("award-status", service.Funcs{OnStart: d.serveAwardStatus, OnClose: d.stopAwardStatus})
	d.services.Register("market", service.Funcs{OnStart: d.follow, OnClose: d.unfollow})
	if cfg.StatusFile {
		d.services.Register("status", status.NewFile(cfg.DataDir, func() (any, error) {
			s := d.Status()
			return &s, nil
		}, log))
	}
	return d, nil
}

// serveAwardStatus answers netproto.AwardStatus: whether this prover holds
// an award, told only to the award's own node (any other asker hears
// NOT_FOUND).
func (d *Daemon) serveAwardStatus(context.Context) error {
	return stream.Handle(d.net.Host(), netproto.AwardStatus, func() *pb.AwardQuery { return new(pb.AwardQuery) },
		func(_ context.Context, from peer.ID, q *pb.AwardQuery) (*pb.Ack, error) {
			if err := netproto.CheckAwardQuery(q); err != nil {
				return nil, stream.Errorf(wire.Status_BAD_REQUEST, "%v", err)
			}
			if !d.engine.Holds([]byte(from), q.TaskId, q.Index, q.Attempt) {
				return nil, stream.Errorf(wire.Status_NOT_FOUND, "no such award held")
			}
			return &pb.Ack{}, nil
		}, d.log)
}

func (d *Daemon) stopAwardStatus() error {
	d.net.Host().RemoveStreamHandler(netproto.AwardStatus.ID())
	return nil
}

// provable are the trusted families this prover can prove: those of a
// program in the registry (prover/programs, which links every program's
// circuits and their solver hints). Another is left out, with a warning:
// its segments could not be proven here.
func provable(arts map[string]setup.Manifest, log *slog.Logger) map[string]setup.Manifest {
	out := make(map[string]setup.Manifest, len(arts))
	for fam, m := range arts {
		if _, _, err := programs.OfFamily(fam); err != nil {
			log.Warn("the network trusts a family this prover cannot prove; it will not bid on it", "family", fam, "err", err)
			continue
		}
		out[fam] = m
	}
	return out
}

// Engine is the proving engine (stats, address).
func (d *Daemon) Engine() *prv.Peer { return d.engine }

// Host is the daemon's libp2p host (nil before Start).
func (d *Daemon) Host() *p2phost.Host { return d.net.Host() }

// Start connects to the bootstrap peers and to every node the DHT names
// (and keeps doing so in the background), dials the chain, calibrates, and
// starts bidding. A service that fails to start stops those started
// before it (service.StartError).
func (d *Daemon) Start(ctx context.Context) error {
	if err := d.services.Start(ctx); err != nil {
		return err
	}
	d.log.Info("prover started", "address", common.Address(d.engine.Address()), "peer", d.net.ID())
	return nil
}

// Close stops proving and the network, in reverse start order, and returns
// the errors it met (service.StopError). Safe twice.
func (d *Daemon) Close() error { return d.services.Close() }

// startEngine calibrates (when configured) and starts the proving workers.
func (d *Daemon) startEngine(ctx context.Context) error {
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
	return d.engine.Start(ctx)
}

// follow hands every announcement and award to the engine, with its
// signer, until Close.
func (d *Daemon) follow(context.Context) error {
	t := d.net.Topics()
	segs, err := t.Segments.Subscribe()
	if err != nil {
		return err
	}
	awards, err := t.Awards.Subscribe()
	if err != nil {
		segs.Cancel()
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
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
	return nil
}

func (d *Daemon) unfollow() error {
	d.cancel()
	d.wg.Wait()
	return nil
}

func (d *Daemon) closeChain() error {
	d.eth.Close()
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

func (n network) PublishBid(ctx context.Context, b *pb.Bid) error {
	return n.d.net.Topics().Bids.Publish(ctx, b)
}

// Fetch gets c from the node; an answer that a retry cannot change (the
// node has no such blob, or it is too large or not what c names) is
// prv.ErrRefused.
func (n network) Fetch(ctx context.Context, nodePeer []byte, c cid.Cid, max int64) ([]byte, error) {
	p, err := peer.IDFromBytes(nodePeer)
	if err != nil {
		return nil, fmt.Errorf("%w: node peer: %v", prv.ErrRefused, err)
	}
	st := n.d.net.Blobs().Store()
	if !st.Has(c) {
		if err := n.d.net.Peers().Reach(ctx, p); err != nil {
			return nil, err
		}
		if _, err := n.d.net.Blobs().FetchFrom(ctx, p, c, max); err != nil {
			for _, final := range []error{blob.ErrNotFound, blob.ErrBadCID, blob.ErrHashMismatch, blob.ErrTooLarge} {
				if errors.Is(err, final) {
					return nil, fmt.Errorf("%w: %w", prv.ErrRefused, err)
				}
			}
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
	if err := n.d.net.Peers().Reach(ctx, p); err != nil {
		return err
	}
	err = stream.Call(ctx, n.d.net.Host(), p, netproto.Receipt, d, &pb.Ack{})
	var se *stream.StatusError
	if errors.As(err, &se) && (se.Code == wire.Status_REFUSED || se.Code == wire.Status_BAD_REQUEST) {
		return fmt.Errorf("%w: %s", prv.ErrRefused, se.Message)
	}
	return err
}
