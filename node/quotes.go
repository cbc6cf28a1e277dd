package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/wire"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/task"
)

// MaxOpenTasks is how many unfinished tasks a node takes before it refuses
// quotes for lack of capacity.
const MaxOpenTasks = 64

func refusal(code pb.QuoteResponse_Refusal, format string, args ...any) *pb.QuoteResponse {
	return &pb.QuoteResponse{Refusal: code, Reason: fmt.Sprintf(format, args...)}
}

func (n *Node) handleQuote(ctx context.Context, from peer.ID, req *pb.QuoteRequest) (*pb.QuoteResponse, error) {
	c, err := cid.Cast(req.InputCid)
	if err != nil {
		return refusal(pb.QuoteResponse_BAD_REQUEST, "input CID: %v", err), nil
	}
	if len(req.Requester) != 20 {
		return refusal(pb.QuoteResponse_BAD_REQUEST, "requester address of %d bytes", len(req.Requester)), nil
	}
	if !n.net.Blobs().Store().Has(c) {
		return refusal(pb.QuoteResponse_UNKNOWN_INPUT, "input %s was not uploaded to this node", c), nil
	}
	in, err := n.net.Blobs().Store().Get(c, task.MaxInputSize)
	if err != nil {
		return refusal(pb.QuoteResponse_INPUT_TOO_LARGE, "input %s: %v", c, err), nil
	}
	tk, err := task.Open(in, n.bases)
	if errors.Is(err, task.ErrUnknownProgram) {
		return refusal(pb.QuoteResponse_UNKNOWN_PROGRAM, "%v", err), nil
	} else if err != nil {
		return refusal(pb.QuoteResponse_BAD_REQUEST, "%v", err), nil
	}
	if !tk.Sized() {
		if tk, err = n.chooseSize(tk); err != nil {
			return refusal(pb.QuoteResponse_UNKNOWN_PROGRAM, "%v", err), nil
		}
	}
	fam := tk.Family()
	if len(req.Verifier) == 20 && common.Address(req.Verifier) != (common.Address{}) {
		// fulfill reverts unless the verifier accepts: one that never does
		// (or does only in simulation) makes the task unfulfillable and
		// this node slashable at the refund.
		if v := common.Address(req.Verifier); !slices.Contains(n.cfg.TrustedVerifiers, v) {
			return refusal(pb.QuoteResponse_BAD_REQUEST, "verifier %s is not one this node trusts (it takes %s): an unknown verifier could refuse every proof and have this node slashed", v, trustedList(n.cfg.TrustedVerifiers)), nil
		}
		// The verifier checks the first state against the family's fixed
		// initial state, or against one the requester pins after this
		// quote: an unchecked word that could make this node unable to
		// fulfil, and so refundable against its stake.
		if _, fixed := receiptverifier.FixedInitialState(fam); !fixed {
			return refusal(pb.QuoteResponse_UNKNOWN_PROGRAM, "family %s has no fixed initial state: this node does not take it with an on-chain verifier (the requester's pin would be unchecked)", fam), nil
		}
	}
	m, ok := n.cfg.Artifacts[fam]
	if !ok {
		return refusal(pb.QuoteResponse_UNKNOWN_PROGRAM, "circuit family %s is not set up on this network", fam), nil
	}
	now := time.Now()
	deadline := now.Add(pb.DefaultProvingDeadline)
	if req.ProvingDeadline != 0 {
		deadline = time.Unix(int64(req.ProvingDeadline), 0)
	}
	if deadline.Sub(now) < n.cfg.MinDeadline {
		return refusal(pb.QuoteResponse_DEADLINE_TOO_SHORT, "deadline %s is less than %s away", deadline.Format(time.RFC3339), n.cfg.MinDeadline), nil
	}
	if err := n.cfg.Limits.checkSize(tk); err != nil {
		return refusal(pb.QuoteResponse_INPUT_TOO_LARGE, "%v", err), nil
	}
	if err := n.inTime(tk, m.Constraints, now, deadline); err != nil {
		return refusal(pb.QuoteResponse_DEADLINE_TOO_SHORT, "%v", err), nil
	}
	var open int
	if err := n.st.View(func(x *store.Tx) error {
		ts, err := x.Tasks(true)
		open = len(ts)
		return err
	}); err != nil {
		return nil, err
	}
	if open >= MaxOpenTasks {
		return refusal(pb.QuoteResponse_NO_CAPACITY, "%d tasks in progress", open), nil
	}
	inputDigest, err := tk.InputDigest()
	if err != nil {
		return refusal(pb.QuoteResponse_BAD_REQUEST, "input: %v", err), nil
	}
	segs := tk.Segments()
	constraints := uint64(segs) * uint64(m.Constraints)
	price := n.book.Quote(constraints)
	if max := new(big.Int).SetBytes(req.MaxPrice); max.Sign() > 0 && price.Cmp(max) > 0 {
		return refusal(pb.QuoteResponse_PRICE_TOO_LOW, "price %s wei is above your maximum %s", price, max), nil
	}
	var nonce uint64
	if err := n.st.Update(func(x *store.Tx) error {
		var err error
		nonce, err = x.NextNonce()
		return err
	}); err != nil {
		return nil, err
	}
	q := &eip712.Quote{Node: n.addr, Requester: common.Address(req.Requester), ProgramID: common.Hash(tk.ProgramID()),
		InputDigest: common.Hash(inputDigest), Price: price, ProvingDeadline: uint64(deadline.Unix()),
		Expiry: uint64(now.Add(n.cfg.QuoteTTL).Unix()), Nonce: new(big.Int).SetUint64(nonce)}
	if len(req.Verifier) == 20 {
		q.Verifier = common.Address(req.Verifier)
	}
	if len(req.Callback) == 20 {
		q.Callback = common.Address(req.Callback)
	}
	digest, sig, err := n.chain.SignQuote(q, n.key)
	if err != nil {
		return nil, err
	}
	// The input stays at least until the quote can no longer open a task.
	if err := n.keepUpload(sha256.Sum256(in), int64(len(in)), time.Unix(int64(q.Expiry), 0)); err != nil {
		return nil, err
	}
	// Every quote is kept: its input digest is a commitment to the
	// samples, so the quote is how the node finds the task's input blob when
	// the task is published; and fulfil must hand a verifier this very quote
	// (TaskPublished does not carry all of it).
	if err := n.keepQuote(digest, q, c, now); err != nil {
		return nil, err
	}
	n.log.Info("quoted", "requester", q.Requester, "family", fam, "segments", segs, "price", price)
	return &pb.QuoteResponse{Quote: pb.QuoteOf(q), Signature: sig, ChainId: n.tx.ChainID().Uint64(),
		Contract: n.cfg.Contract[:], Segments: uint32(segs), Constraints: constraints}, nil
}

