package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/zkpool/aoraki/prover/task"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/prover/tree"
)

// Requester is what the service needs of the network: the requester
// client (requester.Client), which quotes, pays, follows and verifies.
type Requester interface {
	QuotesWith(ctx context.Context, input []byte, terms requester.Terms) ([]requester.Offer, error)
	ProveWith(ctx context.Context, input []byte, terms requester.Terms, progress requester.Progress) (*requester.Result, error)
	// VerifyingKey gives the network's verifying keys (receipt.Keys), with
	// which the service checks every receipt itself.
	VerifyingKey(family string) (groth16.VerifyingKey, error)
	// Bases gives the network's model bases, with which the service
	// computes a task's program id itself.
	Bases() task.Bases
}

var _ Requester = (*requester.Client)(nil)

// Service is the requester's HTTP service: the web page and the JSON API.
type Service struct {
	cfg   Config
	req   Requester
	log   *slog.Logger
	store *store
	ui    map[string]uiAsset

	tasks   chan struct{} // a token per task running
	trainer chan struct{} // a token for the training running
	streams chan struct{} // a token per event stream open

	mu      sync.Mutex
	started bool
	closed  bool
	ln      net.Listener
	srv     *http.Server
	runCtx  context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup // tasks running and the server
	live    map[string]*live
}

// live is a task being run: its record and who waits on it.
type live struct {
	id     string     // the task's id, which never changes
	saveMu sync.Mutex // orders the writes of the record

	mu      sync.Mutex
	task    *Task // replaced, never changed in place (update)
	subs    map[chan struct{}]struct{}
	paid    chan struct{} // closed once paid
	done    chan struct{} // closed once the task has ended
	paidSet bool
}

// New opens the store in cfg.DataDir and builds the service; Start serves
// it. A task the store holds unfinished, from a run that stopped under
// it, is marked interrupted. log may be nil.
func New(req Requester, cfg Config, log *slog.Logger) (_ *Service, err error) {
	if req == nil {
		return nil, fmt.Errorf("%w: nil requester", ErrConfig)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Service{cfg: cfg, req: req, log: log, tasks: make(chan struct{}, cfg.MaxTasks), trainer: make(chan struct{}, 1),
		streams: make(chan struct{}, cfg.MaxEventStreams), live: map[string]*live{}}
	if s.ui, err = uiAssets(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("web: data dir: %w", err)
	}
	if s.store, err = openStore(cfg.DataDir); err != nil {
		return nil, err
	}
	stale, err := s.store.interrupt(time.Now().UTC())
	if err != nil {
		s.store.close()
		return nil, err
	}
	for _, t := range stale {
		log.Warn("task interrupted by an earlier stop", "id", t.ID, "task", t.TaskID)
	}
	s.runCtx, s.cancel = context.WithCancel(context.Background())
	return s, nil
}

// Handler is the service's router, for mounting elsewhere or testing; it
// refuses requests for a host it does not serve and cross-site POSTs.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(method, pattern string, h http.HandlerFunc) {
		mux.HandleFunc(method+" "+pattern, h)
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			allow := method
			if method == http.MethodGet {
				allow = "GET, HEAD"
			}
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path))
		})
	}
	route("GET", "/v1/info", s.handleInfo)
	route("GET", "/v1/examples", s.handleExamples)
	route("POST", "/v1/quotes", s.handleQuotes)
	route("POST", "/v1/train", s.handleTrain)
	mux.HandleFunc("POST /v1/tasks", s.handleSubmit)
	mux.HandleFunc("GET /v1/tasks", s.handleList)
	mux.HandleFunc("/v1/tasks", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "GET, HEAD, POST")
		writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path))
	})
	route("GET", "/v1/tasks/{id}", s.handleTask)
	route("GET", "/v1/tasks/{id}/receipt", s.handleReceipt)
	route("GET", "/v1/tasks/{id}/events", s.handleEvents)
	route("GET", "/v1/openapi.yaml", s.handleOpenAPI)
	route("GET", "/{$}", func(w http.ResponseWriter, r *http.Request) { s.serveAsset(w, r, "index.html") })
	route("GET", "/ui/{file}", func(w http.ResponseWriter, r *http.Request) { s.serveAsset(w, r, r.PathValue("file")) })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no route %s", r.URL.Path))
	})
	return s.guard(mux)
}

