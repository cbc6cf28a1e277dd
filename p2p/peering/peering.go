package peering

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/zkpool/aoraki/p2p/discovery"
)

// NodeRendezvous is the rendezvous name nodes advertise.
const NodeRendezvous = "node"

// Config tunes a Keeper.
type Config struct {
	// Discovery tunes the DHT. New sets its Network to the host's network
	// argument and its Bootstrap to the bootstrap argument (less the host
	// itself).
	Discovery discovery.Config `toml:"discovery"`
	// Advertise keeps a provider record on NodeRendezvous (nodes do).
	Advertise bool `toml:"advertise"`
	// Interval is the least time between two rounds; each wait adds a
	// random jitter of up to two thirds of it.
	Interval time.Duration `toml:"interval"`
	// MaxNodes bounds how many nodes one round looks up.
	MaxNodes int `toml:"max_nodes"`
}

// DefaultConfig returns production settings: server is true for a node
// (DHT server mode, advertising "node"), false for a prover.
func DefaultConfig(network string, server bool) Config {
	return Config{Discovery: discovery.DefaultConfig(network, server, nil), Advertise: server,
		Interval: 3 * time.Second, MaxNodes: 64}
}

// Validate checks every field.
func (c Config) Validate() error {
	if err := c.Discovery.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if c.Interval <= 0 || c.MaxNodes <= 0 {
		return fmt.Errorf("%w: interval %s and max_nodes %d must be positive", ErrConfig, c.Interval, c.MaxNodes)
	}
	return nil
}

// Keeper keeps a host connected to the bootstrap peers and the nodes the
// DHT names.
type Keeper struct {
	h     host.Host
	cfg   Config
	log   *slog.Logger
	disc  *discovery.Service
	boots []peer.AddrInfo

	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	mu      sync.Mutex
	started bool
	closed  bool
}

// New builds a Keeper on h for network with the given bootstrap
// multiaddrs (each ending in /p2p/<id>; the host's own are skipped).
// Nothing runs until Start.
func New(h host.Host, network string, bootstrap []string, cfg Config, log *slog.Logger) (*Keeper, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg.Discovery.Network, cfg.Discovery.Bootstrap = network, bootstrap
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	var mas []ma.Multiaddr
	for _, s := range bootstrap {
		mas = append(mas, ma.StringCast(s)) // Validate parsed them
	}
	infos, _ := peer.AddrInfosFromP2pAddrs(mas...)
	k := &Keeper{h: h, log: log}
	cfg.Discovery.Bootstrap = nil
	for _, ai := range infos {
		if ai.ID == h.ID() {
			continue
		}
		k.boots = append(k.boots, ai)
		p2p, _ := peer.AddrInfoToP2pAddrs(&ai)
		for _, m := range p2p {
			cfg.Discovery.Bootstrap = append(cfg.Discovery.Bootstrap, m.String())
		}
	}
	k.cfg = cfg
	d, err := discovery.New(h, cfg.Discovery, log)
	if err != nil {
		return nil, err
	}
	k.disc = d
	k.ctx, k.cancel = context.WithCancel(context.Background())
	return k, nil
}

func mergeAddrInfos(in []peer.AddrInfo) []peer.AddrInfo {
	var out []peer.AddrInfo
	idx := map[peer.ID]int{}
	for _, ai := range in {
		if i, ok := idx[ai.ID]; ok {
			out[i].Addrs = append(out[i].Addrs, ai.Addrs...)
			continue
		}
		idx[ai.ID] = len(out)
		out = append(out, ai)
	}
	return out
}

// Discovery is the keeper's discovery service (its DHT, lookups).
func (k *Keeper) Discovery() *discovery.Service { return k.disc }