// quoteGrace is how long after its expiry an unused quote is kept: the
// watcher may still be catching up on a TaskPublished mined before it.
const quoteGrace = time.Hour

// keepQuote stores a signed quote under its digest (the task id it opens)
// and prunes the quotes that expired unused or whose task is over.
func (n *Node) keepQuote(digest common.Hash, q *eip712.Quote, input cid.Cid, now time.Time) error {
	return n.st.Update(func(x *store.Tx) error {
		if _, err := x.PruneQuotes(now.Add(-quoteGrace)); err != nil {
			return err
		}
		return x.PutQuote(store.QuoteOf(store.TaskID(digest), q, input.String()))
	})
}

func (n *Node) handleUpload(ctx context.Context, from peer.ID, req *pb.UploadRequest) (*pb.Ack, error) {
	c, err := cid.Cast(req.InputCid)
	if err != nil {
		return nil, stream.Errorf(wire.Status_BAD_REQUEST, "input CID: %v", err)
	}
	if req.Size > task.MaxInputSize {
		return nil, stream.Errorf(wire.Status_TOO_LARGE, "input of %d bytes (limit %d)", req.Size, task.MaxInputSize)
	}
	if !n.net.Blobs().Store().Has(c) {
		if _, err := n.net.Blobs().FetchFrom(ctx, from, c, task.MaxInputSize); err != nil {
			return nil, stream.Errorf(wire.Status_BAD_REQUEST, "fetch %s from you: %v", c, err)
		}
	}
	in, err := n.net.Blobs().Store().Get(c, task.MaxInputSize)
	if err != nil {
		return nil, err
	}
	if _, err := task.Decode(in); err != nil {
		n.net.Blobs().Store().Delete(c)
		return nil, stream.Errorf(wire.Status_BAD_REQUEST, "%v", err)
	}
	if err := n.keepUpload(sha256.Sum256(in), int64(len(in)), time.Now()); err != nil {
		return nil, err
	}
	return &pb.Ack{Message: "stored " + c.String()}, nil
}

