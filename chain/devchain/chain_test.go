package devchain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/devchain"
)

func TestChainConfigIsOsaka(t *testing.T) {
	cfg := devchain.ChainConfig(big.NewInt(5))
	if cfg.ChainID.Int64() != 5 {
		t.Fatalf("chain id %v", cfg.ChainID)
	}
	if !cfg.IsOsaka(big.NewInt(0), 0) || !cfg.IsPrague(big.NewInt(0), 0) {
		t.Fatal("Osaka and Prague must be active at genesis")
	}
	if cfg.BogotaTime != nil || cfg.AmsterdamTime != nil || cfg.BPO1Time != nil {
		t.Fatal("no fork after Osaka may be scheduled")
	}
	if params.AllDevChainProtocolChanges.ChainID.Int64() != 1337 {
		t.Fatal("ChainConfig mutated go-ethereum's shared config")
	}
}

func TestDevKeysDeterministic(t *testing.T) {
	if devchain.DevAddress(0) != devchain.DevAddress(0) || devchain.DevAddress(0) == devchain.DevAddress(1) {
		t.Fatal("dev keys must be deterministic and distinct")
	}
	alloc := devchain.DevAlloc(3, big.NewInt(7))
	if len(alloc) != 3 || alloc[devchain.DevAddress(2)].Balance.Int64() != 7 {
		t.Fatalf("alloc %v", alloc)
	}
}

func TestConfigValidate(t *testing.T) {
	for name, mutate := range map[string]func(*devchain.Config){
		"public host": func(c *devchain.Config) { c.Host = "0.0.0.0" },
		"routable":    func(c *devchain.Config) { c.Host = "8.8.8.8" },
		"bad host":    func(c *devchain.Config) { c.Host = "example" },
		"zero chain":  func(c *devchain.Config) { c.ChainID = 0 },
		"port":        func(c *devchain.Config) { c.Port = 70000 },
		"accounts":    func(c *devchain.Config) { c.DevAccounts = -1 },
		"long period": func(c *devchain.Config) { c.Period = 7200 },
	} {
		cfg := devchain.DefaultConfig()
		mutate(&cfg)
		if _, err := devchain.New(cfg, nil); !errors.Is(err, devchain.ErrInvalidConfig) {
			t.Errorf("%s: got %v, want ErrInvalidConfig", name, err)
		}
	}
	if err := devchain.DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	// A testnet's own network namespace (testnet's netns mode).
	cfg := devchain.DefaultConfig()
	cfg.Host = "10.64.0.2"
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
}

// The chain mines on each transaction, serves HTTP and WebSocket on one
// loopback port, and keeps its state across a restart from the data dir.
func TestChainServesAndSurvivesRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := devchain.DefaultConfig()
	cfg.DataDir = t.TempDir()
	c, err := devchain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.HTTPURL() != "" {
		t.Fatal("URL before start")
	}
	if _, err := c.Client(); !errors.Is(err, devchain.ErrNotStarted) {
		t.Fatalf("client before start: %v", err)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	if err := c.Start(ctx); !errors.Is(err, devchain.ErrAlreadyStarted) {
		t.Fatalf("second start: %v", err)
	}

	ws, err := ethclient.DialContext(ctx, c.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 16)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("subscribe over ws: %v", err)
	}
	defer sub.Unsubscribe()

	http, err := ethclient.DialContext(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer http.Close()
	id, err := http.ChainID(ctx)
	if err != nil || id.Uint64() != cfg.ChainID {
		t.Fatalf("chain id over http %v, %v", id, err)
	}

	to := devchain.DevAddress(5)
	amount := big.NewInt(12345)
	head, err := http.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: id, Nonce: 0, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
		Gas:       21000, To: &to, Value: amount})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(id), devchain.DevKey(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := http.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	// Period 0: the transaction alone produces a block, announced over the WebSocket.
	select {
	case h := <-heads:
		if h.Number.Uint64() != 1 {
			t.Fatalf("first new head is block %v", h.Number)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no block mined for the transaction")
	}
	rcpt, err := bind.WaitMined(ctx, http, signed.Hash())
	if err != nil || rcpt.Status != 1 {
		t.Fatalf("receipt %+v, %v", rcpt, err)
	}
	want, err := http.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	sub.Unsubscribe()
	ws.Close()
	http.Close()
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}

	c2, err := devchain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c2.Start(ctx); err != nil {
		t.Fatalf("restart: %v", err)
	}
	t.Cleanup(func() { _ = c2.Close() })
	cl, err := c2.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	n, err := cl.BlockNumber(ctx)
	if err != nil || n != 1 {
		t.Fatalf("head after restart %d, %v; want 1", n, err)
	}
	got, err := cl.BalanceAt(ctx, to, nil)
	if err != nil || got.Cmp(want) != 0 {
		t.Fatalf("balance after restart %v, %v; want %v", got, err, want)
	}
	// Time travel for deadline tests.
	before, _ := cl.HeaderByNumber(ctx, nil)
	if err := c2.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	after, _ := cl.HeaderByNumber(ctx, nil)
	if after.Time < before.Time+3600 {
		t.Fatalf("time %d -> %d after AdjustTime(1h)", before.Time, after.Time)
	}
}

// With a block period the chain seals blocks without transactions.
func TestChainWithPeriod(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := devchain.DefaultConfig()
	cfg.Period = 1
	c, err := devchain.Start(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	cl, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	heads := make(chan *types.Header, 4)
	sub, err := cl.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	var last uint64
	for seen := 0; seen < 2; seen++ {
		select {
		case h := <-heads:
			if h.Number.Uint64() <= last {
				t.Fatalf("head %d after %d", h.Number, last)
			}
			last = h.Number.Uint64()
		case <-ctx.Done():
			t.Fatal("no empty blocks sealed with a 1 s period")
		}
	}
}
