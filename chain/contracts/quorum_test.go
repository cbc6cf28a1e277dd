package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/protocol/eip712"
)

// These tests perform the attacks on the verifier quorum and on slashing
// that the contract closes, each showing that the attack does no harm.

// Dev keys used as Sybil identities (not registered by the fixture).
const (
	keySybil1 = 7
	keySybil2 = 8
)

// Two Sybil nodes register with the minimum stake after a task is submitted
// and never attest. Before the fix they raised the threshold read at fulfill
// time from 2 to 4 (of 5 verifiers), which the original three could not
// reach even counting the node's own attestation: that forced a refund
// and a slash of the honest node, and then left with their stake untouched.
// Now the task's set and threshold are fixed at submission: the original set
// still fulfils, and the Sybils cannot attest to it at all.
func TestSybilsJoiningAfterSubmissionCannotBlockQuorum(t *testing.T) {
	f := newFixture(t, 3)
	q := f.quote(0)
	id := f.mustSubmit(q)
	before := f.quorum(id)
	if before.Threshold.Int64() != 2 { // 2 other nodes: ceil(2·2/3) = 2
		t.Fatalf("threshold %v, want 2", before.Threshold)
	}
	for _, k := range []int{keySybil1, keySybil2} {
		f.mustSend(k, f.addr, minStake, f.ab.PackRegisterNode())
	}
	if c := f.verifiers(); c != 5 {
		t.Fatalf("verifierCount %d, want 5", c)
	}
	if after := f.quorum(id); after.Threshold.Cmp(before.Threshold) != 0 || after.Seq != before.Seq {
		t.Fatalf("the Sybils changed the task's quorum: %+v, was %+v", after, before)
	}
	r := f.newResult(id, standardPayouts(q.Node))
	for _, k := range []int{keySybil1, keySybil2} {
		if f.canAttest(id, k) {
			t.Fatalf("canAttest(sybil %d) = true", k)
		}
		_, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, k))
		re := expectRevert(t, err, "AttesterNotInSet")
		if s, _ := re.Arg("signer"); s.(common.Address) != address(k) {
			t.Fatalf("refused signer %v, want the Sybil %s", s, address(k))
		}
	}
	// The original set fulfils without the Sybils; the honest node keeps its stake.
	if !f.canAttest(id, keyNode0+1) || !f.canAttest(id, keyNode0+2) {
		t.Fatal("canAttest refuses the task's own verifiers")
	}
	if _, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2)); err != nil {
		t.Fatalf("the original set could not fulfil: %v", err)
	}
	if n := f.node(q.Node); n.Stake.Cmp(minStake) != 0 {
		t.Fatalf("honest node's stake %s", n.Stake)
	}
	// Tasks submitted after they joined do count them: ceil(4·2/3) = 3 of the 4 others.
	if qu := f.quorum(f.mustSubmit(f.quote(0))); qu.Threshold.Int64() != 3 {
		t.Fatalf("threshold of a later task %v, want 3", qu.Threshold)
	}
}

// A node whose stake a refund took below the minimum stops attesting at once,
// even to tasks submitted while it was in the set.
func TestSlashedNodeCannotAttest(t *testing.T) {
	f := newFixture(t, 4)
	// Node 1 takes a task it will fail; node 0 a task node 1 is asked to attest.
	failing := f.quote(1)
	failing.ProvingDeadline = f.now() + 10
	failID := f.mustSubmit(failing)
	q := f.quote(0)
	id := f.mustSubmit(q)
	if !f.canAttest(id, keyNode0+1) {
		t.Fatal("node 1 cannot attest before the slash")
	}
	f.advance(11)
	if _, err := f.tx(keyRequester, nil, f.ab.PackRefund(failID)); err != nil {
		t.Fatal(err)
	}
	if n := f.node(address(keyNode0 + 1)); n.Stake.Cmp(minStake) >= 0 || n.LeftSeq == 0 {
		t.Fatalf("node 1 after the slash: %+v", n)
	}
	if f.canAttest(id, keyNode0+1) {
		t.Fatal("canAttest(slashed node) = true")
	}
	r := f.newResult(id, standardPayouts(q.Node))
	_, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2))
	re := expectRevert(t, err, "AttesterStakeTooLow")
	if s, _ := re.Arg("signer"); s.(common.Address) != address(keyNode0+1) {
		t.Fatalf("refused signer %v", s)
	}
	// The other two verifiers of the task's set still reach its threshold of 2.
	if _, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+2, keyNode0+3)); err != nil {
		t.Fatal(err)
	}
}

