package node_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/nodetest"
	"github.com/zkpool/aoraki/prover/daemon"
)

// TestNodeDescribesItsNetwork: a prover given only a node's address gets
// the network file the node runs with (netproto.NetworkInfo); a node run
// without one says so.
func TestNodeDescribesItsNetwork(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	desc := &chainnet.Network{ChainID: tn.Chain.ChainID().Uint64(), RPCURL: tn.Chain.WSURL(), Contract: tn.Contract,
		DeployBlock: tn.Block, BootstrapPeers: []string{}, ArtifactCIDs: map[string]string{}}
	for fam := range tn.Artifacts {
		desc.ArtifactCIDs[fam] = "bafkreiexamplemanifest"
	}
	tn.addNodesWith(1, func(c *node.Config) { c.Network = desc })
	tn.addNodes(1)
	ctx := context.Background()
	got, err := daemon.Describe(ctx, nodetest.Addrs(tn.Nodes[0]))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, desc) {
		t.Fatalf("described %+v, runs with %+v", got, desc)
	}
	if _, err := daemon.Describe(ctx, nodetest.Addrs(tn.Nodes[1])); !errors.Is(err, daemon.ErrNetworkInfo) {
		t.Fatalf("a node without a network file: %v", err)
	}
}
