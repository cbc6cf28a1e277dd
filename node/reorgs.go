package node

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
)

// Reorganisations of the chain under a fulfilled task. The node records a
// task fulfilled once its fulfil transaction is mined; a reorganisation
// can still take that block away, and the new branch may or may not hold
// the transaction again. Two things bring such a task back to submitting
// (reopenFulfilled), where submit reads the chain before it sends:
//
//   - the watcher retracts the task's TaskFulfilled (onFulfilledLog): a
//     log it had delivered;
//   - the fulfil check (loopFulfils) finds, while the fulfil's block is
//     shallower than fulfilDepth, the task open on chain again, or
//     another block at the fulfil's height: a block that went before the
//     watcher read it (a fast reorg) retracts nothing, and a new branch
//     that holds the fulfil again leaves the task closed throughout.

// fulfilDepth is how many blocks above its fulfil the node keeps checking
// that a task stays fulfilled (two epochs of Ethereum's beacon chain, by
// then final; the embedded chain reorganises at most 64 blocks).
const fulfilDepth = 64

// fulfilCheckEvery is the fulfil check's period.
const fulfilCheckEvery = 2 * time.Second

// recentFulfils are this node's fulfils still shallower than fulfilDepth:
// task to the block that held the fulfil.
type recentFulfils struct {
	mu     sync.Mutex
	blocks map[store.TaskID]fulfilBlock
}

// fulfilBlock is the block that held a fulfil: its number and hash.
type fulfilBlock struct {
	number uint64
	hash   common.Hash
}

func (r *recentFulfils) add(id store.TaskID, number uint64, hash common.Hash) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.blocks == nil {
		r.blocks = map[store.TaskID]fulfilBlock{}
	}
	r.blocks[id] = fulfilBlock{number, hash}
}

func (r *recentFulfils) remove(id store.TaskID) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.blocks, id)
}

func (r *recentFulfils) snapshot() map[store.TaskID]fulfilBlock {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[store.TaskID]fulfilBlock, len(r.blocks))
	for id, b := range r.blocks {
		out[id] = b
	}
	return out
}

// loopFulfils checks, every fulfilCheckEvery, that each recent fulfil's
// task is still closed on chain, until ctx ends.
func (n *Node) loopFulfils(ctx context.Context) {
	tick := time.NewTicker(fulfilCheckEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			n.checkFulfils(ctx)
		}
	}
}

func (n *Node) checkFulfils(ctx context.Context) {
	recent := n.fulfils.snapshot()
	if len(recent) == 0 {
		return
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	head, err := n.eth.BlockNumber(cctx)
	if err != nil {
		return // the chain is away: the next round checks
	}
	for id, block := range recent {
		if head >= block.number+fulfilDepth {
			n.fulfils.remove(id)
			continue
		}
		h, err := n.eth.HeaderByNumber(cctx, new(big.Int).SetUint64(block.number))
		switch {
		case errors.Is(err, ethereum.NotFound) || err == nil && h.Hash() != block.hash:
			// The block that held the fulfil is gone, whether or not the
			// new branch holds the transaction again: submit reads the
			// chain and records where it stands.
			n.fulfils.remove(id)
			if err := n.reopenFulfilled(id, common.Hash{}, "another block replaced the one that held its fulfil"); err != nil {
				n.log.Warn("reopening a task whose fulfil a reorganisation moved", "task", common.Hash(id), "err", err)
			}
			continue
		case err != nil:
			continue // the chain is away: the next round checks
		}
		onchain, err := n.chain.Task(cctx, common.Hash(id))
		if err != nil || !onchain.Open {
			continue
		}
		n.fulfils.remove(id)
		if err := n.reopenFulfilled(id, common.Hash{}, "the chain has the task open again"); err != nil {
			n.log.Warn("reopening a task whose fulfil a reorganisation took", "task", common.Hash(id), "err", err)
		}
	}
}

// reopenFulfilled puts a task the node recorded fulfilled back to
// submitting: a reorganisation took its fulfil's block (why says how it
// was found; tx is the retracted log's transaction, if known).
func (n *Node) reopenFulfilled(id store.TaskID, tx common.Hash, why string) error {
	reopened := false
	err := n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if errors.Is(err, store.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		if t.State != store.TaskFulfilled {
			return nil
		}
		reopened = true
		if tx == (common.Hash{}) {
			tx = common.Hash(t.FulfilTx)
		}
		t.State, t.NextFulfil, t.Updated = store.TaskSubmitting, time.Time{}, time.Now()
		return x.PutTask(t)
	})
	if err != nil || !reopened {
		return err
	}
	n.log.Warn("task fulfilment reorged out; back to submitting", "task", common.Hash(id), "tx", tx, "why", why)
	n.events.Publish(&events.Task{Task: common.Hash(id), State: events.FulfilmentReorged, Tx: tx, Error: why})
	n.enqueue(id)
	return nil
}
