package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/chain/watcher"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/gossip"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/task"
)

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
// recorded (once) and queued.
func (n *Node) onLog(ctx context.Context, ev watcher.Event) error {
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
		// Reorged out below the confirmation depth: the task may come back
		// in another block; until then nothing is paid for, so stop it.
		n.log.Warn("task publication reorged out", "task", common.Hash(id))
		return n.st.Update(func(x *store.Tx) error {
			t, err := x.Task(id)
			if err != nil || !t.State.Open() {
				return nil
			}
			t.State, t.Error, t.Updated = store.TaskFailed, "publication reorged out", time.Now()
			return x.PutTask(t)
		})
	}
	fresh := false
	var lost string
	err = n.st.Update(func(x *store.Tx) error {
		if _, err := x.Task(id); err == nil {
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		fresh = true
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
	switch {
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

func quoteLost(verifier common.Address, err error) string {
	if verifier != (common.Address{}) {
		return fmt.Sprintf("the task names verifier %s but this node no longer holds its signed quote (%v): fulfil would revert", verifier, err)
	}
	return fmt.Sprintf("this node holds no quote for the task (%v): it cannot find the task's input", err)
}

// verifierProof is the proof fulfil passes to the verifier the task's quote
// named: the quote and the composite receipt, as receiptverifier encodes
// them. It is nil for a task that names no verifier.
func (n *Node) verifierProof(t *store.Task, p *consensus.Proposal) ([]byte, error) {
	if t.Verifier == (store.Address{}) {
		return nil, nil
	}
	var sq *store.Quote
	if err := n.st.View(func(x *store.Tx) error {
		var err error
		sq, err = x.Quote(t.ID)
		return err
	}); err != nil {
		return nil, errors.New(quoteLost(common.Address(t.Verifier), err))
	}
	if sq.Verifier != t.Verifier {
		return nil, fmt.Errorf("the stored quote names verifier %s, the task %s", common.Address(sq.Verifier), common.Address(t.Verifier))
	}
	var comp receipt.CompositeReceipt
	if err := comp.UnmarshalBinary(p.Receipt); err != nil {
		return nil, fmt.Errorf("composite receipt: %w", err)
	}
	return receiptverifier.EncodeProof(storedQuote(sq), &comp)
}

func (n *Node) enqueue(id store.TaskID) {
	select {
	case n.work <- id:
	default:
		n.log.Warn("work queue full; the task resumes on the next tick", "task", common.Hash(id))
	}
}

func (n *Node) loopWork(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case id := <-n.work:
			if err := n.advance(ctx, id); err != nil && !errors.Is(err, context.Canceled) {
				n.log.Warn("task step failed", "task", common.Hash(id), "err", err)
			}
		}
	}
}

// advance moves a task one or more steps on from where the store says it
// stands. It is idempotent: resuming after a crash calls it again.
func (n *Node) advance(ctx context.Context, id store.TaskID) error {
	var t *store.Task
	if err := n.st.View(func(x *store.Tx) error {
		var err error
		t, err = x.Task(id)
		return err
	}); err != nil {
		return err
	}
	if t.State.Open() && time.Now().After(t.Deadline) {
		return n.fail(id, "proving deadline passed; the requester may refund")
	}
	switch t.State {
	case store.TaskPublished, store.TaskExecuting:
		n.startExecution(ctx, t)
		return nil
	case store.TaskProving:
		return n.announcePending(ctx, id)
	case store.TaskAggregated, store.TaskAttesting:
		return n.propose(ctx, t)
	case store.TaskSubmitting:
		return n.submit(ctx, t)
	}
	return nil
}

func (n *Node) fail(id store.TaskID, why string) error {
	n.log.Warn("task failed", "task", common.Hash(id), "why", why)
	err := n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil {
			return err
		}
		t.State, t.Error, t.Updated = store.TaskFailed, why, time.Now()
		return x.PutTask(t)
	})
	if err == nil {
		n.events.Publish(&events.Task{Task: common.Hash(id), State: string(store.TaskFailed), Error: why})
	}
	return err
}