// The task's own node is not its own witness: its attestation is refused
// when other nodes were in the set at submission, and it is the one that
// counts in a one-node network.
func TestTaskNodeAttestation(t *testing.T) {
	t.Run("other nodes exist", func(t *testing.T) {
		f := newFixture(t, 3)
		q := f.quote(0)
		id := f.mustSubmit(q)
		if f.canAttest(id, keyNode0) {
			t.Fatal("canAttest(task's node) = true with other nodes in the set")
		}
		r := f.newResult(id, standardPayouts(q.Node))
		// Before the fix, the node and one other verifier made the quorum of 2.
		_, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0, keyNode0+1))
		re := expectRevert(t, err, "AttesterIsTaskNode")
		if s, _ := re.Arg("signer"); s.(common.Address) != q.Node {
			t.Fatalf("refused signer %v", s)
		}
		// With all three, the node's attestation is still refused, not skipped.
		_, err = f.fulfill(keyNode0, r, f.sorted(r, keyNode0, keyNode0+1, keyNode0+2))
		expectRevert(t, err, "AttesterIsTaskNode")
		if _, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2)); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("one-node network", func(t *testing.T) {
		f := newFixture(t, 1)
		q := f.quote(0)
		id := f.mustSubmit(q)
		if qu := f.quorum(id); qu.Threshold.Int64() != 1 || qu.Node != q.Node {
			t.Fatalf("taskQuorum %+v, want threshold 1", qu)
		}
		if task := f.task(id); task.Quorum != 0 {
			t.Fatalf("stored quorum %d, want 0 (one-node network)", task.Quorum)
		}
		if !f.canAttest(id, keyNode0) {
			t.Fatal("canAttest(the only node) = false")
		}
		// A node registering afterwards is not in the task's set.
		f.mustSend(keyNode0+1, f.addr, minStake, f.ab.PackRegisterNode())
		r := f.newResult(id, standardPayouts(q.Node))
		_, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1))
		expectRevert(t, err, "AttesterNotInSet")
		if _, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0)); err != nil {
			t.Fatalf("the only node's own attestation: %v", err)
		}
		// Now two nodes: the next task needs the other's attestation, not its own.
		q2 := f.quote(0)
		id2 := f.mustSubmit(q2)
		if qu := f.quorum(id2); qu.Threshold.Int64() != 1 || f.canAttest(id2, keyNode0) || !f.canAttest(id2, keyNode0+1) {
			t.Fatalf("two-node task: quorum %+v, canAttest(own) %v", qu, f.canAttest(id2, keyNode0))
		}
		r2 := f.newResult(id2, standardPayouts(q2.Node))
		_, err = f.fulfill(keyNode0, r2, f.sorted(r2, keyNode0))
		expectRevert(t, err, "AttesterIsTaskNode")
		if _, err := f.fulfill(keyNode0, r2, f.sorted(r2, keyNode0+1)); err != nil {
			t.Fatal(err)
		}
	})
}

// A node that asks to leave after a task was submitted is still in that
// task's set: its attestation counts, and it cannot take its stake away
// before the task's proving deadline, even once the deregistration delay has
// passed. A quote whose deadline would lock leaving nodes for longer than
// MAX_PROVING_WINDOW is refused.
func TestLeavingNodeStillAttestsAndStaysLocked(t *testing.T) {
	const hour = 3600
	f := newFixtureWith(t, 3, nil, slashBps, hour)
	q := f.quote(0)
	q.ProvingDeadline = f.now() + 2*24*hour // far beyond the one-hour delay
	id := f.mustSubmit(q)
	rcpt := f.mustSend(keyNode0+2, f.addr, nil, f.ab.PackRequestDeregistration())
	ev := logsOf(rcpt, f.ab.UnpackDeregistrationRequestedEvent)
	if len(ev) != 1 || ev[0].UnlockAt != q.ProvingDeadline {
		t.Fatalf("DeregistrationRequested %+v, want unlock at the task's deadline %d", ev, q.ProvingDeadline)
	}
	if f.verifiers() != 2 {
		t.Fatal("the leaving node still counts in the verifier set")
	}
	if !f.canAttest(id, keyNode0+2) {
		t.Fatal("canAttest(node that left after submission) = false")
	}
	// It cannot take its stake away while the task may still need it.
	f.advance(hour + 1)
	_, err := f.tx(keyNode0+2, nil, f.ab.PackCompleteDeregistration())
	re := expectRevert(t, err, "StillLocked")
	if u, _ := re.Arg("unlockAt"); u.(uint64) != q.ProvingDeadline {
		t.Fatalf("locked until %v, want %d", u, q.ProvingDeadline)
	}
	// Its attestation completes the quorum of 2.
	r := f.newResult(id, standardPayouts(q.Node))
	if _, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2)); err != nil {
		t.Fatalf("fulfil with the leaving node's attestation: %v", err)
	}
	// A task submitted after it left does not take its attestation.
	q2 := f.quote(0)
	id2 := f.mustSubmit(q2)
	if f.canAttest(id2, keyNode0+2) {
		t.Fatal("canAttest(node that left before submission) = true")
	}
	r2 := f.newResult(id2, standardPayouts(q2.Node))
	_, err = f.fulfill(keyNode0, r2, f.sorted(r2, keyNode0+1, keyNode0+2))
	expectRevert(t, err, "AttesterNotInSet")
	// After the deadline the stake comes back.
	f.advance(2 * 24 * hour)
	if _, err := f.tx(keyNode0+2, nil, f.ab.PackCompleteDeregistration()); err != nil {
		t.Fatalf("complete deregistration after the deadline: %v", err)
	}
	if got := f.balance(address(keyNode0 + 2)); got.Cmp(minStake) != 0 {
		t.Fatalf("stake returned %s", got)
	}
}

