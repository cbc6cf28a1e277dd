package peering_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/p2p/discovery"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/peering"
)

func testCfg(server bool) peering.Config {
	c := peering.DefaultConfig("ptest", server)
	c.Interval = 200 * time.Millisecond
	c.Discovery.ReconnectMin, c.Discovery.ReconnectMax = 50*time.Millisecond, time.Second
	c.Discovery.DialTimeout, c.Discovery.QueryTimeout = time.Second, 3*time.Second
	return c
}

func newHost(t *testing.T, role p2phost.Role) *p2phost.Host {
	t.Helper()
	h, err := p2phost.New(p2phost.LocalConfig("ptest", role, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// keeper builds and starts a keeper; it is closed (before its host) at
// cleanup.
func keeper(t *testing.T, h *p2phost.Host, cfg peering.Config, boots []string) *peering.Keeper {
	t.Helper()
	k, err := peering.New(h, "ptest", boots, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.Close() })
	if err := k.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	return k
}

func addrs(h *p2phost.Host) []string {
	var out []string
	for _, a := range h.Addrs() {
		out = append(out, a.String()+"/p2p/"+h.ID().String())
	}
	return out
}

// waitConnected waits, on h's connectedness events, until h is connected
// to every one of ps.
func waitConnected(t *testing.T, h *p2phost.Host, ps ...peer.ID) {
	t.Helper()
	sub, err := h.EventBus().Subscribe(new(event.EvtPeerConnectednessChanged))
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	timeout := time.After(20 * time.Second)
	for {
		missing := peer.ID("")
		for _, p := range ps {
			if h.Network().Connectedness(p) != network.Connected {
				missing = p
				break
			}
		}
		if missing == "" {
			return
		}
		select {
		case <-sub.Out():
		case <-timeout:
			t.Fatalf("%s is not connected to %s", h.ID(), missing)
		}
	}
}

// TestNodesFindEachOther: three nodes and a prover, each told only the
// first node's address, end up connected to every node.
func TestNodesFindEachOther(t *testing.T) {
	var hosts []*p2phost.Host
	var boot []string
	for i := 0; i < 3; i++ {
		h := newHost(t, p2phost.RoleNode)
		keeper(t, h, testCfg(true), boot)
		if i == 0 {
			boot = addrs(h)
		}
		hosts = append(hosts, h)
	}
	waitConnected(t, hosts[1], hosts[0].ID(), hosts[2].ID())
	waitConnected(t, hosts[2], hosts[0].ID(), hosts[1].ID())
	prover := newHost(t, p2phost.RoleProver)
	k := keeper(t, prover, testCfg(false), boot)
	waitConnected(t, prover, hosts[0].ID(), hosts[1].ID(), hosts[2].ID())
	// A prover does not advertise: nodes look it up and find only nodes.
	found, err := k.Discovery().FindPeers(context.Background(), peering.NodeRendezvous, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 3 {
		t.Fatalf("found %v, want the 3 nodes", found)
	}
	for _, ai := range found {
		if ai.ID == prover.ID() {
			t.Fatalf("the prover advertised itself as a node")
		}
	}
}

// TestReachByDHT: a peer known only by its ID (as a prover knows a node
// from a gossip announcement) is reached through the addresses the DHT
// finds for it.
func TestReachByDHT(t *testing.T) {
	first := newHost(t, p2phost.RoleNode)
	keeper(t, first, testCfg(true), nil)
	boot := addrs(first)
	// The prover's only round runs before the other peer exists.
	prover := newHost(t, p2phost.RoleProver)
	slow := testCfg(false)
	slow.Interval = time.Hour
	k := keeper(t, prover, slow, boot)
	// A DHT server that does not advertise the rendezvous.
	hidden := newHost(t, p2phost.RoleNode)
	quiet := testCfg(true)
	quiet.Advertise = false
	keeper(t, hidden, quiet, boot)
	waitConnected(t, first, hidden.ID())
	if len(prover.Peerstore().Addrs(hidden.ID())) != 0 {
		t.Fatalf("the prover already knows the hidden peer's addresses")
	}
	if err := k.Reach(context.Background(), hidden.ID()); err != nil {
		t.Fatal(err)
	}
	if prover.Network().Connectedness(hidden.ID()) != network.Connected {
		t.Fatalf("not connected after Reach")
	}
	// An ID nobody has: a clear error, bounded by the query timeout.
	nobody := newHost(t, p2phost.RoleProver)
	id := nobody.ID()
	nobody.Close()
	if err := k.Reach(context.Background(), id); err == nil {
		t.Fatalf("reached a peer that does not exist")
	}
}

// TestBootstrapDownAtStart: a node whose only bootstrap peer is down at
// start says so and keeps redialling until the peer is back.
func TestBootstrapDownAtStart(t *testing.T) {
	firstCfg := p2phost.LocalConfig("ptest", p2phost.RoleNode, t.TempDir())
	first, err := p2phost.New(firstCfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	boot := addrs(first)
	firstCfg.ListenAddrs = nil
	for _, a := range first.Addrs() {
		firstCfg.ListenAddrs = append(firstCfg.ListenAddrs, a.String())
	}
	firstID := first.ID()
	first.Close()

	h := newHost(t, p2phost.RoleNode)
	k, err := peering.New(h, "ptest", boot, testCfg(true), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { k.Close() })
	if err := k.Start(context.Background()); !errors.Is(err, discovery.ErrNoBootstrap) {
		t.Fatalf("start with the bootstrap peer down: %v", err)
	}
	// The same identity and ports come back.
	again := newHostCfg(t, firstCfg)
	if again.ID() != firstID {
		t.Fatalf("identity changed")
	}
	keeper(t, again, testCfg(true), nil)
	waitConnected(t, h, firstID)
}

func newHostCfg(t *testing.T, cfg p2phost.Config) *p2phost.Host {
	t.Helper()
	h, err := p2phost.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func TestConfigErrors(t *testing.T) {
	h := newHost(t, p2phost.RoleNode)
	good := testCfg(true)
	cases := []struct {
		name    string
		network string
		boots   []string
		edit    func(*peering.Config)
	}{
		{"network", "Bad Net", nil, nil},
		{"address", "ptest", []string{"not a multiaddr"}, nil},
		{"no peer id", "ptest", []string{"/ip4/127.0.0.1/tcp/4001"}, nil},
		{"interval", "ptest", nil, func(c *peering.Config) { c.Interval = 0 }},
		{"max nodes", "ptest", nil, func(c *peering.Config) { c.MaxNodes = -1 }},
		{"timeouts", "ptest", nil, func(c *peering.Config) { c.Discovery.QueryTimeout = 0 }},
	}
	for _, tc := range cases {
		cfg := good
		if tc.edit != nil {
			tc.edit(&cfg)
		}
		if _, err := peering.New(h, tc.network, tc.boots, cfg, nil); !errors.Is(err, peering.ErrConfig) {
			t.Errorf("%s: err = %v, want ErrConfig", tc.name, err)
		}
	}
}

func TestLifecycle(t *testing.T) {
	h := newHost(t, p2phost.RoleNode)
	// Its own address as the only bootstrap peer: skipped, no error.
	k, err := peering.New(h, "ptest", addrs(h), testCfg(true), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Start(context.Background()); err != nil {
		t.Fatalf("start with only itself to bootstrap from: %v", err)
	}
	if err := k.Start(context.Background()); err == nil {
		t.Fatalf("started twice")
	}
	if err := k.Close(); err != nil {
		t.Fatal(err)
	}
	if err := k.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	if err := k.Start(context.Background()); !errors.Is(err, peering.ErrClosed) {
		t.Fatalf("start after close: %v", err)
	}
}
