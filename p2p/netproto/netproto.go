// Package netproto names the market's gossip topics and stream protocols,
// with their size caps and structural validation, so that nodes, provers
// and requesters speak them identically (DESIGN.md §5, §6). Validators
// here are cheap: they reject what is provably malformed (wrong field
// lengths, impossible values) and leave decisions that need state (is this
// segment open, is this bid too late) to the receiver.
package netproto

import (
	"context"
	"fmt"
	"time"

	"github.com/zkpool/aoraki/p2p/gossip"
	"github.com/zkpool/aoraki/p2p/stream"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// Topic names (versioned by gossip.TopicName: /zkpool/<network>/<name>/1).
const (
	TopicSegments     = "segments"
	TopicBids         = "bids"
	TopicAwards       = "awards"
	TopicAttestReq    = "attest-req"
	TopicAttestations = "attestations"
)

func reject(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{gossip.ErrReject}, args...)...)
}

func lenIs(b []byte, n int, what string) error {
	if len(b) != n {
		return reject("%s of %d bytes, want %d", what, len(b), n)
	}
	return nil
}

func lenMax(b []byte, n int, what string) error {
	if len(b) > n {
		return reject("%s of %d bytes, at most %d", what, len(b), n)
	}
	return nil
}

// Segments is the announcement topic.
func Segments() gossip.Spec[*pb.SegmentAnnouncement] {
	return gossip.Spec[*pb.SegmentAnnouncement]{Name: TopicSegments, MaxSize: 4 << 10,
		New: func() *pb.SegmentAnnouncement { return new(pb.SegmentAnnouncement) },
		Check: func(_ context.Context, m *gossip.Message[*pb.SegmentAnnouncement]) error {
			a := m.Payload
			for _, c := range []error{lenIs(a.TaskId, 32, "task id"), lenIs(a.ProgramId, 32, "program id"),
				lenIs(a.StateIn, 32, "state in"), lenIs(a.StateOut, 32, "state out"), lenIs(a.InputIn, 32, "input in"),
				lenIs(a.InputOut, 32, "input out"), lenMax(a.MaxPrice, 32, "max price"),
				lenMax(a.WitnessCid, 64, "witness CID"), lenMax(a.NodePeer, 64, "node peer")} {
				if c != nil {
					return c
				}
			}
			if a.Attempt == 0 || a.Artifacts == nil || a.Artifacts.Family == "" {
				return reject("announcement without attempt or artifacts")
			}
			return nil
		}}
}

// Bids is the bid topic.
func Bids() gossip.Spec[*pb.Bid] {
	return gossip.Spec[*pb.Bid]{Name: TopicBids, MaxSize: 1 << 10,
		New: func() *pb.Bid { return new(pb.Bid) },
		Check: func(_ context.Context, m *gossip.Message[*pb.Bid]) error {
			b := m.Payload
			if err := lenIs(b.TaskId, 32, "task id"); err != nil {
				return err
			}
			if err := lenMax(b.Price, 32, "price"); err != nil {
				return err
			}
			return lenMax(b.ProverPeer, 64, "prover peer")
		}}
}

// Awards is the award topic.
func Awards() gossip.Spec[*pb.Award] {
	return gossip.Spec[*pb.Award]{Name: TopicAwards, MaxSize: 1 << 10,
		New: func() *pb.Award { return new(pb.Award) },
		Check: func(_ context.Context, m *gossip.Message[*pb.Award]) error {
			a := m.Payload
			if err := lenIs(a.TaskId, 32, "task id"); err != nil {
				return err
			}
			return lenIs(a.Prover, 20, "prover")
		}}
}

// AttestRequests is the topic of proposals put to the verifier set.
func AttestRequests() gossip.Spec[*pb.AttestationRequest] {
	return gossip.Spec[*pb.AttestationRequest]{Name: TopicAttestReq, MaxSize: 256 << 10,
		New: func() *pb.AttestationRequest { return new(pb.AttestationRequest) },
		Check: func(_ context.Context, m *gossip.Message[*pb.AttestationRequest]) error {
			r := m.Payload
			for _, c := range []error{lenIs(r.TaskId, 32, "task id"), lenIs(r.ResultDigest, 32, "result digest"),
				lenIs(r.PayoutsHash, 32, "payouts hash"), lenMax(r.ReceiptCid, 64, "receipt CID"), lenMax(r.InputCid, 64, "input CID")} {
				if c != nil {
					return c
				}
			}
			for i, p := range r.Payouts {
				if len(p.To) != 20 || len(p.Amount) > 12 {
					return reject("payout %d malformed", i)
				}
			}
			return nil
		}}
}

// Attestations is the topic of verifiers' signatures.
func Attestations() gossip.Spec[*pb.Attestation] {
	return gossip.Spec[*pb.Attestation]{Name: TopicAttestations, MaxSize: 1 << 10,
		New: func() *pb.Attestation { return new(pb.Attestation) },
		Check: func(_ context.Context, m *gossip.Message[*pb.Attestation]) error {
			a := m.Payload
			for _, c := range []error{lenIs(a.TaskId, 32, "task id"), lenIs(a.Signature, 65, "signature")} {
				if c != nil {
					return c
				}
			}
			return nil
		}}
}

// Stream protocols.
var (
	Quote   = stream.Spec{Name: "quote", MaxRequest: 4 << 10, MaxResponse: 4 << 10, Timeout: 30 * time.Second, AllowLimited: true}
	Upload  = stream.Spec{Name: "upload", MaxRequest: 1 << 10, MaxResponse: 1 << 10, Timeout: 5 * time.Minute}
	Receipt = stream.Spec{Name: "receipt", MaxRequest: 16 << 10, MaxResponse: 1 << 10, Timeout: 30 * time.Second, AllowLimited: true}
	// AwardStatus is how a node asks a prover, when an award's proving
	// deadline passes, whether the prover holds it (pb.AwardQuery; an Ack
	// while it does, NOT_FOUND when it does not: a prover that never
	// received the award is not blamed as one that took it and failed).
	// Provers serve it, and answer only the award's own node.
	AwardStatus = stream.Spec{Name: "award-status", MaxRequest: 64, MaxResponse: 256, Timeout: 10 * time.Second, AllowLimited: true}
	// NetworkInfo is how a node tells a prover that joins by the node's
	// address which network it runs on. The request is an empty
	// google.protobuf.Empty; the answer a google.protobuf.BytesValue
	// holding the node's network file (chain/network JSON: chain id, RPC
	// URL, contract, deploy block, bootstrap peers, artifact CIDs) of at
	// most MaxNetworkInfo bytes, or NOT_FOUND from a node started without
	// one. The prover trusts the node it was pointed at (trust on first
	// use), validates the answer and keeps it.
	NetworkInfo = stream.Spec{Name: "network-info", MaxRequest: 16, MaxResponse: MaxNetworkInfo + 16, Timeout: 30 * time.Second, AllowLimited: true}
)

// MaxNetworkInfo bounds the network file in a NetworkInfo answer.
const MaxNetworkInfo = 64 << 10

// CheckAwardQuery rejects a malformed pb.AwardQuery.
func CheckAwardQuery(q *pb.AwardQuery) error {
	if err := lenIs(q.TaskId, 32, "task id"); err != nil {
		return err
	}
	if q.Attempt == 0 {
		return reject("attempt 0")
	}
	return nil
}
