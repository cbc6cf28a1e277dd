package node

import (
	"context"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/p2p/gossip"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// WatchBidders calls fn for every valid bid this node receives on the bids
// topic, for any node's task, until ctx ends (returning ctx's error) or the
// node closes. It opens its own subscription, so it changes nothing the
// market sees.
func (n *Node) WatchBidders(ctx context.Context, fn func(events.Bidder)) error {
	sub, err := n.net.Topics().Bids.Subscribe()
	if err != nil {
		return err
	}
	return consume(ctx, sub, func(m *gossip.Message[*pb.Bid]) {
		if m.Local {
			return
		}
		b := events.Bidder{Address: m.Sender, Capacity: m.Payload.Capacity, Queued: m.Payload.Queued, At: time.Now()}
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
	t := n.net.Topics()
	return map[string][]peer.ID{"segments": t.Segments.Peers(), "attest-req": t.AttestRequests.Peers()}
}