func (n *Node) loadTask(t *store.Task) (*task.Task, []byte, error) {
	c, err := cid.Decode(t.InputCID)
	if err != nil {
		return nil, nil, err
	}
	in, err := n.net.Blobs().Store().Get(c, task.MaxInputSize)
	if err != nil {
		return nil, nil, fmt.Errorf("input %s: %w (was it uploaded before paying?)", c, err)
	}
	tk, err := task.Decode(in)
	if err != nil {
		return nil, nil, err
	}
	// The quote fixed the program, and with it a size the node chose.
	if tk, err = tk.Resolve(receipt.Digest(t.ProgramID)); err != nil {
		return nil, nil, err
	}
	return tk, in, nil
}

// executor runs native executions off the work loop: at most
// Config.Executors at once, each task once. A task that finds every
// executor busy waits in line and is queued again when one frees.
type executor struct {
	mu      sync.Mutex
	slots   int
	running map[store.TaskID]bool
	waiting []store.TaskID
}

// startExecution hands t to a free executor, or puts it in line.
func (n *Node) startExecution(ctx context.Context, t *store.Task) {
	e := &n.exec
	e.mu.Lock()
	if e.running[t.ID] {
		e.mu.Unlock()
		return
	}
	if len(e.running) >= e.slots {
		if !slices.Contains(e.waiting, t.ID) {
			e.waiting = append(e.waiting, t.ID)
		}
		e.mu.Unlock()
		return
	}
	if e.running == nil {
		e.running = map[store.TaskID]bool{}
	}
	e.running[t.ID] = true
	e.mu.Unlock()
	n.events.Publish(&events.Task{Task: common.Hash(t.ID), State: string(store.TaskExecuting)})
	// The work loop that calls this holds a count of n.wg, so Close waits
	// for the execution too.
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		if err := n.execute(ctx, t); err != nil && !errors.Is(err, context.Canceled) {
			n.log.Warn("execution failed", "task", common.Hash(t.ID), "err", err)
		}
		e.mu.Lock()
		delete(e.running, t.ID)
		var next []store.TaskID
		next, e.waiting = e.waiting, nil
		e.mu.Unlock()
		for _, id := range next {
			n.enqueue(id)
		}
	}()
}

