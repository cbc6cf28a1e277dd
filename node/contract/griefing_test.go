package contract

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/contracts/testcontracts"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/protocol/eip712"
)

// A requester names a verifier that accepts at gas price 0 (what
// eth_estimateGas used to simulate with) and rejects at any real price.
// Fulfil must see the rejection in its simulation and send nothing: before
// the fix the estimate passed, the transaction was mined and reverted, and
// the node paid for it (and retried every 2 s).
func TestFulfilSimulatesWithTheFeesItPays(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n := start(t)
	var nodes []*Client
	var keys []*ecdsa.PrivateKey
	var node0 *txmgr.Manager
	for i := 1; i <= 3; i++ {
		k := devchain.DevKey(i)
		m := manager(t, n.cl, k)
		if node0 == nil {
			node0 = m
		}
		c, err := New(n.cl, m, n.addr, n.block)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Register(ctx, big.NewInt(1e18)); err != nil {
			t.Fatal(err)
		}
		nodes, keys = append(nodes, c), append(keys, k)
	}
	requester := manager(t, n.cl, devchain.DevKey(4))
	rcpt, err := requester.Transact(ctx, nil, nil, common.FromHex(testcontracts.GasPriceTrapVerifierMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	trap := rcpt.ContractAddress
	quote := &eip712.Quote{Node: crypto.PubkeyToAddress(keys[0].PublicKey), Requester: requester.From(), ProgramID: common.Hash{7},
		InputDigest: common.Hash{8}, Price: big.NewInt(1000), ProvingDeadline: uint64(time.Now().Add(time.Hour).Unix()),
		Expiry: uint64(time.Now().Add(time.Minute).Unix()), Nonce: big.NewInt(1), Verifier: trap}
	_, sig, err := nodes[0].SignQuote(quote, keys[0])
	if err != nil {
		t.Fatal(err)
	}
	rc, err := New(n.cl, requester, n.addr, n.block)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := rc.SubmitTask(ctx, *quote, sig)
	if err != nil {
		t.Fatal(err)
	}
	payouts, _ := consensus.Payouts(quote.Node, quote.Price, nil)
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
	nonce := func() uint64 {
		v, err := n.cl.NonceAt(ctx, quote.Node, nil)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := nonce()
	for range 3 {
		_, err = nodes[0].Fulfil(ctx, p, sigs, []byte("any proof"))
		if errors.Is(err, txmgr.ErrTxReverted) {
			t.Fatalf("fulfil was mined and reverted (%v): the simulation ran at another gas price than the transaction", err)
		}
		if !contracts.IsRevert(err, "VerifierRejected") {
			t.Fatalf("fulfil: %v; want the simulation's VerifierRejected", err)
		}
	}
	if after := nonce(); after != before {
		t.Fatalf("the node sent %d fulfil transactions; the simulation should have stopped every one", after-before)
	}

	// A fulfil sent without simulation (as one whose simulation was
	// fooled would be) is mined and reverts; the reason, replayed with the
	// transaction's own fees, names the verifier's rejection.
	digest, err := att.Digest(nodes[0].Domain())
	if err != nil {
		t.Fatal(err)
	}
	packed, _, err := eip712.PackAttestations(digest, sigs)
	if err != nil {
		t.Fatal(err)
	}
	data := contracts.NewAoraki().PackFulfill(id, p.ResultDigest, p.ReceiptDigest, aoraki.PayoutArgs(payouts), packed, []byte("any proof"))
	head, err := n.cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := types.SignNewTx(keys[0], types.LatestSignerForChainID(node0.ChainID()), &types.DynamicFeeTx{ChainID: node0.ChainID(),
		Nonce: before, GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
		Gas: 1_000_000, To: &n.addr, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.cl.SendTransaction(ctx, raw); err != nil {
		t.Fatal(err)
	}
	if _, err := node0.Wait(ctx, raw); !errors.Is(err, txmgr.ErrTxReverted) || !contracts.IsRevert(err, "VerifierRejected") {
		t.Fatalf("mined fulfil: %v; want ErrTxReverted with the replayed VerifierRejected", err)
	}
}
