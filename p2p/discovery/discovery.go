package discovery

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"regexp"
	"sync"
	"time"

	"github.com/zkpool/aoraki/protocol/cids"

	"github.com/ipfs/go-cid"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	ma "github.com/multiformats/go-multiaddr"
)

// Config tunes discovery.
type Config struct {
	Network string `toml:"network"`
	// Server runs the DHT in server mode (bootstrappers and nodes).
	Server bool `toml:"server"`
	// Bootstrap lists multiaddrs ending in /p2p/<id>; empty for a bootstrapper.
	Bootstrap []string `toml:"bootstrap"`
	// Readvertise is how often provider records are renewed.
	Readvertise time.Duration `toml:"readvertise"`
	// ReconnectMin and ReconnectMax bound the per-peer backoff.
	ReconnectMin time.Duration `toml:"reconnect_min"`
	ReconnectMax time.Duration `toml:"reconnect_max"`
	// DialTimeout bounds one dial.
	DialTimeout time.Duration `toml:"dial_timeout"`
	// QueryTimeout bounds one provide or lookup.
	QueryTimeout time.Duration `toml:"query_timeout"`
}

// DefaultConfig returns production settings.
func DefaultConfig(network string, server bool, bootstrap []string) Config {
	return Config{
		Network: network, Server: server, Bootstrap: bootstrap,
		Readvertise:  10 * time.Minute,
		ReconnectMin: time.Second, ReconnectMax: 2 * time.Minute,
		DialTimeout: 10 * time.Second, QueryTimeout: 30 * time.Second,
	}
}

var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)

// Validate checks every field.
func (c Config) Validate() error {
	if !nameRE.MatchString(c.Network) {
		return fmt.Errorf("%w: network %q", ErrConfig, c.Network)
	}
	if _, err := c.bootstrapPeers(); err != nil {
		return err
	}
	if c.Readvertise <= 0 || c.ReconnectMin <= 0 || c.ReconnectMax < c.ReconnectMin || c.DialTimeout <= 0 || c.QueryTimeout <= 0 {
		return fmt.Errorf("%w: durations must be positive and reconnect_min <= reconnect_max", ErrConfig)
	}
	return nil
}

func (c Config) bootstrapPeers() ([]peer.AddrInfo, error) {
	var mas []ma.Multiaddr
	for _, s := range c.Bootstrap {
		m, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, fmt.Errorf("%w: bootstrap address %q: %v", ErrConfig, s, err)
		}
		mas = append(mas, m)
	}
	infos, err := peer.AddrInfosFromP2pAddrs(mas...)
	if err != nil {
		return nil, fmt.Errorf("%w: bootstrap addresses must end in /p2p/<id>: %v", ErrConfig, err)
	}
	return infos, nil
}

// ProtocolPrefix returns the DHT protocol prefix of network.
func ProtocolPrefix(network string) protocol.ID { return protocol.ID("/zkpool/" + network) }

// RendezvousCID is the DHT key under which peers of role name advertise.
func RendezvousCID(network, name string) cid.Cid {
	return cids.Of([]byte("/zkpool/" + network + "/rendezvous/" + name))
}

// Service owns the DHT and the reconnect and readvertise loops.
type Service struct {
	h     host.Host
	cfg   Config
	log   *slog.Logger
	dht   *dht.IpfsDHT
	boots []peer.AddrInfo

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	names  map[string]bool
	closed bool
}

// New builds the DHT on h; nothing runs until Start.
func New(h host.Host, cfg Config, log *slog.Logger) (*Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	boots, _ := cfg.bootstrapPeers()
	mode := dht.ModeClient
	if cfg.Server {
		mode = dht.ModeServer
	}
	// A bootstrapper gets an empty bootstrap list (never the IPFS defaults).
	d, err := dht.New(h, dht.Mode(mode), dht.ProtocolPrefix(ProtocolPrefix(cfg.Network)),
		dht.BootstrapPeers(boots...))
	if err != nil {
		return nil, fmt.Errorf("discovery: dht: %w", err)
	}
	s := &Service{h: h, cfg: cfg, log: log, dht: d, boots: boots, names: map[string]bool{}}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	return s, nil
}

// DHT returns the DHT (it is the content router of package blob).
func (s *Service) DHT() *dht.IpfsDHT { return s.dht }

// Start connects to the bootstrap peers (bounded by ctx), bootstraps the
// DHT and starts the reconnect loop. With bootstrap peers configured and
// none reachable it still starts the loop and returns ErrNoBootstrap
// wrapped, so the caller may log and go on: the loop keeps trying.
func (s *Service) Start(ctx context.Context) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	s.mu.Unlock()
	sub, err := s.h.EventBus().Subscribe(new(event.EvtPeerConnectednessChanged))
	if err != nil {
		return fmt.Errorf("discovery: event bus: %w", err)
	}
	connected := 0
	for _, b := range s.boots {
		if s.dial(ctx, b) == nil {
			connected++
		}
	}
	if err := s.dht.Bootstrap(s.ctx); err != nil {
		sub.Close()
		return fmt.Errorf("discovery: bootstrap dht: %w", err)
	}
	s.wg.Add(1)
	go s.reconnectLoop(sub)
	if len(s.boots) > 0 && connected == 0 {
		return fmt.Errorf("%w: tried %d", ErrNoBootstrap, len(s.boots))
	}
	if connected > 0 {
		s.waitRoutingTable(ctx)
		s.refresh(ctx)
	}
	return nil
}