// execute runs the task natively, stores every segment witness as a blob
// and every segment as pending, then announces them. It runs on an
// executor, never on the work loop, and holds at most
// Limits.MaxWitnessBytes: a task beyond the limits (quoted before they
// were lowered) fails before it runs.
func (n *Node) execute(ctx context.Context, t *store.Task) error {
	tk, _, err := n.loadTask(t)
	if err != nil {
		return n.fail(t.ID, err.Error())
	}
	if [32]byte(tk.ProgramID()) != t.ProgramID {
		return n.fail(t.ID, "the input's program is not the quoted one")
	}
	fam := tk.Family()
	m, ok := n.cfg.Artifacts[fam]
	if !ok {
		return n.fail(t.ID, "family "+fam+" is not set up on this network")
	}
	if err := n.cfg.Limits.checkSize(tk); err != nil {
		return n.fail(t.ID, err.Error())
	}
	sess, journal, err := tk.Execute()
	if err != nil {
		return n.fail(t.ID, err.Error())
	}
	if time.Now().After(t.Deadline) {
		return n.fail(t.ID, "proving deadline passed during execution; the requester may refund")
	}
	constraints := make([]uint64, len(sess.Segments))
	for i := range constraints {
		constraints[i] = uint64(m.Constraints)
	}
	caps := n.book.Caps(&t.Price.Int, constraints)
	segs := make([]*store.Segment, len(sess.Segments))
	for i, s := range sess.Segments {
		c, err := n.net.Blobs().Store().PutBytes(s.Witness)
		if err != nil {
			return err
		}
		segs[i] = &store.Segment{Task: t.ID, Index: i, State: store.SegmentPending, Family: fam,
			ProgramID: s.Claim.ProgramID, StateIn: s.Claim.StateIn, StateOut: s.Claim.StateOut, InputIn: s.Claim.InputIn, InputOut: s.Claim.InputOut,
			WitnessCID: c.String(), WitnessSize: uint64(len(s.Witness)), Constraints: constraints[i], PriceCap: store.NewWei(caps[i])}
	}
	err = n.st.Update(func(x *store.Tx) error {
		cur, err := x.Task(t.ID)
		if err != nil {
			return err
		}
		if cur.State != store.TaskPublished && cur.State != store.TaskExecuting {
			return nil
		}
		for _, s := range segs {
			if old, err := x.Segment(t.ID, s.Index); err == nil && old.State != store.SegmentPending {
				continue // kept from before a restart
			}
			if err := x.PutSegment(s); err != nil {
				return err
			}
		}
		cur.State, cur.Family, cur.Segments, cur.Updated = store.TaskProving, fam, len(segs), time.Now()
		cur.Predictions = journal.Predictions
		cur.Result = journal.Result.Bytes()
		return x.PutTask(cur)
	})
	if err != nil {
		return err
	}
	n.log.Info("task split", "task", common.Hash(t.ID), "family", fam, "segments", len(segs))
	n.events.Publish(&events.Task{Task: common.Hash(t.ID), State: string(store.TaskProving), Segments: len(segs)})
	return n.announcePending(ctx, t.ID)
}

func (n *Node) announcePending(ctx context.Context, id store.TaskID) error {
	var pending []int
	all := true
	n.st.View(func(x *store.Tx) error {
		segs, _ := x.Segments(id)
		for _, s := range segs {
			if s.State == store.SegmentPending {
				pending = append(pending, s.Index)
			}
			all = all && s.State == store.SegmentProven
		}
		return nil
	})
	for _, i := range pending {
		if err := n.market.AnnounceSegment(ctx, id, i); err != nil {
			return err
		}
	}
	if all && len(pending) == 0 {
		return n.aggregate(ctx, id)
	}
	return nil
}

// onProven is the market's callback: when the last segment is proven the
// task moves on.
func (n *Node) onProven(id store.TaskID, index int) {
	n.events.Publish(&events.Segment{Task: common.Hash(id), Index: uint32(index), State: string(store.SegmentProven)})
	done := true
	n.st.View(func(x *store.Tx) error {
		segs, _ := x.Segments(id)
		for _, s := range segs {
			done = done && s.State == store.SegmentProven
		}
		return nil
	})
	if done {
		n.enqueue(id)
	}
}

// aggregate builds the proposal from the proven segments and records it.
func (n *Node) aggregate(ctx context.Context, id store.TaskID) error {
	return n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil || t.State != store.TaskProving {
			return err
		}
		t.State, t.Updated = store.TaskAggregated, time.Now()
		n.enqueue(id)
		return x.PutTask(t)
	})
}

