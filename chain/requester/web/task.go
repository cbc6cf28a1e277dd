package web

import (
	"slices"
	"time"
)

// State is where a task stands.
type State string

// Task states. A task starts quoting; it leaves quoting for proving once
// paid, or for failed when no quote could be taken; proving ends in
// verified (the result checked here), refunded (its deadline passed) or
// failed (its receipt did not verify, or the chain could not be read).
// A task the service stopped under is interrupted when it starts again.
const (
	StateQuoting     State = "quoting"
	StateProving     State = "proving"
	StateVerifying   State = "verifying" // fulfilled on chain; the receipt is being checked
	StateVerified    State = "verified"
	StateRefunded    State = "refunded"
	StateFailed      State = "failed"
	StateInterrupted State = "interrupted"
)

// Done reports a state no task leaves.
func (s State) Done() bool {
	switch s {
	case StateVerified, StateRefunded, StateFailed, StateInterrupted:
		return true
	}
	return false
}

// Error kinds, for programs that act on a failure.
const (
	KindNoQuote     = "no_quote"     // no node quoted within the maximum price and deadline
	KindUnreachable = "unreachable"  // no node could be reached
	KindRefunded    = "refunded"     // the deadline passed; the escrow was refunded
	KindNotVerified = "not_verified" // the receipt did not verify: no result is shown
	KindInterrupted = "interrupted"  // the service stopped while the task ran
	KindFailed      = "failed"       // anything else
)

// Limits on what a task records from gossip, whose senders are strangers.
const (
	maxSegments     = 4096
	maxAttempts     = 16
	maxBidsRecorded = 32
	maxQuotes       = 64
	maxAttestations = 64
)

// Task is one task of this requester: what it asked, what the network did
// and what it proved. It is what GET /v1/tasks/{id} answers and what the
// store keeps.
type Task struct {
	ID      string    `json:"id"`
	State   State     `json:"state"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`

	// What was asked.
	Model       string   `json:"model"`
	Input       string   `json:"input"`
	Example     string   `json:"example,omitempty"`
	Samples     int      `json:"samples"`
	Features    int      `json:"features"`
	ClassLabels []string `json:"class_labels,omitempty"`
	SegmentSize int      `json:"segment_size"` // 0: the node chooses
	MaxPrice    string   `json:"max_price,omitempty"`
	DeadlineIn  float64  `json:"deadline_seconds"`

	// What the network did.
	TaskID       string        `json:"task_id,omitempty"` // the contract's id
	Node         string        `json:"node,omitempty"`
	PricePaid    string        `json:"price_paid,omitempty"`
	PaidAt       time.Time     `json:"paid_at,omitzero"`
	Deadline     time.Time     `json:"deadline,omitzero"` // the quote's proving deadline
	Quotes       []Quote       `json:"quotes"`
	Quorum       int           `json:"quorum"`
	SegmentCount int           `json:"segment_count"` // as the quote's segment size cuts the samples
	Segments     []Segment     `json:"segments"`
	Attestations []Attestation `json:"attestations"`
	FulfilTx     string        `json:"fulfil_tx,omitempty"`
	FulfilledAt  time.Time     `json:"fulfilled_at,omitzero"`

	// What was proven, set only once the receipt verified here.
	Verified    bool     `json:"verified"`
	Predictions []int    `json:"predictions,omitempty"`
	Labels      []string `json:"labels,omitempty"`
	Expected    []int    `json:"expected,omitempty"` // an example's known predictions
	ReceiptCID  string   `json:"receipt_cid,omitempty"`
	Provers     []string `json:"provers,omitempty"` // per segment
	ElapsedSecs float64  `json:"elapsed_seconds,omitempty"`

	Error     string `json:"error,omitempty"`
	ErrorKind string `json:"error_kind,omitempty"`
}

// Quote is one node's price for the task.
type Quote struct {
	Node     string    `json:"node,omitempty"`
	Peer     string    `json:"peer,omitempty"`
	Price    string    `json:"price,omitempty"`
	Deadline time.Time `json:"deadline,omitzero"`
	Error    string    `json:"error,omitempty"`
}

