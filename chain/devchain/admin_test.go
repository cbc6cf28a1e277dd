package devchain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
)

func adminChain(t *testing.T, admin bool) (*devchain.Chain, *ethclient.Client) {
	t.Helper()
	cfg := devchain.DefaultConfig()
	cfg.Admin = admin
	c, err := devchain.Start(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	eth, err := ethclient.Dial(c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	return c, eth
}

// transfer sends value from dev key 0 to dev account 5 and waits for it.
func transfer(t *testing.T, ctx context.Context, m *txmgr.Manager) *types.Receipt {
	t.Helper()
	to := devchain.DevAddress(5)
	r, err := m.Transact(ctx, &to, big.NewInt(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A reorg over RPC drops the blocks above the fork and re-includes their
// transactions in a new branch: the receipt moves to another block.
func TestReorgMovesTransactions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, eth := adminChain(t, true)
	m, err := txmgr.New(ctx, eth, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	first := transfer(t, ctx, m)
	second := transfer(t, ctx, m)
	if err := c.Commit(); err != nil { // one empty block on top
		t.Fatal(err)
	}
	head, err := eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := devchain.DialAdmin(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	r, err := admin.Reorg(ctx, first.BlockNumber.Uint64(), false)
	if err != nil {
		t.Fatal(err)
	}
	if r.OldHead != head || r.Fork != first.BlockNumber.Uint64()-1 || r.NewHead != r.Fork+1 || r.Included != 2 {
		t.Fatalf("reorg %+v; head was %d, first tx in %d", r, head, first.BlockNumber)
	}
	for _, old := range []*types.Receipt{first, second} {
		now, err := eth.TransactionReceipt(ctx, old.TxHash)
		if err != nil {
			t.Fatalf("%s after the reorg: %v", old.TxHash, err)
		}
		if now.BlockHash == old.BlockHash || now.BlockHash != r.NewHash {
			t.Fatalf("%s in block %s, was %s; the new branch starts at %s", old.TxHash, now.BlockHash, old.BlockHash, r.NewHash)
		}
		if _, err := eth.BlockByHash(ctx, old.BlockHash); err != nil {
			t.Fatalf("the dropped block %s is gone: %v", old.BlockHash, err)
		}
		if b, err := eth.HeaderByNumber(ctx, old.BlockNumber); err == nil && b.Hash() == old.BlockHash {
			t.Fatalf("block %d is still the dropped one", old.BlockNumber)
		}
	}
	// The chain goes on from the new branch.
	third := transfer(t, ctx, m)
	if third.BlockNumber.Uint64() <= r.NewHead {
		t.Fatalf("next transaction in block %d; the new branch starts at %d, the old head was %d", third.BlockNumber, r.NewHead, head)
	}
	if h, err := eth.HeaderByNumber(ctx, new(big.Int).SetUint64(r.NewHead)); err != nil || h.Hash() != r.NewHash {
		t.Fatalf("the new branch is not canonical: %v", err)
	}
	for _, from := range []uint64{0, third.BlockNumber.Uint64() + 1} {
		if _, err := c.Reorg(from, false); !errors.Is(err, devchain.ErrReorg) {
			t.Fatalf("reorg from block %d: %v", from, err)
		}
	}
}

// A reorg that loses the dropped transactions: they are in no block and
// not in the pool; the sender's nonce goes back, so that a transaction
// sent again from it is sealed.
func TestReorgLosesTransactions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, eth := adminChain(t, true)
	m, err := txmgr.New(ctx, eth, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	transfer(t, ctx, m)
	gone := transfer(t, ctx, m)
	r, err := c.Reorg(gone.BlockNumber.Uint64(), true)
	if err != nil {
		t.Fatal(err)
	}
	if r.Included != 0 || r.Lost != 1 {
		t.Fatalf("reorg %+v: want the one dropped transaction lost", r)
	}
	if _, _, err := eth.TransactionByHash(ctx, gone.TxHash); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("the lost transaction is still known: %v", err)
	}
	if n, err := eth.PendingNonceAt(ctx, m.From()); err != nil || n != 1 {
		t.Fatalf("pending nonce %d, %v; want 1", n, err)
	}
	// The manager still counts the lost transaction's nonce: until it
	// forgets it, what it sends waits behind a gap.
	m.ResetNonce()
	again := transfer(t, ctx, m)
	tx, _, err := eth.TransactionByHash(ctx, again.TxHash)
	if err != nil || tx.Nonce() != 1 {
		t.Fatalf("sent again with nonce %v, %v; want 1", tx, err)
	}
}

// A transaction sent while a losing reorg is under way (after the head
// moved back and the pool was emptied, before the new branch is sealed)
// is not sealed in the new branch's block, which stays empty as a losing
// reorg promises; it is sealed in the next. Before, a node that noticed
// the retraction and sent its lost fulfil again at once had it included
// there (node's TestFulfilTakenByReorg failed in a CI run: "Included:1
// Lost:1").
func TestReorgLosesQuickResend(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, eth := adminChain(t, true)
	m, err := txmgr.New(ctx, eth, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	gone := transfer(t, ctx, m)
	quick, err := txmgr.New(ctx, eth, devchain.DevKey(1), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer quick.Close()
	var sent *types.Transaction
	devchain.SetReorgHook(c, func() {
		to := devchain.DevAddress(6)
		if sent, err = quick.Send(ctx, &to, big.NewInt(1), nil); err != nil {
			t.Error(err)
		}
	})
	r, err := c.Reorg(gone.BlockNumber.Uint64(), true)
	if err != nil {
		t.Fatal(err)
	}
	if r.Included != 0 || r.Lost != 1 || sent == nil {
		t.Fatalf("reorg %+v (a transaction sent during it: %v): want the new branch's block empty", r, sent != nil)
	}
	rc, err := bind.WaitMined(ctx, eth, sent.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful || rc.BlockNumber.Uint64() <= r.NewHead {
		t.Fatalf("the transaction sent during the reorg: %+v, %v; want it sealed after block %d", rc, err, r.NewHead)
	}
}

// A reorg across the simulated beacon's finality epoch (32 blocks), as
// deep as allowed, still seals the new branch; a deeper one is refused.
func TestReorgDeep(t *testing.T) {
	c, eth := adminChain(t, false)
	for range devchain.MaxReorgDepth + 2 {
		if err := c.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	head, err := eth.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Reorg(head-devchain.MaxReorgDepth, false); !errors.Is(err, devchain.ErrReorg) {
		t.Fatalf("reorg %d blocks deep: %v", devchain.MaxReorgDepth+1, err)
	}
	r, err := c.Reorg(head-devchain.MaxReorgDepth+1, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Commit(); err != nil {
		t.Fatal(err)
	}
	now, err := eth.BlockNumber(context.Background())
	if err != nil || now != r.NewHead+1 {
		t.Fatalf("head %d after the reorg, %v; want %d", now, err, r.NewHead+1)
	}
}

// A chain without Admin serves no fault hook.
func TestAdminOffByDefault(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, _ := adminChain(t, false)
	admin, err := devchain.DialAdmin(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Reorg(ctx, 1, false); err == nil {
		t.Fatal("reorg served without Admin")
	}
	if err := admin.SetMinerTip(ctx, big.NewInt(params.GWei)); err == nil {
		t.Fatal("miner tip served without Admin")
	}
}

// A transaction offering less than the miner's tip stays in the pool;
// the transaction manager bumps its fees until it is sealed, and the
// sealed one is the replacement.
func TestMinerTipHoldsUntilBumped(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, eth := adminChain(t, true)
	admin, err := devchain.DialAdmin(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	offered, err := eth.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// One bump of 15% clears a tip 10% above the offer; the first does not.
	tip := new(big.Int).Div(new(big.Int).Mul(offered, big.NewInt(110)), big.NewInt(100))
	if err := admin.SetMinerTip(ctx, tip); err != nil {
		t.Fatal(err)
	}
	if got, err := admin.MinerTip(ctx); err != nil || got.Cmp(tip) != 0 {
		t.Fatalf("miner tip %v, %v; want %v", got, err, tip)
	}
	cfg := txmgr.DefaultConfig()
	cfg.StuckAfter = time.Second
	m, err := txmgr.New(ctx, eth, devchain.DevKey(0), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := devchain.DevAddress(5)
	tx, err := m.Send(ctx, &to, big.NewInt(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if tx.GasTipCap().Cmp(tip) >= 0 {
		t.Fatalf("offered tip %v is not below the miner's %v", tx.GasTipCap(), tip)
	}
	if err := c.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := eth.TransactionReceipt(ctx, tx.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("a transaction under the miner's tip was sealed: %v", err)
	}
	if pending, err := eth.PendingNonceAt(ctx, m.From()); err != nil || pending != tx.Nonce()+1 {
		t.Fatalf("pending nonce %d, %v: the pool does not hold the transaction", pending, err)
	}
	r, err := m.Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if r.TxHash == tx.Hash() {
		t.Fatal("the original transaction was sealed, not a replacement")
	}
	mined, _, err := eth.TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if mined.Nonce() != tx.Nonce() || mined.GasTipCap().Cmp(tip) < 0 {
		t.Fatalf("sealed nonce %d tip %v; sent nonce %d, miner tip %v", mined.Nonce(), mined.GasTipCap(), tx.Nonce(), tip)
	}
	if err := admin.SetMinerTip(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := admin.MinerTip(ctx); err != nil || got.Cmp(tip) >= 0 {
		t.Fatalf("miner tip after reset %v, %v", got, err)
	}
}
