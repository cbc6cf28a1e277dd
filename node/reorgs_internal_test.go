package node

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
)

// TestFulfilBlockReplacedIsNoticed performs the reorganisation the chaos
// suite's reorg-fulfilled met under load: the block that held a fulfil is
// replaced by a new branch that holds the same transaction again, before
// the watcher read the first block, so no log is retracted and the task
// never looks open on chain. The fulfil check notices the block's hash
// changed and puts the task back to submitting (FulfilmentReorged); while
// the block stands, it does nothing.
func TestFulfilBlockReplacedIsNoticed(t *testing.T) {
	n, c := startNodeOn(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	eth, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	m, err := txmgr.New(ctx, eth, devchain.DevKey(5), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := common.Address{0x5}
	r, err := m.Transact(ctx, &to, big.NewInt(1), nil) // the "fulfil"
	if err != nil {
		t.Fatal(err)
	}
	tid := store.TaskID{0xf1}
	now := time.Now()
	if err := n.st.Update(func(x *store.Tx) error {
		return x.PutTask(&store.Task{ID: tid, State: store.TaskFulfilled, FulfilTx: r.TxHash, Created: now, Updated: now})
	}); err != nil {
		t.Fatal(err)
	}
	evs, stop := n.Subscribe()
	defer stop()
	n.fulfils.add(tid, r.BlockNumber.Uint64(), r.BlockHash)
	n.checkFulfils(ctx)
	if st := taskState(t, n, tid); st != store.TaskFulfilled {
		t.Fatalf("the fulfil's block stands, yet the task is %s", st)
	}
	rg, err := c.Reorg(r.BlockNumber.Uint64(), false)
	if err != nil || rg.Included == 0 {
		t.Fatalf("reorg %+v, %v: want the transaction re-included", rg, err)
	}
	n.checkFulfils(ctx)
	for {
		select {
		case ev := <-evs:
			if d, ok := ev.Data.(*events.Task); ok && d.Task == common.Hash(tid) && d.State == events.FulfilmentReorged {
				if d.Tx != r.TxHash {
					t.Fatalf("reorged out: tx %s, want %s", d.Tx, r.TxHash)
				}
				return
			}
		case <-ctx.Done():
			t.Fatalf("the fulfil's block was replaced and the node did not notice (task %s)", taskState(t, n, tid))
		}
	}
}

func taskState(t *testing.T, n *Node, id store.TaskID) store.TaskState {
	t.Helper()
	var st store.TaskState
	if err := n.st.View(func(x *store.Tx) error {
		tk, err := x.Task(id)
		if err == nil {
			st = tk.State
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return st
}