// proposal rebuilds (deterministically) the proposal of a task whose
// segments are all proven.
func (n *Node) proposal(t *store.Task) (*consensus.Proposal, *task.Task, error) {
	tk, _, err := n.loadTask(t)
	if err != nil {
		return nil, nil, err
	}
	var receipts [][]byte
	var awards []consensus.Award
	err = n.st.View(func(x *store.Tx) error {
		segs, err := x.Segments(t.ID)
		if err != nil {
			return err
		}
		for _, s := range segs {
			if s.State != store.SegmentProven || s.Award == nil {
				return fmt.Errorf("segment %d is not proven", s.Index)
			}
			receipts = append(receipts, s.Receipt)
			awards = append(awards, consensus.Award{Prover: common.Address(s.Award.Prover), Price: new(big.Int).Set(&s.Award.Price.Int)})
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	payouts, err := consensus.Payouts(n.addr, &t.Price.Int, awards)
	if err != nil {
		return nil, nil, err
	}
	j := task.Journal{Predictions: t.Predictions}
	if len(t.Predictions) == 0 {
		if err := j.Result.SetBytesCanonical(t.Result[:]); err != nil {
			return nil, nil, err
		}
	}
	p, err := consensus.Build(n.keys, common.Hash(t.ID), tk, j, receipts, payouts)
	return p, tk, err
}

// propose stores the composite receipt, signs this node's own attestation
// when the task's quorum rule counts it (only a one-node network's: the
// aggregating node is not its own witness; it verified everything in Build)
// and asks the verifier set.
func (n *Node) propose(ctx context.Context, t *store.Task) error {
	p, _, err := n.proposal(t)
	if err != nil {
		return n.fail(t.ID, "aggregation: "+err.Error())
	}
	if _, err := n.net.Blobs().Store().PutBytes(p.Receipt); err != nil {
		return err
	}
	if err := n.collector.Expect(p); err != nil {
		return err
	}
	att := p.Attestation()
	self, err := n.chain.CanAttest(ctx, common.Hash(t.ID), n.addr)
	if err != nil {
		return err
	}
	var own []byte
	if self {
		if own, err = att.Sign(n.chain.Domain(), n.key); err != nil {
			return err
		}
	}
	err = n.st.Update(func(x *store.Tx) error {
		cur, err := x.Task(t.ID)
		if err != nil {
			return err
		}
		cur.State, cur.ReceiptCID, cur.ResultDigest, cur.Updated = store.TaskAttesting, p.ReceiptCID.String(), p.ResultDigest, time.Now()
		cur.Payouts = cur.Payouts[:0]
		for _, po := range p.Payouts {
			cur.Payouts = append(cur.Payouts, store.Payout{To: store.Address(po.To), Amount: store.NewWei(po.Amount)})
		}
		if cur.Attestations == nil {
			cur.Attestations = map[store.Address][]byte{}
		}
		if own != nil {
			cur.Attestations[store.Address(n.addr)] = own
		}
		return x.PutTask(cur)
	})
	if err != nil {
		return err
	}
	// Count what we hold (our own, and any kept from before a restart).
	var sigs map[store.Address][]byte
	n.st.View(func(x *store.Tx) error {
		cur, err := x.Task(t.ID)
		if err == nil {
			sigs = cur.Attestations
		}
		return nil
	})
	for _, s := range sigs {
		if _, quorum, err := n.collector.Add(ctx, &pb.Attestation{TaskId: t.ID[:], Signature: s}); err == nil && quorum {
			return n.toSubmit(ctx, t.ID)
		}
	}
	c, _ := cid.Decode(t.InputCID)
	n.events.Publish(&events.Task{Task: common.Hash(t.ID), State: string(store.TaskAttesting), ReceiptCID: p.ReceiptCID.String()})
	return n.net.Topics().AttestRequests.Publish(ctx, p.Request(c, []byte(n.net.Host().ID())))
}

func (n *Node) toSubmit(ctx context.Context, id store.TaskID) error {
	err := n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil || t.State != store.TaskAttesting {
			return err
		}
		t.State, t.Updated = store.TaskSubmitting, time.Now()
		return x.PutTask(t)
	})
	if err != nil {
		return err
	}
	n.enqueue(id)
	return nil
}

// submit sends fulfil with the collected attestations, unless a failed
// attempt makes it wait (FulfilPolicy).
func (n *Node) submit(ctx context.Context, t *store.Task) error {
	if time.Now().Before(t.NextFulfil) {
		return nil // backing off after a failure; the slow tick brings it back
	}
	onchain, err := n.chain.Task(ctx, common.Hash(t.ID))
	if err != nil {
		return err
	}
	if !onchain.Open {
		// Fulfilled by us before a crash, or refunded: either way, done.
		st := store.TaskFulfilled
		if res, _ := n.chain.Result(ctx, common.Hash(t.ID)); res == (common.Hash{}) {
			st = store.TaskFailed
		}
		return n.finish(t.ID, st, common.Hash{}, 0)
	}
	p, _, err := n.proposal(t)
	if err != nil {
		return n.fail(t.ID, err.Error())
	}
	proof, err := n.verifierProof(t, p)
	if err != nil {
		return n.fail(t.ID, "verifier proof: "+err.Error())
	}
	var sigs [][]byte
	for _, s := range t.Attestations {
		sigs = append(sigs, s)
	}
	r, err := n.chain.Fulfil(ctx, p, sigs, proof)
	if err != nil {
		return n.fulfilFailed(ctx, t.ID, err)
	}
	n.observeAwards(t.ID)
	n.log.Info("task fulfilled", "task", common.Hash(t.ID), "tx", r.TxHash, "gas", r.GasUsed, "proof_bytes", len(proof))
	return n.finish(t.ID, store.TaskFulfilled, r.TxHash, r.GasUsed)
}

// fulfilFailed records a failed fulfil and when to try again; after
// FulfilPolicy.MaxReverts fulfils mined and reverted it fails the task, so
// that the node stops paying for them.
func (n *Node) fulfilFailed(ctx context.Context, id store.TaskID, ferr error) error {
	if ctx.Err() != nil {
		return ctx.Err() // stopping: not the transaction's fault
	}
	mined := errors.Is(ferr, txmgr.ErrTxReverted)
	pol := n.cfg.Fulfil
	var stop string
	var next time.Time
	err := n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil {
			return err
		}
		now := time.Now()
		t.FulfilFailures++
		if mined {
			t.FulfilReverts++
		}
		t.Updated = now
		if t.FulfilReverts >= pol.MaxReverts {
			stop = fmt.Sprintf("%v: %d fulfil transactions were mined and reverted (last: %v); the requester may refund after the deadline",
				ErrFulfilStopped, t.FulfilReverts, ferr)
			t.State, t.Error = store.TaskFailed, stop
			return x.PutTask(t)
		}
		next = now.Add(pol.delay(t.FulfilFailures))
		t.NextFulfil = next
		t.Error = fmt.Sprintf("fulfil attempt %d failed (%d of at most %d mined and reverted): %v; next attempt after %s",
			t.FulfilFailures, t.FulfilReverts, pol.MaxReverts, ferr, next.Format(time.RFC3339))
		return x.PutTask(t)
	})
	if err != nil {
		return err
	}
	if stop != "" {
		n.log.Error("task failed: fulfil keeps reverting on chain", "task", common.Hash(id), "err", stop)
		n.events.Publish(&events.Task{Task: common.Hash(id), State: string(store.TaskFailed), Error: stop})
		return nil
	}
	n.events.Publish(&events.Task{Task: common.Hash(id), State: events.FulfilFailed, Error: ferr.Error(), Mined: mined})
	return fmt.Errorf("fulfil (next attempt after %s): %w", next.Format(time.RFC3339), ferr)
}

