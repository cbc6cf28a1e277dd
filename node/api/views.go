package api

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/protocol/status"
)

// StatusView is GET /v1/status: the node's status (protocol/status), the
// same value its status file holds.
type StatusView = status.Node

// TaskView is a task in GET /v1/tasks and, with its segments, GET /v1/tasks/{id}.
type TaskView struct {
	ID             string         `json:"id"`
	State          string         `json:"state"`
	Requester      string         `json:"requester"`
	ProgramID      string         `json:"program_id"`
	InputCID       string         `json:"input_cid"`
	Price          string         `json:"price"`
	Deadline       time.Time      `json:"deadline"`
	Block          uint64         `json:"block"`
	Family         string         `json:"family,omitempty"`
	SegmentCount   int            `json:"segment_count"`
	SegmentsProven int            `json:"segments_proven"`
	Predictions    []int          `json:"predictions,omitempty"`
	ReceiptCID     string         `json:"receipt_cid,omitempty"`
	Attestations   int            `json:"attestations"`
	Payouts        []PayoutView   `json:"payouts,omitempty"`
	FulfilTx       string         `json:"fulfil_tx,omitempty"`
	Error          string         `json:"error,omitempty"`
	Created        time.Time      `json:"created,omitzero"`
	Updated        time.Time      `json:"updated,omitzero"`
	Segments       []*SegmentView `json:"segments,omitempty"`
}

// PayoutView is one credit of a task's fulfil.
type PayoutView struct {
	To     string `json:"to"`
	Amount string `json:"amount"`
}

// SegmentView is one segment of a task.
type SegmentView struct {
	Index       int        `json:"index"`
	State       string     `json:"state"`
	Attempt     int        `json:"attempt"`
	Constraints uint64     `json:"constraints"`
	WitnessCID  string     `json:"witness_cid"`
	PriceCap    string     `json:"price_cap"`
	MaxPrice    string     `json:"max_price"`
	BidDeadline time.Time  `json:"bid_deadline,omitzero"`
	Bids        int        `json:"bids"`
	Award       *AwardView `json:"award,omitempty"`
	Excluded    []string   `json:"excluded,omitempty"`
	AnnouncedAt time.Time  `json:"announced_at,omitzero"`
	ProvenAt    time.Time  `json:"proven_at,omitzero"`
}

// AwardView is who proves a segment, for how much, by when.
type AwardView struct {
	Prover   string    `json:"prover"`
	Price    string    `json:"price"`
	Deadline time.Time `json:"deadline"`
	At       time.Time `json:"at"`
}

// ProverView is a prover's standing with the node (GET /v1/provers).
type ProverView struct {
	Address     string    `json:"address"`
	Proven      int       `json:"proven"`
	Failed      int       `json:"failed"`
	Invalid     int       `json:"invalid"`
	Banned      bool      `json:"banned"`
	BannedUntil time.Time `json:"banned_until,omitzero"`
	LastSeen    time.Time `json:"last_seen,omitzero"`
}

// PricesView is GET /v1/prices.
type PricesView struct {
	// ClearingPrice is wei per million constraints.
	ClearingPrice string `json:"clearing_price_per_mconstraint"`
	// RecentAwards are the latest awards held by segments, newest first.
	RecentAwards []RecentAward `json:"recent_awards"`
}

// RecentAward is one award with its price per million constraints.
type RecentAward struct {
	Task          string    `json:"task"`
	Index         int       `json:"index"`
	Prover        string    `json:"prover"`
	Price         string    `json:"price"`
	Constraints   uint64    `json:"constraints"`
	PricePerMCons string    `json:"price_per_mconstraint"`
	At            time.Time `json:"at"`
	Proven        bool      `json:"proven"`
}

func hexOf(b []byte) string { return "0x" + hex.EncodeToString(b) }

func addrHex(a store.Address) string { return common.Address(a).Hex() }

func weiString(w *store.Wei) string { return w.String() }

