package contracts_test

import (
	"bytes"
	"context"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/contracts/testcontracts"
	"github.com/zkpool/aoraki/protocol/eip712"
)

func TestFulfillLifecycle(t *testing.T) {
	f := newFixture(t, 4)
	q := f.quote(0)
	id, rcpt, err := f.submit(q)
	if err != nil {
		t.Fatal(err)
	}
	pub := logsOf(rcpt, f.ab.UnpackTaskPublishedEvent)
	if len(pub) != 1 || pub[0].TaskId != id || pub[0].Node != q.Node || pub[0].Requester != q.Requester ||
		pub[0].Price.Cmp(q.Price) != 0 || pub[0].ProgramId != q.ProgramID || pub[0].InputDigest != q.InputDigest {
		t.Fatalf("TaskPublished = %+v", pub)
	}
	// The task records the registry's sequence number (4 registrations) and its quorum: 3 other nodes, ceil(3·2/3) = 2.
	if task := f.task(id); task.Status != 1 || task.Node != q.Node || task.Deadline.Uint64() != q.ProvingDeadline || task.Price.Cmp(q.Price) != 0 ||
		task.Seq != 4 || task.Quorum != 2 {
		t.Fatalf("task after submit: %+v", task)
	}
	if qu := f.quorum(id); qu.Threshold.Int64() != 2 || qu.Node != q.Node || qu.Seq != 4 {
		t.Fatalf("taskQuorum = %+v", qu)
	}
	if n := f.node(q.Node); n.OpenTasks != 1 {
		t.Fatalf("open tasks = %d", n.OpenTasks)
	}

	r := f.newResult(id, standardPayouts(q.Node))
	// Attestations from nodes 1..3 (not the submitter's own): more than the threshold of 2 is fine.
	rcpt, err = f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2, keyNode0+3))
	if err != nil {
		t.Fatal(err)
	}
	ful := logsOf(rcpt, f.ab.UnpackTaskFulfilledEvent)
	ph, _ := eip712.PayoutsHash(r.payouts)
	if len(ful) != 1 || ful[0].TaskId != id || ful[0].ResultDigest != r.resultDigest || ful[0].ReceiptDigest != r.receiptDigest || ful[0].PayoutsHash != ph {
		t.Fatalf("TaskFulfilled = %+v", ful)
	}
	credits := logsOf(rcpt, f.ab.UnpackCreditedEvent)
	if len(credits) != 5 { // 4 payouts and the 10% remainder back to the requester
		t.Fatalf("%d Credited events, want 5", len(credits))
	}
	for _, p := range r.payouts {
		if got := f.balance(p.To); got.Cmp(p.Amount) != 0 {
			t.Fatalf("balance of %s = %s, want %s", p.To, got, p.Amount)
		}
	}
	remainder := new(big.Int).Div(taskPrice, big.NewInt(10))
	if got := f.balance(q.Requester); got.Cmp(remainder) != 0 {
		t.Fatalf("requester credited %s, want %s", got, remainder)
	}
	if task := f.task(id); task.Status != 2 {
		t.Fatalf("status %d after fulfill, want 2", task.Status)
	}
	res, err := bind.Call(f.inst, nil, f.ab.PackResults(id), f.ab.UnpackResults)
	if err != nil || common.Hash(res) != r.resultDigest {
		t.Fatalf("recorded result %x, %v", res, err)
	}
	if n := f.node(q.Node); n.OpenTasks != 0 {
		t.Fatalf("open tasks = %d after fulfill", n.OpenTasks)
	}

	// Fulfilling twice, or refunding a fulfilled task, is refused.
	_, err = f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2, keyNode0+3))
	expectRevert(t, err, "TaskNotOpen")
	f.advance(provingFor + 1)
	_, err = f.tx(keyRequester, nil, f.ab.PackRefund(id))
	expectRevert(t, err, "TaskNotOpen")

	// Withdraw pays the node its balance; a second withdraw has nothing.
	before := f.ethBalance(q.Node)
	rcpt, err = f.tx(keyNode0, nil, f.ab.PackWithdraw())
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	want := new(big.Int).Sub(new(big.Int).Add(before, r.payouts[3].Amount), fee)
	if got := f.ethBalance(q.Node); got.Cmp(want) != 0 {
		t.Fatalf("node balance after withdraw %s, want %s", got, want)
	}
	if w := logsOf(rcpt, f.ab.UnpackWithdrawnEvent); len(w) != 1 || w[0].Amount.Cmp(r.payouts[3].Amount) != 0 {
		t.Fatalf("Withdrawn = %+v", w)
	}
	_, err = f.tx(keyNode0, nil, f.ab.PackWithdraw())
	expectRevert(t, err, "NothingToWithdraw")
}

