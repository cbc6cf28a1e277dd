package chaos

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/testnet"
)

// The chain's faults: the embedded chain serves its fault hooks
// (devchain.Admin) to the scenarios that reorganise it or hold a
// transaction in its pool. Each proves, after the tasks, that its fault
// really happened: a log moved to another block, a fulfil sealed only
// once its fees were bumped.

// chainAdmin has the testnet's chain serve its fault hooks.
func chainAdmin(c *testnet.Config) { c.ChainAdmin = true }

// chainConn is the chain seen from a scenario: JSON-RPC, the fault hooks
// and the network's contract.
type chainConn struct {
	eth   *ethclient.Client
	admin *devchain.Admin
	net   *network.Network
}

func dialChain(ctx context.Context, r *Run) (*chainConn, error) {
	n, err := network.Load(r.Net.State().NetworkFile)
	if err != nil {
		return nil, err
	}
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	eth, err := chain.Dial(dctx, n.RPCURL)
	if err != nil {
		return nil, err
	}
	admin, err := devchain.DialAdmin(dctx, n.RPCURL)
	if err != nil {
		eth.Close()
		return nil, err
	}
	return &chainConn{eth: eth, admin: admin, net: n}, nil
}

func (c *chainConn) Close() {
	c.admin.Close()
	c.eth.Close()
}

// taskLogs are the canonical chain's logs of event for task.
func (c *chainConn) taskLogs(ctx context.Context, event string, task common.Hash) ([]types.Log, error) {
	a, err := contracts.AorakiMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	ev, ok := a.Events[event]
	if !ok {
		return nil, fmt.Errorf("no event %s in the contract", event)
	}
	return c.eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(c.net.DeployBlock),
		Addresses: []common.Address{c.net.Contract}, Topics: [][]common.Hash{{ev.ID}, {task}}})
}

// taskLog is the one log of event for task.
func (c *chainConn) taskLog(ctx context.Context, event string, task common.Hash) (types.Log, error) {
	ls, err := c.taskLogs(ctx, event, task)
	if err != nil {
		return types.Log{}, err
	}
	if len(ls) != 1 {
		return types.Log{}, fmt.Errorf("%d %s logs for task %s on the canonical chain, want 1", len(ls), event, task)
	}
	return ls[0], nil
}

// reorgAt reorganises the chain from the block that holds l (losing the
// dropped transactions with lose) and logs it.
func (c *chainConn) reorgAt(ctx context.Context, r *Run, what string, l types.Log, lose bool) (*devchain.Reorged, error) {
	rg, err := c.admin.Reorg(ctx, l.BlockNumber, lose)
	if err != nil {
		return nil, err
	}
	r.Logf("reorg: %s was in block %d (%s); blocks %d to %d dropped, new branch from %s (%d transactions re-included in it, %d lost)",
		what, l.BlockNumber, l.BlockHash, rg.Fork+1, rg.OldHead, rg.NewHash, rg.Included, rg.Lost)
	return rg, nil
}

// taskEvents counts node's events of stage for task.
func taskEvents(r *Run, node, stage string, task common.Hash) int {
	return r.Count(func(e Event) bool {
		return e.Source == node && e.Stage == stage && strings.EqualFold(e.Str("task"), task.Hex())
	})
}