// Start connects to the bootstrap peers and bootstraps the DHT (bounded
// by ctx), advertises NodeRendezvous when configured to, runs a first
// round and starts the loop. With bootstrap peers configured and none
// reachable it still starts the loop, which keeps redialling them, and
// returns discovery.ErrNoBootstrap wrapped: the caller decides whether
// that is fatal.
func (k *Keeper) Start(ctx context.Context) error {
	k.mu.Lock()
	if k.closed {
		k.mu.Unlock()
		return ErrClosed
	}
	if k.started {
		k.mu.Unlock()
		return fmt.Errorf("peering: started twice")
	}
	k.started = true
	k.mu.Unlock()
	startErr := k.disc.Start(ctx)
	if startErr != nil && !errors.Is(startErr, discovery.ErrNoBootstrap) {
		return startErr
	}
	if k.cfg.Advertise {
		// The record is kept locally even when no peer takes it (a first
		// node, or bootstrap peers down): others asking this node find it,
		// and discovery provides it again once a bootstrap peer is back.
		if err := k.disc.Advertise(ctx, NodeRendezvous); err != nil {
			k.log.Info("node record not yet stored by any peer", "err", err)
		}
	}
	if startErr == nil {
		k.round(ctx)
	}
	k.wg.Add(1)
	go k.loop()
	return startErr
}

func (k *Keeper) loop() {
	defer k.wg.Done()
	t := time.NewTimer(k.wait())
	defer t.Stop()
	for {
		select {
		case <-k.ctx.Done():
			return
		case <-t.C:
		}
		k.round(k.ctx)
		t.Reset(k.wait())
	}
}

// wait is Interval plus a jitter of up to two thirds of it: two nodes that
// dial each other at the same instant can both fail.
func (k *Keeper) wait() time.Duration {
	return k.cfg.Interval + rand.N(k.cfg.Interval*2/3+1)
}

// round redials the bootstrap peers that are not connected and connects to
// every node the DHT names.
func (k *Keeper) round(ctx context.Context) {
	var want []peer.AddrInfo
	for _, b := range k.boots {
		if !k.connected(b.ID) {
			want = append(want, b)
		}
	}
	found, err := k.disc.FindPeers(ctx, NodeRendezvous, k.cfg.MaxNodes)
	if err != nil {
		k.log.Debug("node lookup", "err", err)
	}
	for _, ai := range found {
		if !k.connected(ai.ID) {
			want = append(want, ai)
		}
	}
	var wg sync.WaitGroup
	for _, ai := range mergeAddrInfos(want) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := k.connect(ctx, ai); err != nil {
				k.log.Debug("dial", "peer", ai.ID, "err", err)
				return
			}
			k.log.Info("connected to node", "peer", ai.ID)
		}()
	}
	wg.Wait()
}

func (k *Keeper) connected(p peer.ID) bool {
	return p == k.h.ID() || k.h.Network().Connectedness(p) == network.Connected
}

func (k *Keeper) connect(ctx context.Context, ai peer.AddrInfo) error {
	ctx, cancel := context.WithTimeout(ctx, k.cfg.Discovery.DialTimeout)
	defer cancel()
	return k.h.Connect(ctx, ai)
}

// Reach connects to p unless connected: by the addresses the peerstore
// holds, else (or when those fail) by the addresses the DHT finds for it.
func (k *Keeper) Reach(ctx context.Context, p peer.ID) error {
	if k.connected(p) {
		return nil
	}
	var err error
	if len(k.h.Peerstore().Addrs(p)) > 0 {
		if err = k.connect(ctx, peer.AddrInfo{ID: p}); err == nil {
			return nil
		}
	}
	qctx, cancel := context.WithTimeout(ctx, k.cfg.Discovery.QueryTimeout)
	ai, ferr := k.disc.DHT().FindPeer(qctx, p)
	cancel()
	if ferr != nil {
		return fmt.Errorf("peering: reach %s: %w", p, errors.Join(err, ferr))
	}
	if err := k.connect(ctx, ai); err != nil {
		return fmt.Errorf("peering: reach %s: %w", p, err)
	}
	return nil
}

// Close stops the loop and the DHT; it is safe to call twice. Close it
// before the host.
func (k *Keeper) Close() error {
	k.mu.Lock()
	if k.closed {
		k.mu.Unlock()
		return nil
	}
	k.closed = true
	k.mu.Unlock()
	k.cancel()
	k.wg.Wait()
	return k.disc.Close()
}