// Refunds slash price × slashBps / 10000, capped at the stake; a slash below
// the minimum takes the node out of the set and lowers verifierCount, and
// topping the stake back up re-joins it with a new joinedSeq.
func TestRefundSlashIsProportional(t *testing.T) {
	refund := func(t *testing.T, f *fixture, q eip712.Quote) (common.Hash, *big.Int) {
		t.Helper()
		id := f.mustSubmit(q)
		f.advance(q.ProvingDeadline - f.now() + 1)
		rcpt, err := f.tx(keyOutsider, nil, f.ab.PackRefund(id))
		if err != nil {
			t.Fatal(err)
		}
		ev := logsOf(rcpt, f.ab.UnpackTaskRefundedEvent)
		if len(ev) != 1 || ev[0].Amount.Cmp(q.Price) != 0 {
			t.Fatalf("TaskRefunded %+v", ev)
		}
		return id, ev[0].Slashed
	}

	t.Run("quarter of the price", func(t *testing.T) {
		f := newFixtureWith(t, 2, nil, 2_500, delay)
		_, slashed := refund(t, f, f.quote(0))
		want := new(big.Int).Div(taskPrice, big.NewInt(4))
		if slashed.Cmp(want) != 0 {
			t.Fatalf("slashed %s, want price/4 = %s", slashed, want)
		}
		if got := f.balance(address(keyRequester)); got.Cmp(new(big.Int).Add(taskPrice, want)) != 0 {
			t.Fatalf("requester credited %s, want price + slash", got)
		}
	})

	t.Run("no slash", func(t *testing.T) {
		f := newFixtureWith(t, 2, nil, 0, delay)
		if _, slashed := refund(t, f, f.quote(0)); slashed.Sign() != 0 {
			t.Fatalf("slashed %s with slashBps 0", slashed)
		}
		if f.verifiers() != 2 {
			t.Fatal("an unslashed node left the set")
		}
	})

	t.Run("capped at the stake; leaves and re-joins the set", func(t *testing.T) {
		f := newFixture(t, 3)
		// Node 0 is also asked to attest to node 1's task submitted before its slash.
		other := f.quote(1)
		other.ProvingDeadline = f.now() + 7*24*3600 - 60
		otherID := f.mustSubmit(other)
		q := f.quote(0)
		q.Price = new(big.Int).Mul(minStake, big.NewInt(2)) // price × 1 is twice the stake
		_, slashed := refund(t, f, q)
		if slashed.Cmp(minStake) != 0 {
			t.Fatalf("slashed %s, want the whole stake %s", slashed, minStake)
		}
		if got := f.balance(address(keyRequester)); got.Cmp(new(big.Int).Add(q.Price, minStake)) != 0 {
			t.Fatalf("requester credited %s, want price + stake", got)
		}
		n := f.node(q.Node)
		if n.Stake.Sign() != 0 || n.Status != 1 || n.LeftSeq != 4 {
			t.Fatalf("node after the slash %+v: want no stake, still active, left at seq 4", n)
		}
		if f.verifiers() != 2 {
			t.Fatalf("verifierCount %d, want 2", f.verifiers())
		}
		if f.canAttest(otherID, keyNode0) {
			t.Fatal("the slashed node can attest")
		}
		// A task submitted now does not count it: 1 other node, threshold 1.
		q2 := f.quote(1)
		q2.ProvingDeadline = f.now() + 7*24*3600 - 60
		id2 := f.mustSubmit(q2)
		if qu := f.quorum(id2); qu.Threshold.Int64() != 1 || qu.Seq != 4 {
			t.Fatalf("taskQuorum %+v without the slashed node", qu)
		}
		// Half the minimum is not enough to re-join.
		half := new(big.Int).Div(minStake, big.NewInt(2))
		f.mustSend(keyNode0, f.addr, half, f.ab.PackAddStake())
		if n := f.node(q.Node); n.LeftSeq != 4 || f.verifiers() != 2 {
			t.Fatalf("re-joined below the minimum: %+v", n)
		}
		f.mustSend(keyNode0, f.addr, half, f.ab.PackAddStake())
		if n := f.node(q.Node); n.JoinedSeq != 5 || n.LeftSeq != 0 || f.verifiers() != 3 {
			t.Fatalf("after topping up: %+v, verifierCount %d; want joined again at seq 5", n, f.verifiers())
		}
		// Back in the set for new tasks, but not for those submitted before it re-joined.
		id3 := f.mustSubmit(f.quote(1))
		if !f.canAttest(id3, keyNode0) || f.canAttest(id2, keyNode0) || f.canAttest(otherID, keyNode0) {
			t.Fatal("after re-joining: attests to a task submitted while it was out, or not to a new one")
		}
		f.mustSubmit(f.quote(0)) // and it takes tasks again
	})
}
