package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/pricing"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/gossip"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/task"
)

// The task state machine (drawn in doc.go). Every step reads the task from
// the store, acts, and writes the next state in one transaction; the work
// loop runs one step at a time, native executions run on executors off
// it, and the slow tick brings back the tasks that wait on something
// outside (attestations, a failed fulfil) or passed their deadline.

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
	n.spawn(runCtx, n.loopFulfils)
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
			err := n.st.View(func(x *store.Tx) error {
				ts, err := x.Tasks(true)
				for _, t := range ts {
					if t.State != store.TaskProving || time.Now().After(t.Deadline) {
						ids = append(ids, t.ID)
					}
				}
				return err
			})
			if err != nil {
				n.log.Warn("reading open tasks", "err", err)
			}
			for _, id := range ids {
				n.enqueue(id)
			}
		}
	}
}

// task reads task id from the store.
func (n *Node) task(id store.TaskID) (*store.Task, error) {
	var t *store.Task
	err := n.st.View(func(x *store.Tx) error {
		var err error
		t, err = x.Task(id)
		return err
	})
	return t, err
}

// advance moves a task one or more steps on from where the store says it
// stands. It is idempotent: resuming after a crash calls it again.
func (n *Node) advance(ctx context.Context, id store.TaskID) error {
	t, err := n.task(id)
	if err != nil {
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
	case store.TaskAggregated:
		return n.aggregate(ctx, t)
	case store.TaskAttesting:
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

func (n *Node) loadTask(t *store.Task) (*task.Task, []byte, error) {
	c, err := cid.Decode(t.InputCID)
	if err != nil {
		return nil, nil, err
	}
	in, err := n.net.Blobs().Store().Get(c, task.MaxInputSize)
	if err != nil {
		return nil, nil, fmt.Errorf("input %s: %w (was it uploaded before paying?)", c, err)
	}
	tk, err := task.Open(in, n.bases)
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
		segs[i] = &store.Segment{Task: t.ID, Index: i, State: store.SegmentPending, Family: fam, Segments: len(sess.Segments),
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
			old, err := x.Segment(t.ID, s.Index)
			switch {
			case err == nil && old.State != store.SegmentPending:
				continue // kept from before a restart
			case err != nil && !errors.Is(err, store.ErrNotFound):
				return err
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

// announcePending puts the task's pending segments on the market; once
// every segment is proven the task is aggregated.
func (n *Node) announcePending(ctx context.Context, id store.TaskID) error {
	var pending []int
	all := true
	err := n.st.View(func(x *store.Tx) error {
		segs, err := x.Segments(id)
		for _, s := range segs {
			if s.State == store.SegmentPending {
				pending = append(pending, s.Index)
			}
			all = all && s.State == store.SegmentProven
		}
		return err
	})
	if err != nil {
		return err
	}
	for _, i := range pending {
		if err := n.market.AnnounceSegment(ctx, id, i); err != nil {
			return err
		}
	}
	if all && len(pending) == 0 {
		return n.toAggregated(id)
	}
	return nil
}

// onProven is the market's callback: when the last segment is proven the
// task moves on.
func (n *Node) onProven(id store.TaskID, index int) {
	n.events.Publish(&events.Segment{Task: common.Hash(id), Index: uint32(index), State: string(store.SegmentProven)})
	done := true
	err := n.st.View(func(x *store.Tx) error {
		segs, err := x.Segments(id)
		for _, s := range segs {
			done = done && s.State == store.SegmentProven
		}
		return err
	})
	if err != nil {
		n.log.Warn("reading the segments of a proven one", "task", common.Hash(id), "err", err)
		return // the slow tick brings the task back
	}
	if done {
		n.enqueue(id)
	}
}

// toAggregated moves a task whose segments are all proven on to
// aggregation.
func (n *Node) toAggregated(id store.TaskID) error {
	err := n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil || t.State != store.TaskProving {
			return err
		}
		t.State, t.Updated = store.TaskAggregated, time.Now()
		return x.PutTask(t)
	})
	if err == nil {
		n.enqueue(id)
	}
	return err
}

// aggregate builds the task's proposal from its proven segments, once:
// Build verifies every seal and the chains, the composite receipt is
// stored as a blob, and the proposal's values are recorded with the task,
// which moves on to attesting. propose and submit read them back.
func (n *Node) aggregate(ctx context.Context, t *store.Task) error {
	p, err := n.buildProposal(t)
	if err != nil {
		return n.fail(t.ID, "aggregation: "+err.Error())
	}
	if _, err := n.net.Blobs().Store().PutBytes(p.Receipt); err != nil {
		return err
	}
	err = n.st.Update(func(x *store.Tx) error {
		cur, err := x.Task(t.ID)
		if err != nil || cur.State != store.TaskAggregated {
			return err
		}
		cur.State, cur.Updated = store.TaskAttesting, time.Now()
		cur.ReceiptCID, cur.ReceiptDigest, cur.ResultDigest, cur.PayoutsHash = p.ReceiptCID.String(), p.ReceiptDigest, p.ResultDigest, p.PayoutsHash
		cur.Payouts = cur.Payouts[:0]
		for _, po := range p.Payouts {
			cur.Payouts = append(cur.Payouts, store.Payout{To: store.Address(po.To), Amount: store.NewWei(po.Amount)})
		}
		*t = *cur
		return x.PutTask(cur)
	})
	if err != nil {
		return err
	}
	n.log.Info("task aggregated", "task", common.Hash(t.ID), "receipt", p.ReceiptCID)
	return n.propose(ctx, t)
}

// buildProposal assembles and verifies the proposal of a task whose
// segments are all proven.
func (n *Node) buildProposal(t *store.Task) (*consensus.Proposal, error) {
	tk, _, err := n.loadTask(t)
	if err != nil {
		return nil, err
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
		return nil, err
	}
	payouts, err := consensus.Payouts(n.addr, &t.Price.Int, awards)
	if err != nil {
		return nil, err
	}
	j, err := journalOf(t)
	if err != nil {
		return nil, err
	}
	return consensus.Build(n.keys, common.Hash(t.ID), tk, j, receipts, payouts)
}

// journalOf is the journal the task's native execution recorded.
func journalOf(t *store.Task) (task.Journal, error) {
	j := task.Journal{Predictions: t.Predictions}
	if len(t.Predictions) == 0 {
		if err := j.Result.SetBytesCanonical(t.Result[:]); err != nil {
			return j, err
		}
	}
	return j, nil
}

// storedProposal is the proposal aggregate recorded for t, from the
// task's record; nothing is verified again. Its Receipt is left out (the
// blob is read where it is needed: verifierProof). A task recorded without
// a proposal (by an older build), or whose receipt blob is gone, goes back
// to aggregation (errNoProposal).
func (n *Node) storedProposal(t *store.Task) (*consensus.Proposal, error) {
	rc, err := cid.Decode(t.ReceiptCID)
	if err != nil || t.ReceiptDigest == ([32]byte{}) || !n.net.Blobs().Store().Has(rc) {
		n.log.Warn("no recorded proposal; aggregating again", "task", common.Hash(t.ID), "receipt", t.ReceiptCID)
		if err := n.st.Update(func(x *store.Tx) error {
			cur, err := x.Task(t.ID)
			if err != nil {
				return err
			}
			cur.State, cur.Updated = store.TaskAggregated, time.Now()
			return x.PutTask(cur)
		}); err != nil {
			return nil, err
		}
		n.enqueue(t.ID)
		return nil, errNoProposal
	}
	j, err := journalOf(t)
	if err != nil {
		return nil, err
	}
	p := &consensus.Proposal{TaskID: common.Hash(t.ID), ReceiptCID: rc, ReceiptDigest: t.ReceiptDigest,
		ResultDigest: t.ResultDigest, Journal: j, PayoutsHash: t.PayoutsHash}
	for _, po := range t.Payouts {
		p.Payouts = append(p.Payouts, eip712.Payout{To: common.Address(po.To), Amount: new(big.Int).Set(&po.Amount.Int)})
	}
	return p, nil
}

// errNoProposal: the task went back to aggregation.
var errNoProposal = errors.New("no recorded proposal: aggregating again")

// compositeReceipt reads the recorded composite receipt of t, checked
// against its recorded digest.
func (n *Node) compositeReceipt(t *store.Task) (*receipt.CompositeReceipt, error) {
	rc, err := cid.Decode(t.ReceiptCID)
	if err != nil {
		return nil, fmt.Errorf("receipt CID %q: %w", t.ReceiptCID, err)
	}
	enc, err := n.net.Blobs().Store().Get(rc, receipt.MaxCompositeSize(t.Segments))
	if err != nil {
		return nil, fmt.Errorf("composite receipt %s: %w", rc, err)
	}
	if sha256.Sum256(enc) != t.ReceiptDigest {
		return nil, fmt.Errorf("composite receipt %s does not match its recorded digest", rc)
	}
	var comp receipt.CompositeReceipt
	if err := comp.UnmarshalBinary(enc); err != nil {
		return nil, fmt.Errorf("composite receipt: %w", err)
	}
	return &comp, nil
}

// propose asks the verifier set to attest the task's proposal (again
// every slow tick until the quorum), after counting this node's own
// attestation when the task's quorum rule counts it (only a one-node
// network's: the aggregating node is not its own witness; it verified
// everything in aggregate).
func (n *Node) propose(ctx context.Context, t *store.Task) error {
	p, err := n.storedProposal(t)
	if errors.Is(err, errNoProposal) {
		return nil
	} else if err != nil {
		return err
	}
	if err := n.ownAttestation(ctx, t); err != nil {
		return err
	}
	// A quorum held already (our own, or kept from before a restart)?
	cur, err := n.task(t.ID)
	if err != nil {
		return err
	}
	if quorum, err := n.heldQuorum(ctx, cur); err != nil {
		return err
	} else if quorum {
		return n.toSubmit(t.ID)
	}
	c, err := cid.Decode(t.InputCID)
	if err != nil {
		return fmt.Errorf("input CID %q: %w", t.InputCID, err)
	}
	n.events.Publish(&events.Task{Task: common.Hash(t.ID), State: string(store.TaskAttesting), ReceiptCID: p.ReceiptCID.String()})
	return n.net.Topics().AttestRequests.Publish(ctx, p.Request(c, []byte(n.net.ID())))
}

func (n *Node) toSubmit(id store.TaskID) error {
	moved := false
	err := n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil || t.State != store.TaskAttesting {
			return err
		}
		moved = true
		t.State, t.Updated = store.TaskSubmitting, time.Now()
		return x.PutTask(t)
	})
	if err == nil && moved {
		n.events.Publish(&events.Task{Task: common.Hash(id), State: string(store.TaskSubmitting)})
		n.enqueue(id)
	}
	return err
}

// submit sends fulfil for the recorded proposal with the attestations
// held, unless a failed attempt makes it wait (FulfilPolicy).
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
		// A failed read is retried on the next tick; it never decides.
		res, err := n.chain.Result(ctx, common.Hash(t.ID))
		if err != nil {
			return fmt.Errorf("result of a closed task: %w", err)
		}
		st := store.TaskFulfilled
		if res == (common.Hash{}) {
			st = store.TaskFailed
		}
		tx, gas := common.Hash{}, uint64(0)
		var sealed *types.Receipt
		if st == store.TaskFulfilled && t.FulfilTx != ([32]byte{}) {
			// Our fulfil, sealed again after a reorganisation took its block.
			rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			r, err := n.eth.TransactionReceipt(rctx, common.Hash(t.FulfilTx))
			cancel()
			if err == nil && r.Status == types.ReceiptStatusSuccessful {
				tx, gas, sealed = r.TxHash, r.GasUsed, r
			}
		}
		if err := n.finish(t.ID, st, tx, gas); err != nil {
			return err
		}
		if sealed != nil {
			// Its new block is watched as the first was.
			n.fulfils.add(t.ID, sealed.BlockNumber.Uint64(), sealed.BlockHash)
		}
		return nil
	}
	if t.FulfilTx != ([32]byte{}) {
		// Fulfilled before, and a reorganisation took the block that held
		// it (onFulfilledLog): send again only if the transaction is lost.
		if again, err := n.fulfilLost(ctx, common.Hash(t.FulfilTx)); err != nil || !again {
			return err
		}
	}
	p, err := n.storedProposal(t)
	if errors.Is(err, errNoProposal) {
		return nil
	} else if err != nil {
		return err
	}
	proof, err := n.verifierProof(t)
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
	if t.FulfilTx == ([32]byte{}) { // a fulfil sent again was observed the first time
		if err := n.observeAwards(t.ID); err != nil {
			n.log.Warn("clearing price not updated", "task", common.Hash(t.ID), "err", err)
		}
	}
	n.log.Info("task fulfilled", "task", common.Hash(t.ID), "tx", r.TxHash, "gas", r.GasUsed, "proof_bytes", len(proof))
	if err := n.finish(t.ID, store.TaskFulfilled, r.TxHash, r.GasUsed); err != nil {
		return err
	}
	n.fulfils.add(t.ID, r.BlockNumber.Uint64(), r.BlockHash)
	return nil
}