// replayAwardTasks is how many of the latest fulfilled tasks rebuild the
// clearing price at start: with the book's smoothing, older awards weigh
// nothing that shows.
const replayAwardTasks = 64

// replayAwards rebuilds the clearing price from the awards of the latest
// fulfilled tasks in the store, in the order they were fulfilled, so that a
// restarted node quotes as it did before instead of from the floor.
func (n *Node) replayAwards() error {
	var done []*store.Task
	err := n.st.View(func(x *store.Tx) error {
		ts, err := x.Tasks(false)
		for _, t := range ts {
			if t.State == store.TaskFulfilled {
				done = append(done, t)
			}
		}
		return err
	})
	if err != nil {
		return err
	}
	slices.SortFunc(done, func(a, b *store.Task) int { return a.Updated.Compare(b.Updated) })
	if len(done) > replayAwardTasks {
		done = done[len(done)-replayAwardTasks:]
	}
	for _, t := range done {
		n.observeAwards(t.ID)
	}
	return nil
}

func (n *Node) observeAwards(id store.TaskID) {
	n.st.View(func(x *store.Tx) error {
		segs, _ := x.Segments(id)
		for _, s := range segs {
			if s.Award != nil {
				n.book.Observe(&s.Award.Price.Int, s.Constraints)
			}
		}
		return nil
	})
}