// waitRoutingTable waits (bounded by ctx and QueryTimeout) until the DHT
// has taken a peer into its routing table: a dial completes before
// identify tells the DHT that the peer speaks its protocol.
func (s *Service) waitRoutingTable(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for s.dht.RoutingTable().Size() == 0 {
		select {
		case <-ctx.Done():
			return
		case <-s.ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Service) dial(ctx context.Context, ai peer.AddrInfo) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.DialTimeout)
	defer cancel()
	if err := s.h.Connect(ctx, ai); err != nil {
		s.log.Debug("bootstrap dial failed", "peer", ai.ID, "err", err)
		return err
	}
	return nil
}

// refresh waits (bounded) for one routing table refresh.
func (s *Service) refresh(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	select {
	case <-s.dht.ForceRefresh():
	case <-ctx.Done():
	}
}

func (s *Service) bootConnected() bool {
	for _, b := range s.boots {
		if s.h.Network().Connectedness(b.ID) == network.Connected {
			return true
		}
	}
	return false
}

// reconnectLoop redials bootstrap peers, each with its own exponential
// backoff, whenever no bootstrap peer is connected.
func (s *Service) reconnectLoop(sub event.Subscription) {
	defer s.wg.Done()
	defer sub.Close()
	if len(s.boots) == 0 {
		<-s.ctx.Done()
		return
	}
	backoff := make(map[peer.ID]time.Duration)
	next := make(map[peer.ID]time.Time)
	timer := time.NewTimer(s.cfg.ReconnectMin)
	defer timer.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-sub.Out():
		case <-timer.C:
		}
		wait := s.cfg.ReconnectMax
		if !s.bootConnected() {
			now := time.Now()
			healed := false
			for _, b := range s.boots {
				if now.Before(next[b.ID]) {
					wait = min(wait, next[b.ID].Sub(now))
					continue
				}
				if s.dial(s.ctx, b) == nil {
					delete(backoff, b.ID)
					delete(next, b.ID)
					healed = true
					s.log.Info("reconnected to bootstrap peer", "peer", b.ID)
					break
				}
				d := backoff[b.ID]
				d = min(max(2*d, s.cfg.ReconnectMin), s.cfg.ReconnectMax)
				backoff[b.ID] = d
				d = d/2 + rand.N(d/2+1) // jitter in [d/2, d]
				next[b.ID] = now.Add(d)
				wait = min(wait, d)
			}
			if healed {
				s.waitRoutingTable(s.ctx)
				s.refresh(s.ctx)
				s.readvertiseAll()
				wait = s.cfg.ReconnectMax
			}
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		timer.Reset(wait)
	}
}

// Advertise provides the rendezvous key of name now (returning the first
// attempt's error) and keeps renewing it every Readvertise until Close.
func (s *Service) Advertise(ctx context.Context, name string) error {
	if !nameRE.MatchString(name) {
		return fmt.Errorf("%w: rendezvous name %q", ErrConfig, name)
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	first := !s.names[name]
	s.names[name] = true
	s.mu.Unlock()
	err := s.provide(ctx, name)
	if first {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			t := time.NewTicker(s.cfg.Readvertise)
			defer t.Stop()
			for {
				select {
				case <-s.ctx.Done():
					return
				case <-t.C:
					if err := s.provide(s.ctx, name); err != nil {
						s.log.Warn("readvertise failed", "name", name, "err", err)
					}
				}
			}
		}()
	}
	return err
}

func (s *Service) readvertiseAll() {
	s.mu.Lock()
	var names []string
	for n := range s.names {
		names = append(names, n)
	}
	s.mu.Unlock()
	for _, n := range names {
		if err := s.provide(s.ctx, n); err != nil {
			s.log.Warn("readvertise failed", "name", n, "err", err)
		}
	}
}

func (s *Service) provide(ctx context.Context, name string) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	if err := s.dht.Provide(ctx, RendezvousCID(s.cfg.Network, name), true); err != nil {
		return fmt.Errorf("discovery: advertise %s: %w", name, err)
	}
	return nil
}

// FindPeers returns up to limit peers advertising name, other than this
// host, with their addresses added to the peerstore.
func (s *Service) FindPeers(ctx context.Context, name string, limit int) ([]peer.AddrInfo, error) {
	if !nameRE.MatchString(name) || limit <= 0 {
		return nil, fmt.Errorf("%w: rendezvous name %q, limit %d", ErrConfig, name, limit)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	var out []peer.AddrInfo
	for ai := range s.dht.FindProvidersAsync(ctx, RendezvousCID(s.cfg.Network, name), limit+1) {
		if ai.ID == s.h.ID() || len(out) == limit {
			continue
		}
		if len(ai.Addrs) > 0 {
			s.h.Peerstore().AddAddrs(ai.ID, ai.Addrs, time.Hour)
		}
		out = append(out, ai)
	}
	return out, nil
}

// Close stops the loops and the DHT; it is safe to call twice.
func (s *Service) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	s.cancel()
	s.wg.Wait()
	return s.dht.Close()
}
