package node_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/config"
	p2phost "github.com/zkpool/aoraki/p2p/host"
)

func TestFromFile(t *testing.T) {
	n := &network.Network{ChainID: 1337, RPCURL: "http://127.0.0.1:8545", Contract: common.HexToAddress("0xABCDEF0123456789abcdef0123456789ABCDEF01"),
		DeployBlock: 7, BootstrapPeers: []string{"/ip4/127.0.0.1/tcp/1/p2p/12D3KooWBhV8r8bZG5uE8bqGxQyN8f2oJdXQvG5xYb6Xx8b9nQ1T"}}
	name := n.Name()
	if !p2phost.ValidNetwork(name) || name != "aoraki-1337-abcdef01" {
		t.Fatalf("network name %q", name)
	}
	c := config.DefaultConfig()
	c.StakeWei = "42"
	c.Confirmations = 6
	c.NewcomerGrace.Duration = 9 * time.Second
	c.MinBidWei = "77"
	nc, err := node.FromFile(c, t.TempDir(), n, nil)
	if err != nil {
		t.Fatal(err)
	}
	if nc.Contract != n.Contract || nc.DeployBlock != 7 || nc.Stake.Int64() != 42 || nc.Watcher.Confirmations != 6 || nc.Host.Network != name || len(nc.Bootstrap) != 1 ||
		nc.Market.NewcomerGrace != 9*time.Second || nc.Market.MinPricePerMConstraint.Int64() != 77 {
		t.Fatalf("mapped %+v", nc)
	}
	// Without a receipt verifier in the network file the node trusts no
	// verifier contract; with one, that one alone.
	if len(nc.TrustedVerifiers) != 0 {
		t.Fatalf("trusted verifiers %v for a network without one", nc.TrustedVerifiers)
	}
	n.ReceiptVerifier = common.HexToAddress("0x00000000000000000000000000000000000000Fe")
	c.MaxSegments, c.AttestMargin.Duration = 99, 0
	if nc, err = node.FromFile(c, t.TempDir(), n, nil); err != nil {
		t.Fatal(err)
	}
	if len(nc.TrustedVerifiers) != 1 || nc.TrustedVerifiers[0] != n.ReceiptVerifier || nc.Limits.MaxSegments != 99 || nc.Limits.AttestMargin != 0 {
		t.Fatalf("trusted verifiers %v, limits %+v", nc.TrustedVerifiers, nc.Limits)
	}
}

// The operator's config file's defaults are the node's: a file written by
// init changes nothing the node would do by default.
func TestFileDefaultsAreTheNodes(t *testing.T) {
	n := &network.Network{ChainID: 1337, Contract: common.HexToAddress("0x1234")}
	got, err := node.FromFile(config.DefaultConfig(), t.TempDir(), n, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := node.DefaultConfig(n.Name(), t.TempDir())
	if got.Stake.Cmp(want.Stake) != 0 || got.MinDeadline != want.MinDeadline || got.QuoteTTL != want.QuoteTTL ||
		got.Market.BidWindow != want.Market.BidWindow || got.Market.ProvingBase != want.Market.ProvingBase ||
		got.Market.NewcomerGrace != want.Market.NewcomerGrace || got.Market.MinPricePerMConstraint.Cmp(want.Market.MinPricePerMConstraint) != 0 ||
		got.Watcher.Confirmations != want.Watcher.Confirmations || got.Limits != want.Limits || got.Fulfil != want.Fulfil {
		t.Fatalf("the config file's defaults map onto\n%+v\nthe node's are\n%+v", got, want)
	}
}