// fulfilledOnce checks that node fulfilled task with no failed attempt,
// that the canonical chain holds one TaskFulfilled for it, in the
// transaction the node last told, and that the node's account sent
// nothing after it (no second fulfil). The node may tell it after the
// requester saw it: it is waited for.
func fulfilledOnce(ctx context.Context, r *Run, c *chainConn, node string, task common.Hash) (types.Log, error) {
	if _, err := waitFulfilled(ctx, r, node, task, time.Minute); err != nil {
		return types.Log{}, err
	}
	if n := taskEvents(r, node, "task:"+events.FulfilFailed, task); n != 0 {
		return types.Log{}, fmt.Errorf("%s reported %d failed fulfil attempts for task %s", node, n, task)
	}
	l, err := c.taskLog(ctx, "TaskFulfilled", task)
	if err != nil {
		return l, err
	}
	var told common.Hash
	r.Count(func(e Event) bool {
		if e.Source == node && e.Stage == "task:fulfilled" && strings.EqualFold(e.Str("task"), task.Hex()) {
			told = common.HexToHash(e.Str("tx"))
		}
		return false
	})
	if told != l.TxHash {
		return l, fmt.Errorf("TaskFulfilled is in %s, %s last told %s", l.TxHash, node, told)
	}
	tx, _, err := c.eth.TransactionByHash(ctx, l.TxHash)
	if err != nil {
		return l, err
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return l, err
	}
	sent, err := c.eth.NonceAt(ctx, from, nil)
	if err != nil {
		return l, err
	}
	if sent != tx.Nonce()+1 {
		return l, fmt.Errorf("%s sent %d transactions after its fulfil (nonce %d)", node, sent-tx.Nonce()-1, tx.Nonce())
	}
	return l, nil
}

// waitFulfilled waits (at most patience) for node to tell task fulfilled.
func waitFulfilled(ctx context.Context, r *Run, node string, task common.Hash, patience time.Duration) (Event, error) {
	ctx, cancel := context.WithTimeout(ctx, patience)
	defer cancel()
	return r.Wait(ctx, node+" task:fulfilled", func(e Event) bool {
		return e.Source == node && e.Stage == "task:fulfilled" && strings.EqualFold(e.Str("task"), task.Hex())
	})
}

// paidTask waits for the first task's payment: the task and its node.
func paidTask(ctx context.Context, r *Run) (common.Hash, string, error) {
	ev, err := r.WaitStage(ctx, "requester", "paid")
	if err != nil {
		return common.Hash{}, "", err
	}
	node := r.Name(ev.Str("node"))
	if node == "" {
		return common.Hash{}, "", fmt.Errorf("paid a node %s the testnet does not have", ev.Str("node"))
	}
	return common.HexToHash(ev.Str("task")), node, nil
}

// reorgPublished reorganises the chain from the block that holds the
// task's TaskPublished once its node is at work on it (its first award).
func reorgPublished() Scenario {
	var (
		task  common.Hash
		node  string
		moved types.Log
	)
	return Scenario{Name: "reorg-published",
		Injected: "a reorg (devchain_reorg) drops the block holding the task's TaskPublished and every block above it at the node's first award; the pool re-includes submitTask in the new branch",
		Testnet:  chainAdmin,
		Inject: func(ctx context.Context, r *Run) error {
			var err error
			if task, node, err = paidTask(ctx, r); err != nil {
				return err
			}
			if _, err := r.WaitStage(ctx, node, "segment:awarded"); err != nil {
				return err
			}
			c, err := dialChain(ctx, r)
			if err != nil {
				return err
			}
			defer c.Close()
			if moved, err = c.taskLog(ctx, "TaskPublished", task); err != nil {
				return err
			}
			_, err = c.reorgAt(ctx, r, "TaskPublished", moved, false)
			return err
		},
		After: func(ctx context.Context, r *Run) error {
			c, err := dialChain(ctx, r)
			if err != nil {
				return err
			}
			defer c.Close()
			now, err := c.taskLog(ctx, "TaskPublished", task)
			if err != nil {
				return err
			}
			if now.BlockHash == moved.BlockHash {
				return fmt.Errorf("TaskPublished is still in block %s: nothing was reorganised", moved.BlockHash)
			}
			if taskEvents(r, node, "task:"+events.PublicationReorged, task) == 0 {
				return fmt.Errorf("%s never saw its task's TaskPublished retracted", node)
			}
			if taskEvents(r, node, "task:"+events.PublicationRestored, task) == 0 {
				return fmt.Errorf("%s never saw its task's TaskPublished delivered again", node)
			}
			if _, err := fulfilledOnce(ctx, r, c, node, task); err != nil {
				return err
			}
			r.Logf("TaskPublished moved from block %d (%s) to %d (%s); %s saw it retracted and delivered again",
				moved.BlockNumber, moved.BlockHash, now.BlockNumber, now.BlockHash, node)
			return nil
		}}
}

