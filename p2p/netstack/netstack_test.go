package netstack_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/discovery"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netstack"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/p2p/service"
	"github.com/zkpool/aoraki/p2p/service/servicetest"
)

func config(t *testing.T, role p2phost.Role, bootstrap []string) netstack.Config {
	dir := t.TempDir()
	g := gossip.DefaultConfig("nstest")
	g.ScoreWhitelist = []string{"127.0.0.0/8"}
	p := peering.DefaultConfig("nstest", role == p2phost.RoleNode)
	p.Interval = 200 * time.Millisecond
	return netstack.Config{Host: p2phost.LocalConfig("nstest", role, dir), Gossip: g, Peering: p, Bootstrap: bootstrap,
		BlobDir: dir + "/blobs", Blob: blob.DefaultConfig()}
}

func addrs(s *netstack.Stack) []string {
	var out []string
	for _, a := range s.PeerInfo().Addrs {
		out = append(out, fmt.Sprintf("%s/p2p/%s", a, s.ID()))
	}
	return out
}

func start(t *testing.T, cfg netstack.Config, opts ...netstack.Option) *netstack.Stack {
	t.Helper()
	key, _ := crypto.GenerateKey()
	s, err := netstack.New(cfg, key, nil, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if s.Host() != nil || s.ID() == "" {
		t.Fatalf("before Start: host %v, id %q", s.Host(), s.ID())
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	if s.Host().ID() != s.ID() {
		t.Fatalf("host %s, identity %s", s.Host().ID(), s.ID())
	}
	return s
}

// TestRolesShareOneAssembly: a node, a prover and a requester built by the
// same constructor join their roles' topics, find each other, and leave
// no goroutine behind when closed.
func TestRolesShareOneAssembly(t *testing.T) {
	servicetest.CheckGoroutines(t, 10*time.Second)
	node := start(t, config(t, p2phost.RoleNode, nil), netstack.Join(netstack.NodeTopics...))
	prover := start(t, config(t, p2phost.RoleProver, addrs(node)), netstack.Join(netstack.ProverTopics...), netstack.RequireBootstrap())
	req := start(t, config(t, p2phost.RoleRequester, addrs(node)), netstack.Join(netstack.RequesterTopics...), netstack.LookupOnDemand())

	nt, pt, rt := node.Topics(), prover.Topics(), req.Topics()
	if nt.Segments == nil || nt.Bids == nil || nt.Awards == nil || nt.AttestRequests == nil || nt.Attestations == nil {
		t.Fatalf("node topics %+v", nt)
	}
	if pt.Segments == nil || pt.Bids == nil || pt.Awards == nil || pt.AttestRequests != nil || pt.Attestations != nil {
		t.Fatalf("prover topics %+v", pt)
	}
	if rt.Awards == nil || rt.Attestations == nil || rt.Bids == nil || rt.Segments != nil || rt.AttestRequests != nil {
		t.Fatalf("requester topics %+v", rt)
	}
	// The prover dialled its bootstrap node at start.
	if len(prover.Host().Network().ConnsToPeer(node.ID())) == 0 {
		t.Fatal("prover not connected to its bootstrap node")
	}
	// The requester looks the node up on demand.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for {
		found, err := req.FindNodes(ctx, 8)
		if err != nil {
			t.Fatal(err)
		}
		if len(found) > 0 && found[0].ID == node.ID() {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("requester found %v, want the node", found)
		case <-time.After(100 * time.Millisecond):
		}
	}
	// Blobs move between them.
	c, err := node.Blobs().Store().PutBytes([]byte("a blob"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prover.Blobs().FetchFrom(ctx, node.ID(), c, 1<<10); err != nil {
		t.Fatal(err)
	}
}

func TestProverNeedsABootstrapPeer(t *testing.T) {
	down := start(t, config(t, p2phost.RoleNode, nil))
	var boot []string
	for _, a := range addrs(down) {
		boot = append(boot, a)
	}
	down.Close()
	cfg := config(t, p2phost.RoleProver, boot)
	cfg.Peering.Discovery.DialTimeout = 2 * time.Second
	key, _ := crypto.GenerateKey()
	s, err := netstack.New(cfg, key, nil, netstack.RequireBootstrap())
	if err != nil {
		t.Fatal(err)
	}
	err = s.Start(context.Background())
	var se *service.StartError
	if !errors.Is(err, discovery.ErrNoBootstrap) || !errors.As(err, &se) || se.Service != "peering" {
		t.Fatalf("start with the bootstrap node down: %v", err)
	}
	if s.Close() != nil {
		t.Fatal("close after a failed start")
	}
}

func TestConfigChecked(t *testing.T) {
	key, _ := crypto.GenerateKey()
	for name, c := range map[string]struct {
		edit func(*netstack.Config)
		want error
	}{
		"network":   {func(c *netstack.Config) { c.Host.Network = "Not A Network" }, netstack.ErrConfig},
		"bootstrap": {func(c *netstack.Config) { c.Bootstrap = []string{"/ip4/127.0.0.1/tcp/1"} }, peering.ErrConfig},
		"interval":  {func(c *netstack.Config) { c.Peering.Interval = 0 }, peering.ErrConfig},
		"blob":      {func(c *netstack.Config) { c.Blob.MaxBlob = 0 }, netstack.ErrConfig},
		"blob dir":  {func(c *netstack.Config) { c.BlobDir = "" }, netstack.ErrConfig},
	} {
		cfg := config(t, p2phost.RoleNode, nil)
		c.edit(&cfg)
		if _, err := netstack.New(cfg, key, nil); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}
