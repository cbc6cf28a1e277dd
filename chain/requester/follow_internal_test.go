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