func TestSubmitTaskReverts(t *testing.T) {
	f := newFixture(t, 3)
	cases := []struct {
		name   string
		mutate func(q *eip712.Quote) (signer int, value *big.Int, from int)
		want   string
	}{
		{"expired quote", func(q *eip712.Quote) (int, *big.Int, int) {
			q.Expiry = f.now() - 1
			return keyNode0, q.Price, keyRequester
		}, "QuoteExpired"},
		{"deadline not in future", func(q *eip712.Quote) (int, *big.Int, int) {
			q.ProvingDeadline = f.now()
			return keyNode0, q.Price, keyRequester
		}, "DeadlineNotInFuture"},
		{"deadline too far", func(q *eip712.Quote) (int, *big.Int, int) {
			q.ProvingDeadline = f.now() + 7*24*3600 + 60 // beyond MAX_PROVING_WINDOW (7 days) from the next block
			return keyNode0, q.Price, keyRequester
		}, "DeadlineTooFar"},
		{"deadline overflows uint40", func(q *eip712.Quote) (int, *big.Int, int) {
			q.ProvingDeadline = 1<<40 + f.now()
			return keyNode0, q.Price, keyRequester
		}, "DeadlineTooFar"},
		{"wrong signer", func(q *eip712.Quote) (int, *big.Int, int) { return keyNode0 + 1, q.Price, keyRequester }, "WrongQuoteSigner"},
		{"underpayment", func(q *eip712.Quote) (int, *big.Int, int) {
			return keyNode0, new(big.Int).Sub(q.Price, big.NewInt(1)), keyRequester
		}, "WrongPayment"},
		{"overpayment", func(q *eip712.Quote) (int, *big.Int, int) {
			return keyNode0, new(big.Int).Add(q.Price, big.NewInt(1)), keyRequester
		}, "WrongPayment"},
		{"not the requester", func(q *eip712.Quote) (int, *big.Int, int) { return keyNode0, q.Price, keyOutsider }, "NotRequester"},
		{"unregistered node", func(q *eip712.Quote) (int, *big.Int, int) {
			q.Node = address(keyOutsider)
			return keyOutsider, q.Price, keyRequester
		}, "NodeNotRegistered"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := f.quote(0)
			signer, value, from := tc.mutate(&q)
			_, sig := f.sign(q, signer)
			_, err := f.tx(from, value, f.ab.PackSubmitTask(toContractQuote(q), sig))
			re := expectRevert(t, err, tc.want)
			if re.Notice == "" || !bytes.Contains([]byte(re.Error()), []byte(tc.want)) {
				t.Fatalf("error lacks the contract's words: %q", re.Error())
			}
		})
	}

	t.Run("malformed signature", func(t *testing.T) {
		q := f.quote(0)
		_, sig := f.sign(q, keyNode0)
		for _, bad := range [][]byte{sig[:64], append(bytes.Clone(sig), 0), highS(sig)} {
			_, err := f.tx(keyRequester, q.Price, f.ab.PackSubmitTask(toContractQuote(q), bad))
			expectRevert(t, err, "MalformedSignature")
		}
	})

	t.Run("reused nonce", func(t *testing.T) {
		q := f.quote(0)
		f.mustSubmit(q)
		used, err := bind.Call(f.inst, nil, f.ab.PackNonceUsed(q.Node, q.Nonce), f.ab.UnpackNonceUsed)
		if err != nil || !used {
			t.Fatalf("nonceUsed = %v, %v", used, err)
		}
		// Same quote again, and a different quote with the same nonce.
		_, _, err = f.submit(q)
		expectRevert(t, err, "NonceUsed")
		q2 := f.quote(0)
		q2.Nonce = q.Nonce
		_, _, err = f.submit(q2)
		expectRevert(t, err, "NonceUsed")
		// The same nonce from another node is fine.
		q3 := f.quote(1)
		q3.Nonce = q.Nonce
		f.mustSubmit(q3)
	})

	t.Run("exiting node", func(t *testing.T) {
		f.mustSend(keyNode0+2, f.addr, nil, f.ab.PackRequestDeregistration())
		_, _, err := f.submit(f.quote(2))
		expectRevert(t, err, "NodeNotRegistered")
	})
}