// finish records a task's end: fulfilled by tx (which used gas), or
// found closed on chain (tx zero).
func (n *Node) finish(id store.TaskID, st store.TaskState, tx common.Hash, gas uint64) error {
	err := n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil {
			return err
		}
		t.State, t.FulfilTx, t.Updated = st, tx, time.Now()
		if st == store.TaskFulfilled {
			t.Error = "" // an earlier failed attempt's
		}
		return x.PutTask(t)
	})
	if err == nil {
		n.events.Publish(&events.Task{Task: common.Hash(id), State: string(st), Tx: tx, Gas: gas})
	}
	return err
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

func (n *Node) loopTick(ctx context.Context) {
	tick := time.NewTicker(n.cfg.Tick)
	defer tick.Stop()
	slow := time.NewTicker(2 * time.Second)
	defer slow.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if err := n.market.Tick(ctx); err != nil && !errors.Is(err, context.Canceled) {
				n.log.Warn("market tick", "err", err)
			}
		case <-slow.C:
			// Retry tasks stuck waiting on something outside (attestations,
			// a failed fulfil), and fail those past their deadline.
			var ids []store.TaskID
			n.st.View(func(x *store.Tx) error {
				ts, _ := x.Tasks(true)
				for _, t := range ts {
					if t.State != store.TaskProving || time.Now().After(t.Deadline) {
						ids = append(ids, t.ID)
					}
				}
				return nil
			})
			for _, id := range ids {
				n.enqueue(id)
			}
		}
	}
}

func (n *Node) takeBid(m *gossip.Message[*pb.Bid]) {
	if err := n.market.HandleBid(store.Address(m.Sender), m.Payload); err != nil {
		n.log.Debug("bid not taken", "from", m.Sender, "err", err)
	}
}

// takeAttestRequest queues another node's proposal for verification.
func (n *Node) takeAttestRequest(m *gossip.Message[*pb.AttestationRequest]) {
	if m.Local || m.Sender == n.addr {
		return
	}
	select {
	case n.verify <- verifyJob{from: m.Sender, req: m.Payload}:
	default:
		n.log.Warn("verification queue full; proposal dropped", "task", common.BytesToHash(m.Payload.TaskId))
	}
}

func (n *Node) loopVerify(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-n.verify:
			n.verifyOne(ctx, j)
		}
	}
}

// verifyOne answers one attestation request: with the attestation signed
// before when this node attested the same proposal (a proposer republishes
// until it has a quorum), else by checking it in full.
func (n *Node) verifyOne(ctx context.Context, j verifyJob) {
	key := proposalKey(j.from, j.req)
	att, check := n.attested.begin(key)
	if !check {
		if att != nil {
			if err := n.net.Topics().Attestations.Publish(ctx, att); err != nil {
				n.log.Warn("publish attestation", "err", err)
			}
		}
		return
	}
	start := time.Now()
	defer func() { n.attested.end(key, att, time.Since(start)) }()
	v := *n.verifier
	nodePeer, err := peer.IDFromBytes(j.req.NodePeer)
	if err != nil {
		n.log.Warn("proposal without a node peer", "err", err)
		return
	}
	var inCID, recCID cid.Cid
	inCID, _ = cid.Cast(j.req.InputCid)
	recCID, _ = cid.Cast(j.req.ReceiptCid)
	v.Fetch = &fetcher{blobs: n.net.Blobs(), from: nodePeer, input: inCID, receipt: recCID}
	vctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	att, err = v.Check(vctx, j.from, j.req)
	cancel()
	if err != nil {
		n.log.Warn("refused to attest", "task", common.BytesToHash(j.req.TaskId), "node", j.from, "err", err)
		return
	}
	if err := n.net.Topics().Attestations.Publish(ctx, att); err != nil {
		n.log.Warn("publish attestation", "err", err)
	}
	n.log.Info("attested", "task", common.BytesToHash(j.req.TaskId), "node", j.from)
}

