package requester

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/p2p/gossip"
	"github.com/zkpool/aoraki/p2p/netstack"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// Limits on what the requester reports of one task from gossip, whose
// senders are strangers: attestations are checked on chain once per
// distinct signer, up to MaxAttesters signers.
const (
	MaxAttesters = 64
	attestCheck  = 5 * time.Second
)

// market follows the requester's open tasks on the market's gossip: one
// reader per topic, started with the first task followed and stopped by
// Close, hands each message to the task it names, so that tasks proven at
// the same time each see all of their own messages. A message counts only
// when the party that may send it signed it: awards the task's node; bids
// any prover (they are offers, not facts); attestations a verifier the
// contract lets attest to the task.
//
// The requester stays off the segments and attest-req topics: a node
// counts the peers on the segments topic as provers online (to size and
// schedule tasks) and those on attest-req as fellow nodes.
type market struct {
	bids         *gossip.Subscription[*pb.Bid]
	awards       *gossip.Subscription[*pb.Award]
	attestations *gossip.Subscription[*pb.Attestation]
	// canAttest asks the contract whether who may attest to task id.
	canAttest func(ctx context.Context, id common.Hash, who common.Address) (bool, error)

	mu      sync.Mutex
	started bool
	closed  bool
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	tasks   map[common.Hash]*followed
	cancels []func() // of the subscriptions
}

// followed is one task being followed.
type followed struct {
	node     common.Address
	progress Progress

	active sync.WaitGroup // reports under way

	mu      sync.Mutex
	checked map[common.Address]bool // attesters asked about, and the answer

	// Reports wait (held) until the requester has reported its payment:
	// the task is followed before the payment is sent, since its node
	// may award segments before the requester sees the payment mined.
	emitMu   sync.Mutex
	held     bool
	queue    []heldReport
	heldBids int
}

// While a task's reports are held, at most maxHeldBids bids are kept (any
// prover may bid, and a flood must not grow the queue while the payment
// is mined) and at most maxHeld reports in all (awards come only from the
// task's node, attestations only from signers the contract counts).
const (
	maxHeldBids = 256
	maxHeld     = 4096
)

type heldReport struct {
	stage string
	data  map[string]any
}

// emit reports stage, or queues it while the task's reports are held.
func (t *followed) emit(stage string, data map[string]any) {
	t.emitMu.Lock()
	defer t.emitMu.Unlock()
	if t.held {
		if stage == "bid" {
			if t.heldBids >= maxHeldBids {
				return
			}
			t.heldBids++
		}
		if len(t.queue) < maxHeld {
			t.queue = append(t.queue, heldReport{stage, data})
		}
		return
	}
	t.progress(stage, data)
}

// release reports what was held, in order, and what comes after at once.
func (t *followed) release() {
	t.emitMu.Lock()
	defer t.emitMu.Unlock()
	for _, r := range t.queue {
		t.progress(r.stage, r.data)
	}
	t.queue, t.held = nil, false
}

// joinMarket joins the topics the requester follows and subscribes to each.
func joinMarket(t *netstack.Topics, canAttest func(ctx context.Context, id common.Hash, who common.Address) (bool, error)) (_ *market, err error) {
	m := &market{tasks: map[common.Hash]*followed{}, canAttest: canAttest}
	defer func() {
		if err != nil {
			m.close()
		}
	}()
	if m.bids, err = subscribe(m, t.Bids); err != nil {
		return nil, err
	}
	if m.awards, err = subscribe(m, t.Awards); err != nil {
		return nil, err
	}
	if m.attestations, err = subscribe(m, t.Attestations); err != nil {
		return nil, err
	}
	return m, nil
}

func subscribe[T proto.Message](m *market, t *gossip.Topic[T]) (*gossip.Subscription[T], error) {
	sub, err := t.Subscribe()
	if err != nil {
		return nil, err
	}
	m.cancels = append(m.cancels, sub.Cancel)
	return sub, nil
}

