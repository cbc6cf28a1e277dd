// Package consensus is verifier consensus (DESIGN.md §7). The aggregating
// node builds a Proposal from a task's verified segment receipts: the
// composite receipt (stored by CID), the result digest (the final state the
// receipt proves, which commits to the journal), and the payouts.
// Every node of the verifier set checks a proposal independently with
// Verifier.Check — the task on chain, the input against the quote's input
// digest (the end of the receipt's input chain), every seal with its
// binding and both chains, the journal against the result digest, and
// payouts that go only to the segments' provers and the node and pay every
// prover at least the prices its seals are bound to — and only then signs
// the EIP-712 attestation. Because each seal proves who made it and at what
// price (receipt.Binding), a node that re-labels or underpays a prover
// cannot get an honest verifier's signature. A Collector judges the
// attestations the node gathers (it keeps them with the task): which
// count, and whether those it holds reach the task's quorum.
//
// A task's verifier set and quorum are the contract's, fixed when the task
// was submitted: only nodes in the set then, still holding the minimum
// stake, attest, and the task's own node is not its own witness (its
// attestation counts only in a one-node network). Both the Verifier (before
// doing any work) and the Collector ask the chain, per task, through
// Chain.CanAttest and Chain.Quorum.
//
// A node never signs what it did not verify: Check is the only way this
// package produces a signature.
package consensus

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/task"
)

var (
	// ErrRefused reports a proposal this verifier will not sign.
	ErrRefused = errors.New("consensus: proposal refused")
	// ErrAttestation reports an attestation that does not count.
	ErrAttestation = errors.New("consensus: attestation refused")
)

// Award is who proved a segment and for how much.
type Award struct {
	Prover common.Address
	Price  *big.Int
}

// Payouts credits each prover the sum of its awards (in address order) and
// the node the rest of the price. The awards' provers and prices must be
// those the receipts' seals are bound to (the node checks each receipt
// against its award), or verifiers refuse.
func Payouts(node common.Address, price *big.Int, awards []Award) ([]eip712.Payout, error) {
	per := map[common.Address]*big.Int{}
	total := new(big.Int)
	for _, a := range awards {
		if per[a.Prover] == nil {
			per[a.Prover] = new(big.Int)
		}
		per[a.Prover].Add(per[a.Prover], a.Price)
		total.Add(total, a.Price)
	}
	if total.Cmp(price) > 0 {
		return nil, fmt.Errorf("consensus: awards total %s above the price %s", total, price)
	}
	out := make([]eip712.Payout, 0, len(per)+1)
	for who, amt := range per {
		out = append(out, eip712.Payout{To: who, Amount: amt})
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].To[:], out[j].To[:]) < 0 })
	if rest := new(big.Int).Sub(price, total); rest.Sign() > 0 {
		if v, ok := per[node]; ok { // a node that also proved: one entry
			v.Add(v, rest)
		} else {
			out = append(out, eip712.Payout{To: node, Amount: rest})
		}
	}
	return out, nil
}

// Proposal is what the aggregating node asks verifiers to attest.
type Proposal struct {
	TaskID        common.Hash
	Receipt       []byte // composite receipt, binary
	ReceiptCID    cid.Cid
	ReceiptDigest common.Hash
	ResultDigest  common.Hash
	Journal       task.Journal
	Payouts       []eip712.Payout
	PayoutsHash   common.Hash
}

// Attestation is the typed data of p.
func (p *Proposal) Attestation() eip712.Attestation {
	return eip712.Attestation{TaskID: p.TaskID, ResultDigest: p.ResultDigest, ReceiptDigest: p.ReceiptDigest, PayoutsHash: p.PayoutsHash}
}

