package node

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/gossip"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// Attestations to this node's proposals live in one place: with the task
// in the store (store.Task.Attestations, by signer). The collector
// (node/consensus) judges each against the recorded proposal's values and
// the task's verifier set; the quorum is the task's on chain. This
// node's own attestation, where it counts, takes the same path.

// attestationOf is the typed data of t's recorded proposal.
func attestationOf(t *store.Task) eip712.Attestation {
	return eip712.Attestation{TaskID: common.Hash(t.ID), ResultDigest: t.ResultDigest, ReceiptDigest: t.ReceiptDigest, PayoutsHash: t.PayoutsHash}
}

// takeAttestation takes another node's attestation to one of this node's
// proposals; with it the task may reach its quorum and move on to submit.
func (n *Node) takeAttestation(ctx context.Context, m *gossip.Message[*pb.Attestation]) {
	if len(m.Payload.TaskId) != 32 {
		return
	}
	id := store.TaskID(m.Payload.TaskId)
	t, err := n.task(id)
	if errors.Is(err, store.ErrNotFound) {
		return // another node's task
	} else if err != nil {
		n.log.Warn("reading the task of an attestation", "task", common.Hash(id), "err", err)
		return
	}
	if t.State != store.TaskAttesting {
		return
	}
	signer, err := n.collector.Verify(ctx, attestationOf(t), m.Payload)
	if err != nil {
		n.log.Debug("attestation not counted", "from", m.Sender, "err", err)
		return
	}
	quorum, err := n.keepAttestation(ctx, id, signer, m.Payload.Signature)
	if err != nil {
		n.log.Warn("store attestation", "err", err)
		return
	}
	n.events.Publish(&events.Attestation{Task: common.Hash(id), Verifier: signer})
	if quorum {
		if err := n.toSubmit(id); err != nil {
			n.log.Warn("submit", "err", err)
		}
	}
}

// ownAttestation signs t's proposal as this node and keeps the signature,
// when the task's fulfil counts it (a one-node network's only).
func (n *Node) ownAttestation(ctx context.Context, t *store.Task) error {
	want := attestationOf(t)
	sig, err := want.Sign(n.chain.Domain(), n.key)
	if err != nil {
		return err
	}
	signer, err := n.collector.Verify(ctx, want, &pb.Attestation{TaskId: t.ID[:], Signature: sig})
	if errors.Is(err, consensus.ErrAttestation) {
		return nil // not counted: the aggregating node is not its own witness
	} else if err != nil {
		return err
	}
	_, err = n.keepAttestation(ctx, t.ID, signer, sig)
	return err
}

// keepAttestation stores signer's signature with task id and reports
// whether the signatures held reach the task's quorum.
func (n *Node) keepAttestation(ctx context.Context, id store.TaskID, signer common.Address, sig []byte) (bool, error) {
	held := 0
	err := n.st.Update(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil {
			return err
		}
		if t.Attestations == nil {
			t.Attestations = map[store.Address][]byte{}
		}
		t.Attestations[store.Address(signer)] = sig
		held = len(t.Attestations)
		return x.PutTask(t)
	})
	if err != nil {
		return false, err
	}
	return n.collector.Reached(ctx, common.Hash(id), held)
}

// heldQuorum reports whether the attestations t holds reach its quorum.
func (n *Node) heldQuorum(ctx context.Context, t *store.Task) (bool, error) {
	if len(t.Attestations) == 0 {
		return false, nil
	}
	return n.collector.Reached(ctx, common.Hash(t.ID), len(t.Attestations))
}
