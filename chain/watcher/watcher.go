package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	// errReorgDuringScan aborts a round whose logs disagree with the headers read for them.
	errReorgDuringScan = errors.New("watcher: chain changed during scan")
)

// Backend is the part of an Ethereum client the watcher uses.
type Backend interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// HeadSubscriber is implemented by clients that can push new heads
// (WebSocket, IPC, in-process); the watcher uses it when present.
type HeadSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Position is the next log to deliver: every log before (Block, LogIndex) has been delivered.
type Position struct {
	Block    uint64 `json:"block"`
	LogIndex uint   `json:"log_index"`
}

func (p Position) before(l *types.Log) bool {
	return p.Block < l.BlockNumber || (p.Block == l.BlockNumber && p.LogIndex <= l.Index)
}

// Cursor persists the watcher's position. Save is called after each delivered event.
type Cursor interface {
	Load(ctx context.Context) (pos Position, ok bool, err error)
	Save(ctx context.Context, pos Position) error
}

// MemoryCursor is a Cursor kept in memory.
type MemoryCursor struct {
	mu  sync.Mutex
	pos *Position
}

// Load returns the saved position.
func (c *MemoryCursor) Load(context.Context) (Position, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pos == nil {
		return Position{}, false, nil
	}
	return *c.pos, true, nil
}

// Save stores pos.
func (c *MemoryCursor) Save(_ context.Context, pos Position) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pos = &pos
	return nil
}

// Event is a delivered log, or the retraction of one delivered before.
type Event struct {
	Log     types.Log
	Removed bool
}

// Handler receives events in chain order (retractions newest first). An
// error stops the round; the event is offered again on the next round.
type Handler func(ctx context.Context, ev Event) error

// Config tunes the watcher.
type Config struct {
	Addresses []common.Address `toml:"-"`
	Topics    [][]common.Hash  `toml:"-"`
	// FromBlock is where to start when the cursor has no position (the deploy block).
	FromBlock uint64 `toml:"from_block"`
	// Confirmations a block needs, counting itself, before its logs are delivered.
	Confirmations uint64 `toml:"confirmations"`
	// PageSize is the most blocks one eth_getLogs covers.
	PageSize uint64 `toml:"page_size"`
	// PollInterval between rounds when no head subscription wakes the watcher.
	PollInterval time.Duration `toml:"poll_interval"`
	// ReorgWindow is how many scanned block hashes are kept to detect reorganisations.
	ReorgWindow uint64 `toml:"reorg_window"`
	// RPCTimeout bounds each call to the node.
	RPCTimeout time.Duration `toml:"rpc_timeout"`
}

// DefaultConfig: 2 confirmations, 500-block pages, 2 s polls, a 128-block reorg window.
func DefaultConfig() Config {
	return Config{Confirmations: 2, PageSize: 500, PollInterval: 2 * time.Second, ReorgWindow: 128, RPCTimeout: 10 * time.Second}
}

// Validate checks the config.
func (c Config) Validate() error {
	switch {
	case c.Confirmations == 0:
		return fmt.Errorf("%w: confirmations must be at least 1", ErrInvalidConfig)
	case c.PageSize == 0 || c.PageSize > 100_000:
		return fmt.Errorf("%w: page size %d not in [1, 100000]", ErrInvalidConfig, c.PageSize)
	case c.PollInterval <= 0 || c.RPCTimeout <= 0:
		return fmt.Errorf("%w: intervals must be positive", ErrInvalidConfig)
	case c.ReorgWindow < c.Confirmations:
		return fmt.Errorf("%w: reorg window %d below confirmations %d", ErrInvalidConfig, c.ReorgWindow, c.Confirmations)
	}
	return nil
}

type logKey struct {
	tx    common.Hash
	index uint
}

// Watcher delivers confirmed logs to a handler.
type Watcher struct {
	backend Backend
	cursor  Cursor
	handler Handler
	cfg     Config
	log     *slog.Logger

	roundMu   sync.Mutex // one round at a time
	loaded    bool
	pos       Position
	hashes    map[uint64]common.Hash // scanned block -> hash, last ReorgWindow blocks
	delivered map[uint64][]types.Log // block -> logs delivered from it (within the window)
	seen      map[logKey]common.Hash // (tx, index) -> block hash it was delivered from

	lifeMu  sync.Mutex
	cancel  context.CancelFunc
	done    chan struct{}
	started bool
}

