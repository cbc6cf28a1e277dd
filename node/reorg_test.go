package node_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
)

// A reorganisation takes the block that held a node's fulfil, on the real
// embedded chain. First the new branch re-includes the transaction: the
// node notices (its TaskFulfilled retracted), reads the chain and sends
// nothing. Then a reorg loses it: the task is open again on chain, and
// the node fulfils it again from the lost transaction's nonce; every
// segment is paid once.
func TestFulfilTakenByReorg(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	tn.addNodes(1)
	tn.addProvers(2, "")
	tn.waitMesh()
	agg := tn.Nodes[0]
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	nodeAddr := agg.Address()
	req := tn.requester(9)
	for _, lose := range []bool{false, true} {
		res, err := req.Prove(ctx, tn.input, nil)
		if err != nil {
			t.Fatal(err)
		}
		waitState(t, agg, res.TaskID, store.TaskFulfilled)
		first, err := tn.Eth.TransactionReceipt(ctx, res.FulfilTx)
		if err != nil {
			t.Fatal(err)
		}
		sent, err := tn.Eth.NonceAt(ctx, nodeAddr, nil)
		if err != nil {
			t.Fatal(err)
		}
		before := credited(t, tn, res.Node, res.Provers)
		evs, stop := agg.Subscribe()
		rg, err := tn.Chain.Reorg(first.BlockNumber.Uint64(), lose)
		if err != nil {
			t.Fatal(err)
		}
		if lose != (rg.Lost > 0) || lose == (rg.Included > 0) {
			t.Fatalf("lose %v: reorg %+v", lose, rg)
		}
		// The node tells the fulfilment reorged out, then fulfilled again.
		reorged := false
		var again common.Hash
		for again == (common.Hash{}) {
			select {
			case ev := <-evs:
				d, ok := ev.Data.(*events.Task)
				if !ok || d.Task != res.TaskID {
					continue
				}
				switch {
				case d.State == events.FulfilmentReorged:
					reorged = true
				case d.State == string(store.TaskFulfilled) && reorged:
					again = d.Tx
				case d.State == events.FulfilFailed:
					t.Fatalf("lose %v: a fulfil attempt failed: %s", lose, d.Error)
				}
			case <-ctx.Done():
				t.Fatalf("lose %v: the node never fulfilled again (reorged out seen: %v)", lose, reorged)
			}
		}
		stop()
		st, err := aoraki.New(tn.Eth, nil, tn.Contract, tn.Chain.ChainID())
		if err != nil {
			t.Fatal(err)
		}
		onchain, err := st.Task(ctx, res.TaskID)
		if err != nil || onchain.Status != aoraki.TaskFulfilled {
			t.Fatalf("lose %v: task %v on chain, %v", lose, onchain.Status, err)
		}
		now, err := tn.Eth.TransactionReceipt(ctx, again)
		if err != nil || now.Status != types.ReceiptStatusSuccessful || now.BlockHash == first.BlockHash {
			t.Fatalf("lose %v: fulfil %s now %+v, %v; was in block %s", lose, again, now, err, first.BlockHash)
		}
		after, err := tn.Eth.NonceAt(ctx, nodeAddr, nil)
		if err != nil || after != sent {
			t.Fatalf("lose %v: the node has sent %d transactions, %d before the reorg: want no extra one", lose, after, sent)
		}
		// Re-included, the fulfil is the same transaction. Lost, the node
		// sends it again from the same nonce: with the same fees it is
		// byte for byte the lost one, hash included (seen under -race),
		// so only its new block (above) and the nonce tell it was sent
		// again.
		if !lose && again != res.FulfilTx {
			t.Fatalf("re-included: the node told %s, the fulfil was %s", again, res.FulfilTx)
		}
		if got := credited(t, tn, res.Node, res.Provers); got.Cmp(before) != 0 {
			t.Fatalf("lose %v: %s credited after the reorg, %s before", lose, got, before)
		}
	}
}

// credited is what the contract holds for node and provers, each once.
func credited(t *testing.T, tn *testnet, node common.Address, provers []common.Address) *big.Int {
	t.Helper()
	total := new(big.Int).Set(tn.Balance(node))
	seen := map[common.Address]bool{}
	for _, p := range provers {
		if !seen[p] {
			total.Add(total, tn.Balance(p))
			seen[p] = true
		}
	}
	return total
}

// A reorganisation takes the block that held a task's TaskPublished once
// its node is at work on it, and the new branch holds submitTask again:
// the node tells the retraction and the log delivered again, keeps its
// work and fulfils the task.
func TestPublicationTakenByReorg(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	tn.addNodes(1)
	tn.addProvers(2, "")
	tn.waitMesh()
	agg := tn.Nodes[0]
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	evs, stop := agg.Subscribe()
	defer stop()
	type result struct {
		res *requester.Result
		err error
	}
	done := make(chan result, 1)
	req := tn.requester(9)
	go func() {
		res, err := req.Prove(ctx, tn.input, nil)
		done <- result{res, err}
	}()
	var id common.Hash
	for id == (common.Hash{}) {
		select {
		case ev := <-evs:
			if d, ok := ev.Data.(*events.Segment); ok && d.State == string(store.SegmentAwarded) {
				id = d.Task
			}
		case <-ctx.Done():
			t.Fatal("no award")
		}
	}
	var block uint64
	agg.Store().View(func(x *store.Tx) error {
		if tk, err := x.Task(store.TaskID(id)); err == nil {
			block = tk.Block
		}
		return nil
	})
	if block == 0 {
		t.Fatal("the task's block is not in the store")
	}
	rg, err := tn.Chain.Reorg(block, false)
	if err != nil {
		t.Fatal(err)
	}
	if rg.Included == 0 {
		t.Fatalf("reorg %+v re-included nothing", rg)
	}
	var told []string
	for len(told) < 2 {
		select {
		case ev := <-evs:
			d, ok := ev.Data.(*events.Task)
			if !ok || d.Task != id {
				continue
			}
			switch d.State {
			case events.PublicationReorged, events.PublicationRestored:
				told = append(told, d.State)
			case string(store.TaskFailed):
				t.Fatalf("the task failed: %s", d.Error)
			}
		case <-ctx.Done():
			t.Fatalf("the node told %v", told)
		}
	}
	if told[0] != events.PublicationReorged || told[1] != events.PublicationRestored {
		t.Fatalf("the node told %v", told)
	}
	out := <-done
	if out.err != nil {
		t.Fatal(out.err)
	}
	waitState(t, agg, id, store.TaskFulfilled)
	if got := credited(t, tn, out.res.Node, out.res.Provers); got.Cmp(out.res.Price) != 0 {
		t.Fatalf("credited %s for a price of %s", got, out.res.Price)
	}
}
