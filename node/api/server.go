package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/protocol/status"
)

// Node is what the API reads of the node it serves (*node.Node): its
// status, its store, its events and the bids it hears.
type Node interface {
	Status() (status.Node, error)
	// Clearing is the clearing price, wei per million constraints.
	Clearing() *big.Int
	Store() *store.Store
	Subscribe() (<-chan events.Event, func())
	WatchBids(ctx context.Context, fn func(prover common.Address)) error
	// WatchBidders calls fn with what every bid heard says of its prover.
	WatchBidders(ctx context.Context, fn func(events.Bidder)) error
	// TopicPeers lists the peers on the "segments" (provers) and
	// "attest-req" (nodes) topics.
	TopicPeers() map[string][]peer.ID
}

// Service is the HTTP API of one node.
type Service struct {
	cfg  Config
	node Node
	log  *slog.Logger
	reg  *prometheus.Registry
	met  *metrics
	ui   map[string]uiAsset // the dashboard's files by name

	mu      sync.Mutex
	started bool
	closed  bool
	ln      net.Listener
	srv     *http.Server
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	streams chan struct{} // one token per open event stream
	bidders bidders       // provers heard bidding on gossip
}

// New builds the API of n; Start serves it. log may be nil.
func New(n Node, cfg Config, log *slog.Logger) (*Service, error) {
	if n == nil {
		return nil, fmt.Errorf("%w: nil node", ErrConfig)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Service{cfg: cfg, node: n, log: log, reg: prometheus.NewRegistry(), streams: make(chan struct{}, cfg.MaxEventStreams)}
	m, err := newMetrics(s)
	if err != nil {
		return nil, err
	}
	s.met = m
	if s.ui, err = uiAssets(); err != nil {
		return nil, err
	}
	return s, nil
}

// Registry is the service's own metrics registry (one per node).
func (s *Service) Registry() *prometheus.Registry { return s.reg }

// Handler is the API's request router, for mounting elsewhere or testing.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(pattern string, h http.HandlerFunc) {
		mux.HandleFunc("GET "+pattern, h)
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path))
		})
	}
	route("/v1/status", s.handleStatus)
	route("/v1/tasks", s.handleTasks)
	route("/v1/tasks/{id}", s.handleTask)
	route("/v1/provers", s.handleProvers)
	route("/v1/prices", s.handlePrices)
	route("/v1/network", s.handleNetwork)
	route("/v1/events", s.handleEvents)
	metricsHandler := promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{ErrorLog: slogErrorLog{s.log}, ErrorHandling: promhttp.ContinueOnError, Timeout: s.cfg.WriteTimeout})
	route("/metrics", metricsHandler.ServeHTTP)
	route("/{$}", s.handleIndex)
	route("/ui/{file}", s.handleAsset)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no route %s", r.URL.Path))
	})
	return s.accessLog(mux)
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
		return fmt.Errorf("api: listen %s: %w", s.cfg.Addr, err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s.ln, s.cancel, s.started = ln, cancel, true
	s.srv = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    16 << 10,
		BaseContext:       func(net.Listener) context.Context { return runCtx },
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelDebug),
	}
	// The metrics follow the node's events and bids from now on.
	events, unsubscribe := s.node.Subscribe()
	s.wg.Add(4)
	go func() {
		defer s.wg.Done()
		defer unsubscribe()
		s.met.follow(runCtx, events)
	}()
	go func() {
		defer s.wg.Done()
		err := s.node.WatchBids(runCtx, func(common.Address) { s.met.counts.bid() })
		if err != nil && runCtx.Err() == nil {
			s.log.Warn("bid counting stopped", "err", err)
		}
	}()
	go func() {
		defer s.wg.Done()
		err := s.node.WatchBidders(runCtx, s.bidders.see)
		if err != nil && runCtx.Err() == nil {
			s.log.Warn("following bidders stopped", "err", err)
		}
	}()
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("api server stopped", "err", err)
		}
	}()
	s.log.Info("api listening", "addr", ln.Addr().String())
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