// Segment is one segment's market history, an attempt per announcement.
type Segment struct {
	Index    int       `json:"index"`
	Attempts []Attempt `json:"attempts"`
}

// Attempt is one announcement of a segment, as its bids and award show
// it: FirstBidAt is when the first bid was seen (provers bid as soon as a
// segment is announced).
type Attempt struct {
	Attempt    int       `json:"attempt"`
	FirstBidAt time.Time `json:"first_bid_at,omitzero"`
	// Bids are the first bids seen (at most 32); BidCount counts them all.
	Bids     []Bid  `json:"bids"`
	BidCount int    `json:"bid_count"`
	Award    *Award `json:"award,omitempty"`
}

// Bid is a prover's offer for an attempt.
type Bid struct {
	Prover     string    `json:"prover"`
	Price      string    `json:"price"`
	PromisedMS uint64    `json:"promised_ms"`
	At         time.Time `json:"at"`
}

// Award is who won an attempt, at what price.
type Award struct {
	Prover string    `json:"prover"`
	Price  string    `json:"price"`
	At     time.Time `json:"at"`
}

// Attestation is a verifier's signature, counted by the contract.
type Attestation struct {
	Verifier string    `json:"verifier"`
	At       time.Time `json:"at"`
}

// TaskSummary is a task in GET /v1/tasks.
type TaskSummary struct {
	ID          string    `json:"id"`
	State       State     `json:"state"`
	Created     time.Time `json:"created"`
	Updated     time.Time `json:"updated"`
	Model       string    `json:"model"`
	Input       string    `json:"input"`
	Samples     int       `json:"samples"`
	TaskID      string    `json:"task_id,omitempty"`
	PricePaid   string    `json:"price_paid,omitempty"`
	Segments    int       `json:"segments"`
	Verified    bool      `json:"verified"`
	ReceiptCID  string    `json:"receipt_cid,omitempty"`
	ElapsedSecs float64   `json:"elapsed_seconds,omitempty"`
	Error       string    `json:"error,omitempty"`
	ErrorKind   string    `json:"error_kind,omitempty"`
}

func (t *Task) summary() TaskSummary {
	return TaskSummary{ID: t.ID, State: t.State, Created: t.Created, Updated: t.Updated, Model: t.Model, Input: t.Input,
		Samples: t.Samples, TaskID: t.TaskID, PricePaid: t.PricePaid, Segments: len(t.Segments), Verified: t.Verified,
		ReceiptCID: t.ReceiptCID, ElapsedSecs: t.ElapsedSecs, Error: t.Error, ErrorKind: t.ErrorKind}
}

// clone copies t deeply enough that the copy may be encoded while t changes.
func (t *Task) clone() *Task {
	c := *t
	c.ClassLabels = slices.Clone(t.ClassLabels)
	c.Predictions, c.Labels, c.Expected = slices.Clone(t.Predictions), slices.Clone(t.Labels), slices.Clone(t.Expected)
	c.Provers = slices.Clone(t.Provers)
	c.Quotes = append([]Quote(nil), t.Quotes...)
	c.Attestations = append([]Attestation(nil), t.Attestations...)
	c.Segments = make([]Segment, len(t.Segments))
	for i, s := range t.Segments {
		c.Segments[i] = Segment{Index: s.Index, Attempts: make([]Attempt, len(s.Attempts))}
		for j, a := range s.Attempts {
			a.Bids = append([]Bid(nil), a.Bids...)
			if a.Award != nil {
				aw := *a.Award
				a.Award = &aw
			}
			c.Segments[i].Attempts[j] = a
		}
	}
	return &c
}

