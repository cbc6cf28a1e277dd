package host

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"

	"github.com/zkpool/aoraki/p2p/identity"
)

// Host is a libp2p host with the zkpool policies applied.
type Host struct {
	host.Host
	cfg    Config
	log    *slog.Logger
	cm     *connmgr.BasicConnMgr
	rm     network.ResourceManager
	tagSeq atomic.Uint64
	once   sync.Once
	err    error
}

// New builds and starts the host; on failure it releases what it acquired.
func New(cfg Config, log *slog.Logger) (*Host, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	key, err := identity.LoadOrCreate(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	relays, _ := cfg.staticRelays()

	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	sl := cfg.ServiceLimit
	limits.AddServiceLimit(ServiceName, baseLimit(sl), rcmgr.BaseLimitIncrease{})
	limits.AddServicePeerLimit(ServiceName, perPeer(sl), rcmgr.BaseLimitIncrease{})
	for _, p := range cfg.Protocols {
		limits.AddProtocolLimit(protocol.ID(p.ID), baseLimit(p), rcmgr.BaseLimitIncrease{})
		limits.AddProtocolPeerLimit(protocol.ID(p.ID), perPeer(p), rcmgr.BaseLimitIncrease{})
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(limits.AutoScale()))
	if err != nil {
		return nil, fmt.Errorf("host: resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(cfg.ConnLow, cfg.ConnHigh, connmgr.WithGracePeriod(cfg.ConnGrace))
	if err != nil {
		rm.Close()
		return nil, fmt.Errorf("host: connection manager: %w", err)
	}
	opts := []libp2p.Option{
		libp2p.Identity(key),
		libp2p.ListenAddrStrings(cfg.ListenAddrs...),
		libp2p.DefaultTransports,
		libp2p.DefaultSecurity,
		libp2p.DefaultMuxers,
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.WithDialTimeout(cfg.DialTimeout),
		libp2p.UserAgent("zkpool/" + string(cfg.Role)),
		libp2p.EnableRelay(),
	}
	if cfg.Gater != nil {
		opts = append(opts, libp2p.ConnectionGater(cfg.Gater))
	}
	if !cfg.Metrics {
		opts = append(opts, libp2p.DisableMetrics())
	}
	switch cfg.Reachability {
	case ReachabilityPublic:
		opts = append(opts, libp2p.ForceReachabilityPublic())
	case ReachabilityPrivate:
		opts = append(opts, libp2p.ForceReachabilityPrivate())
	}
	if cfg.Role.Public() {
		// Public hosts serve AutoNAT (v1 and v2) so provers learn their reachability.
		opts = append(opts, libp2p.EnableRelayService(), libp2p.EnableNATService(), libp2p.EnableAutoNATv2())
	} else {
		opts = append(opts, libp2p.NATPortMap(), libp2p.EnableAutoNATv2(), libp2p.EnableHolePunching())
		if len(relays) > 0 {
			opts = append(opts, libp2p.EnableAutoRelayWithStaticRelays(relays))
		}
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		cm.Close()
		rm.Close()
		return nil, fmt.Errorf("host: %w", err)
	}
	log.Info("p2p host started", "peer", h.ID(), "role", cfg.Role, "network", cfg.Network, "addrs", h.Addrs())
	return &Host{Host: h, cfg: cfg, log: log, cm: cm, rm: rm}, nil
}

func baseLimit(p ProtocolLimit) rcmgr.BaseLimit {
	return rcmgr.BaseLimit{Streams: p.Streams, StreamsInbound: p.Streams, StreamsOutbound: p.Streams, Memory: p.MemoryBytes}
}

func perPeer(p ProtocolLimit) rcmgr.BaseLimit {
	mem := p.MemoryBytes / int64(max(1, p.Streams/p.StreamsPerPeer))
	return rcmgr.BaseLimit{Streams: p.StreamsPerPeer, StreamsInbound: p.StreamsPerPeer, StreamsOutbound: p.StreamsPerPeer, Memory: mem}
}

// Config returns the configuration the host was built with.
func (h *Host) Config() Config { return h.cfg }

// Protect keeps the connection manager from trimming connections to p
// until release is called; every call takes its own tag, so concurrent
// transfers to one peer do not release each other. release is idempotent.
func (h *Host) Protect(p peer.ID, what string) (release func()) {
	return ProtectPeer(h.ConnManager(), p, what, &h.tagSeq)
}

// Protector is the part of a connection manager that Protect needs.
type Protector interface {
	Protect(peer.ID, string)
	Unprotect(peer.ID, string) bool
}

var globalSeq atomic.Uint64

// ProtectPeer protects p in cm under a unique tag derived from what and
// returns its idempotent release. seq may be nil.
func ProtectPeer(cm Protector, p peer.ID, what string, seq *atomic.Uint64) (release func()) {
	if seq == nil {
		seq = &globalSeq
	}
	tag := "zkpool-" + what + "-" + strconv.FormatUint(seq.Add(1), 10)
	cm.Protect(p, tag)
	var once sync.Once
	return func() { once.Do(func() { cm.Unprotect(p, tag) }) }
}

// Close stops the host and its managers; close the services built on the
// host (discovery, gossip, blob exchange) first. Calling it again returns the
// first result.
func (h *Host) Close() error {
	h.once.Do(func() {
		h.err = h.Host.Close()
		if err := h.cm.Close(); err != nil && h.err == nil {
			h.err = err
		}
		if err := h.rm.Close(); err != nil && h.err == nil {
			h.err = err
		}
	})
	return h.err
}

// Connect dials p with the configured dial timeout bounding ctx.
func (h *Host) Connect(ctx context.Context, p peer.AddrInfo) error {
	ctx, cancel := context.WithTimeout(ctx, h.cfg.DialTimeout)
	defer cancel()
	return h.Host.Connect(ctx, p)
}

// Alive reports whether peer p answers libp2p's ping before ctx ends,
// over a connection this host holds or dials. A node asks it before
// blaming a prover for a missed deadline: a prover it cannot reach (a cut
// link, the node itself cut off) may never have had its award.
func (h *Host) Alive(ctx context.Context, p peer.ID) bool {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r, open := <-ping.Ping(ctx, h.Host, p)
	return open && r.Error == nil
}
