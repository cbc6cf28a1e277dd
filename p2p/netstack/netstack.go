// Package netstack assembles a peer's network stack, the same way for every
// role (the Aoraki node, the prover daemon, the requester): the libp2p host,
// the peering keeper (DHT, bootstrap peers, the network's nodes), the blob
// store and its exchange, the gossip router and the market topics the role
// joins. The role shows in the host's role (p2p/host) and in options: which
// topics to join, whether start needs a reachable bootstrap peer (a prover
// does), and whether nodes are looked up only on demand (a requester does,
// at its first request).
//
// New only checks the configuration; Start builds and starts the parts in
// order (host, gossip and topics, blobs, peering: every protocol handler is
// up before the first dial) and Close stops them in reverse, the host last,
// returning the errors it met (p2p/service).
//
//	stack := netstack.New(cfg, key, log, netstack.Join(netstack.NodeTopics...))
//	stack.Start(ctx)        // the host listens, the keeper dials
//	stack.Topics().Segments.Publish(ctx, a)
//	stack.Close()
package netstack

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/discovery"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/identity"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/p2p/service"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// ErrConfig reports an invalid configuration.
var ErrConfig = errors.New("netstack: invalid config")

// Config is what a role's stack is built from.
type Config struct {
	// Host shapes the host; its Network names the network and its Role
	// the role (public node or bootstrap, prover, requester).
	Host p2phost.Config
	// Gossip tunes the router; its Network is set to the host's.
	Gossip gossip.Config
	// Peering runs the DHT and keeps the peer connected to the network's
	// nodes; its network and bootstrap peers are set from Host and
	// Bootstrap.
	Peering peering.Config
	// Bootstrap lists peers to dial at start (multiaddrs with /p2p/).
	Bootstrap []string
	// BlobDir holds the blob store; Blob tunes the exchange.
	BlobDir string
	Blob    blob.Config
}

// Topic names one of the market's gossip topics (p2p/netproto).
type Topic string

// The market's topics.
const (
	Segments       Topic = netproto.TopicSegments
	Bids           Topic = netproto.TopicBids
	Awards         Topic = netproto.TopicAwards
	AttestRequests Topic = netproto.TopicAttestReq
	Attestations   Topic = netproto.TopicAttestations
)

// The topics each role joins.
var (
	// NodeTopics: a node runs the market and verifier consensus.
	NodeTopics = []Topic{Segments, Bids, Awards, AttestRequests, Attestations}
	// ProverTopics: a prover hears announcements and awards and bids.
	ProverTopics = []Topic{Segments, Bids, Awards}
	// RequesterTopics: a requester follows its tasks' auctions (bids and
	// awards) and attestations. It stays off segments and attest-req: a
	// node counts the peers there as provers and fellow nodes.
	RequesterTopics = []Topic{Bids, Awards, Attestations}
)

// Option sets what differs between roles.
type Option func(*options)

type options struct {
	topics           map[Topic]bool
	requireBootstrap bool
	onDemand         bool
}

// Join joins the given topics at start.
func Join(topics ...Topic) Option {
	return func(o *options) {
		for _, t := range topics {
			o.topics[t] = true
		}
	}
}

// RequireBootstrap makes Start fail (with discovery.ErrNoBootstrap) when
// no bootstrap peer is reachable; without it the keeper redials them in
// the background (a node that starts before the others).
func RequireBootstrap() Option { return func(o *options) { o.requireBootstrap = true } }

// LookupOnDemand leaves the peering keeper stopped: nodes are looked up
// by FindNodes, which starts the DHT at its first call (a requester).
func LookupOnDemand() Option { return func(o *options) { o.onDemand = true } }

// Topics are the joined topics' handles (nil: not joined).
type Topics struct {
	Segments       *gossip.Topic[*pb.SegmentAnnouncement]
	Bids           *gossip.Topic[*pb.Bid]
	Awards         *gossip.Topic[*pb.Award]
	AttestRequests *gossip.Topic[*pb.AttestationRequest]
	Attestations   *gossip.Topic[*pb.Attestation]
}

// Stack is one peer's network stack.
type Stack struct {
	cfg   Config
	key   *ecdsa.PrivateKey
	log   *slog.Logger
	opt   options
	parts *service.Stack
	id    peer.ID

	host   *p2phost.Host
	peers  *peering.Keeper
	blobs  *blob.Exchange
	router *gossip.Router
	topics Topics

	lookupMu      sync.Mutex
	lookupStarted bool
}

// Validate checks the configuration as New does.
func (c Config) Validate() error {
	if err := c.Host.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	pc := c.Peering
	pc.Discovery.Network, pc.Discovery.Bootstrap = c.Host.Network, c.Bootstrap
	if err := pc.Validate(); err != nil {
		return err // peering.ErrConfig
	}
	if err := c.Blob.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if c.BlobDir == "" {
		return fmt.Errorf("%w: no blob directory", ErrConfig)
	}
	return nil
}

