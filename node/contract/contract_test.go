package contract

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/protocol/eip712"
)

type net struct {
	chain *devchain.Chain
	cl    *ethclient.Client
	addr  common.Address
	block uint64
}

func start(t *testing.T) *net {
	t.Helper()
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	cl, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	m := manager(t, cl, devchain.DevKey(0))
	res, err := deploy.Aoraki(ctx, m, deploy.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	return &net{chain: c, cl: cl, addr: res.Address, block: res.Block}
}

func manager(t *testing.T, cl *ethclient.Client, key *ecdsa.PrivateKey) *txmgr.Manager {
	t.Helper()
	m, err := txmgr.New(context.Background(), cl, key, txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

func TestNodeLifecycleOnChain(t *testing.T) {
	ctx := context.Background()
	n := start(t)
	var nodes []*Client
	var keys []*ecdsa.PrivateKey
	for i := 1; i <= 3; i++ {
		k := devchain.DevKey(i)
		c, err := New(n.cl, manager(t, n.cl, k), n.addr, n.block)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Register(ctx, big.NewInt(1e18)); err != nil {
			t.Fatal(err)
		}
		if err := c.Register(ctx, big.NewInt(1e18)); err != nil { // idempotent
			t.Fatal(err)
		}
		nodes, keys = append(nodes, c), append(keys, k)
	}

	// A requester submits a task quoted by node 0.
	reqKey := devchain.DevKey(4)
	requester := manager(t, n.cl, reqKey)
	quote := &eip712.Quote{Node: crypto.PubkeyToAddress(keys[0].PublicKey), Requester: requester.From(), ProgramID: common.Hash{7},
		InputDigest: common.Hash{8}, Price: big.NewInt(1000), ProvingDeadline: uint64(time.Now().Add(time.Hour).Unix()),
		Expiry: uint64(time.Now().Add(time.Minute).Unix()), Nonce: big.NewInt(1)}
	id, sig, err := nodes[0].SignQuote(quote, keys[0])
	if err != nil {
		t.Fatal(err)
	}
	rc, err := New(n.cl, requester, n.addr, n.block)
	if err != nil {
		t.Fatal(err)
	}
	if got, _, err := rc.SubmitTask(ctx, *quote, sig); err != nil || got != id {
		t.Fatalf("submitTask: id %s, %v; the quote digest is %s", got, err, id)
	}
	task, err := nodes[1].Task(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if task.Node != quote.Node || task.InputDigest != quote.InputDigest || task.ProgramID != quote.ProgramID || !task.Open || task.Price.Int64() != 1000 {
		t.Fatalf("task read back as %+v", task)
	}
	if _, err := nodes[1].Task(ctx, common.Hash{1}); err == nil {
		t.Fatal("read an unknown task")
	}
	// The task's quorum is 2 of the 2 nodes other than its own.
	if q, err := nodes[0].Quorum(ctx, id); err != nil || q != 2 {
		t.Fatalf("quorum %d, %v; want 2", q, err)
	}
	if _, err := nodes[0].Quorum(ctx, common.Hash{1}); !errors.Is(err, ErrUnknownTask) {
		t.Fatalf("quorum of an unknown task: %v", err)
	}
	// A node registering now (a Sybil) joins the set too late for this task.
	late, err := New(n.cl, manager(t, n.cl, devchain.DevKey(5)), n.addr, n.block)
	if err != nil {
		t.Fatal(err)
	}
	if err := late.Register(ctx, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	if q, err := nodes[0].Quorum(ctx, id); err != nil || q != 2 {
		t.Fatalf("quorum %d after a late registration, %v; want 2", q, err)
	}
	for who, want := range map[common.Address]bool{
		quote.Node: false, devchain.DevAddress(2): true, devchain.DevAddress(3): true, devchain.DevAddress(5): false, devchain.DevAddress(6): false,
	} {
		if ok, err := nodes[0].CanAttest(ctx, id, who); err != nil || ok != want {
			t.Fatalf("CanAttest(%s) = %v, %v; want %v", who, ok, err, want)
		}
	}

	// Two verifiers attest; the node fulfils; payouts are credited.
	prover := common.Address{0xbe, 0xef}
	payouts, _ := consensus.Payouts(quote.Node, quote.Price, []consensus.Award{{Prover: prover, Price: big.NewInt(600)}})
	ph, _ := eip712.PayoutsHash(payouts)
	p := &consensus.Proposal{TaskID: id, ResultDigest: common.Hash{1}, ReceiptDigest: common.Hash{2}, Payouts: payouts, PayoutsHash: ph}
	att := p.Attestation()
	var sigs [][]byte
	for _, k := range keys[1:] {
		s, err := att.Sign(nodes[0].Domain(), k)
		if err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, s)
	}
	if _, err := nodes[0].Fulfil(ctx, p, sigs[:1], nil); err == nil {
		t.Fatal("fulfilled below the quorum")
	}
	own, err := att.Sign(nodes[0].Domain(), keys[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nodes[0].Fulfil(ctx, p, [][]byte{own, sigs[0]}, nil); !contracts.IsRevert(err, "AttesterIsTaskNode") {
		t.Fatalf("fulfil counting the node's own attestation: %v", err)
	}
	if _, err := nodes[0].Fulfil(ctx, p, sigs, nil); err != nil {
		t.Fatal(err)
	}
	if b, _ := nodes[0].Balance(ctx, prover); b.Int64() != 600 {
		t.Fatalf("prover credited %v", b)
	}
	if b, _ := nodes[0].Balance(ctx, quote.Node); b.Int64() != 400 {
		t.Fatalf("node credited %v", b)
	}
	if task, _ := nodes[1].Task(ctx, id); task.Open {
		t.Fatal("task still open after fulfil")
	}
	if _, err := nodes[0].Fulfil(ctx, p, sigs, nil); err == nil {
		t.Fatal("fulfilled twice")
	}
}