// New returns a watcher; Start runs it, or call Sync for single rounds.
func New(backend Backend, cursor Cursor, handler Handler, cfg Config, log *slog.Logger) (*Watcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if backend == nil || cursor == nil || handler == nil {
		return nil, fmt.Errorf("%w: backend, cursor and handler are required", ErrInvalidConfig)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Watcher{backend: backend, cursor: cursor, handler: handler, cfg: cfg, log: log.With("subsystem", "watcher"),
		hashes: map[uint64]common.Hash{}, delivered: map[uint64][]types.Log{}, seen: map[logKey]common.Hash{}}, nil
}

// Start loads the cursor and runs rounds in the background until Close. ctx bounds start-up only.
func (w *Watcher) Start(ctx context.Context) error {
	w.lifeMu.Lock()
	defer w.lifeMu.Unlock()
	if w.started {
		return ErrAlreadyStarted
	}
	w.roundMu.Lock()
	err := w.load(ctx)
	w.roundMu.Unlock()
	if err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	w.cancel, w.done, w.started = cancel, make(chan struct{}), true
	go w.run(runCtx)
	return nil
}

// Close stops the background loop and waits for it. Closing twice is safe.
func (w *Watcher) Close() error {
	w.lifeMu.Lock()
	cancel, done := w.cancel, w.done
	w.cancel = nil
	w.lifeMu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	return nil
}

func (w *Watcher) run(ctx context.Context) {
	defer close(w.done)
	heads := make(chan *types.Header, 16)
	var sub ethereum.Subscription
	subscribe := func() {
		hs, ok := w.backend.(HeadSubscriber)
		if !ok {
			return
		}
		sctx, cancel := context.WithTimeout(ctx, w.cfg.RPCTimeout)
		defer cancel()
		s, err := hs.SubscribeNewHead(sctx, heads)
		if err != nil {
			w.log.Debug("no head subscription, polling", "err", err)
			return
		}
		sub = s
	}
	subscribe()
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	ticker := time.NewTicker(w.cfg.PollInterval)
	defer ticker.Stop()
	for {
		if err := w.Sync(ctx); err != nil && ctx.Err() == nil {
			w.log.Warn("watch round failed", "err", err)
		}
		var subErr <-chan error
		if sub != nil {
			subErr = sub.Err()
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			if sub == nil {
				subscribe()
			}
		case <-heads:
		case err := <-subErr:
			w.log.Warn("head subscription ended, polling", "err", err)
			sub = nil
		}
	}
}

func (w *Watcher) load(ctx context.Context) error {
	if w.loaded {
		return nil
	}
	pos, ok, err := w.cursor.Load(ctx)
	if err != nil {
		return fmt.Errorf("watcher: load cursor: %w", err)
	}
	if !ok {
		pos = Position{Block: w.cfg.FromBlock}
	}
	w.pos, w.loaded = pos, true
	return nil
}

// Position is the next log the watcher will deliver.
func (w *Watcher) Position() Position {
	w.roundMu.Lock()
	defer w.roundMu.Unlock()
	return w.pos
}

// Sync runs one round: detect a reorganisation and retract what it removed,
// then deliver every confirmed log up to the head.
func (w *Watcher) Sync(ctx context.Context) error {
	w.roundMu.Lock()
	defer w.roundMu.Unlock()
	if err := w.load(ctx); err != nil {
		return err
	}
	if err := w.checkReorg(ctx); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, w.cfg.RPCTimeout)
	head, err := w.backend.BlockNumber(cctx)
	cancel()
	if err != nil {
		return fmt.Errorf("watcher: head: %w", err)
	}
	if head+1 < w.cfg.Confirmations {
		return nil
	}
	safe := head + 1 - w.cfg.Confirmations
	for from := w.pos.Block; from <= safe; {
		to := min(from+w.cfg.PageSize-1, safe)
		if err := w.scan(ctx, from, to, safe); err != nil {
			if errors.Is(err, errReorgDuringScan) {
				w.log.Debug("chain changed during scan; next round retries", "from", from, "to", to)
				return nil
			}
			return err
		}
		from = to + 1
	}
	return nil
}