// follow reports task id's market messages to progress until unfollow is
// called, holding them until release: a requester follows its task before
// it pays (its node may award segments before the payment is seen mined
// here) and releases the reports once it has reported the payment.
func (m *market) follow(id common.Hash, node common.Address, progress Progress) (release, unfollow func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return func() {}, func() {}
	}
	m.tasks[id] = &followed{node: node, progress: progress, checked: map[common.Address]bool{}, held: true}
	if !m.started {
		m.started = true
		ctx, cancel := context.WithCancel(context.Background())
		m.cancel = cancel
		m.wg.Add(3)
		go func() { defer m.wg.Done(); read(ctx, m.bids, m.onBid) }()
		go func() { defer m.wg.Done(); read(ctx, m.awards, m.onAward) }()
		go func() {
			defer m.wg.Done()
			read(ctx, m.attestations, func(msg *gossip.Message[*pb.Attestation]) { m.onAttestation(ctx, msg) })
		}()
	}
	t := m.tasks[id]
	return t.release, func() {
		m.mu.Lock()
		delete(m.tasks, id)
		m.mu.Unlock()
		t.active.Wait() // no report after this returns
	}
}

func read[T proto.Message](ctx context.Context, sub *gossip.Subscription[T], fn func(*gossip.Message[T])) {
	for {
		msg, err := sub.Next(ctx)
		if err != nil {
			return
		}
		fn(msg)
	}
}

// task is the followed task taskID names, if any, with a report under way
// (done must be called).
func (m *market) task(taskID []byte) (common.Hash, *followed) {
	id := common.BytesToHash(taskID)
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.tasks[id]
	if t != nil {
		t.active.Add(1)
	}
	return id, t
}

// fromNode is the followed task a message from its node names.
func (m *market) fromNode(taskID []byte, sender common.Address) (common.Hash, *followed) {
	id, t := m.task(taskID)
	if t != nil && sender != t.node {
		t.active.Done()
		return id, nil
	}
	return id, t
}

func wei(b []byte) string { return new(big.Int).SetBytes(b).String() }

func (m *market) onBid(msg *gossip.Message[*pb.Bid]) {
	b := msg.Payload
	id, t := m.task(b.TaskId)
	if t == nil {
		return
	}
	defer t.active.Done()
	t.emit("bid", map[string]any{"task": id.Hex(), "segment": b.Index, "attempt": b.Attempt, "prover": msg.Sender.Hex(),
		"price": wei(b.Price), "promised_ms": b.PromisedTime, "capacity": b.Capacity})
}

func (m *market) onAward(msg *gossip.Message[*pb.Award]) {
	a := msg.Payload
	id, t := m.fromNode(a.TaskId, msg.Sender)
	if t == nil {
		return
	}
	defer t.active.Done()
	t.emit("awarded", map[string]any{"task": id.Hex(), "segment": a.Index, "attempt": a.Attempt,
		"prover": common.BytesToAddress(a.Prover).Hex(), "price": wei(a.Price)})
}

// onAttestation reports an attestation by a signer the contract counts
// for the task, each signer once; the first MaxAttesters signers are
// asked about, the rest ignored.
func (m *market) onAttestation(ctx context.Context, msg *gossip.Message[*pb.Attestation]) {
	id, t := m.task(msg.Payload.TaskId)
	if t == nil {
		return
	}
	defer t.active.Done()
	t.mu.Lock()
	_, seen := t.checked[msg.Sender]
	full := len(t.checked) >= MaxAttesters
	t.mu.Unlock()
	if seen || full || m.canAttest == nil {
		return
	}
	cctx, cancel := context.WithTimeout(ctx, attestCheck)
	ok, err := m.canAttest(cctx, id, msg.Sender)
	cancel()
	if err != nil {
		return // asked again on its next attestation
	}
	t.mu.Lock()
	t.checked[msg.Sender] = ok
	t.mu.Unlock()
	if ok {
		t.emit("attestation", map[string]any{"task": id.Hex(), "verifier": msg.Sender.Hex()})
	}
}

// close stops the readers and cancels the subscriptions. Safe twice.
func (m *market) close() {
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return
	}
	m.closed = true
	cancel := m.cancel
	m.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	m.wg.Wait()
	for _, c := range m.cancels {
		c()
	}
}
