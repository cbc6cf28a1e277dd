package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/market"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/gossip"
	"github.com/zkpool/aoraki/p2p/stream"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/wire"
	"github.com/zkpool/aoraki/prover/receipt"
)

// The node's side of its segment market (node/market): bids from gossip,
// receipts from the receipt stream, announcements and awards out on
// gossip.

func (n *Node) takeBid(m *gossip.Message[*pb.Bid]) {
	if err := n.market.HandleBid(store.Address(m.Sender), m.Payload); err != nil {
		n.log.Debug("bid not taken", "from", m.Sender, "err", err)
	}
}

// publisher adapts the node's topics to market.Publisher, adding what only
// the wiring knows: the family's artifacts and the node's peer id.
type publisher Node

func (p *publisher) PublishAnnouncement(ctx context.Context, a *pb.SegmentAnnouncement) error {
	n := (*Node)(p)
	fam := a.GetArtifacts().GetFamily()
	m, ok := n.cfg.Artifacts[fam]
	if !ok {
		return fmt.Errorf("family %q is not set up on this network", fam)
	}
	arts := &pb.Artifacts{Family: fam}
	for _, x := range []struct {
		s   string
		dst *[]byte
	}{{m.CCS, &arts.Ccs}, {m.PK, &arts.Pk}, {m.VK, &arts.Vk}} {
		c, err := cid.Decode(x.s)
		if err != nil {
			return fmt.Errorf("artifacts of %s: %w", fam, err)
		}
		*x.dst = c.Bytes()
	}
	a.Artifacts = arts
	a.NodePeer = []byte(n.net.ID())
	n.events.Publish(&events.Segment{Task: common.BytesToHash(a.TaskId), Index: a.Index, Attempt: a.Attempt, State: string(store.SegmentAnnounced)})
	return n.net.Topics().Segments.Publish(ctx, a)
}

func (p *publisher) PublishAward(ctx context.Context, a *pb.Award) error {
	n := (*Node)(p)
	n.events.Publish(&events.Segment{Task: common.BytesToHash(a.TaskId), Index: a.Index, State: string(store.SegmentAwarded),
		Prover: common.Address(a.Prover)})
	return n.net.Topics().Awards.Publish(ctx, a)
}

// checker verifies a receipt against its stored segment and award: the
// claim must be the segment's, and the seal must be bound to this task, to
// the award's prover and to the award's price (a receipt bound to another
// price would be paid at that price, above or below the award).
type checker struct{ keys trustedKeys }

func (c checker) CheckReceipt(seg *store.Segment, r *receipt.SegmentReceipt) error {
	want := receipt.Claim{Family: seg.Family, Index: uint32(seg.Index), ProgramID: seg.ProgramID, StateIn: seg.StateIn, StateOut: seg.StateOut,
		InputIn: seg.InputIn, InputOut: seg.InputOut}
	switch {
	case r.Claim != want:
		return fmt.Errorf("claim %+v is not the segment's %+v", r.Claim, want)
	case r.Task != seg.Task:
		return fmt.Errorf("receipt bound to task %x, the segment's is %x", r.Task, seg.Task)
	case seg.Award == nil || r.Prover != [20]byte(seg.Award.Prover):
		return fmt.Errorf("receipt bound to prover %x, not the award's", r.Prover)
	case r.Price == nil || r.Price.Cmp(&seg.Award.Price.Int) != 0:
		return fmt.Errorf("receipt bound to price %v, the award is %s", r.Price, seg.Award.Price.String())
	}
	return r.Verify(c.keys)
}

func (n *Node) handleReceipt(ctx context.Context, from peer.ID, d *pb.ReceiptDelivery) (*pb.Ack, error) {
	if len(d.TaskId) != 32 {
		return nil, stream.Errorf(wire.Status_BAD_REQUEST, "task id of %d bytes", len(d.TaskId))
	}
	err := n.market.HandleDelivery(ctx, []byte(from), d)
	switch {
	case err == nil:
		return &pb.Ack{Message: "receipt accepted"}, nil
	case errors.Is(err, market.ErrNotAwarded), errors.Is(err, market.ErrInvalidReceipt), errors.Is(err, market.ErrUnknownSegment):
		return nil, stream.Errorf(wire.Status_REFUSED, "%v", err)
	default:
		return nil, err
	}
}