// reorgFulfilled reorganises the chain from the block that holds the
// task's TaskFulfilled once the node has recorded the task fulfilled;
// with lose, the fulfil transaction is lost with the block.
func reorgFulfilled(lose bool) Scenario {
	var (
		task    common.Hash
		node    string
		moved   types.Log
		dropped *types.Transaction
	)
	sc := Scenario{Name: "reorg-fulfilled",
		Injected: "a reorg (devchain_reorg) drops the block holding the task's TaskFulfilled and every block above it once the node recorded it fulfilled; the pool re-includes fulfill in the new branch",
		Testnet:  chainAdmin}
	if lose {
		sc.Name = "reorg-fulfil-lost"
		sc.Injected = "as reorg-fulfilled, but the dropped transactions are lost (the pool emptied, the new branch's block empty): the task is open again on chain"
	}
	sc.Inject = func(ctx context.Context, r *Run) error {
		var err error
		if task, node, err = paidTask(ctx, r); err != nil {
			return err
		}
		if _, err := waitFulfilled(ctx, r, node, task, 10*time.Minute); err != nil {
			return err
		}
		c, err := dialChain(ctx, r)
		if err != nil {
			return err
		}
		defer c.Close()
		if moved, err = c.taskLog(ctx, "TaskFulfilled", task); err != nil {
			return err
		}
		if dropped, _, err = c.eth.TransactionByHash(ctx, moved.TxHash); err != nil {
			return err
		}
		rg, err := c.reorgAt(ctx, r, "TaskFulfilled", moved, lose)
		if err != nil {
			return err
		}
		if lose && rg.Lost == 0 {
			return errors.New("the reorg lost no transaction")
		}
		// The node tells the retraction, then the task fulfilled again
		// (by the same transaction, or by a new one when it was lost).
		if _, err := r.Wait(ctx, node+" "+events.FulfilmentReorged, func(e Event) bool {
			return e.Source == node && e.Stage == "task:"+events.FulfilmentReorged && strings.EqualFold(e.Str("task"), task.Hex())
		}); err != nil {
			return err
		}
		_, err = r.Wait(ctx, node+" fulfilled again", func(e Event) bool {
			return e.Source == node && e.Stage == "task:fulfilled" && strings.EqualFold(e.Str("task"), task.Hex()) &&
				taskEvents(r, node, "task:"+events.FulfilmentReorged, task) > 0 && e.At.After(eventAt(r, node, events.FulfilmentReorged, task))
		})
		return err
	}
	sc.After = func(ctx context.Context, r *Run) error {
		c, err := dialChain(ctx, r)
		if err != nil {
			return err
		}
		defer c.Close()
		now, err := fulfilledOnce(ctx, r, c, node, task)
		if err != nil {
			return err
		}
		if now.BlockHash == moved.BlockHash {
			return fmt.Errorf("TaskFulfilled is still in block %s: nothing was reorganised", moved.BlockHash)
		}
		tx, _, err := c.eth.TransactionByHash(ctx, now.TxHash)
		if err != nil {
			return err
		}
		switch {
		case tx.Nonce() != dropped.Nonce():
			return fmt.Errorf("the fulfil sealed has nonce %d, the dropped one %d", tx.Nonce(), dropped.Nonce())
		case !lose && now.TxHash != moved.TxHash:
			return fmt.Errorf("the fulfil in the new branch is %s, not the one dropped (%s): a second fulfil was sent", now.TxHash, moved.TxHash)
		case lose && now.TxHash == moved.TxHash:
			return fmt.Errorf("the lost fulfil %s is on chain again", moved.TxHash)
		}
		r.Logf("TaskFulfilled moved from block %d (%s, tx %s) to block %d (%s, tx %s, nonce %d)",
			moved.BlockNumber, moved.BlockHash, moved.TxHash, now.BlockNumber, now.BlockHash, now.TxHash, tx.Nonce())
		return nil
	}
	return sc
}

