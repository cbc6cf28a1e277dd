package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node"
)

// TestJoinByAddressKeepsDescription: 'join MULTIADDR' takes the network
// file from the node (trust on first use), keeps it in joined.json for the
// next plain join and for status, and refuses a node that describes
// another network than the one named.
func TestJoinByAddressKeepsDescription(t *testing.T) {
	ctx := context.Background()
	ch, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	eth, err := ch.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	m, err := txmgr.New(ctx, eth, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := deploy.Aoraki(ctx, m, deploy.DefaultParams())
	m.Close()
	if err != nil {
		t.Fatal(err)
	}
	desc := &chainnet.Network{ChainID: ch.ChainID().Uint64(), RPCURL: ch.WSURL(), Contract: res.Address, DeployBlock: res.Block,
		BootstrapPeers: []string{}, ArtifactCIDs: map[string]string{}}
	cfg := node.DefaultConfig(desc.Name(), filepath.Join(t.TempDir(), "node"))
	cfg.Contract, cfg.DeployBlock, cfg.Network = res.Address, res.Block, desc
	nd, err := node.New(cfg, eth, devchain.DevKey(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := nd.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer nd.Close()
	var addrs []string
	for _, a := range nd.PeerInfo().Addrs {
		addrs = append(addrs, fmt.Sprintf("%s/p2p/%s", a, nd.PeerInfo().ID))
	}

	dir := t.TempDir()
	if _, err := resolveNetwork(dir, "", addrs, "aoraki-1-00000000"); err == nil || !strings.Contains(err.Error(), "describes network") {
		t.Fatalf("a node of another network than the one named: %v", err)
	}
	n, err := resolveNetwork(dir, "", addrs, "")
	if err != nil {
		t.Fatal(err)
	}
	if n.RPCURL != desc.RPCURL || n.Contract != desc.Contract || n.ChainID != desc.ChainID || n.BootstrapPeers[0] != addrs[0] {
		t.Fatalf("joined %+v", n)
	}
	again, err := resolveNetwork(dir, "", nil, "")
	if err != nil || again.RPCURL != n.RPCURL || again.Contract != n.Contract || len(again.BootstrapPeers) != len(addrs) {
		t.Fatalf("plain join: %+v, %v", again, err)
	}
	c, cl, err := contractOf(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if c.Address() != desc.Contract {
		t.Fatalf("status reads contract %s", c.Address())
	}
	// A joined.json from before descriptions were kept: join again.
	os.WriteFile(filepath.Join(dir, joinedFile), []byte(`{"network":"x","bootstrap":["/ip4/127.0.0.1/tcp/1/p2p/12D3KooWExample"]}`), 0o600)
	if _, err := resolveNetwork(dir, "", nil, ""); err == nil || !strings.Contains(err.Error(), "join by the node's address again") {
		t.Fatalf("old joined.json: %v", err)
	}
}