func highS(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	out := bytes.Clone(sig)
	copy(out[32:64], common.LeftPadBytes(new(big.Int).Sub(n, s).Bytes(), 32))
	out[64] ^= 1
	return out
}

func TestFulfillReverts(t *testing.T) {
	f := newFixture(t, 4)
	q := f.quote(0)
	id := f.mustSubmit(q)
	r := f.newResult(id, standardPayouts(q.Node))
	sigs := f.signatures(r, keyNode0+1, keyNode0+2, keyNode0+3)
	att := r.attestation(t)
	digest, _ := att.Digest(f.domain)
	good, signers, err := eip712.PackAttestations(digest, sigs)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("unsorted", func(t *testing.T) {
		swapped := append(append(bytes.Clone(good[65:130]), good[:65]...), good[130:]...)
		_, err := f.fulfill(keyNode0, r, swapped)
		re := expectRevert(t, err, "AttestationsNotSorted")
		if idx, _ := re.Arg("index"); idx.(*big.Int).Int64() != 1 {
			t.Fatalf("index = %v", idx)
		}
	})
	t.Run("duplicate", func(t *testing.T) {
		dup := append(bytes.Clone(good[:130]), good[65:130]...)
		_, err := f.fulfill(keyNode0, r, dup)
		expectRevert(t, err, "AttestationsNotSorted")
	})
	t.Run("unregistered attester", func(t *testing.T) {
		withOutsider, _, err := eip712.PackAttestations(digest, append(f.signatures(r, keyOutsider), sigs[:2]...))
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.fulfill(keyNode0, r, withOutsider)
		re := expectRevert(t, err, "AttesterNotInSet")
		if s, _ := re.Arg("signer"); s.(common.Address) != address(keyOutsider) {
			t.Fatalf("signer = %v", s)
		}
		if f.canAttest(id, keyOutsider) {
			t.Fatal("canAttest(outsider) = true")
		}
	})
	t.Run("too few", func(t *testing.T) {
		// Threshold: 3 other nodes, ceil(3·2/3) = 2.
		_, err := f.fulfill(keyNode0, r, good[:65])
		re := expectRevert(t, err, "QuorumNotReached")
		if th, _ := re.Arg("threshold"); th.(*big.Int).Int64() != 2 {
			t.Fatalf("threshold = %v", th)
		}
	})
	t.Run("malformed length", func(t *testing.T) {
		_, err := f.fulfill(keyNode0, r, good[:100])
		expectRevert(t, err, "AttestationsMalformed")
	})
	t.Run("high s attestation", func(t *testing.T) {
		bad := append(highS(good[:65]), good[65:]...)
		_, err := f.fulfill(keyNode0, r, bad)
		expectRevert(t, err, "MalformedSignature")
	})
	t.Run("attested other payouts", func(t *testing.T) {
		// Same signatures, but the submitted payouts differ from what was attested:
		// the signatures recover to other addresses, which are not verifiers.
		other := r
		other.payouts = standardPayouts(address(keyOutsider))
		_, err := f.fulfill(keyNode0, other, good)
		if err == nil || !contracts.IsRevert(err, "AttesterNotInSet") && !contracts.IsRevert(err, "AttestationsNotSorted") {
			t.Fatalf("got %v, want attestations refused", err)
		}
	})
	t.Run("payouts above price", func(t *testing.T) {
		over := f.newResult(id, standardPayouts(q.Node))
		over.payouts[0].Amount = new(big.Int).Add(over.payouts[0].Amount, taskPrice)
		_, err := f.fulfill(keyNode0, over, f.sorted(over, keyNode0+1, keyNode0+2, keyNode0+3))
		expectRevert(t, err, "PayoutsExceedPrice")
	})
	t.Run("payout to zero address", func(t *testing.T) {
		zero := f.newResult(id, standardPayouts(q.Node))
		zero.payouts[2].To = common.Address{}
		_, err := f.fulfill(keyNode0, zero, f.sorted(zero, keyNode0+1, keyNode0+2, keyNode0+3))
		expectRevert(t, err, "PayoutToZeroAddress")
	})
	t.Run("unknown task", func(t *testing.T) {
		unknown := f.newResult(common.HexToHash("0x1234"), standardPayouts(q.Node))
		_, err := f.fulfill(keyNode0, unknown, f.sorted(unknown, keyNode0+1, keyNode0+2, keyNode0+3))
		expectRevert(t, err, "TaskNotOpen")
		want := "aoraki: TaskNotOpen(taskId=0x0000000000000000000000000000000000000000000000000000000000001234): No task has this id, or it is no longer open."
		if err.Error() != want {
			t.Fatalf("error text %q, want %q", err.Error(), want)
		}
	})
	t.Run("after deadline", func(t *testing.T) {
		f.advance(provingFor + 1)
		_, err := f.fulfill(keyNode0, r, good)
		expectRevert(t, err, "DeadlinePassed")
	})
	_ = signers
}