// Close ends every event stream, waits up to Config.ShutdownTimeout for
// requests in flight, and stops the service's goroutines. Safe twice.
func (s *Service) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	srv, cancel := s.srv, s.cancel
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	cancel() // event streams return; the metrics stop following
	ctx, done := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer done()
	err := srv.Shutdown(ctx)
	if err != nil {
		err = errors.Join(err, srv.Close())
	}
	s.wg.Wait()
	return err
}

func (s *Service) handleStatus(w http.ResponseWriter, r *http.Request) {
	v, err := s.node.Status()
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// Task list page sizes.
const (
	defaultTaskLimit = 100
	maxTaskLimit     = 1000
)

func (s *Service) handleTasks(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var want store.TaskState
	if q.Has("state") {
		want = store.TaskState(q.Get("state"))
		if !taskStates[want] {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown task state %q", want))
			return
		}
	}
	limit := defaultTaskLimit
	if q.Has("limit") {
		l, err := strconv.Atoi(q.Get("limit"))
		if err != nil || l < 1 || l > maxTaskLimit {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("limit %q: want 1 to %d", q.Get("limit"), maxTaskLimit))
			return
		}
		limit = l
	}
	out := []*TaskView{}
	err := s.node.Store().View(func(x *store.Tx) error {
		ts, err := x.Tasks(false)
		if err != nil {
			return err
		}
		page := ts[:0]
		for _, t := range ts {
			if want == "" || t.State == want {
				page = append(page, t)
			}
		}
		sort.SliceStable(page, func(i, j int) bool { return page[i].Created.After(page[j].Created) })
		if len(page) > limit {
			page = page[:limit]
		}
		for _, t := range page {
			segs, err := x.Segments(t.ID)
			if err != nil {
				return err
			}
			out = append(out, taskView(t, segs, false))
		}
		return nil
	})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Service) handleTask(w http.ResponseWriter, r *http.Request) {
	id, err := parseTaskID(r.PathValue("id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	var v *TaskView
	err = s.node.Store().View(func(x *store.Tx) error {
		t, err := x.Task(id)
		if err != nil {
			return err
		}
		segs, err := x.Segments(id)
		if err != nil {
			return err
		}
		v = taskView(t, segs, true)
		return nil
	})
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, fmt.Sprintf("no task %s", hexOf(id[:])))
	case err != nil:
		s.internal(w, r, err)
	default:
		writeJSON(w, http.StatusOK, v)
	}
}

func (s *Service) handleProvers(w http.ResponseWriter, r *http.Request) {
	out := []ProverView{}
	now := time.Now()
	err := s.node.Store().View(func(x *store.Tx) error {
		ps, err := x.Provers()
		for _, p := range ps {
			out = append(out, proverView(p, now))
		}
		return err
	})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Service) handlePrices(w http.ResponseWriter, r *http.Request) {
	v := PricesView{ClearingPrice: s.node.Clearing().String()}
	err := s.node.Store().View(func(x *store.Tx) error {
		ts, err := x.Tasks(false)
		if err != nil {
			return err
		}
		var segErr error
		v.RecentAwards = recentAwards(ts, func(id store.TaskID) []*store.Segment {
			segs, err := x.Segments(id)
			if err != nil && segErr == nil {
				segErr = err
			}
			return segs
		}, s.cfg.RecentAwards)
		return segErr
	})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// internal logs a store failure and answers 500 without its details.
func (s *Service) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("api request failed", "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "internal error reading the node's store")
}

type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, errorBody{Error: msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"encoding the response failed"}`)
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

func (s *Service) accessLog(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		s.log.Debug("api request", "method", r.Method, "path", r.URL.Path, "status", sw.code,
			"duration", time.Since(start), "remote", r.RemoteAddr)
	})
}

// slogErrorLog adapts the logger to promhttp's error log.
type slogErrorLog struct{ log *slog.Logger }

func (l slogErrorLog) Println(v ...any) { l.log.Warn("metrics", "err", fmt.Sprint(v...)) }
