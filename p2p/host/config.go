package host

import (
	"fmt"
	"regexp"
	"time"

	"github.com/libp2p/go-libp2p/core/connmgr"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// Role says what a process is in the network.
type Role string

// Roles.
const (
	RoleBootstrap Role = "bootstrap"
	RoleNode      Role = "node"
	RoleProver    Role = "prover"
	RoleRequester Role = "requester"
)

// Public reports whether the role runs on a publicly reachable machine.
func (r Role) Public() bool { return r == RoleBootstrap || r == RoleNode }

// Reachability overrides what AutoNAT would find.
type Reachability string

// Reachability values.
const (
	ReachabilityAuto    Reachability = "auto"
	ReachabilityPublic  Reachability = "public"
	ReachabilityPrivate Reachability = "private"
)

// ServiceName is the resource-manager service scope of every zkpool
// stream handler.
const ServiceName = "zkpool"

// ProtocolLimit bounds one stream protocol in the resource manager.
type ProtocolLimit struct {
	ID             string `toml:"id"`
	Streams        int    `toml:"streams"`          // all peers together
	StreamsPerPeer int    `toml:"streams_per_peer"` // one peer
	MemoryBytes    int64  `toml:"memory_bytes"`     // all peers together
}

// Config shapes a host. Fields map onto TOML; flags and environment are
// mapped by the caller.
type Config struct {
	Network      string          `toml:"network"`
	Role         Role            `toml:"role"`
	DataDir      string          `toml:"data_dir"`
	ListenAddrs  []string        `toml:"listen_addrs"`
	StaticRelays []string        `toml:"static_relays"` // multiaddrs ending in /p2p/<id>
	Reachability Reachability    `toml:"reachability"`
	ConnLow      int             `toml:"conn_low"`
	ConnHigh     int             `toml:"conn_high"`
	ConnGrace    time.Duration   `toml:"conn_grace"`
	DialTimeout  time.Duration   `toml:"dial_timeout"`
	ServiceLimit ProtocolLimit   `toml:"service_limit"` // the zkpool service scope (ID unused)
	Protocols    []ProtocolLimit `toml:"protocols"`
	Metrics      bool            `toml:"metrics"` // register libp2p metrics with Prometheus

	// Gater, when set, allows or denies connections (ban lists, tests).
	Gater connmgr.ConnectionGater `toml:"-"`
}

// DefaultConfig returns the configuration of a role on network.
func DefaultConfig(network string, role Role, dataDir string) Config {
	c := Config{
		Network: network,
		Role:    role,
		DataDir: dataDir,
		ListenAddrs: []string{
			"/ip4/0.0.0.0/tcp/0", "/ip4/0.0.0.0/udp/0/quic-v1",
			"/ip6/::/tcp/0", "/ip6/::/udp/0/quic-v1",
		},
		Reachability: ReachabilityAuto,
		ConnLow:      64,
		ConnHigh:     192,
		ConnGrace:    30 * time.Second,
		DialTimeout:  15 * time.Second,
		ServiceLimit: ProtocolLimit{Streams: 1024, StreamsPerPeer: 64, MemoryBytes: 512 << 20},
		Protocols: []ProtocolLimit{
			// Blob exchange: few, large transfers.
			{ID: "/zkpool/blob/1.0.0", Streams: 64, StreamsPerPeer: 8, MemoryBytes: 256 << 20},
		},
	}
	if role.Public() {
		c.Reachability = ReachabilityPublic
		c.ListenAddrs = []string{
			"/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1",
			"/ip6/::/tcp/4001", "/ip6/::/udp/4001/quic-v1",
		}
		c.ConnHigh = 512
		c.ConnLow = 256
	}
	return c
}

var networkName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)

// ValidNetwork reports whether name may name a network (it appears in
// protocol IDs and topics): 1 to 32 of [a-z0-9-], not starting with '-'.
func ValidNetwork(name string) bool { return networkName.MatchString(name) }

// Validate checks every field.
func (c Config) Validate() error {
	if !ValidNetwork(c.Network) {
		return fmt.Errorf("%w: network %q: want 1-32 of [a-z0-9-]", ErrConfig, c.Network)
	}
	switch c.Role {
	case RoleBootstrap, RoleNode, RoleProver, RoleRequester:
	default:
		return fmt.Errorf("%w: role %q", ErrConfig, c.Role)
	}
	if c.DataDir == "" {
		return fmt.Errorf("%w: empty data_dir", ErrConfig)
	}
	if len(c.ListenAddrs) == 0 {
		return fmt.Errorf("%w: no listen_addrs", ErrConfig)
	}
	for _, a := range c.ListenAddrs {
		if _, err := ma.NewMultiaddr(a); err != nil {
			return fmt.Errorf("%w: listen address %q: %v", ErrConfig, a, err)
		}
	}
	if _, err := c.staticRelays(); err != nil {
		return err
	}
	switch c.Reachability {
	case ReachabilityAuto, ReachabilityPublic, ReachabilityPrivate:
	default:
		return fmt.Errorf("%w: reachability %q", ErrConfig, c.Reachability)
	}
	if c.ConnLow <= 0 || c.ConnHigh < c.ConnLow {
		return fmt.Errorf("%w: conn_low %d / conn_high %d", ErrConfig, c.ConnLow, c.ConnHigh)
	}
	if c.ConnGrace < 0 || c.DialTimeout <= 0 {
		return fmt.Errorf("%w: conn_grace %s / dial_timeout %s", ErrConfig, c.ConnGrace, c.DialTimeout)
	}
	for _, p := range append([]ProtocolLimit{c.ServiceLimit}, c.Protocols...) {
		if p.Streams <= 0 || p.StreamsPerPeer <= 0 || p.StreamsPerPeer > p.Streams || p.MemoryBytes <= 0 {
			return fmt.Errorf("%w: limits %+v", ErrConfig, p)
		}
	}
	seen := map[string]bool{}
	for _, p := range c.Protocols {
		if p.ID == "" || p.ID[0] != '/' || seen[p.ID] {
			return fmt.Errorf("%w: protocol id %q empty, relative or repeated", ErrConfig, p.ID)
		}
		seen[p.ID] = true
	}
	return nil
}

func (c Config) staticRelays() ([]peer.AddrInfo, error) {
	return ParseAddrInfos(c.StaticRelays)
}

// ParseAddrInfos parses multiaddrs that end in /p2p/<peer id> and merges
// addresses of the same peer. Peers keep the order in which they are first
// listed (go-libp2p's AddrInfosFromP2pAddrs groups through a map, so its
// order changes from run to run): callers that try peers in turn, or
// break ties by position, see the operator's order.
func ParseAddrInfos(addrs []string) ([]peer.AddrInfo, error) {
	var out []peer.AddrInfo
	at := map[peer.ID]int{}
	for _, s := range addrs {
		m, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, fmt.Errorf("%w: address %q: %v", ErrConfig, s, err)
		}
		ai, err := peer.AddrInfoFromP2pAddr(m)
		if err != nil {
			return nil, fmt.Errorf("%w: address %q must end in /p2p/<peer id>: %v", ErrConfig, s, err)
		}
		if i, ok := at[ai.ID]; ok {
			out[i].Addrs = append(out[i].Addrs, ai.Addrs...)
			continue
		}
		at[ai.ID] = len(out)
		out = append(out, *ai)
	}
	return out, nil
}

// LocalConfig is DefaultConfig listening on loopback only, on random TCP
// and QUIC ports: for local testnets and tests.
func LocalConfig(network string, role Role, dataDir string) Config {
	c := DefaultConfig(network, role, dataDir)
	c.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}
	return c
}