// fetcher gets blobs for verification from the proposing node. Once it
// has the task's input, it bounds the composite receipt by the input's
// segment count (receiptLimit) instead of the most segments any receipt
// may have.
type fetcher struct {
	blobs          *blob.Exchange
	from           peer.ID
	input, receipt cid.Cid
	receiptMax     int64 // 0 until the input is fetched
}

func (f *fetcher) Fetch(ctx context.Context, c cid.Cid, max int64) ([]byte, error) {
	if c.Defined() && c.Equals(f.receipt) && f.receiptMax > 0 {
		max = min(max, f.receiptMax)
	}
	st := f.blobs.Store()
	if !st.Has(c) {
		if _, err := f.blobs.FetchFrom(ctx, f.from, c, max); err != nil {
			return nil, err
		}
	}
	b, err := st.Get(c, max)
	if err == nil && c.Defined() && c.Equals(f.input) {
		f.receiptMax = receiptLimit(b)
	}
	return b, err
}

func (n *Node) takeAttestation(ctx context.Context, m *gossip.Message[*pb.Attestation]) {
	id := store.TaskID(m.Payload.TaskId)
	var mine bool
	n.st.View(func(x *store.Tx) error {
		t, err := x.Task(id)
		mine = err == nil && t.State == store.TaskAttesting
		return nil
	})
	if !mine {
		return
	}
	_, quorum, err := n.collector.Add(ctx, m.Payload)
	if err != nil {
		n.log.Debug("attestation not counted", "from", m.Sender, "err", err)
		return
	}
	digest := m.Payload.Signature
	err = n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil {
			return err
		}
		if t.Attestations == nil {
			t.Attestations = map[store.Address][]byte{}
		}
		t.Attestations[store.Address(m.Sender)] = digest
		return x.PutTask(t)
	})
	if err != nil {
		n.log.Warn("store attestation", "err", err)
		return
	}
	n.events.Publish(&events.Attestation{Task: common.Hash(id), Verifier: m.Sender})
	if quorum {
		if err := n.toSubmit(ctx, id); err != nil {
			n.log.Warn("submit", "err", err)
		}
	}
}

// startPipeline subscribes to the topics the node takes work from (before
// anything can be published to it), starts the work loop, the market's
// tick and the verifier's workers, and resumes every open task.
func (n *Node) startPipeline(context.Context) error {
	t := n.net.Topics()
	bids, err := t.Bids.Subscribe()
	if err != nil {
		return err
	}
	reqs, err := t.AttestRequests.Subscribe()
	if err != nil {
		bids.Cancel()
		return err
	}
	atts, err := t.Attestations.Subscribe()
	if err != nil {
		bids.Cancel()
		reqs.Cancel()
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	n.spawn(runCtx, func(ctx context.Context) { consume(ctx, bids, n.takeBid) })
	n.spawn(runCtx, func(ctx context.Context) { consume(ctx, reqs, n.takeAttestRequest) })
	n.spawn(runCtx, func(ctx context.Context) {
		consume(ctx, atts, func(m *gossip.Message[*pb.Attestation]) { n.takeAttestation(ctx, m) })
	})
	n.spawn(runCtx, n.loopTick)
	n.spawn(runCtx, n.loopWork)
	for i := 0; i < 2; i++ {
		n.spawn(runCtx, n.loopVerify)
	}
	if err := n.resume(); err != nil {
		n.closePipeline()
		return err
	}
	return nil
}

// closePipeline stops the pipeline's goroutines (executions included) and
// waits for them.
func (n *Node) closePipeline() error {
	n.cancel()
	n.wg.Wait()
	return nil
}

func (n *Node) spawn(ctx context.Context, f func(context.Context)) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		f(ctx)
	}()
}

