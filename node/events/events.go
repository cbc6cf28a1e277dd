// Package events is the Aoraki node's live updates: one typed value per
// kind of change (a task's state, a segment's state, an attestation
// taken), fanned out to subscribers by a Bus. The node publishes; its HTTP
// API streams them as server-sent events and counts them in its metrics;
// tests wait on them. A slow subscriber loses events rather than slowing
// the node.
//
// On the wire (GET /v1/events) an event is
//
//	{"kind": "task", "at": "2026-…", "data": {"task": "0x1c…", "state": "fulfilled", "tx": "0x9e…", "gas": 171234}}
package events

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Kind names what changed.
type Kind string

// The kinds of events.
const (
	KindTask        Kind = "task"
	KindSegment     Kind = "segment"
	KindAttestation Kind = "attestation"
)

// Kinds lists every kind.
var Kinds = []Kind{KindTask, KindSegment, KindAttestation}

// Data is an event's payload: *Task, *Segment or *Attestation.
type Data interface {
	Kind() Kind
}

// FulfilFailed is the State of a Task event for a fulfil attempt that
// failed and will be retried (the task stays open).
const FulfilFailed = "fulfil-failed"

// PublicationReorged is the State of a Task event for a task whose
// TaskPublished log a chain reorganisation removed (the task keeps its
// state; it is not fulfilled while unknown on chain), and
// PublicationRestored for its log delivered again from the new branch.
const (
	PublicationReorged  = "publication-reorged"
	PublicationRestored = "publication-restored"
)

// FulfilmentReorged is the State of a Task event for a fulfilled task
// whose TaskFulfilled log a reorganisation removed: the task is back to
// submitting, until the chain says it is fulfilled again (the same
// transaction in the new branch) or the node fulfils it again (the
// transaction was lost).
const FulfilmentReorged = "fulfilment-reorged"

// Task is a task's change of state (a store.TaskState), or a failed fulfil
// attempt (FulfilFailed).
type Task struct {
	Task  common.Hash `json:"task"`
	State string      `json:"state"`
	// Error says why a task failed, or a fulfil attempt did.
	Error string `json:"error,omitempty"`
	// Segments is the segment count, when the task is split (proving).
	Segments int `json:"segments,omitempty"`
	// ReceiptCID is the composite receipt put to the verifiers (attesting).
	ReceiptCID string `json:"receipt_cid,omitempty"`
	// Tx is the fulfil transaction and Gas the gas it used (fulfilled; a
	// task found fulfilled on chain after a restart carries neither).
	Tx  common.Hash `json:"tx,omitzero"`
	Gas uint64      `json:"gas,omitempty"`
	// Mined tells a failed fulfil attempt that was mined and reverted
	// (it cost gas) from one refused by its simulation.
	Mined bool `json:"mined,omitempty"`
}

// Segment is a segment's change of state: announced (with its attempt),
// awarded (with its prover) or proven.
type Segment struct {
	Task    common.Hash    `json:"task"`
	Index   uint32         `json:"index"`
	State   string         `json:"state"`
	Attempt uint32         `json:"attempt,omitempty"`
	Prover  common.Address `json:"prover,omitzero"`
}

// Attestation is a verifier's attestation to one of this node's proposals,
// counted.
type Attestation struct {
	Task     common.Hash    `json:"task"`
	Verifier common.Address `json:"verifier"`
}

// Kind implements Data.
func (*Task) Kind() Kind { return KindTask }

// Kind implements Data.
func (*Segment) Kind() Kind { return KindSegment }

// Kind implements Data.
func (*Attestation) Kind() Kind { return KindAttestation }

// Event is one live update.
type Event struct {
	Kind Kind      `json:"kind"`
	At   time.Time `json:"at"`
	Data Data      `json:"data"`
}

// TaskID is the task the event is about.
func (e Event) TaskID() common.Hash {
	switch d := e.Data.(type) {
	case *Task:
		return d.Task
	case *Segment:
		return d.Task
	case *Attestation:
		return d.Task
	}
	return common.Hash{}
}

// UnmarshalJSON decodes an event, its data by its kind.
func (e *Event) UnmarshalJSON(b []byte) error {
	var raw struct {
		Kind Kind            `json:"kind"`
		At   time.Time       `json:"at"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	var d Data
	switch raw.Kind {
	case KindTask:
		d = new(Task)
	case KindSegment:
		d = new(Segment)
	case KindAttestation:
		d = new(Attestation)
	default:
		return fmt.Errorf("events: unknown kind %q", raw.Kind)
	}
	if err := json.Unmarshal(raw.Data, d); err != nil {
		return fmt.Errorf("events: %s data: %w", raw.Kind, err)
	}
	e.Kind, e.At, e.Data = raw.Kind, raw.At, d
	return nil
}

// Bidder is what one valid bid on the bids topic says of its prover: the
// signer, and what the bid claims (its peer, capacity and queue) — a
// prover's own words, for display. It is not an event of the bus: the
// node hands it to whoever watches the bids (the API's network view).
type Bidder struct {
	Address  common.Address
	Peer     peer.ID // empty when the bid names none that parses
	Capacity uint32
	Queued   uint32
	At       time.Time
}