// fulfilLost reports whether tx, a fulfil whose block a reorganisation
// removed while the task is open on chain, is lost (in no block and no
// pool): then the transaction manager forgets its nonce and the node
// fulfils again. A transaction still pending is waited for (the slow
// tick brings the task back), and so is one sealed again since the task
// was read, unless it reverted there.
func (n *Node) fulfilLost(ctx context.Context, tx common.Hash) (bool, error) {
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, pending, err := n.eth.TransactionByHash(cctx, tx)
	switch {
	case errors.Is(err, ethereum.NotFound):
		n.log.Warn("the reorged-out fulfil is lost; fulfilling again", "tx", tx)
		n.tx.ResetNonce()
		return true, nil
	case err != nil:
		return false, fmt.Errorf("the reorged-out fulfil %s: %w", tx, err)
	}
	if pending {
		n.log.Info("the reorged-out fulfil is pending again; waiting for it", "tx", tx)
		return false, nil
	}
	// Sealed again since the task was read: the next read finds it closed,
	// unless the transaction reverted there.
	r, err := n.eth.TransactionReceipt(cctx, tx)
	if err != nil {
		return false, fmt.Errorf("the reorged-out fulfil %s: %w", tx, err)
	}
	return r.Status != types.ReceiptStatusSuccessful, nil
}