// progress applies one report of the requester (see
// requester.Client.ProveWith) to t, at time at, and says whether the
// report is worth writing to the store at once (bids are not: they are
// kept with the next write). Reports are strangers' words relayed: every
// number is bounded before it sizes anything.
func (t *Task) progress(stage string, d map[string]any, at time.Time) (save bool) {
	str := func(k string) string { s, _ := d[k].(string); return s }
	num := func(k string) (uint64, bool) {
		switch v := d[k].(type) {
		case uint32:
			return uint64(v), true
		case uint64:
			return v, true
		case int:
			if v >= 0 {
				return uint64(v), true
			}
		}
		return 0, false
	}
	t.Updated = at
	switch stage {
	case "quote":
		if len(t.Quotes) < maxQuotes {
			q := Quote{Node: str("node"), Price: str("price")}
			if dl, ok := num("deadline"); ok && dl < 1<<40 {
				q.Deadline = time.Unix(int64(dl), 0).UTC()
			}
			t.Quotes = append(t.Quotes, q)
		}
		return true
	case "paid":
		t.State, t.TaskID, t.Node, t.PricePaid, t.PaidAt = StateProving, str("task"), str("node"), str("price"), at
		if dl, ok := num("deadline"); ok && dl < 1<<40 {
			t.Deadline = time.Unix(int64(dl), 0).UTC()
		}
		if q, ok := num("quorum"); ok && q <= maxAttestations {
			t.Quorum = int(q)
		}
		if n, ok := num("segments"); ok && n > 0 && n <= uint64(min(t.Samples, maxSegments)) {
			t.SegmentCount = int(n)
		}
		return true
	case "bid", "awarded":
		idx, ok1 := num("segment")
		att, ok2 := num("attempt")
		if !ok1 || !ok2 || att == 0 || att > maxAttempts || int(idx) >= t.segmentLimit() {
			return false
		}
		a := t.attempt(int(idx), int(att))
		switch stage {
		case "bid":
			if a.FirstBidAt.IsZero() {
				a.FirstBidAt = at
			}
			a.BidCount++
			if len(a.Bids) < maxBidsRecorded {
				ms, _ := num("promised_ms")
				a.Bids = append(a.Bids, Bid{Prover: str("prover"), Price: str("price"), PromisedMS: ms, At: at})
			}
			return false
		default:
			if a.Award == nil {
				a.Award = &Award{Prover: str("prover"), Price: str("price"), At: at}
			}
			return true
		}
	case "attestation":
		v := str("verifier")
		for _, a := range t.Attestations {
			if a.Verifier == v {
				return false
			}
		}
		if len(t.Attestations) < maxAttestations {
			t.Attestations = append(t.Attestations, Attestation{Verifier: v, At: at})
		}
		return true
	case "fulfilled":
		t.State, t.FulfilTx, t.FulfilledAt = StateVerifying, str("tx"), at
		return true
	}
	return false
}

// segmentLimit bounds the segment indexes recorded: the task's segments
// once paid for, and before that no more than it has samples, nor than
// maxSegments.
func (t *Task) segmentLimit() int {
	if t.SegmentCount > 0 {
		return t.SegmentCount
	}
	return min(t.Samples, maxSegments)
}

// attempt finds or makes the record of a segment's attempt, keeping
// segments ordered by index and attempts by number.
func (t *Task) attempt(idx, att int) *Attempt {
	i := 0
	for i < len(t.Segments) && t.Segments[i].Index < idx {
		i++
	}
	if i == len(t.Segments) || t.Segments[i].Index != idx {
		t.Segments = append(t.Segments, Segment{})
		copy(t.Segments[i+1:], t.Segments[i:])
		t.Segments[i] = Segment{Index: idx}
	}
	s := &t.Segments[i]
	j := 0
	for j < len(s.Attempts) && s.Attempts[j].Attempt < att {
		j++
	}
	if j == len(s.Attempts) || s.Attempts[j].Attempt != att {
		s.Attempts = append(s.Attempts, Attempt{})
		copy(s.Attempts[j+1:], s.Attempts[j:])
		s.Attempts[j] = Attempt{Attempt: att, Bids: []Bid{}}
	}
	return &s.Attempts[j]
}

// fail ends t with err's kind and words.
func (t *Task) fail(kind string, err error, at time.Time) {
	t.State, t.ErrorKind, t.Error, t.Updated = StateFailed, kind, err.Error(), at
	if kind == KindRefunded {
		t.State = StateRefunded
	}
}
