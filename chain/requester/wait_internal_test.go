package requester

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/contracts"
)

// flakyChain answers the contract's tasks view: down (connection refused)
// for its first calls, then open, then fulfilled. Only CallContract is
// implemented: it is all that reading a task uses.
type flakyChain struct {
	bind.ContractBackend
	down, open int
	calls      atomic.Int32
}

func (f *flakyChain) CallContract(_ context.Context, _ ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	n := int(f.calls.Add(1))
	if n <= f.down {
		return nil, errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	}
	status := uint8(aoraki.TaskOpen)
	if n > f.down+f.open {
		status = uint8(aoraki.TaskFulfilled)
	}
	return contracts.NewAoraki().GetABI().Methods["tasks"].Outputs.Pack(common.Address{1}, big.NewInt(1<<32), status,
		uint32(1), uint16(2), common.Address{2}, big.NewInt(100))
}

// TestWaitOutlastsChainOutage: the chain's RPC going away for a while
// (the chaos suite's chain-down scenario) does not make the requester
// give up a paid task; it reads again until the task is fulfilled.
// Before, the first failed read ended Prove with "connection refused",
// leaving a paid task nobody followed.
func TestWaitOutlastsChainOutage(t *testing.T) {
	fc := &flakyChain{down: 5, open: 2}
	ac, err := aoraki.New(fc, nil, common.Address{3}, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	c := &Client{cfg: Config{Poll: time.Millisecond}, log: slog.New(slog.NewTextHandler(io.Discard, nil)), chain: ac}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.wait(ctx, common.Hash{4}, time.Now().Add(time.Hour), func(string, map[string]any) {}); err != nil {
		t.Fatalf("wait: %v", err)
	}
	if n := fc.calls.Load(); n != 8 {
		t.Fatalf("%d reads, want 5 failed, 2 open, 1 fulfilled", n)
	}
	// A chain that never comes back: wait ends with the context, not before.
	fc = &flakyChain{down: 1 << 30}
	c.chain, _ = aoraki.New(fc, nil, common.Address{3}, big.NewInt(1337))
	short, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	if err := c.wait(short, common.Hash{4}, time.Now().Add(time.Hour), func(string, map[string]any) {}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("wait on a dead chain: %v, want the context's end", err)
	}
}

// reorgedChain is a chain on which a reorganisation takes a task's fulfil
// away between the requester's two reads: the tasks view says fulfilled,
// the TaskFulfilled log is gone (the chaos suite's reorg-fulfil-lost,
// whose lost fulfil the node sends again), then the task reads open,
// then fulfilled again, with the new fulfil's log.
type reorgedChain struct {
	bind.ContractBackend
	views, filters atomic.Int32
	refill         common.Hash // the new fulfil's transaction
}

func (r *reorgedChain) CallContract(_ context.Context, _ ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	status := uint8(aoraki.TaskFulfilled)
	if r.views.Add(1) == 2 { // the read after the log was found gone
		status = uint8(aoraki.TaskOpen)
	}
	return contracts.NewAoraki().GetABI().Methods["tasks"].Outputs.Pack(common.Address{1}, big.NewInt(1<<32), status,
		uint32(1), uint16(2), common.Address{2}, big.NewInt(100))
}

func (r *reorgedChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if r.filters.Add(1) == 1 {
		return nil, nil // the block that held the fulfil is no longer in the chain
	}
	ev := contracts.NewAoraki().GetABI().Events["TaskFulfilled"]
	data, err := ev.Inputs.NonIndexed().Pack([32]byte{7}, [32]byte{8}, [32]byte{9})
	if err != nil {
		return nil, err
	}
	return []types.Log{{Address: q.Addresses[0], Topics: []common.Hash{ev.ID, q.Topics[1][0], common.BytesToHash(common.Address{5}.Bytes())},
		Data: data, TxHash: r.refill}}, nil
}

// TestWaitOutlastsFulfilTakenByReorg: a fulfil that a reorganisation takes
// away after the requester read the task fulfilled, and before it read the
// TaskFulfilled log, does not end Prove with ErrNotFulfilled (as it did in
// a CI run of chaos reorg-fulfil-lost): the requester tells it, waits
// again, and returns the fulfil the node sent again.
func TestWaitOutlastsFulfilTakenByReorg(t *testing.T) {
	rc := &reorgedChain{refill: common.Hash{0xaa}}
	ac, err := aoraki.New(rc, nil, common.Address{3}, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	c := &Client{cfg: Config{Poll: time.Millisecond}, log: slog.New(slog.NewTextHandler(io.Discard, nil)), chain: ac}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var told atomic.Int32
	ev, err := c.waitFulfilled(ctx, common.Hash{4}, time.Now().Add(time.Hour), func(stage string, d map[string]any) {
		if stage == "fulfilment-reorged" && d["task"] == (common.Hash{4}).Hex() {
			told.Add(1)
		}
	})
	if err != nil {
		t.Fatalf("waitFulfilled: %v", err)
	}
	if ev.Raw.TxHash != rc.refill || ev.ResultDigest != [32]byte{7} {
		t.Fatalf("fulfil %s (result %x), want the node's new one %s", ev.Raw.TxHash, ev.ResultDigest, rc.refill)
	}
	if told.Load() != 1 || rc.views.Load() != 3 || rc.filters.Load() != 2 {
		t.Fatalf("told %d, %d task reads, %d log reads; want 1, 3 (fulfilled, open, fulfilled), 2", told.Load(), rc.views.Load(), rc.filters.Load())
	}
}
