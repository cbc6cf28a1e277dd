// Package store is the Aoraki node's embedded transactional store: a bbolt
// file in the node's data directory holding tasks, segments (with their
// bids, awards and receipts), attestations, prover reputation, chain
// cursors and the quote nonce counter. The node writes every transition in
// one transaction before acting on it (see package node); bbolt's
// copy-on-write pages and fsync on commit make a committed transition
// survive a crash or kill -9, and an uncommitted one vanish whole.
//
// Records are JSON values under fixed-width keys, so a record written by an
// older build stays readable and keys sort in task, then segment order.
package store

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	bolt "go.etcd.io/bbolt"

	"github.com/zkpool/aoraki/protocol/eip712"
)

// ErrNotFound reports a missing record.
var ErrNotFound = errors.New("store: not found")

// ErrCorrupt reports a store file that is not a bbolt database (or a
// damaged one): Open refuses it and says how to go on.
var ErrCorrupt = errors.New("store: corrupt file")

var (
	bTasks    = []byte("tasks")
	bSegments = []byte("segments")
	bProvers  = []byte("provers")
	bMeta     = []byte("meta")
	bQuotes   = []byte("quotes")
	// bQuoteExpiry indexes bQuotes by expiry (8 bytes big-endian, then the
	// digest), so pruning reads only the expired ones.
	bQuoteExpiry = []byte("quote-expiry")
	bUploads     = []byte("uploads")
	// bUploadExpiry indexes bUploads by the time an upload's clock
	// started (8 bytes big-endian unix seconds, then the input digest).
	bUploadExpiry = []byte("upload-expiry")
)

// TaskID is the contract's task identifier.
type TaskID [32]byte

// Address is an Ethereum address.
type Address [20]byte

// Wei is a non-negative amount that encodes as a decimal string.
type Wei struct{ big.Int }

// NewWei returns v as Wei.
func NewWei(v *big.Int) Wei {
	var w Wei
	if v != nil {
		w.Set(v)
	}
	return w
}

func (w Wei) MarshalJSON() ([]byte, error) { return json.Marshal(w.String()) }

func (w *Wei) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if _, ok := w.SetString(s, 10); !ok || w.Sign() < 0 {
		return fmt.Errorf("store: bad amount %q", s)
	}
	return nil
}

// TaskState is where a task stands (package node draws the machine).
type TaskState string

// Task states.
const (
	TaskPublished  TaskState = "published"
	TaskExecuting  TaskState = "executing"
	TaskProving    TaskState = "proving"
	TaskAggregated TaskState = "aggregated"
	TaskAttesting  TaskState = "attesting"
	TaskSubmitting TaskState = "submitting"
	TaskFulfilled  TaskState = "fulfilled"
	TaskFailed     TaskState = "failed"
)

// Open reports whether the node still has work to do on a task in s.
func (s TaskState) Open() bool { return s != TaskFulfilled && s != TaskFailed }

// Payout is one credit of fulfil.
type Payout struct {
	To     Address `json:"to"`
	Amount Wei     `json:"amount"`
}

