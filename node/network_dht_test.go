package node_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/nodetest"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/prover/daemon"
)

// TestNetworkFoundThroughDHT: every node, prover and the requester is told
// only node1's address. The DHT rendezvous connects the nodes to each
// other and the provers to every node; the requester gets a quote from
// each node; the task is proven and fulfilled with attestations of other
// nodes.
func TestNetworkFoundThroughDHT(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	tn.addNodes(1)
	first := nodetest.Addrs(tn.Nodes[0])
	tn.addNodesWith(2, func(c *node.Config) { c.Bootstrap = first })
	tn.addProversWith(2, func(c *daemon.Config) { c.Bootstrap = first })
	// Each node shares the segment topic with both provers and the
	// attestation topic with both other nodes: gossip learns
	// subscriptions from direct connections only.
	tn.waitMesh()
	n2, n3 := tn.Nodes[1].Host(), tn.Nodes[2].Host()
	if n3.Network().Connectedness(n2.ID()) != network.Connected || n2.Network().Connectedness(n3.ID()) != network.Connected {
		t.Fatalf("node2 and node3 are not connected to each other")
	}
	for i, p := range tn.Provers {
		for j, n := range tn.Nodes {
			if p.Host().Network().Connectedness(n.Host().ID()) != network.Connected {
				t.Fatalf("prover%d is not connected to node%d", i, j+1)
			}
		}
	}

	r := tn.requesterWith(9, func(c *requester.Config) { c.Nodes = first })
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	offers, err := r.Quotes(ctx, tn.input)
	if err != nil {
		t.Fatal(err)
	}
	quoted := map[common.Address]bool{}
	for _, o := range offers {
		if o.Err != nil {
			t.Fatalf("node %s: %v", o.Peer, o.Err)
		}
		quoted[o.Node] = true
	}
	if len(offers) != 3 || len(quoted) != 3 {
		t.Fatalf("%d offers from %d nodes, want one from each of 3", len(offers), len(quoted))
	}
	// A lookup that cannot finish (its deadline has passed before it
	// starts) leaves the listed node to ask.
	blind := tn.requesterWith(8, func(c *requester.Config) { c.Nodes, c.Lookup = first, time.Nanosecond })
	offers, err = blind.Quotes(ctx, tn.input)
	if err != nil || len(offers) != 1 || offers[0].Err != nil || offers[0].Peer != tn.Nodes[0].Host().ID() {
		t.Fatalf("quotes with a failed lookup: %+v, %v; want node1's", offers, err)
	}

	var mu sync.Mutex
	quotes := 0
	res, err := r.Prove(ctx, tn.input, func(stage string, _ map[string]any) {
		if stage == "quote" {
			mu.Lock()
			quotes++
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	if quotes != 3 || res.Quotes != 3 {
		t.Errorf("Prove had %d quotes (%d reported), want 3", res.Quotes, quotes)
	}
	mu.Unlock()
	if !res.Verified {
		t.Fatalf("not verified")
	}
	want := expected(t)
	for i := range want {
		if res.Journal.Predictions[i] != want[i] {
			t.Fatalf("sample %d: %d, want %d", i+1, res.Journal.Predictions[i], want[i])
		}
	}
	// The node that ran the task collected attestations of other nodes.
	nodes := map[store.Address]bool{}
	var agg *node.Node
	for _, n := range tn.Nodes {
		nodes[store.Address(n.Address())] = true
		if n.Address() == res.Node {
			agg = n
		}
	}
	waitState(t, agg, res.TaskID, store.TaskFulfilled)
	others := 0
	agg.Store().View(func(x *store.Tx) error {
		tk, err := x.Task(store.TaskID(res.TaskID))
		if err != nil {
			t.Fatal(err)
		}
		for a := range tk.Attestations {
			if !nodes[a] {
				t.Errorf("attestation by %s, not a node", common.Address(a))
			}
			if a != store.Address(res.Node) {
				others++
			}
		}
		return nil
	})
	if others == 0 {
		t.Fatalf("task fulfilled without another node's attestation")
	}
}