// Start listens on Config.Addr and serves until Close. ctx bounds start-up only.
func (s *Service) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closed:
		return ErrClosed
	case s.started:
		return ErrStarted
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("web: listen %s: %w", s.cfg.Addr, err)
	}
	s.ln, s.started = ln, true
	s.srv = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    16 << 10,
		BaseContext:       func(net.Listener) context.Context { return s.runCtx },
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelDebug),
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("web server stopped", "err", err)
		}
	}()
	s.log.Info("requester service listening", "addr", ln.Addr().String())
	return nil
}

// Addr is the bound address (host:port) once started, else "".
func (s *Service) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Close stops serving, ends every event stream, stops the tasks running
// (each is recorded as interrupted, with what was paid) and closes the
// store. Safe twice.
func (s *Service) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	srv := s.srv
	s.mu.Unlock()
	s.cancel()
	var err error
	if srv != nil {
		ctx, done := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
		if err = srv.Shutdown(ctx); err != nil {
			err = errors.Join(err, srv.Close())
		}
		done()
	}
	s.wg.Wait()
	return errors.Join(err, s.store.close())
}

// guard refuses a request for a host the service does not serve (a web
// site whose name was rebound to this address) with 403, and a POST from
// another origin (a web page in the user's browser trying to spend the
// user's money) with 403. Programs that send no Origin pass.
func (s *Service) guard(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hostAllowed(r.Host) {
			w.Header().Set("Connection", "close") // its body is left unread
			writeError(w, http.StatusForbidden, "forbidden", fmt.Sprintf("host %q is not served here (see --allow-host)", r.Host))
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host {
				w.Header().Set("Connection", "close")
				writeError(w, http.StatusForbidden, "forbidden", fmt.Sprintf("cross-origin request from %q refused", o))
				return
			}
			if sf := r.Header.Get("Sec-Fetch-Site"); sf != "" && sf != "same-origin" && sf != "none" {
				w.Header().Set("Connection", "close")
				writeError(w, http.StatusForbidden, "forbidden", fmt.Sprintf("%s request refused", sf))
				return
			}
		}
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		s.log.Debug("web request", "method", r.Method, "path", r.URL.Path, "status", sw.code, "duration", time.Since(start))
	})
}

// hostAllowed reports whether host (a Host header) names this service:
// loopback or a configured name, at any port.
func (s *Service) hostAllowed(host string) bool {
	h, _, err := net.SplitHostPort(host)
	if err != nil {
		h = host
	}
	h = strings.ToLower(strings.Trim(h, "[]"))
	if h == "localhost" {
		return true
	}
	if ip := net.ParseIP(h); ip != nil && ip.IsLoopback() {
		return true
	}
	for _, a := range s.cfg.AllowedHosts {
		if strings.EqualFold(a, h) || strings.EqualFold(a, host) {
			return true
		}
	}
	return false
}

// Info is GET /v1/info: what the page says about the service.
type Info struct {
	Payer       string   `json:"payer"`
	DevKey      *int     `json:"dev_key,omitempty"`
	Network     string   `json:"network"`
	MaxUpload   int64    `json:"max_upload"`
	MaxTasks    int      `json:"max_tasks"`
	Deadline    float64  `json:"deadline_seconds"`
	MinDeadline float64  `json:"min_deadline_seconds"`
	MaxDeadline float64  `json:"max_deadline_seconds"`
	Segments    []int    `json:"segment_sizes"`
	Warnings    []string `json:"warnings"`
}