func TestRefund(t *testing.T) {
	f := newFixture(t, 3)
	q := f.quote(0)
	id := f.mustSubmit(q)

	_, err := f.tx(keyRequester, nil, f.ab.PackRefund(id))
	expectRevert(t, err, "DeadlineNotPassed")

	f.advance(provingFor + 1)
	// Anyone may trigger the refund; the money goes to the requester.
	rcpt, err := f.tx(keyOutsider, nil, f.ab.PackRefund(id))
	if err != nil {
		t.Fatal(err)
	}
	ev := logsOf(rcpt, f.ab.UnpackTaskRefundedEvent)
	if len(ev) != 1 || ev[0].TaskId != id || ev[0].Amount.Cmp(taskPrice) != 0 || ev[0].Slashed.Cmp(slash) != 0 {
		t.Fatalf("TaskRefunded = %+v", ev)
	}
	want := new(big.Int).Add(taskPrice, slash)
	if got := f.balance(q.Requester); got.Cmp(want) != 0 {
		t.Fatalf("requester balance %s, want %s", got, want)
	}
	n := f.node(q.Node)
	if n.Stake.Cmp(new(big.Int).Sub(minStake, slash)) != 0 || n.OpenTasks != 0 {
		t.Fatalf("node after refund: %+v", n)
	}
	if task := f.task(id); task.Status != 3 {
		t.Fatalf("status %d, want 3 (refunded)", task.Status)
	}
	_, err = f.tx(keyRequester, nil, f.ab.PackRefund(id))
	expectRevert(t, err, "TaskNotOpen")
	_, err = f.tx(keyRequester, nil, f.ab.PackRefund(common.HexToHash("0x99")))
	expectRevert(t, err, "TaskNotOpen")

	// The slashed node is below the minimum stake: it left the verifier set, and it may not take
	// tasks until it tops up.
	if c := f.verifiers(); c != 2 {
		t.Fatalf("verifierCount %d after a slash below the minimum, want 2", c)
	}
	_, _, err = f.submit(f.quote(0))
	expectRevert(t, err, "NodeStakeTooLow")
	rcpt = f.mustSend(keyNode0, f.addr, slash, f.ab.PackAddStake())
	if ev := logsOf(rcpt, f.ab.UnpackStakeAddedEvent); len(ev) != 1 || ev[0].Stake.Cmp(minStake) != 0 {
		t.Fatalf("StakeAdded = %+v", ev)
	}
	if c := f.verifiers(); c != 3 {
		t.Fatalf("verifierCount %d after topping up, want 3", c)
	}
	f.mustSubmit(f.quote(0))

	// The requester withdraws price + slash; twice is refused.
	if _, err := f.tx(keyRequester, nil, f.ab.PackWithdraw()); err != nil {
		t.Fatal(err)
	}
	_, err = f.tx(keyRequester, nil, f.ab.PackWithdraw())
	expectRevert(t, err, "NothingToWithdraw")
}

