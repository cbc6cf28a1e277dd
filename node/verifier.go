package node

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/gossip"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/programs"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/task"
)

// The verifier side: this node checks other nodes' proposals (attestation
// requests on gossip) on two workers, fetching the input and the composite
// receipt from the proposing node, and signs an attestation only for what
// it verified (node/consensus). What it signed it remembers.

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

// attestMemoSize bounds how many attestations a node remembers.
const attestMemoSize = 1024

// attestMemo remembers the attestations this node signed, by proposal, and
// the proposals being checked. A proposing node republishes its request
// every few seconds until it has a quorum; a verifier answers a proposal it
// attested with the same attestation, without fetching and checking every
// seal again, and drops one it is checking already. The memory is bounded:
// the oldest entries go first (forgetting one costs a check, nothing else).
type attestMemo struct {
	mu    sync.Mutex
	max   int
	done  map[[32]byte]*pb.Attestation
	order [][32]byte // insertion order of done, oldest first
	busy  map[[32]byte]bool

	checked, reused, dropped int64
	checking                 time.Duration
}

// proposalKey names a proposal by everything an attestation depends on:
// its sender, task, result, receipt, payouts and input (the journal and the
// payout list are bound to these by Check).
func proposalKey(from common.Address, req *pb.AttestationRequest) [32]byte {
	h := sha256.New()
	h.Write(from[:])
	for _, b := range [][]byte{req.TaskId, req.ResultDigest, req.ReceiptCid, req.PayoutsHash, req.InputCid} {
		h.Write(binary.AppendUvarint(nil, uint64(len(b))))
		h.Write(b)
	}
	return [32]byte(h.Sum(nil))
}

// begin returns the attestation already signed for key, or reports whether
// the caller should check the proposal (false: another worker is on it).
func (m *attestMemo) begin(key [32]byte) (att *pb.Attestation, check bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if a, ok := m.done[key]; ok {
		m.reused++
		return a, false
	}
	if m.busy[key] {
		m.dropped++
		return nil, false
	}
	if m.busy == nil {
		m.busy = map[[32]byte]bool{}
	}
	m.busy[key] = true
	m.checked++
	return nil, true
}

// end records the outcome of a check begun with begin (att nil: refused,
// not remembered, so that a proposal refused for a passing reason, such as
// an unreachable node, is checked again).
func (m *attestMemo) end(key [32]byte, att *pb.Attestation, took time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.checking += took
	delete(m.busy, key)
	if att == nil {
		return
	}
	if m.done == nil {
		m.done = map[[32]byte]*pb.Attestation{}
	}
	if _, ok := m.done[key]; ok {
		return
	}
	m.done[key] = att
	m.order = append(m.order, key)
	for len(m.order) > m.max {
		delete(m.done, m.order[0])
		m.order = m.order[1:]
	}
}

// VerifierStats counts what this node's verifier did with the attestation
// requests it took.
type VerifierStats struct {
	// Checked proposals were verified (seals and all); Reused ones were
	// answered with the attestation signed before; Dropped ones arrived
	// while the same proposal was being checked.
	Checked, Reused, Dropped int64
	// Checking is the time spent checking.
	Checking time.Duration
}

// VerifierStats reports the verifier's counts since start.
func (n *Node) VerifierStats() VerifierStats {
	m := &n.attested
	m.mu.Lock()
	defer m.mu.Unlock()
	return VerifierStats{Checked: m.checked, Reused: m.reused, Dropped: m.dropped, Checking: m.checking}
}

// receiptSegmentBytes bounds one segment's share of an encoded composite
// receipt: the seal, the claim and the family name.
const receiptSegmentBytes = receipt.MaxSealLen + 256

// receiptLimit is the most bytes the composite receipt of the task input
// in may take: its segment count (an upper bound for a dtree task whose
// node chose the size) times a segment's share. It is 0 when in is not a
// task input, and the caller keeps its own bound.
func receiptLimit(in []byte) int64 {
	var ti pb.TaskInput
	if len(in) > task.MaxInputSize || proto.Unmarshal(in, &ti) != nil {
		return 0
	}
	p, err := programs.ByName(ti.Program)
	if err != nil {
		return 0
	}
	segs := p.MaxSegments(&ti)
	if segs == 0 || segs > receipt.MaxSegments {
		return 0
	}
	return int64(segs)*receiptSegmentBytes + 16
}