func trustedList(vs []common.Address) string {
	if len(vs) == 0 {
		return "none"
	}
	return fmt.Sprint(vs)
}

// keepUpload records an uploaded input (or restarts its clock at since: a
// new upload, or a new quote's expiry), then deletes the inputs whose
// clock started more than UploadTTL ago and that no task refers to.
func (n *Node) keepUpload(digest [32]byte, size int64, since time.Time) error {
	var drop [][32]byte
	err := n.st.Update(func(x *store.Tx) error {
		var err error
		if drop, err = x.PruneUploads(time.Now().Add(-n.cfg.UploadTTL)); err != nil {
			return err
		}
		return x.PutUpload(&store.Upload{Digest: digest, Since: since, Size: size})
	})
	if err != nil {
		return err
	}
	for _, d := range drop {
		if d == digest {
			continue
		}
		if err := n.net.Blobs().Store().Delete(cids.OfDigest(d)); err != nil {
			n.log.Warn("delete expired upload", "input", cids.OfDigest(d), "err", err)
		}
	}
	if len(drop) > 0 {
		n.log.Info("expired uploads deleted", "count", len(drop))
	}
	return nil
}

// chooseSize picks the segment size of a task that left it to the node:
// among the sizes the network trusts for the model's shape, the one whose
// segment count is closest to the number of provers online (ties go to
// more, smaller segments, which finish sooner when provers are free).
func (n *Node) chooseSize(tk *task.Task) (*task.Task, error) {
	if tk.Model == nil {
		return nil, fmt.Errorf("%w: only dtree tasks take a segment size from the node", task.ErrInput)
	}
	probe, err := dtree.New(tk.Model, dtree.MinSegmentSize) // the shape, whatever the size
	if err != nil {
		return nil, fmt.Errorf("%w: %v", task.ErrInput, err)
	}
	shape := probe.Shape
	provers := max(len(n.net.Topics().Segments.Peers()), 1)
	var best *task.Task
	bestCost := 0
	for fam := range n.cfg.Artifacts {
		s, err := dtree.ParseShape(fam)
		if err != nil || s.Depth != shape.Depth || s.Nodes != shape.Nodes || s.Features != shape.Features {
			continue
		}
		if s.SegmentSize&(s.SegmentSize-1) != 0 {
			// Verifiers find the program id of a task sized here among
			// powers of two (task.Resolve): a requester may name this
			// family's size, the node never chooses it.
			continue
		}
		cand, err := tk.WithSegmentSize(s.SegmentSize)
		if err != nil {
			continue
		}
		cost := cand.Segments() - provers
		if cost < 0 {
			cost = -cost
		}
		if best == nil || cost < bestCost || (cost == bestCost && s.SegmentSize < int(best.Input.SegmentSize)) {
			best, bestCost = cand, cost
		}
	}
	if best == nil {
		return nil, fmt.Errorf("no circuit family for a %s-shaped model is set up on this network", strings.TrimSuffix(shape.Name(), fmt.Sprintf("-s%d", shape.SegmentSize)))
	}
	n.log.Info("segment size chosen", "size", best.Input.SegmentSize, "segments", best.Segments(), "provers", provers)
	return best, nil
}
