package node

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/p2p/gossip"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// Bidder is what one valid bid on the bids topic says of its prover: the
// signer, and what the bid claims (its peer, capacity and queue) — a
// prover's own words, for display.
type Bidder struct {
	Address  common.Address
	Peer     peer.ID // empty when the bid names none that parses
	Capacity uint32
	Queued   uint32
	At       time.Time
}

// WatchBidders calls fn for every valid bid this node receives on the bids
// topic, for any node's task, until ctx ends (returning ctx's error) or the
// node closes. It opens its own subscription, so it changes nothing the
// market sees.
func (n *Node) WatchBidders(ctx context.Context, fn func(Bidder)) error {
	sub, err := n.bids.Subscribe()
	if err != nil {
		return err
	}
	return consume(ctx, sub, func(m *gossip.Message[*pb.Bid]) {
		if m.Local {
			return
		}
		b := Bidder{Address: m.Sender, Capacity: m.Payload.Capacity, Queued: m.Payload.Queued, At: time.Now()}
		if id, err := peer.IDFromBytes(m.Payload.ProverPeer); err == nil {
			b.Peer = id
		}
		fn(b)
	})
}

// TopicPeers lists the peers this node knows to be subscribed to the
// topics that tell roles apart: "segments" (provers listening for work)
// and "attest-req" (the other nodes of the verifier set).
func (n *Node) TopicPeers() map[string][]peer.ID {
	return map[string][]peer.ID{"segments": n.segments.Peers(), "attest-req": n.attestReq.Peers()}
}