func TestNodeRegistry(t *testing.T) {
	f := newFixture(t, 3)
	seq := func() uint32 {
		v, err := bind.Call(f.inst, nil, f.ab.PackRegistrySeq(), f.ab.UnpackRegistrySeq)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if c, s := f.verifiers(), seq(); c != 3 || s != 3 {
		t.Fatalf("verifierCount %d, registrySeq %d; want 3, 3", c, s)
	}
	_, err := f.tx(keyOutsider, new(big.Int).Sub(minStake, big.NewInt(1)), f.ab.PackRegisterNode())
	expectRevert(t, err, "StakeTooLow")
	_, err = f.tx(keyNode0, minStake, f.ab.PackRegisterNode())
	expectRevert(t, err, "AlreadyRegistered")
	_, err = f.tx(keyOutsider, big.NewInt(1), f.ab.PackAddStake())
	expectRevert(t, err, "NodeNotRegistered")
	_, err = f.tx(keyOutsider, nil, f.ab.PackRequestDeregistration())
	expectRevert(t, err, "WrongNodeState")
	_, err = f.tx(keyNode0, nil, f.ab.PackCompleteDeregistration())
	expectRevert(t, err, "WrongNodeState")

	rcpt := f.mustSend(keyOutsider, f.addr, minStake, f.ab.PackRegisterNode())
	if ev := logsOf(rcpt, f.ab.UnpackNodeRegisteredEvent); len(ev) != 1 || ev[0].Node != address(keyOutsider) {
		t.Fatalf("NodeRegistered = %+v", ev)
	}
	if c, s := f.verifiers(), seq(); c != 4 || s != 4 {
		t.Fatalf("verifierCount %d, registrySeq %d with 4 verifiers; want 4, 4", c, s)
	}
	if n := f.node(address(keyOutsider)); n.JoinedSeq != 4 || n.LeftSeq != 0 {
		t.Fatalf("new node %+v, want joined at 4", n)
	}

	// A node with an open task deregisters: it leaves the verifier set at once,
	// its stake stays locked for the delay and while the task is open.
	id := f.mustSubmit(f.quote(0))
	if qu := f.quorum(id); qu.Threshold.Int64() != 2 || qu.Seq != 4 { // 3 others: ceil(3·2/3) = 2
		t.Fatalf("taskQuorum %+v", qu)
	}
	rcpt = f.mustSend(keyNode0, f.addr, nil, f.ab.PackRequestDeregistration())
	if ev := logsOf(rcpt, f.ab.UnpackDeregistrationRequestedEvent); len(ev) != 1 {
		t.Fatalf("DeregistrationRequested = %+v", ev)
	}
	if c, s := f.verifiers(), seq(); c != 3 || s != 5 {
		t.Fatalf("verifierCount %d, registrySeq %d after one leaves; want 3, 5", c, s)
	}
	if n := f.node(address(keyNode0)); n.Status != 2 || n.LeftSeq != 5 || n.JoinedSeq != 1 {
		t.Fatalf("leaving node %+v", n)
	}
	// A later task's set no longer holds the leaving node: 2 others, ceil(4/3) = 2.
	id2 := f.mustSubmit(f.quote(1))
	if qu := f.quorum(id2); qu.Threshold.Int64() != 2 || qu.Seq != 5 {
		t.Fatalf("taskQuorum after a leave %+v", qu)
	}
	if !f.canAttest(id2, keyNode0+2) || f.canAttest(id2, keyNode0) {
		t.Fatal("canAttest: the leaving node must not attest to a task submitted after it left")
	}
	_, err = f.tx(keyNode0, nil, f.ab.PackRequestDeregistration())
	expectRevert(t, err, "WrongNodeState")
	_, err = f.tx(keyNode0, nil, f.ab.PackCompleteDeregistration())
	expectRevert(t, err, "StillLocked")
	f.advance(delay + 1)
	_, err = f.tx(keyNode0, nil, f.ab.PackCompleteDeregistration())
	expectRevert(t, err, "TasksStillOpen")
	// Once refunded, nobody attests to the task, the leaving node included.
	r := f.newResult(id, nil)
	f.advance(0)
	if _, err := f.tx(keyOutsider, nil, f.ab.PackRefund(id)); err != nil { // deadline (600s) passed with the delay
		t.Fatal(err)
	}
	if c := f.verifiers(); c != 3 {
		t.Fatalf("verifierCount %d: a slash of a node already out of the set changed it", c)
	}
	_, err = f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2))
	expectRevert(t, err, "TaskNotOpen")
	if f.canAttest(id, keyNode0+1) {
		t.Fatal("canAttest on a refunded task")
	}

	rcpt = f.mustSend(keyNode0, f.addr, nil, f.ab.PackCompleteDeregistration())
	ev := logsOf(rcpt, f.ab.UnpackNodeDeregisteredEvent)
	left := new(big.Int).Sub(minStake, slash)
	if len(ev) != 1 || ev[0].StakeReturned.Cmp(left) != 0 {
		t.Fatalf("NodeDeregistered = %+v", ev)
	}
	if got := f.balance(address(keyNode0)); got.Cmp(left) != 0 {
		t.Fatalf("balance after deregistration %s, want %s", got, left)
	}
	if n := f.node(address(keyNode0)); n.Status != 0 || n.Stake.Sign() != 0 {
		t.Fatalf("node record not cleared: %+v", n)
	}
}

