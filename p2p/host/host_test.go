package host

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"
)

func TestConfigValidate(t *testing.T) {
	ok := DefaultConfig("devnet", RoleProver, "/tmp/x")
	if err := ok.Validate(); err != nil {
		t.Fatalf("default prover config invalid: %v", err)
	}
	for _, r := range []Role{RoleBootstrap, RoleNode, RoleRequester} {
		if err := DefaultConfig("devnet", r, "/tmp/x").Validate(); err != nil {
			t.Fatalf("default %s config invalid: %v", r, err)
		}
	}
	cases := map[string]func(c *Config){
		"network empty":     func(c *Config) { c.Network = "" },
		"network uppercase": func(c *Config) { c.Network = "DevNet" },
		"network slash":     func(c *Config) { c.Network = "a/b" },
		"network long":      func(c *Config) { c.Network = strings.Repeat("a", 33) },
		"role":              func(c *Config) { c.Role = "miner" },
		"data dir":          func(c *Config) { c.DataDir = "" },
		"no listen":         func(c *Config) { c.ListenAddrs = nil },
		"bad listen":        func(c *Config) { c.ListenAddrs = []string{"/ip4/1.2.3/tcp/1"} },
		"relay no peer id":  func(c *Config) { c.StaticRelays = []string{"/ip4/1.2.3.4/tcp/1"} },
		"relay garbage":     func(c *Config) { c.StaticRelays = []string{"relay.example"} },
		"reachability":      func(c *Config) { c.Reachability = "maybe" },
		"conn low":          func(c *Config) { c.ConnLow = 0 },
		"conn high":         func(c *Config) { c.ConnHigh = c.ConnLow - 1 },
		"dial timeout":      func(c *Config) { c.DialTimeout = 0 },
		"service limit":     func(c *Config) { c.ServiceLimit.Streams = 0 },
		"per peer > total":  func(c *Config) { c.Protocols[0].StreamsPerPeer = c.Protocols[0].Streams + 1 },
		"protocol relative": func(c *Config) { c.Protocols[0].ID = "zkpool/x" },
		"protocol repeated": func(c *Config) { c.Protocols = append(c.Protocols, c.Protocols[0]) },
	}
	for name, mutate := range cases {
		c := DefaultConfig("devnet", RoleProver, "/tmp/x")
		mutate(&c)
		if err := c.Validate(); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: Validate = %v, want ErrConfig", name, err)
		}
	}
	if _, err := New(Config{}, nil); !errors.Is(err, ErrConfig) {
		t.Fatalf("New with zero config: %v", err)
	}
}

