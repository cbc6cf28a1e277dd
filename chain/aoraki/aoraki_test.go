package aoraki_test

import (
	"context"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/protocol/eip712"
)

type env struct {
	t       *testing.T
	chain   *devchain.Chain
	cl      *ethclient.Client
	addr    common.Address
	clients map[int]*aoraki.Client
	logs    []*types.Log
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	cl, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	e := &env{t: t, chain: c, cl: cl, clients: map[int]*aoraki.Client{}}
	m := e.manager(0)
	p := deploy.DefaultParams()
	p.DeregistrationDelay = 60
	res, err := deploy.Aoraki(ctx, m, p)
	if err != nil {
		t.Fatal(err)
	}
	e.addr = res.Address
	return e
}

func (e *env) manager(i int) *txmgr.Manager {
	cfg := txmgr.DefaultConfig()
	cfg.PollInterval = 10 * time.Millisecond
	m, err := txmgr.New(context.Background(), e.cl, devchain.DevKey(i), cfg, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = m.Close() })
	return m
}

// as returns dev key i's client of the contract.
func (e *env) as(i int) *aoraki.Client {
	if c, ok := e.clients[i]; ok {
		return c
	}
	m := e.manager(i)
	if i == 0 {
		e.t.Fatal("key 0 is the deployer's manager")
	}
	c, err := aoraki.New(e.cl, m, e.addr, e.chain.ChainID())
	if err != nil {
		e.t.Fatal(err)
	}
	e.clients[i] = c
	return c
}

// must records the receipt's logs and fails on error.
func (e *env) must(r *types.Receipt, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	e.logs = append(e.logs, r.Logs...)
	return r
}