func TestConstructorRejectsBadParameters(t *testing.T) {
	f := newFixture(t, 0)
	code := common.FromHex(contracts.AorakiMetaData.Bin)
	for name, args := range map[string][]byte{
		"minStake":            f.ab.PackConstructor(big.NewInt(0), 0, 1, 1, 2, 3),
		"slashBps":            f.ab.PackConstructor(big.NewInt(1), 10_001, 1, 1, 2, 3),
		"deregistrationDelay": f.ab.PackConstructor(big.NewInt(1), 10_000, 365*24*3600+1, 1, 2, 3),
		"quorum":              f.ab.PackConstructor(big.NewInt(1), 10_000, 1, 1, 4, 3),
	} {
		_, err := f.send(keyDeployer, nil, nil, append(bytes.Clone(code), args...))
		re := expectRevert(t, err, "InvalidParameter")
		if v, _ := re.Arg("name"); v != name {
			t.Fatalf("InvalidParameter(%v), want %s", v, name)
		}
	}
}

func TestVerifierHook(t *testing.T) {
	f := newFixture(t, 3)
	proof := []byte("composite receipt proof")
	exact := f.deploy(keyDeployer, common.FromHex(testcontracts.ExactProofVerifierMetaData.Bin),
		testcontracts.NewExactProofVerifier().PackConstructor(crypto.Keccak256Hash(proof)))
	rejecting := f.deploy(keyDeployer, common.FromHex(testcontracts.RejectingVerifierMetaData.Bin), nil)
	reentrantABI := testcontracts.NewReentrantVerifier()
	reentrant := f.deploy(keyDeployer, common.FromHex(testcontracts.ReentrantVerifierMetaData.Bin), reentrantABI.PackConstructor(f.addr))

	run := func(verifier common.Address, proof []byte) (common.Hash, error) {
		q := f.quote(0)
		q.Verifier = verifier
		id := f.mustSubmit(q)
		r := f.newResult(id, standardPayouts(q.Node))
		r.proof = proof
		_, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2))
		return id, err
	}

	t.Run("accepting", func(t *testing.T) {
		id, err := run(exact, proof)
		if err != nil {
			t.Fatal(err)
		}
		if f.task(id).Status != 2 {
			t.Fatal("task not fulfilled")
		}
	})
	t.Run("wrong proof", func(t *testing.T) {
		id, err := run(exact, []byte("forged"))
		re := expectRevert(t, err, "VerifierRejected")
		if v, _ := re.Arg("verifier"); v.(common.Address) != exact {
			t.Fatalf("verifier = %v", v)
		}
		if f.task(id).Status != 1 {
			t.Fatal("task must stay open when the verifier rejects")
		}
	})
	t.Run("rejecting", func(t *testing.T) {
		_, err := run(rejecting, proof)
		expectRevert(t, err, "VerifierRejected")
	})
	t.Run("reentrant", func(t *testing.T) {
		// The verifier accepts only if Aoraki refused its re-entry with Reentrancy().
		id, err := run(reentrant, proof)
		if err != nil {
			t.Fatalf("reentrant verifier: %v (re-entry was not refused with Reentrancy)", err)
		}
		inst := reentrantABI.Instance(f.client, reentrant)
		lastErr, err := bind.Call(inst, nil, reentrantABI.PackLastError(), reentrantABI.UnpackLastError)
		if err != nil {
			t.Fatal(err)
		}
		want := f.ab.GetABI().Errors["Reentrancy"].ID
		if !bytes.Equal(lastErr[:], want[:4]) {
			t.Fatalf("re-entry error %x, want Reentrancy %x", lastErr, want[:4])
		}
		if f.task(id).Status != 2 {
			t.Fatal("task not fulfilled")
		}
	})
}