// scan delivers the logs of blocks [from, to]; safe is the highest block this round covers.
func (w *Watcher) scan(ctx context.Context, from, to, safe uint64) error {
	// Record the hashes of the blocks in the reorg window before reading their logs.
	windowStart := uint64(0)
	if safe+1 > w.cfg.ReorgWindow {
		windowStart = safe + 1 - w.cfg.ReorgWindow
	}
	page := map[uint64]common.Hash{}
	for b := max(from, windowStart); b <= to; b++ {
		cctx, cancel := context.WithTimeout(ctx, w.cfg.RPCTimeout)
		h, err := w.backend.HeaderByNumber(cctx, new(big.Int).SetUint64(b))
		cancel()
		if err != nil {
			return fmt.Errorf("watcher: header %d: %w", b, err)
		}
		if b > from {
			if prev, ok := page[b-1]; ok && h.ParentHash != prev {
				return errReorgDuringScan
			}
		} else if prev, ok := w.hashes[b-1]; ok && b > 0 && h.ParentHash != prev {
			return errReorgDuringScan // checkReorg retracts on the next round
		}
		page[b] = h.Hash()
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: w.cfg.Addresses, Topics: w.cfg.Topics}
	cctx, cancel := context.WithTimeout(ctx, w.cfg.RPCTimeout)
	logs, err := w.backend.FilterLogs(cctx, q)
	cancel()
	if err != nil {
		return fmt.Errorf("watcher: logs %d-%d: %w", from, to, err)
	}
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	for _, l := range logs {
		if h, ok := page[l.BlockNumber]; ok && h != l.BlockHash {
			return errReorgDuringScan
		}
	}
	for b, h := range page {
		w.hashes[b] = h
	}
	for i := range logs {
		l := logs[i]
		if l.Removed || !w.pos.before(&l) {
			continue
		}
		key := logKey{l.TxHash, l.Index}
		if h, ok := w.seen[key]; ok && h == l.BlockHash {
			continue
		}
		if err := w.handler(ctx, Event{Log: l}); err != nil {
			return fmt.Errorf("watcher: handler: %w", err)
		}
		if l.BlockNumber >= windowStart {
			w.seen[key] = l.BlockHash
			w.delivered[l.BlockNumber] = append(w.delivered[l.BlockNumber], l)
		}
		if err := w.save(ctx, Position{Block: l.BlockNumber, LogIndex: l.Index + 1}); err != nil {
			return err
		}
	}
	if err := w.save(ctx, Position{Block: to + 1}); err != nil {
		return err
	}
	w.prune(windowStart)
	return nil
}

func (w *Watcher) save(ctx context.Context, pos Position) error {
	if pos == w.pos {
		return nil
	}
	if err := w.cursor.Save(ctx, pos); err != nil {
		return fmt.Errorf("watcher: save cursor: %w", err)
	}
	w.pos = pos
	return nil
}

func (w *Watcher) prune(windowStart uint64) {
	for b := range w.hashes {
		if b < windowStart {
			delete(w.hashes, b)
		}
	}
	for b, logs := range w.delivered {
		if b < windowStart {
			for _, l := range logs {
				delete(w.seen, logKey{l.TxHash, l.Index})
			}
			delete(w.delivered, b)
		}
	}
}

// checkReorg compares the remembered block hashes with the canonical chain
// and, from the highest block that still matches, retracts everything
// delivered above it and rewinds.
func (w *Watcher) checkReorg(ctx context.Context) error {
	if len(w.hashes) == 0 {
		return nil
	}
	blocks := make([]uint64, 0, len(w.hashes))
	for b := range w.hashes {
		blocks = append(blocks, b)
	}
	sort.Slice(blocks, func(i, j int) bool { return blocks[i] > blocks[j] })
	forkAbove := int64(-1) // highest block that still matches; -1: none in the window
	matchedTop := false
	for i, b := range blocks {
		cctx, cancel := context.WithTimeout(ctx, w.cfg.RPCTimeout)
		h, err := w.backend.HeaderByNumber(cctx, new(big.Int).SetUint64(b))
		cancel()
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("watcher: header %d: %w", b, err)
		}
		if err == nil && h.Hash() == w.hashes[b] {
			forkAbove = int64(b)
			matchedTop = i == 0
			break
		}
	}
	if matchedTop {
		return nil
	}
	if forkAbove < 0 {
		w.log.Warn("reorganisation deeper than the reorg window", "window", w.cfg.ReorgWindow, "oldest", blocks[len(blocks)-1])
		forkAbove = int64(blocks[len(blocks)-1]) - 1
	}
	// Retract newest first.
	for _, b := range blocks {
		if int64(b) <= forkAbove {
			break
		}
		logs := w.delivered[b]
		for i := len(logs) - 1; i >= 0; i-- {
			l := logs[i]
			l.Removed = true
			if err := w.handler(ctx, Event{Log: l, Removed: true}); err != nil {
				return fmt.Errorf("watcher: handler (retraction): %w", err)
			}
			delete(w.seen, logKey{l.TxHash, l.Index})
			w.delivered[b] = logs[:i]
		}
		delete(w.delivered, b)
		delete(w.hashes, b)
	}
	rewind := Position{Block: uint64(forkAbove + 1)}
	w.log.Info("chain reorganised: retracted and rewound", "to_block", rewind.Block)
	if rewind.Block < w.pos.Block || (rewind.Block == w.pos.Block && w.pos.LogIndex > 0) {
		if err := w.cursor.Save(ctx, rewind); err != nil {
			return fmt.Errorf("watcher: save cursor: %w", err)
		}
		w.pos = rewind
	}
	return nil
}
