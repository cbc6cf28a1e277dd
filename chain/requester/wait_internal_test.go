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