// New checks cfg and returns a stack that Start builds; key signs the
// peer's gossip (its Ethereum key).
func New(cfg Config, key *ecdsa.PrivateKey, log *slog.Logger, opts ...Option) (*Stack, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, fmt.Errorf("%w: no key", ErrConfig)
	}
	cfg.Gossip.Network = cfg.Host.Network
	// The host's identity is known before it runs: a role may name itself
	// (a prover's bids carry its peer id) before Start.
	idKey, err := identity.LoadOrCreate(cfg.Host.DataDir)
	if err != nil {
		return nil, err
	}
	id, err := peer.IDFromPrivateKey(idKey)
	if err != nil {
		return nil, err
	}
	s := &Stack{cfg: cfg, key: key, log: log, id: id, opt: options{topics: map[Topic]bool{}}, parts: service.New(log)}
	for _, o := range opts {
		o(&s.opt)
	}
	// Every protocol handler (gossip, blobs) is up before peering dials
	// anyone: a peer that connects to a host not yet speaking gossipsub
	// fails to open its gossip stream and, until the next connection, does
	// not count this peer's subscriptions (a testnet in network namespaces
	// once waited 4 minutes for a node to see a prover on its topic).
	s.parts.Register("host", service.Funcs{OnStart: s.startHost, OnClose: func() error { return s.host.Close() }})
	s.parts.Register("gossip", service.Funcs{OnStart: s.startGossip, OnClose: func() error { return s.router.Close() }})
	s.parts.Register("blobs", service.Funcs{OnStart: s.startBlobs, OnClose: func() error { return s.blobs.Close() }})
	s.parts.Register("peering", service.Funcs{OnStart: s.startPeering, OnClose: func() error { return s.peers.Close() }})
	return s, nil
}

func (s *Stack) startHost(context.Context) error {
	h, err := p2phost.New(s.cfg.Host, s.log.With("sub", "host"))
	if err != nil {
		return err
	}
	s.host = h
	return nil
}

func (s *Stack) startPeering(ctx context.Context) error {
	k, err := peering.New(s.host, s.cfg.Host.Network, s.cfg.Bootstrap, s.cfg.Peering, s.log.With("sub", "peering"))
	if err != nil {
		return err
	}
	s.peers = k
	if s.opt.onDemand {
		return nil
	}
	err = k.Start(ctx)
	switch {
	case errors.Is(err, discovery.ErrNoBootstrap) && s.opt.requireBootstrap:
		k.Close()
		return fmt.Errorf("%w: is the network up?", err)
	case errors.Is(err, discovery.ErrNoBootstrap):
		s.log.Warn("no bootstrap peer reachable; redialling in the background", "err", err)
	case err != nil:
		k.Close()
		return err
	}
	return nil
}

func (s *Stack) startBlobs(context.Context) error {
	bs, err := blob.OpenStore(s.cfg.BlobDir)
	if err != nil {
		return err
	}
	s.blobs, err = blob.New(s.host, bs, nil, s.cfg.Blob, s.log.With("sub", "blob"))
	return err
}

func (s *Stack) startGossip(context.Context) (err error) {
	if s.router, err = gossip.New(s.host, s.key, s.cfg.Gossip, s.log.With("sub", "gossip")); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			s.router.Close()
		}
	}()
	t := &s.topics
	if s.opt.topics[Segments] {
		if t.Segments, err = gossip.Join(s.router, netproto.Segments()); err != nil {
			return err
		}
	}
	if s.opt.topics[Bids] {
		if t.Bids, err = gossip.Join(s.router, netproto.Bids()); err != nil {
			return err
		}
	}
	if s.opt.topics[Awards] {
		if t.Awards, err = gossip.Join(s.router, netproto.Awards()); err != nil {
			return err
		}
	}
	if s.opt.topics[AttestRequests] {
		if t.AttestRequests, err = gossip.Join(s.router, netproto.AttestRequests()); err != nil {
			return err
		}
	}
	if s.opt.topics[Attestations] {
		if t.Attestations, err = gossip.Join(s.router, netproto.Attestations()); err != nil {
			return err
		}
	}
	return nil
}

// Start builds and starts the parts in order; a failure closes what
// started (service.StartError).
func (s *Stack) Start(ctx context.Context) error { return s.parts.Start(ctx) }

// Close stops the parts in reverse order, the host last, and returns the
// errors it met (service.StopError). Safe twice.
func (s *Stack) Close() error { return s.parts.Close() }

// ID is the peer's libp2p identity (the host's, from its data directory),
// known from New on.
func (s *Stack) ID() peer.ID { return s.id }

// Host is the libp2p host (nil before Start).
func (s *Stack) Host() *p2phost.Host { return s.host }

// Peers is the peering keeper (nil before Start).
func (s *Stack) Peers() *peering.Keeper { return s.peers }

// Blobs is the blob exchange, whose Store holds this peer's blobs (nil
// before Start).
func (s *Stack) Blobs() *blob.Exchange { return s.blobs }

// Router is the gossip router (nil before Start).
func (s *Stack) Router() *gossip.Router { return s.router }

// Topics are the joined topics (each nil before Start or when not joined).
func (s *Stack) Topics() *Topics { return &s.topics }

// PeerInfo is how to reach this peer (empty before Start).
func (s *Stack) PeerInfo() peer.AddrInfo {
	if s.host == nil {
		return peer.AddrInfo{}
	}
	return peer.AddrInfo{ID: s.host.ID(), Addrs: s.host.Addrs()}
}

// FindNodes looks up to max of the network's nodes in the DHT, starting
// it at the first call when the stack looks up on demand (LookupOnDemand;
// unreachable bootstrap peers leave it running, redialling them, and the
// lookup finds nothing or what it can).
func (s *Stack) FindNodes(ctx context.Context, max int) ([]peer.AddrInfo, error) {
	if s.peers == nil {
		return nil, fmt.Errorf("netstack: not started")
	}
	disc := s.peers.Discovery()
	if s.opt.onDemand {
		s.lookupMu.Lock()
		if !s.lookupStarted {
			if err := disc.Start(ctx); err != nil && !errors.Is(err, discovery.ErrNoBootstrap) {
				s.lookupMu.Unlock()
				return nil, err
			}
			s.lookupStarted = true
		}
		s.lookupMu.Unlock()
	}
	return disc.FindPeers(ctx, peering.NodeRendezvous, max)
}