// Build assembles and verifies the proposal of a task whose segment
// receipts (binary, in index order) are all in.
func Build(keys receipt.Keys, id common.Hash, t *task.Task, journal task.Journal, segments [][]byte, payouts []eip712.Payout) (*Proposal, error) {
	comp := receipt.CompositeReceipt{Task: id}
	for i, b := range segments {
		var r receipt.SegmentReceipt
		if err := r.UnmarshalBinary(b); err != nil {
			return nil, fmt.Errorf("segment %d: %w", i, err)
		}
		comp.Segments = append(comp.Segments, r)
	}
	want, err := t.Expect(journal)
	if err != nil {
		return nil, err
	}
	want.Task = id
	if err := comp.Verify(keys, want); err != nil {
		return nil, err
	}
	if err := checkPayouts(&comp, payouts, nil); err != nil {
		return nil, err
	}
	enc, err := comp.MarshalBinary()
	if err != nil {
		return nil, err
	}
	ph, err := eip712.PayoutsHash(payouts)
	if err != nil {
		return nil, err
	}
	return &Proposal{TaskID: id, Receipt: enc, ReceiptCID: cids.Of(enc), ReceiptDigest: sha256.Sum256(enc),
		ResultDigest: common.Hash(want.Final), Journal: journal, Payouts: payouts, PayoutsHash: ph}, nil
}

// Request is the gossip message announcing p.
func (p *Proposal) Request(inputCID cid.Cid, nodePeer []byte) *pb.AttestationRequest {
	req := &pb.AttestationRequest{TaskId: p.TaskID[:], ResultDigest: p.ResultDigest[:], ReceiptCid: p.ReceiptCID.Bytes(),
		InputCid: inputCID.Bytes(), PayoutsHash: p.PayoutsHash[:], NodePeer: nodePeer}
	for _, x := range p.Payouts {
		req.Payouts = append(req.Payouts, &pb.Payout{To: x.To[:], Amount: x.Amount.Bytes()})
	}
	for _, v := range p.Journal.Predictions {
		req.Predictions = append(req.Predictions, int32(v))
	}
	if len(p.Journal.Predictions) == 0 {
		r := p.Journal.Result.Bytes()
		req.Result = r[:]
	}
	return req
}

// OnChainTask is what a verifier reads of a task from the chain.
type OnChainTask struct {
	Node        common.Address
	Requester   common.Address
	ProgramID   common.Hash
	InputDigest common.Hash
	Price       *big.Int
	Deadline    time.Time
	Open        bool
}

// Chain is the verifier's view of the contract.
type Chain interface {
	// Task reads a published task; an unknown task is an error.
	Task(ctx context.Context, id common.Hash) (OnChainTask, error)
	// CanAttest reports whether fulfil counts addr's attestation to task id:
	// addr was in the verifier set when the task was submitted, holds the
	// minimum stake now, and is not the task's node (unless the task was
	// submitted in a one-node network).
	CanAttest(ctx context.Context, id common.Hash, addr common.Address) (bool, error)
	// Quorum is the number of attestations fulfil needs for task id, fixed
	// when it was submitted.
	Quorum(ctx context.Context, id common.Hash) (int, error)
}

// Fetcher fetches blobs by CID, checking their hash.
type Fetcher interface {
	Fetch(ctx context.Context, c cid.Cid, maxSize int64) ([]byte, error)
}

// Verifier checks proposals and signs attestations for one node.
type Verifier struct {
	Keys receipt.Keys
	// Bases are the network's model bases: a dtree program id is computed
	// with its family's (task.Open).
	Bases  task.Bases
	Chain  Chain
	Fetch  Fetcher
	Key    *ecdsa.PrivateKey
	Domain eip712.Domain
	Now    func() time.Time
}

func refuse(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrRefused}, args...)...)
}

func hash32(b []byte, what string) (common.Hash, error) {
	if len(b) != 32 {
		return common.Hash{}, refuse("%s of %d bytes", what, len(b))
	}
	return common.Hash(b), nil
}

