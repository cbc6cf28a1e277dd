package web

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/task"
)

// submit records a task and starts it; the returned live task tells when
// it is paid or has ended.
func (s *Service) submit(j *job) (*live, error) {
	select {
	case s.tasks <- struct{}{}:
	default:
		return nil, fmt.Errorf("%w: %d tasks are running already; try again when one ends", ErrBusy, s.cfg.MaxTasks)
	}
	now := time.Now().UTC()
	t := &Task{ID: newID(), State: StateQuoting, Created: now, Updated: now, Model: j.modelName, Input: j.inputName, Example: j.example,
		Samples: j.samples, Features: j.model.NumFeatures, ClassLabels: j.labels, SegmentSize: j.segmentSize,
		DeadlineIn: j.deadline.Seconds(), Quotes: []Quote{}, Segments: []Segment{}, Attestations: []Attestation{}, Expected: j.expected}
	if j.maxPrice != nil {
		t.MaxPrice = j.maxPrice.String()
	}
	lt := &live{id: t.ID, task: t, subs: map[chan struct{}]struct{}{}, paid: make(chan struct{}), done: make(chan struct{})}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		<-s.tasks
		return nil, ErrClosed
	}
	// On file before any node is asked: a crash from here on leaves it
	// listed, as interrupted.
	if err := s.store.create(t, j.input); err != nil {
		s.mu.Unlock()
		<-s.tasks
		return nil, fmt.Errorf("web: recording the task: %w", err)
	}
	s.live[t.ID] = lt
	s.wg.Add(1)
	s.mu.Unlock()
	s.log.Info("task submitted", "id", t.ID, "model", t.Model, "samples", t.Samples)
	go func() {
		defer s.wg.Done()
		defer func() { <-s.tasks }()
		s.run(lt, j)
	}()
	return lt, nil
}

// run proves the task, checks its receipt and records the outcome.
func (s *Service) run(lt *live, j *job) {
	defer func() {
		s.mu.Lock()
		delete(s.live, lt.id)
		s.mu.Unlock()
		close(lt.done)
		lt.notify()
	}()
	res, err := s.req.ProveWith(s.runCtx, j.input, j.terms(), func(stage string, d map[string]any) {
		s.update(lt, nil, func(t *Task) bool { return t.progress(stage, d, time.Now().UTC()) })
		if stage == "paid" {
			lt.markPaid()
		}
	})
	var file []byte
	if err == nil {
		var v *verified
		if v, err = s.check(j, res); err == nil {
			file = v.file
			s.update(lt, file, func(t *Task) bool {
				t.State, t.Verified, t.Predictions, t.ReceiptCID = StateVerified, true, v.predictions, res.ReceiptCID.String()
				t.ElapsedSecs, t.Updated = res.Elapsed.Seconds(), time.Now().UTC()
				if t.FulfilTx == "" {
					t.FulfilTx = res.FulfilTx.Hex()
				}
				if len(j.labels) > 0 {
					t.Labels = make([]string, len(v.predictions))
					for i, p := range v.predictions {
						if p >= 0 && p < len(j.labels) {
							t.Labels[i] = j.labels[p]
						}
					}
				}
				t.Provers = t.Provers[:0]
				for _, p := range res.Provers {
					t.Provers = append(t.Provers, p.Hex())
				}
				return true
			})
			s.log.Info("task verified", "id", lt.id, "task", res.TaskID, "price", res.Price)
			return
		}
	}
	kind := KindFailed
	switch {
	case errors.Is(err, requester.ErrRefunded):
		kind = KindRefunded
		err = fmt.Errorf("the task missed its deadline and was refunded: the price and a slice of the node's stake are credited " +
			"to the paying account in the contract (withdraw them from there)")
	case errors.Is(err, requester.ErrNotVerified), errors.Is(err, ErrNotVerified):
		kind = KindNotVerified
	case errors.Is(err, requester.ErrNoQuote) && errors.Is(err, requester.ErrUnreachable):
		kind = KindUnreachable
	case errors.Is(err, requester.ErrNoQuote):
		kind = KindNoQuote
	case s.runCtx.Err() != nil:
		kind = KindInterrupted
	}
	s.update(lt, nil, func(t *Task) bool {
		if kind == KindInterrupted {
			t.fail(kind, errInterrupted(t), time.Now().UTC())
			t.State = StateInterrupted
		} else {
			t.fail(kind, err, time.Now().UTC())
		}
		return true
	})
	s.log.Warn("task failed", "id", lt.id, "kind", kind, "err", err)
}

// update applies fn to the live task's record, writes it (with a receipt
// file, if any) when fn says so, and tells its watchers. Writes happen in
// the order of the changes.
//
// The change is made to a copy, stored, and only then made the live task:
// a reader who sees a state (a verified task, say) finds in the store what
// goes with it (its receipt). Before, the live task turned verified before
// the receipt was written, and a client polling the task and then fetching
// its receipt in that window got "no such task" (TestServeInBrowser, in a
// CI run under load).
func (s *Service) update(lt *live, file []byte, fn func(*Task) bool) {
	lt.saveMu.Lock() // one update at a time: no change is lost
	defer lt.saveMu.Unlock()
	c := lt.snapshot()
	if fn(c) {
		if err := s.store.put(c, file); err != nil {
			s.log.Error("writing a task", "id", c.ID, "err", err)
		}
	}
	lt.mu.Lock()
	lt.task = c
	lt.mu.Unlock()
	lt.notify()
}

// running is the live task id, if it runs.
func (s *Service) running(id string) *live {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.live[id]
}

func (lt *live) snapshot() *Task {
	lt.mu.Lock()
	defer lt.mu.Unlock()
	return lt.task.clone()
}

func (lt *live) markPaid() {
	lt.mu.Lock()
	defer lt.mu.Unlock()
	if !lt.paidSet {
		lt.paidSet = true
		close(lt.paid)
	}
}

// notify wakes every watcher (each has a one-slot channel: a burst of
// changes wakes it once).
func (lt *live) notify() {
	lt.mu.Lock()
	defer lt.mu.Unlock()
	for ch := range lt.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

func (lt *live) subscribe() (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	lt.mu.Lock()
	lt.subs[ch] = struct{}{}
	lt.mu.Unlock()
	return ch, func() {
		lt.mu.Lock()
		delete(lt.subs, ch)
		lt.mu.Unlock()
	}
}

// verified is a result checked here.
type verified struct {
	predictions []int
	file        []byte // the receipt file
}

// receiptFile is the downloadable receipt: the format `zkpool prove
// --receipt` writes and `zkpool verify` reads.
type receiptFile struct {
	Version     int    `json:"version"`
	Program     string `json:"program"`
	Family      string `json:"family"`
	ModelHash   string `json:"model_hash"`
	Predictions []int  `json:"predictions"`
	ReceiptCID  string `json:"receipt_cid"`
	Receipt     string `json:"receipt"` // base64 of the composite receipt's binary encoding
	TaskID      string `json:"task_id"`
}

// check verifies res here, from the task's own input and nothing the
// network said: the receipt's program names a segmentation of this input,
// its native run gives the journal, and every seal, the state chain and
// the input chain prove that journal on that input for this task, under
// the network's verifying keys. Only then is a result shown.
func (s *Service) check(j *job, res *requester.Result) (*verified, error) {
	if res == nil || res.Receipt == nil || len(res.Receipt.Segments) == 0 {
		return nil, fmt.Errorf("%w: no receipt", ErrNotVerified)
	}
	tk, err := task.Open(j.input, s.req.Bases())
	if err != nil {
		return nil, err
	}
	sized, err := tk.Resolve(res.Receipt.Segments[0].Claim.ProgramID)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotVerified, err)
	}
	_, journal, err := sized.Execute()
	if err != nil {
		return nil, err
	}
	want, err := sized.Expect(journal)
	if err != nil {
		return nil, err
	}
	want.Task = res.TaskID
	if common.Hash(res.Receipt.Task) != res.TaskID {
		return nil, fmt.Errorf("%w: the receipt is for task %x, not %s", ErrNotVerified, res.Receipt.Task, res.TaskID)
	}
	if err := res.Receipt.Verify(s.req, want); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotVerified, err)
	}
	if !slices.Equal(journal.Predictions, res.Journal.Predictions) {
		return nil, fmt.Errorf("%w: the requester reported other predictions than the receipt proves", ErrNotVerified)
	}
	enc, err := res.Receipt.MarshalBinary()
	if err != nil {
		return nil, err
	}
	c := cids.Of(enc)
	if !c.Equals(res.ReceiptCID) {
		return nil, fmt.Errorf("%w: the receipt's CID is %s, not the %s recorded on chain", ErrNotVerified, c, res.ReceiptCID)
	}
	file, err := json.MarshalIndent(receiptFile{Version: 1, Program: task.Dtree, Family: sized.Family(),
		ModelHash: sized.ProgramID().String(), Predictions: journal.Predictions, ReceiptCID: c.String(),
		Receipt: base64.StdEncoding.EncodeToString(enc), TaskID: res.TaskID.Hex()}, "", "  ")
	if err != nil {
		return nil, err
	}
	return &verified{predictions: journal.Predictions, file: append(file, '\n')}, nil
}