func taskView(t *store.Task, segs []*store.Segment, withSegments bool) *TaskView {
	v := &TaskView{
		ID: hexOf(t.ID[:]), State: string(t.State), Requester: addrHex(t.Requester), ProgramID: hexOf(t.ProgramID[:]),
		InputCID: t.InputCID, Price: weiString(&t.Price), Deadline: t.Deadline, Block: t.Block, Family: t.Family,
		SegmentCount: t.Segments, Predictions: t.Predictions, ReceiptCID: t.ReceiptCID, Attestations: len(t.Attestations),
		Error: t.Error, Created: t.Created, Updated: t.Updated,
	}
	if t.FulfilTx != ([32]byte{}) {
		v.FulfilTx = hexOf(t.FulfilTx[:])
	}
	for i := range t.Payouts {
		v.Payouts = append(v.Payouts, PayoutView{To: addrHex(t.Payouts[i].To), Amount: weiString(&t.Payouts[i].Amount)})
	}
	for _, s := range segs {
		if s.State == store.SegmentProven {
			v.SegmentsProven++
		}
		if withSegments {
			v.Segments = append(v.Segments, segmentView(s))
		}
	}
	if withSegments && v.Segments == nil {
		v.Segments = []*SegmentView{}
	}
	return v
}

func segmentView(s *store.Segment) *SegmentView {
	v := &SegmentView{
		Index: s.Index, State: string(s.State), Attempt: s.Attempt, Constraints: s.Constraints, WitnessCID: s.WitnessCID,
		PriceCap: weiString(&s.PriceCap), MaxPrice: weiString(&s.MaxPrice), BidDeadline: s.BidDeadline, Bids: len(s.Bids),
		AnnouncedAt: s.AnnouncedAt, ProvenAt: s.ProvenAt,
	}
	if a := s.Award; a != nil {
		v.Award = &AwardView{Prover: addrHex(a.Prover), Price: weiString(&a.Price), Deadline: a.Deadline, At: a.At}
	}
	for _, e := range s.Excluded {
		v.Excluded = append(v.Excluded, addrHex(e))
	}
	return v
}

func proverView(p *store.Prover, now time.Time) ProverView {
	return ProverView{Address: addrHex(p.Address), Proven: p.Proven, Failed: p.Failed, Invalid: p.Invalid,
		Banned: now.Before(p.BannedUntil), BannedUntil: p.BannedUntil, LastSeen: p.LastSeen}
}

// perMConstraint is price per million constraints, rounded down.
func perMConstraint(price *big.Int, constraints uint64) string {
	if constraints == 0 {
		return "0"
	}
	q := new(big.Int).Mul(price, big.NewInt(1e6))
	return q.Quo(q, new(big.Int).SetUint64(constraints)).String()
}

// recentAwards lists the awards segments hold, newest first, at most
// limit. An award is never older than its task's record, so reading tasks
// newest first it stops once no older task can hold a newer award: a
// busy node reads only its latest tasks' segments.
func recentAwards(tasks []*store.Task, segsOf func(store.TaskID) []*store.Segment, limit int) []RecentAward {
	tasks = append([]*store.Task(nil), tasks...)
	sort.SliceStable(tasks, func(i, j int) bool { return tasks[i].Created.After(tasks[j].Created) })
	out := []RecentAward{}
	for _, t := range tasks {
		if len(out) >= limit && t.Created.Before(out[limit-1].At) {
			break
		}
		for _, s := range segsOf(t.ID) {
			if s.Award == nil {
				continue
			}
			out = append(out, RecentAward{Task: hexOf(t.ID[:]), Index: s.Index, Prover: addrHex(s.Award.Prover),
				Price: weiString(&s.Award.Price), Constraints: s.Constraints,
				PricePerMCons: perMConstraint(&s.Award.Price.Int, s.Constraints), At: s.Award.At,
				Proven: s.State == store.SegmentProven})
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
		if len(out) > limit {
			out = out[:limit]
		}
	}
	return out
}

var taskStates = map[store.TaskState]bool{
	store.TaskPublished: true, store.TaskExecuting: true, store.TaskProving: true, store.TaskAggregated: true,
	store.TaskAttesting: true, store.TaskSubmitting: true, store.TaskFulfilled: true, store.TaskFailed: true,
}

// parseTaskID reads 32 bytes of hex, 0x optional.
func parseTaskID(s string) (store.TaskID, error) {
	var id store.TaskID
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) != 64 {
		return id, fmt.Errorf("task id %q: want 32 bytes of hex", s)
	}
	if _, err := hex.Decode(id[:], []byte(h)); err != nil {
		return id, fmt.Errorf("task id %q: %v", s, err)
	}
	return id, nil
}
