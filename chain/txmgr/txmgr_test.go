package txmgr_test

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
)

func startChain(t *testing.T) (*devchain.Chain, *ethclient.Client) {
	t.Helper()
	c, err := devchain.Start(context.Background(), devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	cl, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return c, cl
}

func testConfig() txmgr.Config {
	cfg := txmgr.DefaultConfig()
	cfg.PollInterval = 20 * time.Millisecond
	return cfg
}

func newManager(t *testing.T, b txmgr.Backend, keyIdx int, cfg txmgr.Config) *txmgr.Manager {
	t.Helper()
	m, err := txmgr.New(context.Background(), b, devchain.DevKey(keyIdx), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Close() })
	return m
}

func deployAoraki(t *testing.T, m *txmgr.Manager) common.Address {
	t.Helper()
	ab := contracts.NewAoraki()
	code := append(common.FromHex(contracts.AorakiMetaData.Bin), ab.PackConstructor(big.NewInt(params.Ether), 10_000, 60, 50_000, 2, 3)...)
	rcpt, err := m.Transact(context.Background(), nil, nil, code)
	if err != nil {
		t.Fatal(err)
	}
	return rcpt.ContractAddress
}

func TestTransactDecodesRevertsAndKeepsNonce(t *testing.T) {
	_, cl := startChain(t)
	ctx := context.Background()
	m := newManager(t, cl, 0, testConfig())
	addr := deployAoraki(t, m)
	ab := contracts.NewAoraki()

	// A revert found by the estimate comes back with the contract's words; nothing is sent.
	_, err := m.Transact(ctx, &addr, big.NewInt(1), ab.PackRegisterNode())
	if !contracts.IsRevert(err, "StakeTooLow") || !errors.Is(err, contracts.ErrReverted) {
		t.Fatalf("got %v, want StakeTooLow", err)
	}
	if !strings.Contains(err.Error(), "The stake sent is below the minimum stake") {
		t.Fatalf("error lacks the contract's notice: %v", err)
	}
	rcpt, err := m.Transact(ctx, &addr, big.NewInt(params.Ether), ab.PackRegisterNode())
	if err != nil {
		t.Fatal(err)
	}
	if rcpt.Status != 1 {
		t.Fatal("registerNode failed")
	}
	n, err := cl.NonceAt(ctx, m.From(), nil)
	if err != nil || n != 2 {
		t.Fatalf("nonce %d, %v; want 2 (deploy, register): the refused call must not use a nonce", n, err)
	}
	out, err := m.Call(ctx, addr, ab.PackVerifierCount())
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := ab.UnpackVerifierCount(out); c != 1 {
		t.Fatalf("verifierCount = %d", c)
	}
}

func TestNonceResetAfterError(t *testing.T) {
	_, cl := startChain(t)
	ctx := context.Background()
	m := newManager(t, cl, 1, testConfig())
	to := devchain.DevAddress(7)
	if _, err := m.Transact(ctx, &to, big.NewInt(1), nil); err != nil {
		t.Fatal(err)
	}
	// Someone else uses the key's next nonce behind the manager's back.
	head, _ := cl.HeaderByNumber(ctx, nil)
	raw, _ := types.SignNewTx(devchain.DevKey(1), types.LatestSignerForChainID(m.ChainID()), &types.DynamicFeeTx{
		ChainID: m.ChainID(), Nonce: 1, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)), Gas: 21000, To: &to, Value: big.NewInt(1)})
	if err := cl.SendTransaction(ctx, raw); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Wait(ctx, raw); err != nil {
		t.Fatal(err)
	}
	// The cached nonce is stale: the send fails, and the one after succeeds.
	if _, err := m.Send(ctx, &to, big.NewInt(1), nil); err == nil || !strings.Contains(err.Error(), "nonce too low") {
		t.Fatalf("got %v, want nonce too low", err)
	}
	rcpt, err := m.Transact(ctx, &to, big.NewInt(1), nil)
	if err != nil || rcpt.Status != 1 {
		t.Fatalf("after reset: %v", err)
	}
}