// Check verifies the proposal req, sent by the node whose address is from,
// and returns the signed attestation.
func (v *Verifier) Check(ctx context.Context, from common.Address, req *pb.AttestationRequest) (*pb.Attestation, error) {
	id, err := hash32(req.TaskId, "task id")
	if err != nil {
		return nil, err
	}
	result, err := hash32(req.ResultDigest, "result digest")
	if err != nil {
		return nil, err
	}
	payHash, err := hash32(req.PayoutsHash, "payouts hash")
	if err != nil {
		return nil, err
	}
	ot, err := v.Chain.Task(ctx, id)
	if err != nil {
		return nil, refuse("task %s: %v", id, err)
	}
	now := time.Now
	if v.Now != nil {
		now = v.Now
	}
	switch {
	case !ot.Open:
		return nil, refuse("task %s is not open", id)
	case ot.Node != from:
		return nil, refuse("task %s belongs to node %s, not %s", id, ot.Node, from)
	case now().After(ot.Deadline):
		return nil, refuse("task %s is past its deadline", id)
	}
	// Do no work for an attestation that would not count.
	if ok, err := v.Chain.CanAttest(ctx, id, Signer(v.Key)); err != nil {
		return nil, fmt.Errorf("can attest %s: %w", id, err)
	} else if !ok {
		return nil, refuse("this node's attestation to task %s would not count (not in its verifier set at submission, below the minimum stake, or its own node)", id)
	}
	inCID, err := cid.Cast(req.InputCid)
	if err != nil {
		return nil, refuse("input CID: %v", err)
	}
	inBlob, err := v.Fetch.Fetch(ctx, inCID, task.MaxInputSize)
	if err != nil {
		return nil, fmt.Errorf("fetch input %s: %w", inCID, err)
	}
	tk, err := task.Open(inBlob, v.Bases)
	if err != nil {
		return nil, refuse("input: %v", err)
	}
	if tk, err = tk.Resolve(receipt.Digest(ot.ProgramID)); err != nil {
		return nil, refuse("input's program is not the quoted %s: %v", ot.ProgramID, err)
	}
	if tk.Dtree != nil { // the executor's refusal: fixed point could change a prediction
		if _, err := tk.Dtree.Quantise(tk.Samples); err != nil {
			return nil, fmt.Errorf("%w: input: %w", ErrRefused, err)
		}
	}
	journal := task.Journal{}
	for _, p := range req.Predictions {
		journal.Predictions = append(journal.Predictions, int(p))
	}
	if len(journal.Predictions) == 0 {
		if err := journal.Result.SetBytesCanonical(req.Result); err != nil {
			return nil, refuse("result is not a field element")
		}
	}
	want, err := tk.Expect(journal)
	if err != nil {
		return nil, refuse("journal: %v", err)
	}
	want.Task = id
	if common.Hash(want.InputFinal) != ot.InputDigest {
		return nil, refuse("input %s is not the one the requester paid for (its digest %s, the quote's %s)", inCID, want.InputFinal, ot.InputDigest)
	}
	if common.Hash(want.Final) != result {
		return nil, refuse("result digest does not follow from the input and journal")
	}
	recCID, err := cid.Cast(req.ReceiptCid)
	if err != nil {
		return nil, refuse("receipt CID: %v", err)
	}
	recBlob, err := v.Fetch.Fetch(ctx, recCID, receipt.MaxSegments*(receipt.MaxSealLen+256))
	if err != nil {
		return nil, fmt.Errorf("fetch receipt %s: %w", recCID, err)
	}
	var comp receipt.CompositeReceipt
	if err := comp.UnmarshalBinary(recBlob); err != nil {
		return nil, refuse("receipt: %v", err)
	}
	if err := comp.Verify(v.Keys, want); err != nil {
		return nil, refuse("receipt: %v", err)
	}
	payouts := make([]eip712.Payout, 0, len(req.Payouts))
	for i, p := range req.Payouts {
		if len(p.To) != 20 {
			return nil, refuse("payout %d: address of %d bytes", i, len(p.To))
		}
		if len(p.Amount) > 12 {
			return nil, refuse("payout %d: amount of %d bytes (a uint96)", i, len(p.Amount))
		}
		payouts = append(payouts, eip712.Payout{To: common.Address(p.To), Amount: new(big.Int).SetBytes(p.Amount)})
	}
	if err := checkPayouts(&comp, payouts, &from); err != nil {
		return nil, refuse("%v", err)
	}
	total := new(big.Int)
	for _, p := range payouts {
		total.Add(total, p.Amount)
	}
	if total.Cmp(ot.Price) > 0 {
		return nil, refuse("payouts total %s above the price %s", total, ot.Price)
	}
	if h, err := eip712.PayoutsHash(payouts); err != nil || h != payHash {
		return nil, refuse("payouts hash does not match the payouts")
	}
	att := eip712.Attestation{TaskID: id, ResultDigest: result, ReceiptDigest: sha256.Sum256(recBlob), PayoutsHash: payHash}
	sig, err := att.Sign(v.Domain, v.Key)
	if err != nil {
		return nil, err
	}
	return &pb.Attestation{TaskId: id[:], ResultDigest: result[:], ReceiptDigest: att.ReceiptDigest[:], PayoutsHash: payHash[:], Signature: sig}, nil
}