// eventAt is when node first told stage for task (zero if never).
func eventAt(r *Run, node, stage string, task common.Hash) time.Time {
	var at time.Time
	r.Count(func(e Event) bool {
		if at.IsZero() && e.Source == node && e.Stage == "task:"+stage && strings.EqualFold(e.Str("task"), task.Hex()) {
			at = e.At
		}
		return false
	})
	return at
}

// feeBump raises the chain's least sealed tip just above what the nodes
// offer once the task is paid, so that the node's fulfil waits in the
// pool until its transaction manager bumps the fees; the tip is lowered
// again once the task is fulfilled.
func feeBump() Scenario {
	var (
		task         common.Hash
		node, rpcURL string
		offer, tip   *big.Int
		fulfil       common.Hash
	)
	lower := func(ctx context.Context) error {
		if rpcURL == "" {
			return nil
		}
		a, err := devchain.DialAdmin(ctx, rpcURL)
		if err != nil {
			return err
		}
		defer a.Close()
		return a.SetMinerTip(ctx, nil)
	}
	return Scenario{Name: "fee-bump",
		Injected: "once the task is paid the chain seals only transactions tipping 10 % over the suggested tip (devchain_setMinerTip): the node's fulfil waits in the pool until its fees are bumped; lowered once fulfilled",
		Testnet:  chainAdmin,
		Inject: func(ctx context.Context, r *Run) error {
			var err error
			if task, node, err = paidTask(ctx, r); err != nil {
				return err
			}
			c, err := dialChain(ctx, r)
			if err != nil {
				return err
			}
			defer c.Close()
			rpcURL = c.net.RPCURL
			if offer, err = c.eth.SuggestGasTipCap(ctx); err != nil {
				return err
			}
			tip = new(big.Int).Div(new(big.Int).Mul(offer, big.NewInt(110)), big.NewInt(100))
			if err := c.admin.SetMinerTip(ctx, tip); err != nil {
				return err
			}
			r.Logf("miner tip %s wei (the suggested tip is %s)", tip, offer)
			ev, err := waitFulfilled(ctx, r, node, task, 10*time.Minute)
			if err != nil {
				return err
			}
			fulfil = common.HexToHash(ev.Str("tx"))
			r.Logf("fulfilled by %s; miner tip lowered", fulfil)
			return lower(ctx)
		},
		Cleanup: func(*Run) error {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			return lower(ctx)
		},
		After: func(ctx context.Context, r *Run) error {
			c, err := dialChain(ctx, r)
			if err != nil {
				return err
			}
			defer c.Close()
			l, err := fulfilledOnce(ctx, r, c, node, task)
			if err != nil {
				return err
			}
			if l.TxHash != fulfil {
				return fmt.Errorf("TaskFulfilled is in %s, the node reported %s", l.TxHash, fulfil)
			}
			tx, _, err := c.eth.TransactionByHash(ctx, fulfil)
			if err != nil {
				return err
			}
			if tx.GasTipCap().Cmp(tip) < 0 || tx.GasTipCap().Cmp(offer) <= 0 {
				return fmt.Errorf("the fulfil sealed tips %s wei: not over the suggested %s, or under the miner's %s", tx.GasTipCap(), offer, tip)
			}
			p := r.Proc(node)
			b, err := os.ReadFile(p.Log())
			if err != nil {
				return err
			}
			bumps := strings.Count(string(b), "bumped stuck transaction")
			if bumps == 0 {
				return errors.New("the node's log records no bumped transaction")
			}
			r.Logf("the fulfil %s (nonce %d) was sealed tipping %s wei after %d bump(s) from %s", fulfil, tx.Nonce(), tx.GasTipCap(), bumps, offer)
			return nil
		}}
}