func TestCallbackHook(t *testing.T) {
	f := newFixture(t, 3)
	recABI := testcontracts.NewRecordingCallback()
	recording := f.deploy(keyDeployer, common.FromHex(testcontracts.RecordingCallbackMetaData.Bin), nil)
	reverting := f.deploy(keyDeployer, common.FromHex(testcontracts.RevertingCallbackMetaData.Bin), nil)
	burning := f.deploy(keyDeployer, common.FromHex(testcontracts.GasBurningCallbackMetaData.Bin), nil)
	reABI := testcontracts.NewReentrantCallback()
	reentrant := f.deploy(keyDeployer, common.FromHex(testcontracts.ReentrantCallbackMetaData.Bin), reABI.PackConstructor(f.addr))

	run := func(t *testing.T, callback common.Address, wantOK bool) (result, *types.Receipt) {
		t.Helper()
		q := f.quote(0)
		q.Callback = callback
		id := f.mustSubmit(q)
		r := f.newResult(id, standardPayouts(q.Node))
		before := f.balance(r.payouts[0].To)
		rcpt, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2))
		if err != nil {
			t.Fatalf("fulfill with callback: %v", err)
		}
		ev := logsOf(rcpt, f.ab.UnpackCallbackResultEvent)
		if len(ev) != 1 || ev[0].Callback != callback || ev[0].Ok != wantOK {
			t.Fatalf("CallbackResult = %+v, want ok=%v", ev, wantOK)
		}
		// Payment stands whatever the callback did.
		if got := new(big.Int).Sub(f.balance(r.payouts[0].To), before); got.Cmp(r.payouts[0].Amount) != 0 {
			t.Fatalf("payout credited %s, want %s", got, r.payouts[0].Amount)
		}
		if f.task(id).Status != 2 {
			t.Fatal("task not fulfilled")
		}
		return r, rcpt
	}

	t.Run("recording", func(t *testing.T) {
		r, _ := run(t, recording, true)
		inst := recABI.Instance(f.client, recording)
		got, err := bind.Call(inst, nil, recABI.PackTaskId(), recABI.UnpackTaskId)
		if err != nil || common.Hash(got) != r.taskID {
			t.Fatalf("callback saw task %x, %v", got, err)
		}
		res, _ := bind.Call(inst, nil, recABI.PackResultDigest(), recABI.UnpackResultDigest)
		rec, _ := bind.Call(inst, nil, recABI.PackReceiptDigest(), recABI.UnpackReceiptDigest)
		if common.Hash(res) != r.resultDigest || common.Hash(rec) != r.receiptDigest {
			t.Fatal("callback saw wrong digests")
		}
	})
	t.Run("reverting", func(t *testing.T) { run(t, reverting, false) })
	t.Run("gas burning", func(t *testing.T) {
		_, rcpt := run(t, burning, false)
		if rcpt.GasUsed < uint64(cbGas) {
			t.Fatalf("gas used %d: the callback did not get its allowance", rcpt.GasUsed)
		}
	})
	t.Run("reentrant", func(t *testing.T) {
		run(t, reentrant, true)
		inst := reABI.Instance(f.client, reentrant)
		lastErr, err := bind.Call(inst, nil, reABI.PackLastError(), reABI.UnpackLastError)
		if err != nil {
			t.Fatal(err)
		}
		want := f.ab.GetABI().Errors["Reentrancy"].ID
		if !bytes.Equal(lastErr[:], want[:4]) {
			t.Fatalf("re-entry error %x, want Reentrancy %x", lastErr, want[:4])
		}
	})
	t.Run("starved callback", func(t *testing.T) {
		// A submitter cannot starve the callback: just under the estimate, fulfill reverts
		// with InsufficientGasForCallback rather than running the callback short of gas.
		q := f.quote(0)
		q.Callback = recording
		id := f.mustSubmit(q)
		r := f.newResult(id, standardPayouts(q.Node))
		data := f.ab.PackFulfill(r.taskID, r.resultDigest, r.receiptDigest, toContractPayouts(r.payouts), f.sorted(r, keyNode0+1, keyNode0+2), nil)
		msg := ethereum.CallMsg{From: address(keyNode0), To: &f.addr, Data: data}
		est, err := f.client.EstimateGas(context.Background(), msg)
		if err != nil {
			t.Fatal(err)
		}
		msg.Gas = est - 2000
		_, err = f.client.CallContract(context.Background(), msg, nil)
		expectRevert(t, contracts.DecodeError(err), "InsufficientGasForCallback")
	})
}

func TestWithdrawTransferFailed(t *testing.T) {
	f := newFixture(t, 3)
	payeeABI := testcontracts.NewRefusingPayee()
	payee := f.deploy(keyDeployer, common.FromHex(testcontracts.RefusingPayeeMetaData.Bin), nil)
	q := f.quote(0)
	id := f.mustSubmit(q)
	r := f.newResult(id, []eip712.Payout{{To: payee, Amount: q.Price}})
	if _, err := f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2)); err != nil {
		t.Fatal(err)
	}
	_, err := f.send(keyOutsider, &payee, nil, payeeABI.PackWithdrawFrom(f.addr))
	expectRevert(t, err, "TransferFailed")
	if got := f.balance(payee); got.Cmp(q.Price) != 0 {
		t.Fatalf("balance after failed withdraw %s, want %s", got, q.Price)
	}
}