// checkPayouts checks that every prover of comp is paid at least the sum of
// the prices its seals are bound to, and, when node is set, that nobody but
// the provers and the node is paid.
func checkPayouts(comp *receipt.CompositeReceipt, payouts []eip712.Payout, node *common.Address) error {
	owed := map[common.Address]*big.Int{}
	for i, s := range comp.Segments {
		who := common.Address(s.Prover)
		if owed[who] == nil {
			owed[who] = new(big.Int)
		}
		if s.Price == nil {
			return fmt.Errorf("segment %d has no price", i)
		}
		owed[who].Add(owed[who], s.Price)
	}
	paid := map[common.Address]*big.Int{}
	for i, p := range payouts {
		if node != nil && owed[p.To] == nil && p.To != *node {
			return fmt.Errorf("payout %d to %s, who proved no segment", i, p.To)
		}
		if paid[p.To] == nil {
			paid[p.To] = new(big.Int)
		}
		paid[p.To].Add(paid[p.To], p.Amount)
	}
	for who, amt := range owed {
		got := paid[who]
		if got == nil {
			got = new(big.Int)
		}
		if got.Cmp(amt) < 0 {
			return fmt.Errorf("prover %s is paid %s for segments its seals bind to %s", who, got, amt)
		}
	}
	return nil
}

// Collector judges the attestations this node gathers for its own
// proposals. It holds none of them: the node keeps them with the task (in
// its store), and asks the Collector whether each counts and whether
// those it holds reach the task's quorum.
type Collector struct {
	Chain  Chain
	Domain eip712.Domain
}

// Verify checks attestation a against the values of a proposal (its
// Attestation) and returns its signer: a's signature must recover, over
// those values, to an address whose attestation the task's fulfil counts
// (Chain.CanAttest).
func (c *Collector) Verify(ctx context.Context, want eip712.Attestation, a *pb.Attestation) (common.Address, error) {
	if len(a.TaskId) != 32 || common.Hash(a.TaskId) != want.TaskID {
		return common.Address{}, fmt.Errorf("%w: not for task %s", ErrAttestation, want.TaskID)
	}
	digest, err := want.Digest(c.Domain)
	if err != nil {
		return common.Address{}, err
	}
	signer, err := eip712.Recover(digest, a.Signature)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrAttestation, err)
	}
	// A signature over other values recovers to an unrelated address,
	// which is not in the task's verifier set.
	ok, err := c.Chain.CanAttest(ctx, want.TaskID, signer)
	if err != nil {
		return common.Address{}, err
	}
	if !ok {
		return common.Address{}, fmt.Errorf("%w: %s's attestation to task %s does not count (not in its verifier set at submission, below the minimum stake, the task's own node, or signed different values)", ErrAttestation, signer, want.TaskID)
	}
	return signer, nil
}

// Reached reports whether held attestations, from distinct signers each
// Verify accepted, reach task id's quorum.
func (c *Collector) Reached(ctx context.Context, id common.Hash, held int) (bool, error) {
	q, err := c.Chain.Quorum(ctx, id)
	if err != nil {
		return false, err
	}
	return held >= q, nil
}

// Signer returns the address of key.
func Signer(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }
