package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
)

// keysOnly is a Requester that only gives verifying keys: the tests here
// never reach the network, and fail if they try.
type keysOnly struct {
	t     *testing.T
	keys  map[string]groth16.VerifyingKey
	bases task.Bases
}

func (k keysOnly) Bases() task.Bases { return k.bases }

func (k keysOnly) QuotesWith(context.Context, []byte, requester.Terms) ([]requester.Offer, error) {
	k.t.Error("the network was asked for quotes")
	return nil, errors.New("no network here")
}

func (k keysOnly) ProveWith(context.Context, []byte, requester.Terms, requester.Progress) (*requester.Result, error) {
	k.t.Error("the network was asked to prove")
	return nil, errors.New("no network here")
}

func (k keysOnly) VerifyingKey(family string) (groth16.VerifyingKey, error) {
	vk, ok := k.keys[family]
	if !ok {
		return nil, fmt.Errorf("no key for %s", family)
	}
	return vk, nil
}

func newTestService(t *testing.T, req Requester) *Service {
	t.Helper()
	cfg := DefaultConfig(t.TempDir())
	cfg.Addr = "127.0.0.1:0"
	s, err := New(req, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// irisJob is 8 Iris samples in one segment of 8, as a parsed request.
func irisJob(t *testing.T, s *Service) *job {
	t.Helper()
	model, err := exampleFiles.ReadFile("examples/iris/tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	all, err := exampleFiles.ReadFile("examples/iris/iris_input_data.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(all), "\n")
	picked := []string{lines[0]}
	for i := range 8 {
		picked = append(picked, lines[1+i*19]) // all three classes
	}
	csv := strings.Join(picked, "\n")
	j, err := s.parseJob(&form{files: map[string]file{"model": {"m.msgpack", model}, "input": {"x.csv", []byte(csv)}},
		fields: map[string]string{"segment_size": "8"}})
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// TestServiceChecksReceiptItself: the service shows a result only when the
// receipt verifies here, from the task's own input, whatever the requester
// client said: a flipped seal byte, other predictions, a receipt bound to
// another task, a CID that is not the receipt's, or a valid receipt of
// other samples are each refused.
func TestServiceChecksReceiptItself(t *testing.T) {
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	req := keysOnly{t: t, keys: map[string]groth16.VerifyingKey{}, bases: programs.Bases{Store: st}}
	s := newTestService(t, req)
	j := irisJob(t, s)
	id := common.HexToHash("0x7a5c")
	prove := func(input []byte) *requester.Result {
		tk, err := task.Open(input, req.bases)
		if err != nil {
			t.Fatal(err)
		}
		sess, journal, err := tk.Execute()
		if err != nil {
			t.Fatal(err)
		}
		res, err := (&local.Prover{Store: st, Task: id, Address: common.HexToAddress("0xbeef"), Price: big.NewInt(7)}).Prove(context.Background(), sess)
		if err != nil {
			t.Fatal(err)
		}
		req.keys[res.Artifacts.Manifest.Family] = res.Artifacts.VK
		enc, err := res.Receipt.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return &requester.Result{TaskID: id, Receipt: res.Receipt, ReceiptCID: cids.Of(enc), Journal: journal, Verified: true}
	}
	honest := prove(j.input)
	v, err := s.check(j, honest)
	if err != nil {
		t.Fatalf("honest receipt: %v", err)
	}
	if !slices.Equal(v.predictions, honest.Journal.Predictions) || !bytes.Contains(v.file, []byte(honest.ReceiptCID.String())) {
		t.Fatalf("checked %v, want %v", v.predictions, honest.Journal.Predictions)
	}

	tk, _ := task.Open(j.input, programs.Bases{})
	other := slices.Clone(tk.Samples)
	slices.Reverse(other)
	otherInput, err := task.NewDtree(tk.Model, other, 8)
	if err != nil {
		t.Fatal(err)
	}
	otherRes := prove(otherInput)

	copyRes := func() *requester.Result {
		r := *honest
		enc, _ := honest.Receipt.MarshalBinary()
		r.Receipt = new(receipt.CompositeReceipt)
		if err := r.Receipt.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		r.Journal.Predictions = slices.Clone(honest.Journal.Predictions)
		return &r
	}
	cases := map[string]func(r *requester.Result){
		"flipped seal byte": func(r *requester.Result) {
			seal := r.Receipt.Segments[0].Seal
			seal[len(seal)-3] ^= 1
		},
		"other predictions":   func(r *requester.Result) { r.Journal.Predictions[0] ^= 1 },
		"another task":        func(r *requester.Result) { r.TaskID = common.HexToHash("0x7a5d") },
		"a CID not its own":   func(r *requester.Result) { r.ReceiptCID = otherRes.ReceiptCID },
		"receipt of others":   func(r *requester.Result) { r.Receipt, r.ReceiptCID = otherRes.Receipt, otherRes.ReceiptCID },
		"no receipt":          func(r *requester.Result) { r.Receipt = nil },
		"no segments":         func(r *requester.Result) { r.Receipt.Segments = nil },
		"prover re-labelled":  func(r *requester.Result) { r.Receipt.Segments[0].Prover[0] ^= 1 },
		"price re-written":    func(r *requester.Result) { r.Receipt.Segments[0].Price = big.NewInt(1) },
		"journal of others":   func(r *requester.Result) { r.Journal = otherRes.Journal },
		"task of the receipt": func(r *requester.Result) { r.Receipt.Task[0] ^= 1 },
	}
	for name, edit := range cases {
		r := copyRes()
		edit(r)
		if _, err := s.check(j, r); !errors.Is(err, ErrNotVerified) {
			t.Errorf("%s: err = %v, want ErrNotVerified", name, err)
		}
	}
}

// TestProgressBounded: what gossip relays about a task is bounded however
// much of it strangers send: segments by the task's samples, attempts,
// bids kept, attestations and quotes.
func TestProgressBounded(t *testing.T) {
	tk := &Task{Samples: 20, Quotes: []Quote{}, Segments: []Segment{}, Attestations: []Attestation{}}
	now := time.Now()
	seg := func(i, a uint32) map[string]any {
		return map[string]any{"task": "0x1", "segment": i, "attempt": a, "segments": uint32(1 << 30), "prover": "0xp", "price": "1"}
	}
	for i := uint32(0); i < 1000; i++ {
		tk.progress("bid", seg(i, 1), now)
		tk.progress("bid", seg(0, i), now)
	}
	for i := 0; i < 10000; i++ {
		tk.progress("bid", seg(3, 1), now)
		tk.progress("attestation", map[string]any{"verifier": fmt.Sprintf("0x%d", i)}, now)
		tk.progress("quote", map[string]any{"node": "0xn", "price": "1", "deadline": uint64(1 << 62)}, now)
	}
	tk.progress("awarded", seg(1<<31, 1), now)
	tk.progress("bid", map[string]any{"segment": -1, "attempt": "x"}, now)
	tk.progress("paid", map[string]any{"segments": 1 << 30, "quorum": uint64(1 << 40)}, now)
	if len(tk.Segments) != 20 || tk.SegmentCount != 0 || tk.Quorum != 0 {
		t.Fatalf("%d segments recorded (count %d) for 20 samples", len(tk.Segments), tk.SegmentCount)
	}
	if n := len(tk.Segments[0].Attempts); n != maxAttempts {
		t.Fatalf("%d attempts of segment 0", n)
	}
	a := tk.Segments[3].Attempts[0]
	if len(a.Bids) != maxBidsRecorded || a.BidCount != 10001 {
		t.Fatalf("%d bids kept, %d counted", len(a.Bids), a.BidCount)
	}
	if len(tk.Attestations) != maxAttestations || len(tk.Quotes) != maxQuotes || !tk.Quotes[0].Deadline.IsZero() {
		t.Fatalf("%d attestations, %d quotes (deadline %v)", len(tk.Attestations), len(tk.Quotes), tk.Quotes[0].Deadline)
	}
	// Once paid, the task's own segment count bounds what gossip adds.
	paid := &Task{Samples: 150}
	paid.progress("paid", map[string]any{"segments": 3}, now)
	for i := uint32(0); i < 150; i++ {
		paid.progress("bid", seg(i, 1), now)
	}
	if paid.SegmentCount != 3 || len(paid.Segments) != 3 {
		t.Fatalf("paid for 3 segments, %d recorded (count %d)", len(paid.Segments), paid.SegmentCount)
	}
	for i, s := range tk.Segments {
		if s.Index != i {
			t.Fatalf("segment %d at %d", s.Index, i)
		}
	}
}

// TestBusyAndLimits: past its limits the service answers 503 and runs
// nothing: tasks, trainings, event streams.
func TestBusyAndLimits(t *testing.T) {
	s := newTestService(t, keysOnly{t: t})
	h := s.Handler()
	j := irisJob(t, s)
	done := &Task{ID: newID(), State: StateVerified, Created: time.Now()}
	if err := s.store.create(done, j.input); err != nil {
		t.Fatal(err)
	}
	post := func(path string, parts map[string]string) *httptest.ResponseRecorder {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		for k, v := range parts {
			if k == "csv" {
				w, _ := mw.CreateFormFile(k, "t.csv")
				w.Write([]byte(v))
				continue
			}
			mw.WriteField(k, v)
		}
		mw.Close()
		r := httptest.NewRequest("POST", path, &b)
		r.Host = "127.0.0.1:8780"
		r.Header.Set("Content-Type", mw.FormDataContentType())
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	for range s.cfg.MaxTasks {
		s.tasks <- struct{}{}
	}
	s.trainer <- struct{}{}
	for range s.cfg.MaxEventStreams {
		s.streams <- struct{}{}
	}
	if w := post("/v1/tasks", map[string]string{"example": "iris"}); w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), `"code":"busy"`) {
		t.Fatalf("task while full: %d %s", w.Code, w.Body)
	}
	if w := post("/v1/train", map[string]string{"csv": "a,b\n1,x\n2,y\n"}); w.Code != http.StatusServiceUnavailable {
		t.Fatalf("training while one runs: %d %s", w.Code, w.Body)
	}
	w := httptest.NewRecorder()
	r := httptest.NewRequest("GET", "/v1/tasks/"+done.ID+"/events", nil)
	r.Host = "localhost:8780"
	h.ServeHTTP(w, r)
	if w.Code != http.StatusServiceUnavailable {
		t.Fatalf("event stream over the cap: %d %s", w.Code, w.Body)
	}
	if ts, _ := s.store.list(); len(ts) != 1 {
		t.Fatalf("%d tasks on file after refusals", len(ts))
	}
}

// TestStoreInterruptsUnfinished: a task left unfinished by a stop is
// marked interrupted at the next start, saying what was paid.
func TestStoreInterruptsUnfinished(t *testing.T) {
	dir := t.TempDir()
	st, err := openStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	paid := &Task{ID: newID(), State: StateProving, TaskID: "0xabc", PricePaid: "5", Created: time.Now()}
	unpaid := &Task{ID: newID(), State: StateQuoting, Created: time.Now()}
	for _, tk := range []*Task{paid, unpaid} {
		if err := st.create(tk, []byte("in")); err != nil {
			t.Fatal(err)
		}
	}
	st.close()
	cfg := DefaultConfig(dir)
	s, err := New(keysOnly{t: t}, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, tk := range []*Task{paid, unpaid} {
		got, err := s.store.get(tk.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.State != StateInterrupted || got.ErrorKind != KindInterrupted {
			t.Fatalf("%+v", got)
		}
	}
	if got, _ := s.store.get(paid.ID); !strings.Contains(got.Error, "0xabc") || !strings.Contains(got.Error, "refunded") {
		t.Fatalf("paid task's error: %s", got.Error)
	}
	if got, _ := s.store.get(unpaid.ID); !strings.Contains(got.Error, "nothing was paid") {
		t.Fatalf("unpaid task's error: %s", got.Error)
	}
}

// TestFormCaps: the body is refused by its declared length before it is
// read, and cut at the cap when it does not declare one.
func TestFormCaps(t *testing.T) {
	s := newTestService(t, keysOnly{t: t})
	s.cfg.MaxUpload = 4 << 10
	h := s.Handler()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("model", "big.json")
	fw.Write(bytes.Repeat([]byte{' '}, 8<<10))
	mw.Close()
	body := b.Bytes()

	declared := &countingReader{r: bytes.NewReader(body)}
	r := httptest.NewRequest("POST", "/v1/tasks", declared)
	r.Host = "[::1]:8780"
	r.ContentLength = int64(len(body))
	r.Header.Set("Content-Type", mw.FormDataContentType())
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusRequestEntityTooLarge || declared.n != 0 {
		t.Fatalf("declared too large: %d after reading %d bytes: %s", w.Code, declared.n, w.Body)
	}
	undeclared := &countingReader{r: bytes.NewReader(body)}
	r = httptest.NewRequest("POST", "/v1/tasks", undeclared)
	r.Host = "127.0.0.1"
	r.ContentLength = -1
	r.Header.Set("Content-Type", mw.FormDataContentType())
	w = httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusRequestEntityTooLarge || undeclared.n > s.cfg.MaxUpload+64<<10 {
		t.Fatalf("undeclared too large: %d after reading %d bytes: %s", w.Code, undeclared.n, w.Body)
	}
}

type countingReader struct {
	r interface{ Read([]byte) (int, error) }
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestVerifiedTaskHasItsReceipt: whoever sees a task verified finds its
// receipt. A client polls the task and fetches the receipt the moment it
// reads verified (as TestServeInBrowser's API client does); before, the
// live task turned verified before its receipt was stored, and in a CI run
// under load that client got "no such task" for a verified task's
// receipt.
func TestVerifiedTaskHasItsReceipt(t *testing.T) {
	s := newTestService(t, keysOnly{t: t})
	for i := range 20 {
		tk := &Task{ID: newID(), State: StateProving, Created: time.Now()}
		if err := s.store.create(tk, []byte("input")); err != nil {
			t.Fatal(err)
		}
		lt := &live{id: tk.ID, task: tk, subs: map[chan struct{}]struct{}{}, paid: make(chan struct{}), done: make(chan struct{})}
		seen := make(chan error, 1)
		go func() {
			for {
				if lt.snapshot().Verified {
					_, err := s.store.receipt(tk.ID)
					seen <- err
					return
				}
			}
		}()
		s.update(lt, []byte(`{"receipt":"file"}`), func(t *Task) bool {
			t.State, t.Verified = StateVerified, true
			return true
		})
		if err := <-seen; err != nil {
			t.Fatalf("round %d: the task reads verified, its receipt: %v", i, err)
		}
	}
}