// The client drives every path of the contract, and DecodeEvent decodes every event the ABI declares.
func TestClientCoversEveryEvent(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	requester, node, verifier := e.as(1), e.as(2), e.as(3)
	stake := big.NewInt(params.Ether)
	e.must(node.RegisterNode(ctx, stake))
	e.must(verifier.RegisterNode(ctx, stake))
	e.must(verifier.AddStake(ctx, big.NewInt(5)))
	if n, err := node.VerifierCount(ctx); err != nil || n != 2 {
		t.Fatalf("verifier count %d, %v", n, err)
	}
	ms, err := node.MinStake(ctx)
	if err != nil || ms.Cmp(stake) != 0 {
		t.Fatalf("min stake %v, %v", ms, err)
	}

	head, _ := e.cl.HeaderByNumber(ctx, nil)
	quote := func(nonce int64, deadline uint64, callback common.Address) eip712.Quote {
		return eip712.Quote{Node: devchain.DevAddress(2), Requester: devchain.DevAddress(1), ProgramID: common.HexToHash("0x01"),
			InputDigest: crypto.Keccak256Hash(big.NewInt(nonce).Bytes()), Price: big.NewInt(params.Ether / 100),
			ProvingDeadline: deadline, Expiry: head.Time + 3600, Nonce: big.NewInt(nonce), Callback: callback}
	}
	// Task 1, fulfilled, with a callback (an EOA: the call succeeds trivially).
	q := quote(1, head.Time+3600, devchain.DevAddress(7))
	_, sig, err := q.Sign(requester.Domain(), devchain.DevKey(2))
	if err != nil {
		t.Fatal(err)
	}
	id, r, err := requester.SubmitTask(ctx, q, sig)
	e.must(r, err)
	// Two nodes: the task's set less its node is the verifier alone, threshold 1, and only the verifier attests.
	if task, err := requester.Task(ctx, id); err != nil || task.Status != aoraki.TaskOpen || task.Status.String() != "open" ||
		task.Deadline != q.ProvingDeadline || task.Seq != 2 || task.Threshold != 1 || task.SelfAttest {
		t.Fatalf("task %+v, %v", task, err)
	}
	if th, n, seq, err := requester.TaskQuorum(ctx, id); err != nil || th != 1 || n != q.Node || seq != 2 {
		t.Fatalf("task quorum %d %s %d, %v", th, n, seq, err)
	}
	for who, want := range map[int]bool{2: false, 3: true, 4: false} {
		if ok, err := requester.CanAttest(ctx, id, devchain.DevAddress(who)); err != nil || ok != want {
			t.Fatalf("CanAttest(key %d) = %v, %v; want %v", who, ok, err, want)
		}
	}
	if used, err := requester.NonceUsed(ctx, q.Node, q.Nonce); err != nil || !used {
		t.Fatalf("nonce used %v, %v", used, err)
	}
	f := aoraki.Fulfillment{TaskID: id, ResultDigest: common.HexToHash("0xaa"), ReceiptDigest: common.HexToHash("0xbb"),
		Payouts: []eip712.Payout{{To: devchain.DevAddress(2), Amount: big.NewInt(params.Ether / 200)}}}
	att, err := f.Attestation()
	if err != nil {
		t.Fatal(err)
	}
	digest, _ := att.Digest(node.Domain())
	var sigs [][]byte
	for _, k := range []int{3} {
		s, _ := eip712.Sign(digest, devchain.DevKey(k))
		sigs = append(sigs, s)
	}
	if f.Attestations, _, err = eip712.PackAttestations(digest, sigs); err != nil {
		t.Fatal(err)
	}
	e.must(node.Fulfill(ctx, f))
	if res, err := node.Result(ctx, id); err != nil || res != f.ResultDigest {
		t.Fatalf("result %x, %v", res, err)
	}
	if bal, err := node.Balance(ctx, devchain.DevAddress(2)); err != nil || bal.Cmp(f.Payouts[0].Amount) != 0 {
		t.Fatalf("balance %v, %v", bal, err)
	}
	e.must(node.Withdraw(ctx))

	// Task 2, refunded.
	head, _ = e.cl.HeaderByNumber(ctx, nil)
	q2 := quote(2, head.Time+10, common.Address{})
	_, sig2, _ := q2.Sign(requester.Domain(), devchain.DevKey(2))
	id2, r, err := requester.SubmitTask(ctx, q2, sig2)
	e.must(r, err)
	_, err = requester.Refund(ctx, id2)
	if !contracts.IsRevert(err, "DeadlineNotPassed") {
		t.Fatalf("early refund: %v", err)
	}
	if err := e.chain.AdjustTime(time.Minute); err != nil {
		t.Fatal(err)
	}
	e.must(requester.Refund(ctx, id2))
	if task, _ := requester.Task(ctx, id2); task.Status != aoraki.TaskRefunded {
		t.Fatalf("status %s", task.Status)
	}

	// Deregistration.
	e.must(verifier.RequestDeregistration(ctx))
	if n, err := verifier.Node(ctx, devchain.DevAddress(3)); err != nil || n.Status != aoraki.NodeExiting || n.Status.String() != "exiting" ||
		n.JoinedSeq != 2 || n.LeftSeq != 4 || n.UnlockAt != q.ProvingDeadline {
		// seq 3 was node 2 leaving the set when the refund slashed it below the minimum; the
		// stake stays locked until the deadline of task 1, which it was a verifier of.
		t.Fatalf("node %+v, %v", n, err)
	}
	if n, err := verifier.Node(ctx, devchain.DevAddress(2)); err != nil || n.Status != aoraki.NodeActive || n.LeftSeq != 3 {
		t.Fatalf("slashed node %+v, %v", n, err)
	}
	if err := e.chain.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.must(verifier.CompleteDeregistration(ctx))

	// Every event of the ABI was seen and decodes to its binding type.
	seen := map[string]bool{}
	for _, l := range e.logs {
		ev, err := aoraki.DecodeEvent(contracts.NewAoraki(), l)
		if err != nil {
			t.Fatalf("decode %x: %v", l.Topics[0], err)
		}
		name := strings.TrimPrefix(reflect.TypeOf(ev).Elem().Name(), "Aoraki")
		seen[name] = true
	}
	for name := range contracts.NewAoraki().GetABI().Events {
		if !seen[name] {
			t.Errorf("event %s never emitted or not decoded", name)
		}
	}
	if _, err := aoraki.DecodeEvent(contracts.NewAoraki(), &types.Log{Topics: []common.Hash{{1}}}); !errors.Is(err, aoraki.ErrUnknownEvent) {
		t.Fatalf("unknown topic: %v", err)
	}
	if _, err := aoraki.DecodeEvent(contracts.NewAoraki(), &types.Log{}); !errors.Is(err, aoraki.ErrUnknownEvent) {
		t.Fatalf("no topic: %v", err)
	}
}

func TestClientArguments(t *testing.T) {
	e := newEnv(t)
	if _, err := aoraki.New(nil, nil, e.addr, big.NewInt(1)); err == nil {
		t.Fatal("nil backend accepted")
	}
	if _, err := aoraki.New(e.cl, nil, e.addr, nil); err == nil {
		t.Fatal("nil chain id accepted")
	}
	m := e.manager(5)
	if _, err := aoraki.New(e.cl, m, e.addr, big.NewInt(99)); err == nil {
		t.Fatal("manager on another chain accepted")
	}
	ro, err := aoraki.New(e.cl, nil, e.addr, e.chain.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Withdraw(context.Background()); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("read-only client sent: %v", err)
	}
	rw, _ := aoraki.New(e.cl, m, e.addr, e.chain.ChainID())
	bad := aoraki.Fulfillment{Payouts: []eip712.Payout{{To: common.Address{1}}}}
	if _, err := rw.Fulfill(context.Background(), bad); !errors.Is(err, eip712.ErrFieldRange) {
		t.Fatalf("nil payout amount: %v", err)
	}
	if aoraki.TaskStatus(9).String() != "TaskStatus(9)" || aoraki.NodeStatus(9).String() != "NodeStatus(9)" {
		t.Fatal("unknown status strings")
	}
}
