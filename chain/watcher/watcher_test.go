package watcher_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/watcher"
)

var ab = contracts.NewAoraki()

// simChain is a simulated backend with Aoraki deployed; every call seals a block.
type simChain struct {
	t    *testing.T
	sim  *simulated.Backend
	cl   simulated.Client
	addr common.Address
}

func newSimChain(t *testing.T) *simChain {
	sim := simulated.NewBackend(devchain.DevAlloc(8, devchain.DevBalance()), devchain.SimulatedOsaka())
	t.Cleanup(func() { _ = sim.Close() })
	s := &simChain{t: t, sim: sim, cl: sim.Client()}
	code := append(common.FromHex(contracts.AorakiMetaData.Bin), ab.PackConstructor(big.NewInt(params.Ether), 10_000, 60, 50_000, 2, 3)...)
	s.addr = s.send(0, nil, nil, code).ContractAddress
	return s
}

func (s *simChain) send(from int, to *common.Address, value *big.Int, data []byte) *types.Receipt {
	s.t.Helper()
	ctx := context.Background()
	k := devchain.DevKey(from)
	sender := devchain.DevAddress(from)
	nonce, err := s.cl.PendingNonceAt(ctx, sender)
	if err != nil {
		s.t.Fatal(err)
	}
	head, _ := s.cl.HeaderByNumber(ctx, nil)
	if value == nil {
		value = new(big.Int)
	}
	chainID := big.NewInt(devchain.DefaultChainID)
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
		Gas: 3_000_000, To: to, Value: value, Data: data})
	if err != nil {
		s.t.Fatal(err)
	}
	if err := s.cl.SendTransaction(ctx, tx); err != nil {
		s.t.Fatal(err)
	}
	s.sim.Commit()
	rcpt, err := s.cl.TransactionReceipt(ctx, tx.Hash())
	if err != nil || rcpt.Status != 1 {
		s.t.Fatalf("tx failed: %v %+v", err, rcpt)
	}
	return rcpt
}

// emit produces one log: registerNode the first time for a key, addStake after.
func (s *simChain) emit(from int, first bool) *types.Receipt {
	if first {
		return s.send(from, &s.addr, big.NewInt(params.Ether), ab.PackRegisterNode())
	}
	return s.send(from, &s.addr, big.NewInt(1), ab.PackAddStake())
}

type logID struct {
	tx    common.Hash
	index uint
	block common.Hash
}

func idOf(l types.Log) logID { return logID{l.TxHash, l.Index, l.BlockHash} }

// recorder collects events and checks the exactly-once rule as they come.
type recorder struct {
	t      *testing.T
	mu     sync.Mutex
	events []watcher.Event
	live   map[logID]bool
	ch     chan watcher.Event
	fail   func(watcher.Event) error
}

func newRecorder(t *testing.T) *recorder {
	return &recorder{t: t, live: map[logID]bool{}, ch: make(chan watcher.Event, 256)}
}

func (r *recorder) handle(_ context.Context, ev watcher.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		if err := r.fail(ev); err != nil {
			return err
		}
	}
	id := idOf(ev.Log)
	if ev.Removed {
		if !r.live[id] {
			r.t.Errorf("retraction of a log never delivered: %+v", id)
		}
		delete(r.live, id)
	} else {
		if r.live[id] {
			r.t.Errorf("log delivered twice: %+v", id)
		}
		r.live[id] = true
	}
	r.events = append(r.events, ev)
	r.ch <- ev
	return nil
}

func (r *recorder) snapshot() ([]watcher.Event, map[logID]bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	live := map[logID]bool{}
	for k, v := range r.live {
		live[k] = v
	}
	return append([]watcher.Event(nil), r.events...), live
}

// canonical returns the chain's logs of the contract up to maxBlock.
func (s *simChain) canonical(maxBlock uint64) map[logID]bool {
	s.t.Helper()
	logs, err := s.cl.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(maxBlock), Addresses: []common.Address{s.addr}})
	if err != nil {
		s.t.Fatal(err)
	}
	out := map[logID]bool{}
	for _, l := range logs {
		out[idOf(l)] = true
	}
	return out
}

