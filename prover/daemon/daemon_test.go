package daemon_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/zkpool/aoraki/p2p/discovery"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/prover/daemon"
)

func config(t *testing.T) daemon.Config {
	cfg := daemon.DefaultConfig("ptest", filepath.Join(t.TempDir(), "prover"))
	cfg.Calibrate = false
	// New does not dial the chain; Start does, after reaching a node.
	cfg.RPCURL, cfg.Contract = "http://127.0.0.1:1", common.HexToAddress("0x1234")
	return cfg
}

func TestNewRejectsBadPeering(t *testing.T) {
	key, _ := crypto.GenerateKey()
	cases := map[string]func(*daemon.Config){
		"interval":  func(c *daemon.Config) { c.Peering.Interval = 0 },
		"max nodes": func(c *daemon.Config) { c.Peering.MaxNodes = 0 },
		"bootstrap": func(c *daemon.Config) { c.Bootstrap = []string{"/ip4/127.0.0.1/tcp/1"} },
		"address":   func(c *daemon.Config) { c.Bootstrap = []string{"nonsense"} },
		"dial":      func(c *daemon.Config) { c.Peering.Discovery.DialTimeout = -1 },
	}
	for name, edit := range cases {
		cfg := config(t)
		edit(&cfg)
		d, err := daemon.New(cfg, key, nil)
		if !errors.Is(err, peering.ErrConfig) {
			if d != nil {
				d.Close()
			}
			t.Errorf("%s: err = %v, want peering.ErrConfig", name, err)
		}
	}
}

// TestStartWithoutNodes: a prover whose only bootstrap node is down says
// so at start.
func TestStartWithoutNodes(t *testing.T) {
	down, err := p2phost.New(p2phost.LocalConfig("ptest", p2phost.RoleNode, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	var boot []string
	for _, a := range down.Addrs() {
		if _, err := a.ValueForProtocol(ma.P_TCP); err != nil {
			continue // a QUIC dial to a closed port waits for its handshake timeout
		}
		boot = append(boot, a.String()+"/p2p/"+down.ID().String())
	}
	down.Close()
	cfg := config(t)
	cfg.Bootstrap = boot
	key, _ := crypto.GenerateKey()
	d, err := daemon.New(cfg, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Start(context.Background()); !errors.Is(err, discovery.ErrNoBootstrap) {
		t.Fatalf("start with no node up: %v", err)
	}
}
