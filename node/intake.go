package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/watcher"
	"github.com/zkpool/aoraki/node/contract"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
)

// Intake: the tasks the chain hands this node. The watcher delivers each
// confirmed TaskPublished log once (its cursor is kept in the store); a
// task naming this node is recorded, with the input its stored quote
// names, and queued on the work loop (tasks.go). At start, every open
// task is queued again.

// cursor keeps the chain watcher's position in the store.
type cursor struct{ st *store.Store }

const cursorKey = "watcher.cursor"

func (c cursor) Load(context.Context) (watcher.Position, bool, error) {
	var p watcher.Position
	err := c.st.View(func(x *store.Tx) error { return x.Meta(cursorKey, &p) })
	if errors.Is(err, store.ErrNotFound) {
		return p, false, nil
	}
	return p, err == nil, err
}

func (c cursor) Save(_ context.Context, p watcher.Position) error {
	return c.st.Update(func(x *store.Tx) error { return x.SetMeta(cursorKey, p) })
}

// onLog takes a confirmed TaskPublished: a task naming this node is
// recorded (once) and queued. A retraction (a reorg removed the log)
// leaves the task as it is; the log delivered again from the new branch
// queues it again.
func (n *Node) onLog(ctx context.Context, ev watcher.Event) error {
	if len(ev.Log.Topics) > 0 && ev.Log.Topics[0] == contract.TaskFulfilledTopic() {
		return n.onFulfilledLog(ev)
	}
	p, err := n.chain.Published(ev.Log)
	if err != nil {
		n.log.Warn("undecodable log", "tx", ev.Log.TxHash, "err", err)
		return nil
	}
	if p.Node != n.addr {
		return nil
	}
	id := store.TaskID(p.TaskId)
	if ev.Removed {
		// Reorged out: the chain's new branch may hold the same
		// submitTask again (a reorg sends its transaction back to the
		// pool), and then the watcher delivers the log again, from
		// another block. The task keeps its state and its work: nothing
		// is sent on chain for it while it is unknown there (submit reads
		// the task first and retries), and if it never comes back its
		// deadline fails it (advance). Failing it here lost every task
		// whose publication a reorg merely moved: the re-delivered log
		// found the task already recorded and did nothing.
		n.log.Warn("task publication reorged out; waiting for it to come back", "task", common.Hash(id), "block", ev.Log.BlockNumber)
		n.retracted[id] = true
		n.events.Publish(&events.Task{Task: common.Hash(id), State: events.PublicationReorged})
		return nil
	}
	fresh, again := false, n.retracted[id]
	var lost string
	err = n.st.Update(func(x *store.Tx) error {
		if t, err := x.Task(id); err == nil {
			if again && t.State.Open() {
				t.Block, t.TxHash, t.Updated = ev.Log.BlockNumber, ev.Log.TxHash, time.Now()
				return x.PutTask(t)
			}
			again = false
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		fresh, again = true, false
		now := time.Now()
		t := &store.Task{ID: id, State: store.TaskPublished, Requester: store.Address(p.Requester),
			ProgramID: p.ProgramId, Price: store.NewWei(p.Price),
			Deadline: time.Unix(int64(p.ProvingDeadline), 0), Verifier: store.Address(p.Verifier),
			Block: ev.Log.BlockNumber, TxHash: ev.Log.TxHash, Created: now, Updated: now}
		// The quote names the input by a commitment to its samples: the
		// stored quote is the way to the blob (and fulfil must repeat it to
		// a verifier). Without it no prover should work on the task.
		q, err := x.Quote(id)
		switch {
		case errors.Is(err, store.ErrNotFound):
			lost = quoteLost(p.Verifier, err)
		case err != nil:
			return err
		case q.InputDigest != p.InputDigest || q.InputCID == "":
			lost = fmt.Sprintf("the stored quote names input %x (%q), the task %x", q.InputDigest, q.InputCID, p.InputDigest)
		default:
			t.InputCID = q.InputCID
		}
		if lost != "" {
			t.State, t.Error = store.TaskFailed, lost
		}
		return x.PutTask(t)
	})
	if err != nil {
		return err
	}
	delete(n.retracted, id)
	switch {
	case again:
		n.log.Info("task publication delivered again (after a reorg)", "task", common.Hash(id), "block", ev.Log.BlockNumber)
		n.events.Publish(&events.Task{Task: common.Hash(id), State: events.PublicationRestored})
		n.enqueue(id)
	case fresh && lost != "":
		n.log.Error("task published that cannot be fulfilled", "task", common.Hash(id), "why", lost)
		n.events.Publish(&events.Task{Task: common.Hash(id), State: string(store.TaskFailed), Error: lost})
	case fresh:
		n.log.Info("task published", "task", common.Hash(id), "price", p.Price, "requester", p.Requester, "verifier", p.Verifier)
		n.events.Publish(&events.Task{Task: common.Hash(id), State: string(store.TaskPublished)})
		n.enqueue(id)
	}
	return nil
}

// onFulfilledLog takes a TaskFulfilled: the node recorded its own when
// its fulfil was mined, so only a retraction matters: the task goes back
// to submitting (reopenFulfilled, reorgs.go).
func (n *Node) onFulfilledLog(ev watcher.Event) error {
	f, err := n.chain.FulfilledLog(ev.Log)
	if err != nil {
		n.log.Warn("undecodable log", "tx", ev.Log.TxHash, "err", err)
		return nil
	}
	if f.Node != n.addr || !ev.Removed {
		return nil
	}
	id := store.TaskID(f.TaskId)
	n.fulfils.remove(id)
	return n.reopenFulfilled(id, ev.Log.TxHash, "its TaskFulfilled was retracted")
}

func quoteLost(verifier common.Address, err error) string {
	if verifier != (common.Address{}) {
		return fmt.Sprintf("the task names verifier %s but this node no longer holds its signed quote (%v): fulfil would revert", verifier, err)
	}
	return fmt.Sprintf("this node holds no quote for the task (%v): it cannot find the task's input", err)
}

// resume queues every open task.
func (n *Node) resume() error {
	var open []*store.Task
	if err := n.st.View(func(x *store.Tx) error {
		var err error
		open, err = x.Tasks(true)
		return err
	}); err != nil {
		return err
	}
	for _, t := range open {
		n.log.Info("resuming task", "task", common.Hash(t.ID), "state", t.State)
		n.enqueue(t.ID)
	}
	return nil
}
