package requester

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/p2p/gossip"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// TestAwardBeforePaymentIsReported: a task's node may award a segment
// before the requester sees its payment mined (a chaos run's invariant
// once missed a thief's honest award so, and called its pay stolen). The
// requester follows the task before it pays: an award that comes first is
// kept and reported after the payment, in order; nothing is reported
// after the task is unfollowed.
func TestAwardBeforePaymentIsReported(t *testing.T) {
	m := &market{tasks: map[common.Hash]*followed{}, started: true} // no readers: the test hands messages in
	id, node := common.Hash{1}, common.Address{2}
	var got []string
	progress := func(stage string, d map[string]any) { got = append(got, fmt.Sprint(stage, " ", d["segment"])) }
	award := func(seg uint32) {
		m.onAward(&gossip.Message[*pb.Award]{Sender: node, Payload: &pb.Award{TaskId: id[:], Index: seg, Prover: common.Address{3}.Bytes(), Price: []byte{1}}})
	}
	award(0) // before the task is followed: no requester knows it yet
	release, unfollow := m.follow(id, node, progress)
	award(1) // before the payment is seen mined
	if len(got) != 0 {
		t.Fatalf("reported before the payment: %v", got)
	}
	progress("paid", map[string]any{"segment": "-"})
	release()
	award(2)
	unfollow()
	award(3)
	if want := []string{"paid -", "awarded 1", "awarded 2"}; !slices.Equal(got, want) {
		t.Fatalf("reports %q, want %q", got, want)
	}
}

// TestHeldReportsBounded: while the payment is mined, a stranger floods
// bids on the task (any prover may bid); the requester keeps a bounded
// number of them, and the node's award that comes after the flood is
// still reported.
func TestHeldReportsBounded(t *testing.T) {
	m := &market{tasks: map[common.Hash]*followed{}, started: true}
	id, node, stranger := common.Hash{1}, common.Address{2}, common.Address{9}
	bids, awards := 0, 0
	release, unfollow := m.follow(id, node, func(stage string, _ map[string]any) {
		switch stage {
		case "bid":
			bids++
		case "awarded":
			awards++
		}
	})
	defer unfollow()
	for i := 0; i < 100_000; i++ {
		m.onBid(&gossip.Message[*pb.Bid]{Sender: stranger, Payload: &pb.Bid{TaskId: id[:], Index: uint32(i), Price: []byte{1}}})
	}
	m.onAward(&gossip.Message[*pb.Award]{Sender: node, Payload: &pb.Award{TaskId: id[:], Prover: stranger.Bytes(), Price: []byte{1}}})
	if q := len(m.tasks[id].queue); q > maxHeldBids+1 {
		t.Fatalf("%d reports held after a flood of bids", q)
	}
	release()
	if bids != maxHeldBids || awards != 1 {
		t.Fatalf("reported %d bids and %d awards, want %d and 1", bids, awards, maxHeldBids)
	}
}
