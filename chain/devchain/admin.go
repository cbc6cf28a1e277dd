package devchain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/rpc"
)

// AdminNamespace is the JSON-RPC namespace of the dev chain's fault
// hooks (Config.Admin): devchain_reorg, devchain_setMinerTip,
// devchain_minerTip.
const AdminNamespace = "devchain"

// MaxReorgDepth bounds Reorg: the transaction pool re-injects the
// transactions of at most 64 dropped blocks.
const MaxReorgDepth = 64

// Reorged is what a Reorg did.
type Reorged struct {
	// OldHead is the head it replaced, Fork the last block kept, NewHead
	// the new branch's first block (which holds the dropped blocks'
	// transactions the pool re-injected, Included of them).
	OldHead  uint64      `json:"old_head"`
	OldHash  common.Hash `json:"old_hash"`
	Fork     uint64      `json:"fork"`
	NewHead  uint64      `json:"new_head"`
	NewHash  common.Hash `json:"new_hash"`
	Included int         `json:"included"`
	// Lost is how many transactions the pool held when a Reorg that
	// loses them emptied it.
	Lost int `json:"lost"`
}

// Reorg reorganises the chain from block from: it and every block above
// it leave the canonical chain (go-ethereum's BlockChain.SetCanonical on
// their parent, as debug_setHead does, which delivers removed logs to
// subscribers and sends their transactions back to the pool), and a new
// branch is sealed on the parent at once: its first block holds whatever
// of the dropped transactions is still valid, at another hash. At most
// MaxReorgDepth blocks are dropped. With lose, the dropped transactions
// are lost instead, as on a network where no peer kept them: the pool is
// emptied (of every pending transaction, re-injected or not) and the new
// branch's first block is empty.
func (c *Chain) Reorg(from uint64, lose bool) (*Reorged, error) {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	c.mu.Lock()
	backend, beacon := c.backend, c.beacon
	c.mu.Unlock()
	if backend == nil {
		return nil, ErrNotStarted
	}
	bc := backend.BlockChain()
	head := bc.CurrentBlock()
	n := head.Number.Uint64()
	if from == 0 || from > n || n-from+1 > MaxReorgDepth {
		return nil, fmt.Errorf("%w: from block %d: want 1 to the head (%d), at most %d blocks deep", ErrReorg, from, n, MaxReorgDepth)
	}
	parent := bc.GetBlockByNumber(from - 1)
	if parent == nil {
		return nil, fmt.Errorf("%w: no block %d", ErrReorg, from-1)
	}
	if _, err := bc.SetCanonical(parent); err != nil {
		return nil, fmt.Errorf("%w: set head to %d: %w", ErrReorg, from-1, err)
	}
	pool := backend.TxPool()
	if err := pool.Sync(); err != nil {
		return nil, fmt.Errorf("%w: pool: %w", ErrReorg, err)
	}
	lost := 0
	if lose {
		pending, queued := pool.Stats()
		lost = pending + queued
		pool.Clear()
		// The new branch's block is sealed empty. A transaction sent
		// between the head's move and this seal (a node quick to send its
		// lost fulfil again: node's TestFulfilTakenByReorg, in a CI run)
		// would otherwise land in it; it waits for the next block, which
		// the mining loop seals once this returns.
		c.mu.Lock()
		tip := new(big.Int).Set(c.minerTip)
		c.mu.Unlock()
		if err := backend.Miner().SetGasTip(new(big.Int).Lsh(big.NewInt(1), 200)); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrReorg, err)
		}
		defer backend.Miner().SetGasTip(tip)
		if c.reorgHook != nil {
			c.reorgHook()
		}
	}
	hash := beacon.Commit()
	blk := bc.GetBlockByHash(hash)
	if blk == nil || blk.NumberU64() != from {
		return nil, fmt.Errorf("%w: the new branch was not sealed on block %d", ErrReorg, from-1)
	}
	r := &Reorged{OldHead: n, OldHash: head.Hash(), Fork: from - 1, NewHead: from, NewHash: hash, Included: len(blk.Transactions()), Lost: lost}
	c.log.Warn("chain reorganised on request", "old_head", n, "fork", r.Fork, "dropped", n-from+1, "included", r.Included, "lost", lost)
	return r, nil
}

// SetMinerTip sets the least priority fee a transaction must offer for
// the chain to seal it; one offering less waits in the pool (the pool
// still accepts it). nil restores go-ethereum's default.
func (c *Chain) SetMinerTip(tip *big.Int) error {
	if tip == nil {
		tip = defaultMinerTip()
	}
	if tip.Sign() < 0 {
		return fmt.Errorf("%w: negative miner tip", ErrInvalidConfig)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return ErrNotStarted
	}
	c.minerTip = new(big.Int).Set(tip)
	c.log.Warn("miner tip set", "wei", tip)
	return c.backend.Miner().SetGasTip(new(big.Int).Set(tip))
}

func defaultMinerTip() *big.Int { return new(big.Int).Set(ethconfig.Defaults.Miner.GasPrice) }

// MinerTip is the least priority fee the chain seals.
func (c *Chain) MinerTip() (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return nil, ErrNotStarted
	}
	return new(big.Int).Set(c.minerTip), nil
}

// adminAPI serves AdminNamespace.
type adminAPI struct{ c *Chain }

// Reorg is devchain_reorg(from, lose).
func (a adminAPI) Reorg(_ context.Context, from hexutil.Uint64, lose bool) (*Reorged, error) {
	return a.c.Reorg(uint64(from), lose)
}

// SetMinerTip is devchain_setMinerTip(wei); null restores the default.
func (a adminAPI) SetMinerTip(_ context.Context, tip *hexutil.Big) error {
	return a.c.SetMinerTip((*big.Int)(tip))
}

// MinerTip is devchain_minerTip.
func (a adminAPI) MinerTip(context.Context) (*hexutil.Big, error) {
	t, err := a.c.MinerTip()
	return (*hexutil.Big)(t), err
}

func (c *Chain) adminAPIs() []rpc.API {
	return []rpc.API{{Namespace: AdminNamespace, Service: adminAPI{c}}}
}

// Admin is the client side of AdminNamespace.
type Admin struct{ rpc *rpc.Client }

// DialAdmin connects to a dev chain's fault hooks at url.
func DialAdmin(ctx context.Context, url string) (*Admin, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	return &Admin{rpc: c}, nil
}

// Close closes the connection.
func (a *Admin) Close() { a.rpc.Close() }

// Reorg asks the chain to drop block from and every block above it and
// seal a new branch (Chain.Reorg).
func (a *Admin) Reorg(ctx context.Context, from uint64, lose bool) (*Reorged, error) {
	var r Reorged
	if err := a.rpc.CallContext(ctx, &r, AdminNamespace+"_reorg", hexutil.Uint64(from), lose); err != nil {
		return nil, err
	}
	return &r, nil
}

// SetMinerTip sets the least priority fee the chain seals (nil: the default).
func (a *Admin) SetMinerTip(ctx context.Context, tip *big.Int) error {
	return a.rpc.CallContext(ctx, nil, AdminNamespace+"_setMinerTip", (*hexutil.Big)(tip))
}

// MinerTip is the least priority fee the chain seals.
func (a *Admin) MinerTip(ctx context.Context) (*big.Int, error) {
	var t hexutil.Big
	if err := a.rpc.CallContext(ctx, &t, AdminNamespace+"_minerTip"); err != nil {
		return nil, err
	}
	return (*big.Int)(&t), nil
}