func (s *Service) handleInfo(w http.ResponseWriter, _ *http.Request) {
	v := Info{Payer: s.cfg.Payer, Network: s.cfg.Network, MaxUpload: s.cfg.MaxUpload, MaxTasks: s.cfg.MaxTasks,
		Deadline: s.cfg.Deadline.Seconds(), MinDeadline: s.cfg.MinDeadline.Seconds(), MaxDeadline: s.cfg.MaxDeadline.Seconds(),
		Segments: []int{0}, Warnings: []string{}}
	for n := 8; n <= 4096; n *= 2 {
		v.Segments = append(v.Segments, n)
	}
	if s.cfg.DevKey >= 0 {
		k := s.cfg.DevKey
		v.DevKey = &k
		v.Warnings = append(v.Warnings, fmt.Sprintf("This service pays from public development key %d: anyone can spend from it. "+
			"Use it on a test network only.", k))
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Service) handleExamples(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, examples)
}

// QuoteView is one node's answer in POST /v1/quotes.
type QuoteView struct {
	Peer     string    `json:"peer"`
	Node     string    `json:"node,omitempty"`
	Price    string    `json:"price,omitempty"`
	Deadline time.Time `json:"deadline,omitzero"`
	Error    string    `json:"error,omitempty"`
	// ErrorKind is too_dear (above the maximum price), unreachable or
	// refused.
	ErrorKind string `json:"error_kind,omitempty"`
}

// Quotes is POST /v1/quotes's answer.
type Quotes struct {
	Model       string      `json:"model"`
	Input       string      `json:"input"`
	Samples     int         `json:"samples"`
	Features    int         `json:"features"`
	ClassLabels []string    `json:"class_labels,omitempty"`
	Quotes      []QuoteView `json:"quotes"`
	// Best is the index of the cheapest quote, -1 when none is usable.
	Best int `json:"best"`
}