func sameSet(a, b map[logID]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func testConfig(addr common.Address, confirmations uint64) watcher.Config {
	cfg := watcher.DefaultConfig()
	cfg.Addresses = []common.Address{addr}
	cfg.Confirmations = confirmations
	cfg.PollInterval = 20 * time.Millisecond
	return cfg
}

// A reorganisation (simulated backend's Fork) retracts the logs it removed and
// delivers the new chain's logs.
func TestReorgRetractsAndRedelivers(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t)
	rec := newRecorder(t)
	w, err := watcher.New(s.cl, &watcher.MemoryCursor{}, rec.handle, testConfig(s.addr, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	r1 := s.emit(1, true)
	forkPoint := r1.BlockHash
	r2 := s.emit(1, false)
	r3 := s.emit(1, false)
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	events, _ := rec.snapshot()
	if len(events) != 3 || events[0].Log.TxHash != r1.TxHash || events[2].Log.TxHash != r3.TxHash {
		t.Fatalf("before the fork: %d events", len(events))
	}

	// Rewind to r1's block and build a longer chain with other transactions.
	if err := s.sim.Fork(forkPoint); err != nil {
		t.Fatal(err)
	}
	s.emit(2, true)
	s.emit(3, true)
	s.emit(2, false)
	head, _ := s.cl.BlockNumber(ctx)
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	events, live := rec.snapshot()
	retracted := map[common.Hash]bool{}
	for _, ev := range events[3:] {
		if ev.Removed {
			retracted[ev.Log.BlockHash] = true
		}
	}
	if !retracted[r2.BlockHash] || !retracted[r3.BlockHash] || retracted[r1.BlockHash] {
		t.Fatalf("retracted blocks %v; want r2's and r3's, not r1's", retracted)
	}
	if want := s.canonical(head); !sameSet(live, want) {
		t.Fatalf("delivered minus retracted (%d) differs from the canonical logs (%d)", len(live), len(want))
	}
	// Nothing new: a further round delivers nothing.
	n := len(events)
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if events, _ := rec.snapshot(); len(events) != n {
		t.Fatalf("idle round delivered %d events", len(events)-n)
	}
}

// Logs are held back until they have the configured confirmations, and a
// range wider than a page is read in several pages.
func TestConfirmationsAndPages(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t)
	rec := newRecorder(t)
	cfg := testConfig(s.addr, 3)
	cfg.PageSize = 2
	w, err := watcher.New(s.cl, &watcher.MemoryCursor{}, rec.handle, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []uint64
	for i := 0; i < 7; i++ {
		blocks = append(blocks, s.emit(1, i == 0).BlockNumber.Uint64())
		if err := w.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		head, _ := s.cl.BlockNumber(ctx)
		events, _ := rec.snapshot()
		for _, ev := range events {
			if head+1 < ev.Log.BlockNumber+3 {
				t.Fatalf("log of block %d delivered at head %d with fewer than 3 confirmations", ev.Log.BlockNumber, head)
			}
		}
		wantN := 0
		for _, b := range blocks {
			if head+1 >= b+3 {
				wantN++
			}
		}
		if len(events) != wantN {
			t.Fatalf("at head %d: %d events, want %d", head, len(events), wantN)
		}
	}
	events, _ := rec.snapshot()
	for i := 1; i < len(events); i++ {
		if events[i].Log.BlockNumber <= events[i-1].Log.BlockNumber {
			t.Fatal("events out of order")
		}
	}
}

// A new watcher on the same cursor goes on where the last one stopped.
func TestRestartFromCursor(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t)
	cursor := &watcher.MemoryCursor{}
	rec := newRecorder(t)
	w1, _ := watcher.New(s.cl, cursor, rec.handle, testConfig(s.addr, 1), nil)
	s.emit(1, true)
	s.emit(1, false)
	if err := w1.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	pos, ok, _ := cursor.Load(ctx)
	if !ok || pos != w1.Position() {
		t.Fatalf("cursor %+v, watcher %+v", pos, w1.Position())
	}
	s.emit(1, false)
	w2, _ := watcher.New(s.cl, cursor, rec.handle, testConfig(s.addr, 1), nil)
	if err := w2.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	events, _ := rec.snapshot() // the recorder fails the test on any duplicate
	if len(events) != 3 {
		t.Fatalf("%d events across the restart, want 3", len(events))
	}
}

// A handler error stops the round; the event is offered again, once.
func TestHandlerErrorRetries(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t)
	rec := newRecorder(t)
	failed := false
	rec.fail = func(ev watcher.Event) error {
		if len(rec.events) == 1 && !failed {
			failed = true
			return errors.New("store unavailable")
		}
		return nil
	}
	w, _ := watcher.New(s.cl, &watcher.MemoryCursor{}, rec.handle, testConfig(s.addr, 1), nil)
	for i := 0; i < 3; i++ {
		s.emit(1, i == 0)
	}
	if err := w.Sync(ctx); err == nil {
		t.Fatal("handler error not returned")
	}
	if events, _ := rec.snapshot(); len(events) != 1 {
		t.Fatalf("%d events after the failure, want 1", len(events))
	}
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if events, _ := rec.snapshot(); len(events) != 3 {
		t.Fatalf("%d events after the retry, want 3", len(events))
	}
}