func TestHostsPerRoleConnectAndKeepIdentity(t *testing.T) {
	dir := t.TempDir()
	node, err := New(LocalConfig("devnet", RoleNode, filepath.Join(dir, "node")), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	pcfg := LocalConfig("devnet", RoleProver, filepath.Join(dir, "prover"))
	for _, a := range node.Addrs() {
		pcfg.StaticRelays = append(pcfg.StaticRelays, a.String()+"/p2p/"+node.ID().String())
	}
	prover, err := New(pcfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	id := prover.ID()
	var tcp, quic bool
	for _, a := range node.Addrs() {
		tcp = tcp || strings.Contains(a.String(), "/tcp/")
		quic = quic || strings.Contains(a.String(), "/quic-v1")
	}
	if !tcp || !quic {
		t.Fatalf("node listens on %v, want TCP and QUIC", node.Addrs())
	}
	if err := prover.Connect(context.Background(), peer.AddrInfo{ID: node.ID(), Addrs: node.Addrs()}); err != nil {
		t.Fatal(err)
	}
	if node.Network().Connectedness(id) != network.Connected {
		t.Fatal("node does not see the prover")
	}
	if err := prover.Close(); err != nil {
		t.Fatal(err)
	}
	if err := prover.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	again, err := New(pcfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if again.ID() != id {
		t.Fatalf("restarted prover has id %s, want %s", again.ID(), id)
	}
}

func TestProtectIsCountedPerTransfer(t *testing.T) {
	h, err := New(LocalConfig("devnet", RoleProver, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	p := peer.ID("some-peer")
	r1 := h.Protect(p, "blob")
	r2 := h.Protect(p, "blob")
	cm := h.ConnManager()
	if !cm.IsProtected(p, "") {
		t.Fatal("not protected")
	}
	r1()
	r1()
	if !cm.IsProtected(p, "") {
		t.Fatal("first release unprotected a peer with another transfer in flight")
	}
	r2()
	if cm.IsProtected(p, "") {
		t.Fatal("still protected after every release")
	}
}

func TestResourceManagerHasZkpoolScopes(t *testing.T) {
	h, err := New(LocalConfig("devnet", RoleNode, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	var svcSeen, protoSeen bool
	err = h.Network().ResourceManager().ViewService(ServiceName, func(s network.ServiceScope) error {
		l := s.(rcmgr.ResourceScopeLimiter).Limit()
		svcSeen = s.Name() == ServiceName && l.GetStreamTotalLimit() == h.Config().ServiceLimit.Streams
		return nil
	})
	if err != nil || !svcSeen {
		t.Fatalf("service scope: %v %v", err, svcSeen)
	}
	err = h.Network().ResourceManager().ViewProtocol(protocol.ID("/zkpool/blob/1.0.0"), func(s network.ProtocolScope) error {
		l := s.(rcmgr.ResourceScopeLimiter).Limit()
		protoSeen = s.Protocol() == "/zkpool/blob/1.0.0" && l.GetStreamTotalLimit() == h.Config().Protocols[0].Streams
		return nil
	})
	if err != nil || !protoSeen {
		t.Fatalf("protocol scope: %v %v", err, protoSeen)
	}
}

// TestAlive: a peer answers while its host runs and serves ping; not once
// it stops answering (what a node sees of a prover behind a cut link), nor
// when it cannot be dialled.
func TestAlive(t *testing.T) {
	dir := t.TempDir()
	a, err := New(LocalConfig("devnet", RoleNode, filepath.Join(dir, "a")), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	b, err := New(LocalConfig("devnet", RoleProver, filepath.Join(dir, "b")), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	short := func() context.Context {
		c, cancel := context.WithTimeout(ctx, 2*time.Second)
		t.Cleanup(cancel)
		return c
	}
	if a.Alive(short(), b.ID()) {
		t.Fatal("a peer whose address the host does not know answered")
	}
	if err := b.Connect(ctx, peer.AddrInfo{ID: a.ID(), Addrs: a.Addrs()}); err != nil {
		t.Fatal(err)
	}
	if !a.Alive(short(), b.ID()) {
		t.Fatal("a live, connected peer did not answer")
	}
	b.RemoveStreamHandler(ping.ID)
	if a.Alive(short(), b.ID()) {
		t.Fatal("a connected peer that does not answer ping counted as alive")
	}
	if a.Network().Connectedness(b.ID()) != network.Connected {
		t.Fatal("the test meant a connected, silent peer")
	}
}

// TestParseAddrInfosKeepsOrder: peers come back in the order they are
// listed (requesters ask listed nodes in turn and keep the first of equal
// quotes), a peer listed twice is one peer with both addresses, and a bad
// address is named.
func TestParseAddrInfosKeepsOrder(t *testing.T) {
	var ids []peer.ID
	var addrs []string
	for i := 0; i < 8; i++ {
		_, pub, err := crypto.GenerateEd25519Key(nil)
		if err != nil {
			t.Fatal(err)
		}
		id, err := peer.IDFromPublicKey(pub)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		addrs = append(addrs, fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", 4000+i, id))
	}
	addrs = append(addrs, "/ip4/127.0.0.2/tcp/5000/p2p/"+ids[3].String())
	for run := 0; run < 20; run++ { // a map's order would change between runs
		got, err := ParseAddrInfos(addrs)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(ids) {
			t.Fatalf("%d peers, want %d", len(got), len(ids))
		}
		for i, ai := range got {
			if ai.ID != ids[i] {
				t.Fatalf("run %d: peer %d is %s, want %s", run, i, ai.ID, ids[i])
			}
		}
		if len(got[3].Addrs) != 2 || len(got[0].Addrs) != 1 {
			t.Fatalf("addresses not merged per peer: %v", got)
		}
	}
	for _, bad := range []string{"/ip4/127.0.0.1/tcp/1", "nonsense"} {
		if _, err := ParseAddrInfos([]string{addrs[0], bad}); !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), bad) {
			t.Fatalf("%q: %v", bad, err)
		}
	}
}