func (s *Service) handleQuotes(w http.ResponseWriter, r *http.Request) {
	// The whole exchange (upload, checks, every node's quote) may take
	// longer than WriteTimeout on a busy machine: a deadline that passed
	// would close the connection with no answer at all.
	extendWrite(w, s.cfg.PayTimeout+s.cfg.WriteTimeout)
	f, err := readForm(w, r, s.cfg.MaxUpload, taskFiles, taskFields)
	if err != nil {
		writeErr(w, err)
		return
	}
	j, err := s.parseJob(f)
	if err != nil {
		writeErr(w, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.PayTimeout)
	defer cancel()
	offers, err := s.req.QuotesWith(ctx, j.input, j.terms())
	if err != nil {
		writeErr(w, err)
		return
	}
	out := Quotes{Model: j.modelName, Input: j.inputName, Samples: j.samples, Features: j.model.NumFeatures, ClassLabels: j.labels,
		Quotes: []QuoteView{}, Best: -1}
	unreachable := 0
	for _, o := range offers {
		v := QuoteView{Peer: o.Peer.String()}
		switch {
		case o.Err != nil:
			v.Error, v.ErrorKind = o.Err.Error(), "refused"
			if errors.Is(o.Err, requester.ErrTooDear) {
				v.ErrorKind = "too_dear"
			} else if errors.Is(o.Err, requester.ErrUnreachable) {
				v.ErrorKind = "unreachable"
				unreachable++
			}
		default:
			v.Node, v.Price, v.Deadline = o.Node.Hex(), o.Price.String(), o.Deadline.UTC()
			if out.Best < 0 || o.Price.Cmp(offers[out.Best].Price) < 0 {
				out.Best = len(out.Quotes)
			}
		}
		out.Quotes = append(out.Quotes, v)
	}
	if len(offers) > 0 && unreachable == len(offers) {
		writeError(w, http.StatusBadGateway, KindUnreachable, "no node of the network could be reached: is it running? ("+out.Quotes[0].Error+")")
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Service) handleTrain(w http.ResponseWriter, r *http.Request) {
	select {
	case s.trainer <- struct{}{}:
		defer func() { <-s.trainer }()
	default:
		writeErr(w, fmt.Errorf("%w: a model is being trained; try again shortly", ErrBusy))
		return
	}
	f, err := readForm(w, r, s.cfg.MaxUpload, trainFiles, trainFields)
	if err != nil {
		writeErr(w, err)
		return
	}
	out, err := s.train(f)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// Submitted is POST /v1/tasks's answer: the task, paid and proving (201),
// or still quoting when Config.PayTimeout ran out first (202).
type Submitted struct {
	ID     string `json:"id"`
	TaskID string `json:"task_id,omitempty"`
	State  State  `json:"state"`
	Task   *Task  `json:"task"`
}

func (s *Service) handleSubmit(w http.ResponseWriter, r *http.Request) {
	extendWrite(w, s.cfg.PayTimeout+s.cfg.WriteTimeout) // as handleQuotes
	f, err := readForm(w, r, s.cfg.MaxUpload, taskFiles, taskFields)
	if err != nil {
		writeErr(w, err)
		return
	}
	j, err := s.parseJob(f)
	if err != nil {
		writeErr(w, err)
		return
	}
	lt, err := s.submit(j)
	if err != nil {
		writeErr(w, err)
		return
	}
	timer := time.NewTimer(s.cfg.PayTimeout)
	defer timer.Stop()
	select {
	case <-lt.paid:
	case <-lt.done:
	case <-timer.C:
	case <-r.Context().Done():
		return // the task goes on; GET /v1/tasks lists it
	}
	t := lt.snapshot()
	switch {
	case t.State == StateQuoting:
		writeJSON(w, http.StatusAccepted, Submitted{ID: t.ID, State: t.State, Task: t})
	case t.TaskID != "":
		writeJSON(w, http.StatusCreated, Submitted{ID: t.ID, TaskID: t.TaskID, State: t.State, Task: t})
	default: // ended before paying: why, with the task's id
		code := http.StatusInternalServerError
		switch t.ErrorKind {
		case KindNoQuote:
			code = http.StatusUnprocessableEntity
		case KindUnreachable:
			code = http.StatusBadGateway
		}
		writeJSON(w, code, errorBody{Error: t.Error, Code: t.ErrorKind, ID: t.ID})
	}
}

// Task list page sizes.
const defaultListLimit = 100

func (s *Service) handleList(w http.ResponseWriter, r *http.Request) {
	limit := min(defaultListLimit, s.cfg.ListLimit)
	if q := r.URL.Query(); q.Has("limit") {
		l, err := strconv.Atoi(q.Get("limit"))
		if err != nil || l < 1 || l > s.cfg.ListLimit {
			writeError(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("limit %q: want 1 to %d", q.Get("limit"), s.cfg.ListLimit))
			return
		}
		limit = l
	}
	ts, err := s.store.list()
	if err != nil {
		s.internal(w, r, err)
		return
	}
	out := make([]TaskSummary, 0, min(len(ts), limit))
	for _, t := range ts {
		if len(out) == limit {
			break
		}
		if lt := s.running(t.ID); lt != nil {
			t = lt.snapshot()
		}
		out = append(out, t.summary())
	}
	writeJSON(w, http.StatusOK, out)
}

// taskID checks a task id from a path: 32 hex digits.
func taskID(w http.ResponseWriter, r *http.Request) (string, bool) {
	id := r.PathValue("id")
	if len(id) != 32 {
		writeError(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("task id %q: want 32 hex digits", id))
		return "", false
	}
	if _, err := hex.DecodeString(id); err != nil || strings.ToLower(id) != id {
		writeError(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("task id %q: want 32 lower-case hex digits", id))
		return "", false
	}
	return id, true
}

// lookup is a task, running or stored.
func (s *Service) lookup(w http.ResponseWriter, r *http.Request) (*Task, bool) {
	id, ok := taskID(w, r)
	if !ok {
		return nil, false
	}
	if lt := s.running(id); lt != nil {
		return lt.snapshot(), true
	}
	t, err := s.store.get(id)
	switch {
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no task %s", id))
	case err != nil:
		s.internal(w, r, err)
	default:
		return t, true
	}
	return nil, false
}

func (s *Service) handleTask(w http.ResponseWriter, r *http.Request) {
	if t, ok := s.lookup(w, r); ok {
		writeJSON(w, http.StatusOK, t)
	}
}

func (s *Service) handleReceipt(w http.ResponseWriter, r *http.Request) {
	t, ok := s.lookup(w, r)
	if !ok {
		return
	}
	if !t.Verified {
		writeError(w, http.StatusConflict, "not_verified", fmt.Sprintf("task %s has no verified receipt (it is %s)", t.ID, t.State))
		return
	}
	b, err := s.store.receipt(t.ID)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.receipt.json"`, t.ID))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(b)
}

func (s *Service) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/yaml")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(openAPI)
}

// newID is a fresh task id: 16 random bytes in hex.
func newID() string {
	var b [16]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// extendWrite gives a long request its own write deadline.
func extendWrite(w http.ResponseWriter, d time.Duration) {
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d))
}

// internal logs a failure of the store and answers 500 without its details.
func (s *Service) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("web request failed", "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "internal", "internal error reading the task store")
}

// errorBody is every error's JSON: words, a code for programs and, for
// an upload, where the file is at fault.
type errorBody struct {
	Error      string `json:"error"`
	Code       string `json:"code"`
	ID         string `json:"id,omitempty"`
	Field      string `json:"field,omitempty"`
	File       string `json:"file,omitempty"`
	Row        int    `json:"row,omitempty"`
	Line       int    `json:"line,omitempty"`
	Column     int    `json:"column,omitempty"`
	ColumnName string `json:"column_name,omitempty"`
}

func writeError(w http.ResponseWriter, code int, kind, msg string) {
	writeJSON(w, code, errorBody{Error: msg, Code: kind})
}

// writeErr answers err with its status: 415 for a body that is not a
// form, 413 over the size cap, 400 for a bad upload (located), 503 when
// busy or closing, 502 when no node is reachable, 422 when none quotes.
func writeErr(w http.ResponseWriter, err error) {
	b := errorBody{Error: strings.TrimPrefix(strings.TrimPrefix(err.Error(), ErrUpload.Error()+": "), "web: ")}
	code := http.StatusInternalServerError
	switch {
	case errors.Is(err, errMedia):
		code, b.Code = http.StatusUnsupportedMediaType, "unsupported_media_type"
	case errors.Is(err, ErrTooLarge):
		code, b.Code = http.StatusRequestEntityTooLarge, "too_large"
	case errors.Is(err, ErrUpload):
		code, b.Code = http.StatusBadRequest, "bad_upload"
		var ie *tree.InputError
		if errors.As(err, &ie) {
			b.File, b.Row, b.Line, b.Column, b.ColumnName = ie.File, ie.Row, ie.Line, ie.Column, ie.ColumnName
		}
	case errors.Is(err, ErrBusy), errors.Is(err, ErrClosed):
		code, b.Code = http.StatusServiceUnavailable, "busy"
	case errors.Is(err, requester.ErrNoQuote) && errors.Is(err, requester.ErrUnreachable):
		code, b.Code = http.StatusBadGateway, KindUnreachable
	case errors.Is(err, requester.ErrNoQuote):
		code, b.Code = http.StatusUnprocessableEntity, KindNoQuote
	default:
		b.Code = "internal"
	}
	writeJSON(w, code, b)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"encoding the response failed","code":"internal"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}

// statusWriter records the status code for the access log.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (flush, deadlines).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