func TestWaitConfirmationsAndOnChainRevert(t *testing.T) {
	c, cl := startChain(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := testConfig()
	cfg.Confirmations = 3
	m := newManager(t, cl, 2, cfg)
	to := devchain.DevAddress(8)
	tx, err := m.Send(ctx, &to, big.NewInt(5), nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var rcpt *types.Receipt
	var werr error
	go func() { defer close(done); rcpt, werr = m.Wait(ctx, tx) }()
	// Seal empty blocks until Wait sees three confirmations.
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
loop:
	for {
		select {
		case <-done:
			break loop
		case <-ticker.C:
			if err := c.Commit(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if werr != nil {
		t.Fatal(werr)
	}
	head, _ := cl.BlockNumber(ctx)
	if head+1 < rcpt.BlockNumber.Uint64()+3 {
		t.Fatalf("returned at head %d for a receipt in block %d: fewer than 3 confirmations", head, rcpt.BlockNumber)
	}

	// A transaction that fails on chain: Wait replays it and decodes the reason.
	m1 := newManager(t, cl, 3, testConfig())
	addr := deployAoraki(t, m1)
	ab := contracts.NewAoraki()
	h, _ := cl.HeaderByNumber(ctx, nil)
	bad, _ := types.SignNewTx(devchain.DevKey(3), types.LatestSignerForChainID(m1.ChainID()), &types.DynamicFeeTx{
		ChainID: m1.ChainID(), Nonce: 1, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)), Gas: 200_000, To: &addr, Data: ab.PackWithdraw()})
	if err := cl.SendTransaction(ctx, bad); err != nil {
		t.Fatal(err)
	}
	r, err := m1.Wait(ctx, bad)
	if !errors.Is(err, txmgr.ErrTxReverted) || !contracts.IsRevert(err, "NothingToWithdraw") {
		t.Fatalf("got %v, want ErrTxReverted with NothingToWithdraw", err)
	}
	if r == nil || r.Status != 0 {
		t.Fatal("failed receipt not returned")
	}
}

func TestOneManagerPerKey(t *testing.T) {
	_, cl := startChain(t)
	m := newManager(t, cl, 4, testConfig())
	if _, err := txmgr.New(context.Background(), cl, devchain.DevKey(4), testConfig(), nil); !errors.Is(err, txmgr.ErrSenderInUse) {
		t.Fatalf("second manager: %v", err)
	}
	_ = m.Close()
	m2, err := txmgr.New(context.Background(), cl, devchain.DevKey(4), testConfig(), nil)
	if err != nil {
		t.Fatalf("after close: %v", err)
	}
	_ = m2.Close()
	to := devchain.DevAddress(1)
	if _, err := m.Send(context.Background(), &to, big.NewInt(1), nil); !errors.Is(err, txmgr.ErrClosed) {
		t.Fatalf("send after close: %v", err)
	}
}

func TestConfigValidate(t *testing.T) {
	for name, mutate := range map[string]func(*txmgr.Config){
		"margin":        func(c *txmgr.Config) { c.GasMarginPercent = 500 },
		"confirmations": func(c *txmgr.Config) { c.Confirmations = 0 },
		"poll":          func(c *txmgr.Config) { c.PollInterval = 0 },
		"bump":          func(c *txmgr.Config) { c.BumpPercent = 5 },
		"fee cap":       func(c *txmgr.Config) { c.MaxFeeCap = big.NewInt(0) },
	} {
		cfg := txmgr.DefaultConfig()
		mutate(&cfg)
		if !errors.Is(cfg.Validate(), txmgr.ErrInvalidConfig) {
			t.Errorf("%s: accepted", name)
		}
	}
}

// A transaction that is not mined is replaced with higher fees; the replacement is mined.
func TestBumpReplacesStuckTransaction(t *testing.T) {
	sim := simulated.NewBackend(devchain.DevAlloc(6, devchain.DevBalance()), devchain.SimulatedOsaka())
	t.Cleanup(func() { _ = sim.Close() })
	cl := sim.Client()
	ctx := context.Background()
	m := newManager(t, cl, 5, testConfig())
	to := devchain.DevAddress(0)
	tx, err := m.Send(ctx, &to, big.NewInt(9), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Not mined: the simulated chain only seals on Commit.
	bumped, err := m.Bump(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if bumped.Nonce() != tx.Nonce() || bumped.GasFeeCap().Cmp(tx.GasFeeCap()) <= 0 || bumped.GasTipCap().Cmp(tx.GasTipCap()) <= 0 {
		t.Fatalf("replacement nonce %d fees %s/%s, original %d %s/%s", bumped.Nonce(), bumped.GasTipCap(), bumped.GasFeeCap(), tx.Nonce(), tx.GasTipCap(), tx.GasFeeCap())
	}
	sim.Commit()
	if _, err := cl.TransactionReceipt(ctx, bumped.Hash()); err != nil {
		t.Fatalf("replacement not mined: %v", err)
	}
	if _, err := cl.TransactionReceipt(ctx, tx.Hash()); err == nil {
		t.Fatal("original mined too")
	}

	// A bump past the fee cap is refused.
	cfg := testConfig()
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.MaxFeeCap = new(big.Int).Add(head.BaseFee, big.NewInt(1)) // Send clamps to it; no room to bump
	m.Close()
	capped := newManager(t, cl, 5, cfg)
	tx2, err := capped.Send(ctx, &to, big.NewInt(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := capped.Bump(ctx, tx2); !errors.Is(err, txmgr.ErrFeeCapExceeded) {
		t.Fatalf("got %v, want ErrFeeCapExceeded", err)
	}
}

// bumpSignal is a slog handler that signals each "bumped" record.
type bumpSignal struct{ ch chan struct{} }

func (h bumpSignal) Enabled(context.Context, slog.Level) bool { return true }
func (h bumpSignal) Handle(_ context.Context, r slog.Record) error {
	if strings.Contains(r.Message, "bumped") {
		select {
		case h.ch <- struct{}{}:
		default:
		}
	}
	return nil
}
func (h bumpSignal) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h bumpSignal) WithGroup(string) slog.Handler      { return h }

// Wait bumps a transaction that stays unmined and returns the replacement's receipt.
func TestWaitBumpsStuckTransaction(t *testing.T) {
	sim := simulated.NewBackend(devchain.DevAlloc(7, devchain.DevBalance()), devchain.SimulatedOsaka())
	t.Cleanup(func() { _ = sim.Close() })
	cl := sim.Client()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := testConfig()
	cfg.StuckAfter = 50 * time.Millisecond
	sig := bumpSignal{ch: make(chan struct{}, 1)}
	m, err := txmgr.New(ctx, cl, devchain.DevKey(6), cfg, slog.New(sig))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := devchain.DevAddress(0)
	tx, err := m.Send(ctx, &to, big.NewInt(3), nil)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		rcpt *types.Receipt
		err  error
	}
	done := make(chan result, 1)
	go func() { r, err := m.Wait(ctx, tx); done <- result{r, err} }()
	select {
	case <-sig.ch: // Wait replaced the unmined transaction
	case <-ctx.Done():
		t.Fatal("no bump")
	}
	sim.Commit()
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	if r.rcpt.TxHash == tx.Hash() {
		t.Fatal("receipt is the original's: the replacement was not mined")
	}
}