// Task is a task this node handles.
type Task struct {
	ID        TaskID    `json:"id"`
	State     TaskState `json:"state"`
	Requester Address   `json:"requester"`
	ProgramID [32]byte  `json:"program_id"`
	InputCID  string    `json:"input_cid"`
	Price     Wei       `json:"price"`
	Deadline  time.Time `json:"deadline"`
	// Verifier is the contract the task's quote named to check the proof
	// at fulfil (zero when none): fulfil must then carry the proof.
	Verifier Address `json:"verifier"`
	// Block and TxHash locate TaskPublished.
	Block  uint64   `json:"block"`
	TxHash [32]byte `json:"tx_hash"`

	Family      string   `json:"family,omitempty"`
	Segments    int      `json:"segments,omitempty"`
	Predictions []int    `json:"predictions,omitempty"`
	Result      [32]byte `json:"result,omitempty"`
	// The proposal, built once from the verified segment receipts when
	// the task is aggregated: the composite receipt (a blob, by CID and
	// sha2-256), the result digest, the payouts and their hash.
	ReceiptCID    string   `json:"receipt_cid,omitempty"`
	ReceiptDigest [32]byte `json:"receipt_digest,omitzero"`
	ResultDigest  [32]byte `json:"result_digest,omitempty"`
	Payouts       []Payout `json:"payouts,omitempty"`
	PayoutsHash   [32]byte `json:"payouts_hash,omitzero"`
	// Attestations are signatures by verifier address.
	Attestations map[Address][]byte `json:"attestations,omitempty"`
	FulfilTx     [32]byte           `json:"fulfil_tx,omitempty"`
	// FulfilFailures counts the failed fulfil attempts in a row (refused by
	// the simulation, or mined and reverted), FulfilReverts those mined
	// and reverted (each paid gas); NextFulfil is when the node may try
	// again.
	FulfilFailures int       `json:"fulfil_failures,omitempty"`
	FulfilReverts  int       `json:"fulfil_reverts,omitempty"`
	NextFulfil     time.Time `json:"next_fulfil,omitzero"`
	// Error is why a failed task failed, or what went wrong last on an
	// open one (a refused fulfil).
	Error   string    `json:"error,omitempty"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
}

// SegmentState is where a segment stands.
type SegmentState string

// Segment states.
const (
	SegmentPending   SegmentState = "pending"
	SegmentAnnounced SegmentState = "announced"
	SegmentAwarded   SegmentState = "awarded"
	SegmentProven    SegmentState = "proven"
)

// Bid is a prover's offer for one attempt of a segment.
type Bid struct {
	Prover Address `json:"prover"`
	Peer   []byte  `json:"peer"` // libp2p peer id, binary
	Price  Wei     `json:"price"`
	// Promised is its time from award to delivery; Start the part of it
	// spent on the work it holds ahead of this segment.
	Promised time.Duration `json:"promised"`
	Start    time.Duration `json:"start,omitempty"`
	// Capacity is how many segments it proves at once, Queue how many
	// more it holds awarded, waiting; Queued what it held when bidding.
	Capacity int       `json:"capacity"`
	Queue    int       `json:"queue,omitempty"`
	Queued   int       `json:"queued"`
	At       time.Time `json:"at"`
}

// Award is who proves a segment, for how much, by when.
type Award struct {
	Prover   Address   `json:"prover"`
	Peer     []byte    `json:"peer"` // libp2p peer id, binary
	Price    Wei       `json:"price"`
	Deadline time.Time `json:"deadline"`
	At       time.Time `json:"at"`
	// Due is when the node expects the receipt: the prover's promise,
	// after the work it holds here, at no faster than its measured pace.
	Due time.Time `json:"due,omitempty"`
	// Unconfirmed is set when the prover did not answer the node right
	// after the award was published (the award may never have reached
	// it): missing it counts as unreachable, not as a failure.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// Segment is one segment of a task.
type Segment struct {
	Task      TaskID       `json:"task"`
	Index     int          `json:"index"`
	State     SegmentState `json:"state"`
	Attempt   int          `json:"attempt"`
	Family    string       `json:"family"`
	ProgramID [32]byte     `json:"program_id"`
	StateIn   [32]byte     `json:"state_in"`
	StateOut  [32]byte     `json:"state_out"`
	InputIn   [32]byte     `json:"input_in"`
	InputOut  [32]byte     `json:"input_out"`
	// Segments is how many segments the task has.
	Segments    int    `json:"segments,omitempty"`
	WitnessCID  string `json:"witness_cid"`
	WitnessSize uint64 `json:"witness_size"`
	Constraints uint64 `json:"constraints"`
	// PriceCap is the most this segment may ever pay: its share of the quote.
	PriceCap    Wei       `json:"price_cap"`
	MaxPrice    Wei       `json:"max_price"`
	BidDeadline time.Time `json:"bid_deadline,omitempty"`
	// QuietAttempts counts the attempts in a row that closed without a
	// single bid: each doubles the next attempt's bid window (package
	// market), so bids that take longer than a window to arrive (slow,
	// lossy links) land in a later one.
	QuietAttempts int    `json:"quiet_attempts,omitempty"`
	Bids          []Bid  `json:"bids,omitempty"`
	Award         *Award `json:"award,omitempty"`
	// Excluded provers failed this segment (late, invalid) and get no
	// further award for it.
	Excluded []Address `json:"excluded,omitempty"`
	// NewcomerFailed is set once a newcomer (a prover with no valid
	// receipt delivered to this node) failed this segment: from then on a
	// newcomer wins it only in an attempt that no prover with a record
	// (that may still take it) bid in (package market).
	NewcomerFailed bool `json:"newcomer_failed,omitempty"`
	// Receipt is the verified segment receipt (receipt.SegmentReceipt binary).
	Receipt []byte `json:"receipt,omitempty"`
	// AnnouncedAt is when the first attempt went out, for coordination figures.
	AnnouncedAt time.Time `json:"announced_at,omitempty"`
	ProvenAt    time.Time `json:"proven_at,omitempty"`
}

// Prover is a prover's standing with this node. A prover with Proven == 0
// is a newcomer: package market gives it one award at a time, a short
// deadline, and bans it at its first failure.
type Prover struct {
	Address Address `json:"address"`
	// Proven counts the valid receipts it delivered to this node.
	Proven int `json:"proven"`
	// Failed counts its missed proving deadlines, Invalid its invalid
	// receipts.
	Failed  int `json:"failed"`
	Invalid int `json:"invalid"`
	// Unreachable counts its awards missed while it did not answer the
	// node (it may never have had them).
	Unreachable int       `json:"unreachable,omitempty"`
	BannedUntil time.Time `json:"banned_until,omitempty"`
	LastSeen    time.Time `json:"last_seen,omitempty"`
	// Rate is its throughput as this node measured it, in constraints
	// per second (0: not measured yet), and LastProven when its latest
	// valid receipt came (package market).
	Rate       float64   `json:"rate,omitempty"`
	LastProven time.Time `json:"last_proven,omitempty"`
}

// Store is an open node store.
type Store struct{ db *bolt.DB }

// Open opens or creates the store file at path.
func Open(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return nil, fmt.Errorf("store %s: %w (is another node running on this data dir?)", path, err)
	case errors.Is(err, bolt.ErrInvalid), errors.Is(err, bolt.ErrChecksum), errors.Is(err, bolt.ErrVersionMismatch):
		return nil, fmt.Errorf("%w: %s: %w (restore it from a backup, or move it aside to start with an empty store: the node then forgets its tasks)", ErrCorrupt, path, err)
	case err != nil:
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bTasks, bSegments, bProvers, bMeta, bQuotes, bQuoteExpiry, bUploads, bUploadExpiry} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Tx is a transaction; its methods fail with the transaction.
type Tx struct{ tx *bolt.Tx }

// Update runs fn in a read-write transaction, committed when fn returns nil.
func (s *Store) Update(fn func(*Tx) error) error {
	return s.db.Update(func(tx *bolt.Tx) error { return fn(&Tx{tx}) })
}

// View runs fn in a read-only transaction.
func (s *Store) View(fn func(*Tx) error) error {
	return s.db.View(func(tx *bolt.Tx) error { return fn(&Tx{tx}) })
}

func put(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

func get(b *bolt.Bucket, key []byte, v any) error {
	data := b.Get(key)
	if data == nil {
		return ErrNotFound
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("store: corrupt record %x: %w", key, err)
	}
	return nil
}

func segKey(id TaskID, index int) []byte {
	k := make([]byte, 36)
	copy(k, id[:])
	binary.BigEndian.PutUint32(k[32:], uint32(index))
	return k
}

// PutTask writes t.
func (x *Tx) PutTask(t *Task) error { return put(x.tx.Bucket(bTasks), t.ID[:], t) }

// Task reads task id.
func (x *Tx) Task(id TaskID) (*Task, error) {
	var t Task
	if err := get(x.tx.Bucket(bTasks), id[:], &t); err != nil {
		return nil, fmt.Errorf("task %x: %w", id, err)
	}
	return &t, nil
}

// Tasks returns every task, open ones only when open is true.
func (x *Tx) Tasks(open bool) ([]*Task, error) {
	var out []*Task
	err := x.tx.Bucket(bTasks).ForEach(func(k, v []byte) error {
		var t Task
		if err := json.Unmarshal(v, &t); err != nil {
			return fmt.Errorf("store: corrupt task %x: %w", k, err)
		}
		if !open || t.State.Open() {
			out = append(out, &t)
		}
		return nil
	})
	return out, err
}

// PutSegment writes s.
func (x *Tx) PutSegment(s *Segment) error {
	return put(x.tx.Bucket(bSegments), segKey(s.Task, s.Index), s)
}

// Segment reads one segment.
func (x *Tx) Segment(id TaskID, index int) (*Segment, error) {
	var s Segment
	if err := get(x.tx.Bucket(bSegments), segKey(id, index), &s); err != nil {
		return nil, fmt.Errorf("segment %x/%d: %w", id, index, err)
	}
	return &s, nil
}

// Segments returns a task's segments in index order.
func (x *Tx) Segments(id TaskID) ([]*Segment, error) {
	var out []*Segment
	c := x.tx.Bucket(bSegments).Cursor()
	for k, v := c.Seek(id[:]); k != nil && len(k) == 36 && TaskID(k[:32]) == id; k, v = c.Next() {
		var s Segment
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, fmt.Errorf("store: corrupt segment %x: %w", k, err)
		}
		out = append(out, &s)
	}
	return out, nil
}

// PutProver writes p.
func (x *Tx) PutProver(p *Prover) error { return put(x.tx.Bucket(bProvers), p.Address[:], p) }

// Prover reads a prover's standing; an unknown prover has a clean record.
func (x *Tx) Prover(a Address) (*Prover, error) {
	var p Prover
	err := get(x.tx.Bucket(bProvers), a[:], &p)
	if errors.Is(err, ErrNotFound) {
		return &Prover{Address: a}, nil
	}
	return &p, err
}

// Provers returns every known prover.
func (x *Tx) Provers() ([]*Prover, error) {
	var out []*Prover
	err := x.tx.Bucket(bProvers).ForEach(func(k, v []byte) error {
		var p Prover
		if err := json.Unmarshal(v, &p); err != nil {
			return fmt.Errorf("store: corrupt prover %x: %w", k, err)
		}
		out = append(out, &p)
		return nil
	})
	return out, err
}

// Meta reads a named value (chain cursors and the like) into v.
func (x *Tx) Meta(name string, v any) error {
	return get(x.tx.Bucket(bMeta), []byte(name), v)
}

// SetMeta writes a named value.
func (x *Tx) SetMeta(name string, v any) error {
	return put(x.tx.Bucket(bMeta), []byte(name), v)
}

// NextNonce returns a fresh quote nonce: never the same twice, across restarts.
func (x *Tx) NextNonce() (uint64, error) {
	b := x.tx.Bucket(bMeta)
	n, err := b.NextSequence()
	if err != nil {
		return 0, err
	}
	return n, nil
}

func hexText(b []byte) []byte { return []byte("0x" + hex.EncodeToString(b)) }

func parseHex(dst []byte, text []byte, what string) error {
	s := strings.TrimPrefix(string(text), "0x")
	if len(s) != 2*len(dst) {
		return fmt.Errorf("store: bad %s %q", what, text)
	}
	_, err := hex.Decode(dst, []byte(s))
	return err
}

// MarshalText writes the address as 0x-prefixed hex.
func (a Address) MarshalText() ([]byte, error) { return hexText(a[:]), nil }

// UnmarshalText reads 0x-prefixed hex.
func (a *Address) UnmarshalText(b []byte) error { return parseHex(a[:], b, "address") }

// MarshalText writes the id as 0x-prefixed hex.
func (id TaskID) MarshalText() ([]byte, error) { return hexText(id[:]), nil }

// UnmarshalText reads 0x-prefixed hex.
func (id *TaskID) UnmarshalText(b []byte) error { return parseHex(id[:], b, "task id") }

// Quote is a quote this node signed, kept (for quotes naming a verifier)
// because fulfil must repeat it to the verifier and TaskPublished does not
// carry all of it. Its Digest is the EIP-712 digest: the task id it opens.
type Quote struct {
	Digest          TaskID   `json:"digest"`
	Node            Address  `json:"node"`
	Requester       Address  `json:"requester"`
	ProgramID       [32]byte `json:"program_id"`
	InputDigest     [32]byte `json:"input_digest"`
	Price           Wei      `json:"price"`
	ProvingDeadline uint64   `json:"proving_deadline"`
	Expiry          uint64   `json:"expiry"` // unix seconds
	Nonce           Wei      `json:"nonce"`
	Verifier        Address  `json:"verifier"`
	Callback        Address  `json:"callback"`
	// InputCID is the blob the quote priced: the quote's input digest is a
	// commitment to its samples, not its hash, so the node keeps the way
	// from the task to its input here.
	InputCID string `json:"input_cid"`
}

// QuoteOf is the record of quote q, signed with digest, for the input
// blob inputCID.
func QuoteOf(digest TaskID, q *eip712.Quote, inputCID string) *Quote {
	return &Quote{Digest: digest, Node: Address(q.Node), Requester: Address(q.Requester),
		ProgramID: [32]byte(q.ProgramID), InputDigest: [32]byte(q.InputDigest), Price: NewWei(q.Price), ProvingDeadline: q.ProvingDeadline,
		Expiry: q.Expiry, Nonce: NewWei(q.Nonce), Verifier: Address(q.Verifier), Callback: Address(q.Callback), InputCID: inputCID}
}

// EIP712 is the signed quote's typed data.
func (q *Quote) EIP712() eip712.Quote {
	return eip712.Quote{Node: common.Address(q.Node), Requester: common.Address(q.Requester), ProgramID: common.Hash(q.ProgramID),
		InputDigest: common.Hash(q.InputDigest), Price: new(big.Int).Set(&q.Price.Int), ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry,
		Nonce: new(big.Int).Set(&q.Nonce.Int), Verifier: common.Address(q.Verifier), Callback: common.Address(q.Callback)}
}

func quoteExpiryKey(expiry uint64, d TaskID) []byte {
	k := make([]byte, 40)
	binary.BigEndian.PutUint64(k, expiry)
	copy(k[8:], d[:])
	return k
}

// PutQuote keeps q under its digest.
func (x *Tx) PutQuote(q *Quote) error {
	if q.Digest == (TaskID{}) {
		return errors.New("store: quote without a digest")
	}
	if old, err := x.Quote(q.Digest); err == nil {
		if err := x.tx.Bucket(bQuoteExpiry).Delete(quoteExpiryKey(old.Expiry, old.Digest)); err != nil {
			return err
		}
	}
	if err := put(x.tx.Bucket(bQuotes), q.Digest[:], q); err != nil {
		return err
	}
	return x.tx.Bucket(bQuoteExpiry).Put(quoteExpiryKey(q.Expiry, q.Digest), nil)
}

// Quote reads the quote whose digest is d (the task id it opened).
func (x *Tx) Quote(d TaskID) (*Quote, error) {
	var q Quote
	if err := get(x.tx.Bucket(bQuotes), d[:], &q); err != nil {
		return nil, fmt.Errorf("quote %x: %w", d, err)
	}
	return &q, nil
}

// PruneQuotes deletes the quotes that expired before cutoff and whose task
// is unknown (the quote was never used: after its expiry it cannot be) or
// over (fulfilled or failed: fulfil no longer needs it). Quotes of open
// tasks stay. It reads only the expired part of the expiry index, so
// calling it at every PutQuote is cheap. It returns how many it deleted.
func (x *Tx) PruneQuotes(cutoff time.Time) (int, error) {
	if cutoff.Unix() <= 0 {
		return 0, nil
	}
	limit := uint64(cutoff.Unix())
	idx := x.tx.Bucket(bQuoteExpiry)
	var drop [][]byte
	c := idx.Cursor()
	for k, _ := c.First(); k != nil && len(k) == 40 && binary.BigEndian.Uint64(k) < limit; k, _ = c.Next() {
		t, err := x.Task(TaskID(k[8:]))
		if err == nil && t.State.Open() {
			continue
		}
		if err != nil && !errors.Is(err, ErrNotFound) {
			return 0, err
		}
		drop = append(drop, append([]byte(nil), k...))
	}
	for _, k := range drop {
		if err := idx.Delete(k); err != nil {
			return 0, err
		}
		if err := x.tx.Bucket(bQuotes).Delete(k[8:]); err != nil {
			return 0, err
		}
	}
	return len(drop), nil
}

// Upload is an input a requester uploaded to this node.
type Upload struct {
	// Digest is the input blob's sha2-256 (its CID's digest; not the
	// quote's input digest, which commits to the samples).
	Digest [32]byte `json:"digest"`
	// Since is when its clock started: the upload, or the expiry of the
	// latest quote signed for it, whichever is later.
	Since time.Time `json:"since"`
	Size  int64     `json:"size"`
}

func uploadKey(since time.Time, d [32]byte) []byte {
	k := make([]byte, 40)
	binary.BigEndian.PutUint64(k, uint64(max(since.Unix(), 0)))
	copy(k[8:], d[:])
	return k
}

// Upload reads the upload record of the input whose digest is d.
func (x *Tx) Upload(d [32]byte) (*Upload, error) {
	var u Upload
	if err := get(x.tx.Bucket(bUploads), d[:], &u); err != nil {
		return nil, fmt.Errorf("upload %x: %w", d, err)
	}
	return &u, nil
}

// PutUpload records u, restarting its clock when u.Since is later than the
// recorded one (a new upload, a new quote) and keeping the later one
// otherwise.
func (x *Tx) PutUpload(u *Upload) error {
	if old, err := x.Upload(u.Digest); err == nil {
		if !u.Since.After(old.Since) {
			u.Since = old.Since
		}
		if err := x.tx.Bucket(bUploadExpiry).Delete(uploadKey(old.Since, old.Digest)); err != nil {
			return err
		}
	}
	if err := put(x.tx.Bucket(bUploads), u.Digest[:], u); err != nil {
		return err
	}
	return x.tx.Bucket(bUploadExpiry).Put(uploadKey(u.Since, u.Digest), nil)
}

// PruneUploads forgets the uploads whose clock started before cutoff and
// whose input no task refers to (inputs of tasks stay, whatever their
// state), and returns their digests so that the caller deletes the blobs.
// It reads only the expired part of the index, and the tasks only when
// something expired.
func (x *Tx) PruneUploads(cutoff time.Time) ([][32]byte, error) {
	if cutoff.Unix() <= 0 {
		return nil, nil
	}
	limit := uint64(cutoff.Unix())
	idx := x.tx.Bucket(bUploadExpiry)
	var expired [][]byte
	c := idx.Cursor()
	for k, _ := c.First(); k != nil && len(k) == 40 && binary.BigEndian.Uint64(k) < limit; k, _ = c.Next() {
		expired = append(expired, append([]byte(nil), k...))
	}
	if len(expired) == 0 {
		return nil, nil
	}
	used := map[[32]byte]bool{}
	tasks, err := x.Tasks(false)
	if err != nil {
		return nil, err
	}
	for _, t := range tasks {
		if c, err := cid.Decode(t.InputCID); err == nil {
			if h := c.Hash(); len(h) >= 32 {
				used[[32]byte(h[len(h)-32:])] = true
			}
		}
	}
	var out [][32]byte
	for _, k := range expired {
		d := [32]byte(k[8:])
		if used[d] {
			continue
		}
		if err := idx.Delete(k); err != nil {
			return nil, err
		}
		if err := x.tx.Bucket(bUploads).Delete(d[:]); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}
