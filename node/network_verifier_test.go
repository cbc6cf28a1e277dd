package node_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/contract"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/task"
)

// deployVerifier deploys a ReceiptVerifier for the network's families, as a
// network's deploy does after its setup.
func (tn *testnet) deployVerifier() *receiptverifier.Client {
	tn.T.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	m, err := txmgr.New(ctx, tn.Eth, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		tn.T.Fatal(err)
	}
	defer m.Close()
	var names []string
	for fam := range tn.Artifacts {
		names = append(names, fam)
	}
	slices.Sort(names)
	v, err := receiptverifier.DeployFor(ctx, tn.Eth, m, tn.Contract, tn.Setup, names)
	if err != nil {
		tn.T.Fatal(err)
	}
	return v
}

// A requester names the receipt verifier in its quote: the node passes the
// quote and the composite receipt to fulfil, the contract has the verifier
// check them, and the task is fulfilled.
func TestNetworkProvesIrisWithVerifier(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	v := tn.deployVerifier()
	tn.addNodesWith(1, func(c *node.Config) { c.TrustedVerifiers = []common.Address{v.Address()} })
	tn.addProvers(2, "")
	tn.waitMesh()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	res, err := tn.requesterWith(9, func(c *requester.Config) { c.Verifier = v.Address() }).Prove(ctx, tn.input, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Verified {
		t.Fatal("the requester did not verify the result")
	}
	want := expected(t)
	if !slices.Equal(res.Journal.Predictions, want) {
		t.Fatalf("predictions %v, want %v", res.Journal.Predictions, want)
	}
	r, err := tn.Eth.TransactionReceipt(ctx, res.FulfilTx)
	if err != nil || r.Status != 1 {
		t.Fatalf("fulfil tx %s: receipt %+v, %v", res.FulfilTx, r, err)
	}
	t.Logf("fulfil with the receipt verifier, %d segments: %d gas", len(res.Receipt.Segments), r.GasUsed)
	// The task names the verifier on chain: fulfill called it, and a
	// rejection would have reverted.
	agg := tn.Nodes[0]
	waitState(t, agg, res.TaskID, store.TaskFulfilled)
	var q *store.Quote
	agg.Store().View(func(x *store.Tx) error {
		tk, err := x.Task(store.TaskID(res.TaskID))
		if err != nil {
			t.Fatal(err)
		}
		if common.Address(tk.Verifier) != v.Address() {
			t.Errorf("the node recorded verifier %s, want %s", common.Address(tk.Verifier), v.Address())
		}
		q, err = x.Quote(store.TaskID(res.TaskID))
		if err != nil {
			t.Fatalf("the node's quote of the task: %v", err)
		}
		return nil
	})
	// What the node kept is the quote that opened the task, and the proof
	// it builds from it passes the verifier; the verifier tells a wrong
	// result apart, so its acceptance at fulfil meant something.
	c := tn.Reader()
	eq := eip712.Quote{Node: common.Address(q.Node), Requester: common.Address(q.Requester), ProgramID: q.ProgramID,
		InputDigest: q.InputDigest, Price: &q.Price.Int, ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry,
		Nonce: &q.Nonce.Int, Verifier: common.Address(q.Verifier), Callback: common.Address(q.Callback)}
	if d, err := eq.Digest(c.Domain()); err != nil || d != res.TaskID {
		t.Fatalf("stored quote's digest %s, %v; task %s", d, err, res.TaskID)
	}
	proof, err := receiptverifier.EncodeProof(eq, res.Receipt)
	if err != nil {
		t.Fatal(err)
	}
	result, err := c.Result(ctx, res.TaskID)
	if err != nil {
		t.Fatal(err)
	}
	if verdict, seg, err := v.Check(ctx, res.TaskID, result, proof); err != nil || verdict != receiptverifier.Valid {
		t.Fatalf("verifier's verdict on the node's proof: %s at segment %d, %v", verdict, seg, err)
	}
	wrong := result
	wrong[31] ^= 1
	if verdict, _, err := v.Check(ctx, res.TaskID, wrong, proof); err != nil || verdict == receiptverifier.Valid {
		t.Fatalf("verifier's verdict on a wrong result: %s, %v", verdict, err)
	}
}

func TestRequesterRefusesVerifierWithoutCode(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	for _, edit := range []func(*requester.Config){
		func(c *requester.Config) { c.Verifier = common.Address{0x12} },
		func(c *requester.Config) { c.Callback = common.Address{0x34} },
	} {
		cfg := requester.DefaultConfig("itest", filepath.Join(t.TempDir(), "requester"))
		cfg.Contract, cfg.DeployBlock, cfg.Artifacts = tn.Contract, tn.Block, tn.Artifacts
		cfg.Nodes = []string{"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWMHBgbAP1YBNgYVmtd1vv3sCKQyoNXhn7peCwxoJrYovz"}
		edit(&cfg)
		r, err := requester.New(cfg, tn.Eth, devchain.DevKey(9), nil)
		if !errors.Is(err, requester.ErrConfig) || !strings.Contains(err.Error(), "not a contract") {
			if r != nil {
				r.Close()
			}
			t.Fatalf("err = %v, want ErrConfig: not a contract", err)
		}
	}
}

// A task naming a verifier whose quote the node does not hold (signed
// elsewhere with its key, or lost) cannot be fulfilled: the node fails it at
// publication instead of proving it and sending a fulfil that must revert.
func TestTaskNamingVerifierWithoutStoredQuoteFails(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	tn.addNodes(1)
	tn.waitMesh()
	v := tn.deployVerifier()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	m, err := txmgr.New(ctx, tn.Eth, devchain.DevKey(9), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	c, err := contract.New(tn.Eth, m, tn.Contract, tn.Block)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Open(tn.input, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	q := eip712.Quote{Node: tn.Nodes[0].Address(), Requester: m.From(), ProgramID: common.Hash(tk.ProgramID()),
		InputDigest: sha256.Sum256(tn.input), Price: big.NewInt(1e12), ProvingDeadline: uint64(now.Add(10 * time.Minute).Unix()),
		Expiry: uint64(now.Add(5 * time.Minute).Unix()), Nonce: big.NewInt(1 << 40), Verifier: v.Address()}
	// Signed with the node's key, but not by the node: it kept nothing.
	_, sig, err := q.Sign(c.Domain(), devchain.DevKey(1))
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := c.SubmitTask(ctx, q, sig)
	if err != nil {
		t.Fatal(err)
	}
	waitState(t, tn.Nodes[0], id, store.TaskFailed)
	tn.Nodes[0].Store().View(func(x *store.Tx) error {
		tk, err := x.Task(store.TaskID(id))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(tk.Error, "no longer holds its signed quote") || common.Address(tk.Verifier) != v.Address() {
			t.Fatalf("task failed with %q, verifier %s", tk.Error, common.Address(tk.Verifier))
		}
		segs, _ := x.Segments(store.TaskID(id))
		if len(segs) != 0 {
			t.Fatalf("the node split a task it cannot fulfil into %d segments", len(segs))
		}
		return nil
	})
}

// A hashchain task's initial state is pinned by the requester after the
// quote, unchecked by anyone: a node refuses to quote one that names a
// verifier, rather than risk a task it could never fulfil.
func TestNodeRefusesVerifierWithUnpinnableFamily(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	v := tn.deployVerifier()
	tn.addNodesWith(1, func(c *node.Config) { c.TrustedVerifiers = []common.Address{v.Address()} })
	var seed fr.Element
	seed.SetUint64(7)
	in, err := task.NewHashchain(seed, 64, 32)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r := tn.requesterWith(9, func(c *requester.Config) { c.Verifier = v.Address() })
	offers, err := r.Quotes(ctx, in)
	if err == nil && len(offers) > 0 && offers[0].Err == nil {
		t.Fatalf("quoted a hashchain task naming a verifier: %+v", offers)
	}
	msg := fmt.Sprint(err)
	if len(offers) > 0 && offers[0].Err != nil {
		msg = offers[0].Err.Error()
	}
	if !strings.Contains(msg, "fixed initial state") {
		t.Fatalf("refusal %q does not say why", msg)
	}
	// The same requester still gets a quote for the Iris task (dtree: a
	// fixed initial state).
	offers, err = r.Quotes(ctx, tn.input)
	if err != nil || len(offers) == 0 || offers[0].Err != nil {
		t.Fatalf("iris quote with the verifier: %+v, %v", offers, err)
	}
}
