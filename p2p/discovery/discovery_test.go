package discovery

import (
	"context"
	"errors"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/zkpool/aoraki/p2p/host"
)

type member struct {
	h *host.Host
	d *Service
}

func testCfg(server bool, boots []string) Config {
	c := DefaultConfig("devnet", server, boots)
	c.ReconnectMin, c.ReconnectMax = 50*time.Millisecond, time.Second
	c.DialTimeout, c.QueryTimeout = time.Second, 3*time.Second
	return c
}

func start(t *testing.T, hc host.Config, dc Config) *member {
	t.Helper()
	h, err := host.New(hc, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(h, dc, nil)
	if err != nil {
		h.Close()
		t.Fatal(err)
	}
	m := &member{h: h, d: d}
	t.Cleanup(func() { m.close() })
	if err := d.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	return m
}

func (m *member) close() {
	m.d.Close()
	m.h.Close()
}

func addrsOf(h *host.Host) []string {
	var out []string
	for _, a := range h.Addrs() {
		out = append(out, a.String()+"/p2p/"+h.ID().String())
	}
	return out
}

func ids(ais []peer.AddrInfo) []string {
	var out []string
	for _, a := range ais {
		out = append(out, a.ID.String())
	}
	sort.Strings(out)
	return out
}

func sameSet(a []string, b []peer.ID) bool {
	var bs []string
	for _, p := range b {
		bs = append(bs, p.String())
	}
	sort.Strings(bs)
	if len(a) != len(bs) {
		return false
	}
	for i := range a {
		if a[i] != bs[i] {
			return false
		}
	}
	return true
}

// network: one bootstrapper, n nodes advertising "node".
func testNetwork(t *testing.T, n int, bootDir string) (*member, []*member) {
	t.Helper()
	boot := start(t, host.LocalConfig("devnet", host.RoleBootstrap, bootDir), testCfg(true, nil))
	var nodes []*member
	for i := 0; i < n; i++ {
		m := start(t, host.LocalConfig("devnet", host.RoleNode, t.TempDir()), testCfg(true, addrsOf(boot.h)))
		nodes = append(nodes, m)
	}
	for _, m := range nodes {
		if err := m.d.Advertise(context.Background(), "node"); err != nil {
			t.Fatal(err)
		}
	}
	return boot, nodes
}

func TestProverFindsAllNodes(t *testing.T) {
	boot, nodes := testNetwork(t, 4, t.TempDir())
	prover := start(t, host.LocalConfig("devnet", host.RoleProver, t.TempDir()), testCfg(false, addrsOf(boot.h)))
	var want []peer.ID
	for _, n := range nodes {
		want = append(want, n.h.ID())
	}
	found, err := prover.d.FindPeers(context.Background(), "node", 16)
	if err != nil {
		t.Fatal(err)
	}
	if !sameSet(ids(found), want) {
		t.Fatalf("prover found %v, want %v", ids(found), want)
	}
	for _, ai := range found {
		if err := prover.h.Connect(context.Background(), peer.AddrInfo{ID: ai.ID}); err != nil {
			t.Fatalf("dial found node from the peerstore: %v", err)
		}
	}
	// Nodes find each other.
	peers, err := nodes[0].d.FindPeers(context.Background(), "node", 16)
	if err != nil {
		t.Fatal(err)
	}
	if !sameSet(ids(peers), want[1:]) {
		t.Fatalf("node found %v, want %v", ids(peers), want[1:])
	}
	// A different network never answers.
	other := start(t, host.LocalConfig("othernet", host.RoleProver, t.TempDir()), func() Config {
		c := testCfg(false, addrsOf(boot.h))
		c.Network = "othernet"
		return c
	}())
	if got, _ := other.d.FindPeers(context.Background(), "node", 16); len(got) != 0 {
		t.Fatalf("a peer of another network found %v", ids(got))
	}
}

func TestBootstrapperRestartHeals(t *testing.T) {
	bootDir := filepath.Join(t.TempDir(), "boot")
	boot, nodes := testNetwork(t, 3, bootDir)
	bootID := boot.h.ID()
	listen := []string{}
	for _, a := range boot.h.Addrs() {
		listen = append(listen, a.String())
	}
	boot.close()
	for _, n := range nodes {
		waitConnectedness(t, n.h, bootID, network.NotConnected)
	}
	hc := host.LocalConfig("devnet", host.RoleBootstrap, bootDir)
	hc.ListenAddrs = listen
	h, err := host.New(hc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h.ID() != bootID {
		t.Fatalf("restarted bootstrapper has a new identity")
	}
	sub, err := h.EventBus().Subscribe(new(event.EvtPeerConnectednessChanged))
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(h, testCfg(true, nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	boot2 := &member{h: h, d: d}
	t.Cleanup(boot2.close)
	if err := d.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Every node redials the bootstrapper by itself.
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for {
		all := true
		for _, n := range nodes {
			all = all && h.Network().Connectedness(n.h.ID()) == network.Connected
		}
		if all {
			break
		}
		select {
		case <-sub.Out():
		case <-ctx.Done():
			t.Fatal("nodes did not reconnect to the restarted bootstrapper")
		}
	}
	sub.Close()
	// A new prover that knows only the bootstrapper finds every node.
	prover := start(t, host.LocalConfig("devnet", host.RoleProver, t.TempDir()), testCfg(false, addrsOf(h)))
	var want []peer.ID
	for _, n := range nodes {
		want = append(want, n.h.ID())
	}
	found, err := prover.d.FindPeers(context.Background(), "node", 16)
	if err != nil || !sameSet(ids(found), want) {
		t.Fatalf("after restart the prover found %v (%v), want %v", ids(found), err, want)
	}
}

func waitConnectedness(t *testing.T, h *host.Host, p peer.ID, want network.Connectedness) {
	t.Helper()
	sub, err := h.EventBus().Subscribe(new(event.EvtPeerConnectednessChanged))
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for h.Network().Connectedness(p) != want {
		select {
		case <-sub.Out():
		case <-ctx.Done():
			t.Fatalf("peer %s never became %v", p, want)
		}
	}
}

func TestConfigAndErrors(t *testing.T) {
	for name, c := range map[string]Config{
		"network":  DefaultConfig("Dev Net", true, nil),
		"no id":    DefaultConfig("devnet", true, []string{"/ip4/127.0.0.1/tcp/1"}),
		"garbage":  DefaultConfig("devnet", true, []string{"boot.example:4001"}),
		"backoff":  func() Config { c := DefaultConfig("devnet", true, nil); c.ReconnectMax = 0; return c }(),
		"readvert": func() Config { c := DefaultConfig("devnet", true, nil); c.Readvertise = 0; return c }(),
	} {
		if err := c.Validate(); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// An unreachable bootstrap peer: Start reports it, the loop keeps trying.
	gone := start(t, host.LocalConfig("devnet", host.RoleBootstrap, t.TempDir()), testCfg(true, nil))
	addrs := addrsOf(gone.h)
	gone.close()
	h, err := host.New(host.LocalConfig("devnet", host.RoleProver, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	d, err := New(h, testCfg(false, addrs), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(context.Background()); !errors.Is(err, ErrNoBootstrap) {
		t.Fatalf("start with a dead bootstrapper: %v", err)
	}
	if _, err := d.FindPeers(context.Background(), "Bad Name", 1); !errors.Is(err, ErrConfig) {
		t.Fatalf("bad name: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.Advertise(context.Background(), "node"); !errors.Is(err, ErrClosed) {
		t.Fatalf("advertise after close: %v", err)
	}
}

// TestCloseStopsEveryGoroutine: the service's loops and the DHT end with
// Close (the host, built before it, keeps running).
func TestCloseStopsEveryGoroutine(t *testing.T) {
	boot := start(t, host.LocalConfig("devnet", host.RoleBootstrap, t.TempDir()), testCfg(true, nil))
	h, err := host.New(host.LocalConfig("devnet", host.RoleNode, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	base := ownedGoroutines()
	d, err := New(h, testCfg(true, addrsOf(boot.h)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := d.Advertise(context.Background(), "node"); err != nil {
		t.Fatal(err)
	}
	if running := ownedGoroutines(); running <= base {
		t.Fatalf("the probe sees %d goroutines while running, %d before", running, base)
	}
	if err := h.Network().ClosePeer(boot.h.ID()); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	// Goroutines wind down asynchronously; wait for the count to return
	// to the baseline (the deadline bounds a leak).
	deadline := time.Now().Add(20 * time.Second)
	for ownedGoroutines() > base {
		if time.Now().After(deadline) {
			t.Fatalf("%d discovery/DHT goroutines after Close, %d before New", ownedGoroutines(), base)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// ownedGoroutines counts goroutines running code of this package or of
// the DHT (the bootstrapper's count as the baseline).
func ownedGoroutines() int {
	buf := make([]byte, 4<<20)
	n := 0
	for _, g := range strings.Split(string(buf[:runtime.Stack(buf, true)]), "\n\n") {
		if strings.Contains(g, "aoraki/p2p/discovery.(*Service)") || strings.Contains(g, "go-libp2p-kad-dht") {
			n++
		}
	}
	return n
}

// A node's multiaddr is all a prover needs: Probe reads the network name
// from the DHT protocol the node announces.
func TestProbeLearnsTheNetwork(t *testing.T) {
	boot, nodes := testNetwork(t, 1, t.TempDir())
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, m := range []*member{boot, nodes[0]} {
		name, err := Probe(ctx, addrsOf(m.h))
		if err != nil || name != "devnet" {
			t.Fatalf("probe %s: %q, %v", m.h.ID(), name, err)
		}
	}
	// A dead address first, then a live one: the live one answers.
	dead := "/ip4/127.0.0.1/tcp/1/p2p/" + nodes[0].h.ID().String()
	if name, err := Probe(ctx, append([]string{dead}, addrsOf(boot.h)...)); err != nil || name != "devnet" {
		t.Fatalf("probe past a dead address: %q, %v", name, err)
	}
	// A host with no zkpool DHT, an unreachable one, a malformed address.
	plain, err := host.New(host.LocalConfig("devnet", host.RoleProver, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	for _, tc := range []struct {
		addrs []string
		want  string
	}{
		{addrsOf(plain), "serves no zkpool network"},
		{[]string{dead}, "no peer reachable"},
		{[]string{"/ip4/127.0.0.1/tcp/1"}, "/p2p/"},
	} {
		_, err := Probe(ctx, tc.addrs)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("probe %v: %v, want %q", tc.addrs, err, tc.want)
		}
	}
	if names := NetworkOf([]protocol.ID{"/zkpool/a/kad/1.0.0", "/zkpool/b/kad/1.0.0", "/zkpool/blob/1.0.0", "/ipfs/kad/1.0.0", "/zkpool/a/kad/1.0.0"}); strings.Join(names, ",") != "a,b" {
		t.Errorf("NetworkOf: %v", names)
	}
}