// verifierProof is the proof fulfil passes to the verifier the task's quote
// named: the quote and the composite receipt, as receiptverifier encodes
// them. It is nil for a task that names no verifier.
func (n *Node) verifierProof(t *store.Task) ([]byte, error) {
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
	comp, err := n.compositeReceipt(t)
	if err != nil {
		return nil, err
	}
	return receiptverifier.EncodeProof(sq.EIP712(), comp)
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

// replayAwards rebuilds the clearing price from the awards of the latest
// fulfilled tasks in the store (pricing.Book.Replay).
func (n *Node) replayAwards() error {
	var done []pricing.Fulfilled
	err := n.st.View(func(x *store.Tx) error {
		ts, err := x.Tasks(false)
		if err != nil {
			return err
		}
		for _, t := range ts {
			if t.State != store.TaskFulfilled {
				continue
			}
			awards, err := taskAwards(x, t.ID)
			if err != nil {
				return err
			}
			done = append(done, pricing.Fulfilled{At: t.Updated, Awards: awards})
		}
		return nil
	})
	if err != nil {
		return err
	}
	n.book.Replay(done)
	return nil
}

// observeAwards records a fulfilled task's awards in the pricing book.
func (n *Node) observeAwards(id store.TaskID) error {
	var awards []pricing.Award
	err := n.st.View(func(x *store.Tx) error {
		var err error
		awards, err = taskAwards(x, id)
		return err
	})
	if err == nil {
		n.book.ObserveTask(awards)
	}
	return err
}

func taskAwards(x *store.Tx, id store.TaskID) ([]pricing.Award, error) {
	segs, err := x.Segments(id)
	var out []pricing.Award
	for _, s := range segs {
		if s.Award != nil {
			out = append(out, pricing.Award{Price: &s.Award.Price.Int, Constraints: s.Constraints})
		}
	}
	return out, err
}