// The Go EIP-712 encoding must equal the contract's own, bit for bit.
func TestEIP712MatchesContract(t *testing.T) {
	f := newFixture(t, 0)
	rng := rand.New(rand.NewSource(7))
	rnd := func() (h common.Hash) { rng.Read(h[:]); return }
	addr := func() (a common.Address) { rng.Read(a[:]); return }
	big96 := func() *big.Int { return new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), 96)) }

	sep, err := bind.Call(f.inst, nil, f.ab.PackDomainSeparator(), f.ab.UnpackDomainSeparator)
	if err != nil {
		t.Fatal(err)
	}
	if goSep, _ := f.domain.Separator(); goSep != common.Hash(sep) {
		t.Fatalf("domain separator: go %x, contract %x", goSep, sep)
	}
	qth, _ := bind.Call(f.inst, nil, f.ab.PackQUOTETYPEHASH(), f.ab.UnpackQUOTETYPEHASH)
	ath, _ := bind.Call(f.inst, nil, f.ab.PackATTESTATIONTYPEHASH(), f.ab.UnpackATTESTATIONTYPEHASH)
	if common.Hash(qth) != eip712.QuoteTypeHash() || common.Hash(ath) != eip712.AttestationTypeHash() {
		t.Fatal("type hashes differ")
	}
	for i := 0; i < 20; i++ {
		q := eip712.Quote{
			Node: addr(), Requester: addr(), ProgramID: rnd(), InputDigest: rnd(), Price: big96(),
			ProvingDeadline: rng.Uint64(), Expiry: rng.Uint64(), Nonce: new(big.Int).SetBytes(rnd().Bytes()),
		}
		if i%2 == 0 {
			q.Verifier, q.Callback = addr(), addr()
		}
		goDigest, err := q.Digest(f.domain)
		if err != nil {
			t.Fatal(err)
		}
		onChain, err := bind.Call(f.inst, nil, f.ab.PackQuoteDigest(toContractQuote(q)), f.ab.UnpackQuoteDigest)
		if err != nil {
			t.Fatal(err)
		}
		if goDigest != common.Hash(onChain) {
			t.Fatalf("quote %d digest: go %x, contract %x", i, goDigest, onChain)
		}
		payouts := make([]eip712.Payout, i%5)
		for j := range payouts {
			payouts[j] = eip712.Payout{To: addr(), Amount: big96()}
		}
		goPH, _ := eip712.PayoutsHash(payouts)
		ph, err := bind.Call(f.inst, nil, f.ab.PackPayoutsHash(toContractPayouts(payouts)), f.ab.UnpackPayoutsHash)
		if err != nil || goPH != common.Hash(ph) {
			t.Fatalf("payouts hash %d: go %x, contract %x (%v)", i, goPH, ph, err)
		}
		a := eip712.Attestation{TaskID: goDigest, ResultDigest: rnd(), ReceiptDigest: rnd(), PayoutsHash: goPH}
		goA, _ := a.Digest(f.domain)
		onA, err := bind.Call(f.inst, nil, f.ab.PackAttestationDigest(a.TaskID, a.ResultDigest, a.ReceiptDigest, a.PayoutsHash), f.ab.UnpackAttestationDigest)
		if err != nil || goA != common.Hash(onA) {
			t.Fatalf("attestation %d digest: go %x, contract %x (%v)", i, goA, onA, err)
		}
	}
}

func TestDecodeErrorPassesOtherErrors(t *testing.T) {
	plain := context.Canceled
	if got := contracts.DecodeError(plain); got != plain {
		t.Fatalf("DecodeError changed a plain error: %v", got)
	}
	if contracts.DecodeError(nil) != nil {
		t.Fatal("DecodeError(nil) != nil")
	}
	if _, ok := contracts.DecodeRevertData([]byte{1, 2}); ok {
		t.Fatal("short data decoded")
	}
	if _, ok := contracts.DecodeRevertData([]byte{0xde, 0xad, 0xbe, 0xef, 0}); ok {
		t.Fatal("unknown selector decoded")
	}
}

func TestStakeTooLarge(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 100)
	f := newFixtureWithBalance(t, 1, huge)
	max96 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	_, err := f.tx(keyOutsider, new(big.Int).Add(max96, big.NewInt(1)), f.ab.PackRegisterNode())
	expectRevert(t, err, "StakeTooLarge")
	_, err = f.tx(keyNode0, max96, f.ab.PackAddStake()) // already holds minStake
	expectRevert(t, err, "StakeTooLarge")
	f.mustSend(keyOutsider, f.addr, max96, f.ab.PackRegisterNode())
}