// consume hands every message of sub to fn until ctx ends (or the router
// closes), then cancels sub.
func consume[T proto.Message](ctx context.Context, sub *gossip.Subscription[T], fn func(*gossip.Message[T])) error {
	defer sub.Cancel()
	for {
		m, err := sub.Next(ctx)
		if err != nil {
			return err
		}
		fn(m)
	}
}

// publisher adapts the node's topics to market.Publisher, adding what only
// the node knows (its peer id, the family's artifacts, the task's size).
type publisher Node

func (p *publisher) PublishAnnouncement(ctx context.Context, a *pb.SegmentAnnouncement) error {
	n := (*Node)(p)
	var id store.TaskID
	copy(id[:], a.TaskId)
	var fam string
	var total int
	n.st.View(func(x *store.Tx) error {
		if t, err := x.Task(id); err == nil {
			fam, total = t.Family, t.Segments
		}
		return nil
	})
	m := n.cfg.Artifacts[fam]
	arts := &pb.Artifacts{Family: fam}
	for _, x := range []struct {
		s   string
		dst *[]byte
	}{{m.CCS, &arts.Ccs}, {m.PK, &arts.Pk}, {m.VK, &arts.Vk}} {
		c, err := cid.Decode(x.s)
		if err != nil {
			return fmt.Errorf("artifacts of %s: %w", fam, err)
		}
		*x.dst = c.Bytes()
	}
	a.Artifacts = arts
	a.NodePeer = []byte(n.net.Host().ID())
	a.Segments = uint32(total)
	n.events.Publish(&events.Segment{Task: common.BytesToHash(a.TaskId), Index: a.Index, Attempt: a.Attempt, State: string(store.SegmentAnnounced)})
	return n.net.Topics().Segments.Publish(ctx, a)
}

func (p *publisher) PublishAward(ctx context.Context, a *pb.Award) error {
	n := (*Node)(p)
	n.events.Publish(&events.Segment{Task: common.BytesToHash(a.TaskId), Index: a.Index, State: string(store.SegmentAwarded),
		Prover: common.Address(a.Prover)})
	return n.net.Topics().Awards.Publish(ctx, a)
}

// checker verifies a receipt against its stored segment and award: the
// claim must be the segment's, and the seal must be bound to this task, to
// the award's prover and to the award's price (a receipt bound to another
// price would be paid at that price, above or below the award).
type checker struct{ keys trustedKeys }

func (c checker) CheckReceipt(seg *store.Segment, r *receipt.SegmentReceipt) error {
	want := receipt.Claim{Family: seg.Family, Index: uint32(seg.Index), ProgramID: seg.ProgramID, StateIn: seg.StateIn, StateOut: seg.StateOut,
		InputIn: seg.InputIn, InputOut: seg.InputOut}
	switch {
	case r.Claim != want:
		return fmt.Errorf("claim %+v is not the segment's %+v", r.Claim, want)
	case r.Task != seg.Task:
		return fmt.Errorf("receipt bound to task %x, the segment's is %x", r.Task, seg.Task)
	case seg.Award == nil || r.Prover != [20]byte(seg.Award.Prover):
		return fmt.Errorf("receipt bound to prover %x, not the award's", r.Prover)
	case r.Price == nil || r.Price.Cmp(&seg.Award.Price.Int) != 0:
		return fmt.Errorf("receipt bound to price %v, the award is %s", r.Price, seg.Award.Price.String())
	}
	return r.Verify(c.keys)
}