func TestConfigValidate(t *testing.T) {
	for name, mutate := range map[string]func(*watcher.Config){
		"confirmations": func(c *watcher.Config) { c.Confirmations = 0 },
		"page":          func(c *watcher.Config) { c.PageSize = 0 },
		"poll":          func(c *watcher.Config) { c.PollInterval = 0 },
		"window":        func(c *watcher.Config) { c.ReorgWindow = 1; c.Confirmations = 5 },
	} {
		cfg := watcher.DefaultConfig()
		mutate(&cfg)
		if _, err := watcher.New(nil, &watcher.MemoryCursor{}, func(context.Context, watcher.Event) error { return nil }, cfg, nil); !errors.Is(err, watcher.ErrInvalidConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// Over WebSocket the head subscription wakes the watcher (its poll interval is
// an hour); over HTTP it polls eth_getLogs.
func TestStartOverWebSocketAndHTTP(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	http, err := ethclient.DialContext(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer http.Close()
	ws, err := ethclient.DialContext(ctx, c.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()

	// Deploy through the node with a raw transaction.
	sendRaw := func(from int, to *common.Address, value *big.Int, data []byte) common.Hash {
		nonce, _ := http.PendingNonceAt(ctx, devchain.DevAddress(from))
		head, _ := http.HeaderByNumber(ctx, nil)
		chainID := c.ChainID()
		tx, _ := types.SignNewTx(devchain.DevKey(from), types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
			Gas: 3_000_000, To: to, Value: value, Data: data})
		if err := http.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		return tx.Hash()
	}
	code := append(common.FromHex(contracts.AorakiMetaData.Bin), ab.PackConstructor(big.NewInt(params.Ether), 10_000, 60, 50_000, 2, 3)...)
	deployTx := sendRaw(0, nil, nil, code)
	var addr common.Address
	for addr == (common.Address{}) {
		rcpt, err := http.TransactionReceipt(ctx, deployTx)
		if err == nil {
			addr = rcpt.ContractAddress
			break
		}
		if ctx.Err() != nil {
			t.Fatal("deploy not mined")
		}
		<-time.After(10 * time.Millisecond) // waiting for the node: a poll, not a timed assertion
	}

	for _, tc := range []struct {
		name   string
		client watcher.Backend
		poll   time.Duration
		key    int
	}{
		{"websocket", ws, time.Hour, 1},
		{"http", http, 20 * time.Millisecond, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := newRecorder(t)
			cfg := testConfig(addr, 1)
			cfg.PollInterval = tc.poll
			w, err := watcher.New(tc.client, &watcher.MemoryCursor{}, rec.handle, cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Start(ctx); err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if err := w.Start(ctx); !errors.Is(err, watcher.ErrAlreadyStarted) {
				t.Fatalf("second start: %v", err)
			}
			txHash := sendRaw(tc.key, &addr, big.NewInt(params.Ether), ab.PackRegisterNode())
			for {
				select {
				case ev := <-rec.ch:
					if ev.Log.TxHash != txHash {
						continue
					}
					reg, err := ab.UnpackNodeRegisteredEvent(&ev.Log)
					if err != nil || reg.Node != devchain.DevAddress(tc.key) {
						t.Fatalf("event %+v, %v", reg, err)
					}
					if err := w.Close(); err != nil {
						t.Fatal(err)
					}
					if err := w.Close(); err != nil {
						t.Fatal(fmt.Errorf("second close: %w", err))
					}
					return
				case <-ctx.Done():
					t.Fatal("event not delivered")
				}
			}
		})
	}
}

// A reorganisation shallower than the confirmation depth retracts nothing:
// the watcher never delivered the blocks it replaced.
func TestShallowReorgBelowConfirmations(t *testing.T) {
	ctx := context.Background()
	s := newSimChain(t)
	rec := newRecorder(t)
	w, err := watcher.New(s.cl, &watcher.MemoryCursor{}, rec.handle, testConfig(s.addr, 3), nil)
	if err != nil {
		t.Fatal(err)
	}
	s.emit(1, true)
	s.emit(1, false)
	s.emit(1, false)
	tip := s.emit(1, false)
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	before, _ := rec.snapshot()
	if len(before) != 2 {
		t.Fatalf("%d events delivered, want 2 (the two blocks with 3 confirmations)", len(before))
	}
	// Replace the head block only.
	parent, err := s.cl.HeaderByNumber(ctx, new(big.Int).Sub(tip.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	s.emit(2, true)
	s.emit(2, false)
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	events, live := rec.snapshot()
	for _, ev := range events {
		if ev.Removed {
			t.Fatalf("retraction %+v after a reorg below the confirmation depth", ev.Log)
		}
	}
	head, _ := s.cl.BlockNumber(ctx)
	if want := s.canonical(head - 2); !sameSet(live, want) {
		t.Fatalf("delivered %d logs, canonical confirmed %d", len(live), len(want))
	}
}

func TestFileCursor(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "cursor.json")
	c := &watcher.FileCursor{Path: path}
	if _, ok, err := c.Load(ctx); ok || err != nil {
		t.Fatalf("empty cursor: %v %v", ok, err)
	}
	want := watcher.Position{Block: 12, LogIndex: 3}
	if err := c.Save(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, ok, err := (&watcher.FileCursor{Path: path}).Load(ctx)
	if err != nil || !ok || got != want {
		t.Fatalf("load %+v %v %v", got, ok, err)
	}
	if err := os.WriteFile(path, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Load(ctx); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("corrupt cursor: %v", err)
	}
	bad := &watcher.FileCursor{Path: filepath.Join(t.TempDir(), "missing-dir", "c.json")}
	if err := bad.Save(ctx, want); err == nil {
		t.Fatal("save into a missing directory succeeded")
	}

	// A watcher restarted on the file cursor delivers only what is new.
	s := newSimChain(t)
	rec := newRecorder(t)
	fc := &watcher.FileCursor{Path: filepath.Join(t.TempDir(), "w.json")}
	w1, _ := watcher.New(s.cl, fc, rec.handle, testConfig(s.addr, 1), nil)
	s.emit(1, true)
	if err := w1.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	s.emit(1, false)
	w2, _ := watcher.New(s.cl, &watcher.FileCursor{Path: fc.Path}, rec.handle, testConfig(s.addr, 1), nil)
	if err := w2.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if events, _ := rec.snapshot(); len(events) != 2 {
		t.Fatalf("%d events, want 2", len(events))
	}
}
