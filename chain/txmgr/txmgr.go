package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/contracts"
)

// Backend is the part of an Ethereum client the manager uses; *ethclient.Client
// and the simulated backend's client implement it.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Config tunes the manager.
type Config struct {
	// GasMarginPercent is added to the gas estimate.
	GasMarginPercent uint64 `toml:"gas_margin_percent"`
	// Confirmations is how many blocks, counting the one that includes the
	// transaction, Wait requires.
	Confirmations uint64 `toml:"confirmations"`
	// PollInterval is how often Wait looks for the receipt.
	PollInterval time.Duration `toml:"poll_interval"`
	// StuckAfter is how long a transaction may stay unmined before Wait bumps its fees.
	StuckAfter time.Duration `toml:"stuck_after"`
	// BumpPercent raises both fee caps on a bump (nodes require at least 10).
	BumpPercent uint64 `toml:"bump_percent"`
	// MaxFeeCap bounds the fee cap in wei (nil: no bound).
	MaxFeeCap *big.Int `toml:"-"`
	// RPCTimeout bounds each call to the node.
	RPCTimeout time.Duration `toml:"rpc_timeout"`
}

// DefaultConfig: 20% gas margin, 1 confirmation, 500 ms polls, bump by 15%
// after 30 s.
func DefaultConfig() Config {
	return Config{GasMarginPercent: 20, Confirmations: 1, PollInterval: 500 * time.Millisecond,
		StuckAfter: 30 * time.Second, BumpPercent: 15, RPCTimeout: 10 * time.Second}
}

// Validate checks the config.
func (c Config) Validate() error {
	switch {
	case c.GasMarginPercent > 200:
		return fmt.Errorf("%w: gas margin %d%% above 200%%", ErrInvalidConfig, c.GasMarginPercent)
	case c.Confirmations == 0:
		return fmt.Errorf("%w: confirmations must be at least 1", ErrInvalidConfig)
	case c.PollInterval <= 0 || c.StuckAfter <= 0 || c.RPCTimeout <= 0:
		return fmt.Errorf("%w: intervals must be positive", ErrInvalidConfig)
	case c.BumpPercent < 10:
		return fmt.Errorf("%w: bump %d%% below the 10%% nodes require", ErrInvalidConfig, c.BumpPercent)
	case c.MaxFeeCap != nil && c.MaxFeeCap.Sign() <= 0:
		return fmt.Errorf("%w: max fee cap must be positive", ErrInvalidConfig)
	}
	return nil
}

var (
	sendersMu sync.Mutex
	senders   = map[string]bool{}
)

// Manager sends transactions from one key.
type Manager struct {
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	cfg     Config
	log     *slog.Logger
	regKey  string

	mu     sync.Mutex // guards nonce and closed
	nonce  *uint64
	closed bool
}

// New returns the manager for key on the backend's chain.
func New(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, cfg Config, log *slog.Logger) (*Manager, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, fmt.Errorf("txmgr: nil key")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cctx, cancel := context.WithTimeout(ctx, cfg.RPCTimeout)
	defer cancel()
	chainID, err := backend.ChainID(cctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	reg := chainID.String() + "/" + from.Hex()
	sendersMu.Lock()
	defer sendersMu.Unlock()
	if senders[reg] {
		return nil, fmt.Errorf("%w: %s", ErrSenderInUse, from)
	}
	senders[reg] = true
	return &Manager{backend: backend, key: key, from: from, chainID: chainID,
		signer: types.LatestSignerForChainID(chainID), cfg: cfg, regKey: reg,
		log: log.With("subsystem", "txmgr", "from", from)}, nil
}

// Close releases the address. Closing twice is safe.
func (m *Manager) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.closed {
		m.closed = true
		sendersMu.Lock()
		delete(senders, m.regKey)
		sendersMu.Unlock()
	}
	return nil
}

// From is the sending address.
func (m *Manager) From() common.Address { return m.from }

// ChainID is the chain's id.
func (m *Manager) ChainID() *big.Int { return new(big.Int).Set(m.chainID) }

func (m *Manager) rpc(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, m.cfg.RPCTimeout)
}

// Call runs a read-only call from the manager's address; reverts are decoded.
func (m *Manager) Call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	cctx, cancel := m.rpc(ctx)
	defer cancel()
	out, err := m.backend.CallContract(cctx, ethereum.CallMsg{From: m.from, To: &to, Data: data}, nil)
	return out, contracts.DecodeError(err)
}

// Send prices, estimates, signs and sends a transaction (to == nil creates a
// contract). The estimate simulates the call with the fee fields the
// transaction will carry (so a contract that reads tx.gasprice behaves in
// the simulation as it will on chain: a simulation at gas price 0 would let
// it accept there and revert once mined, at the sender's cost). A revert
// found by the estimate is returned decoded, and nothing is sent.
func (m *Manager) Send(ctx context.Context, to *common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	if value == nil {
		value = new(big.Int)
	}
	cctx, cancel := m.rpc(ctx)
	defer cancel()
	tip, feeCap, err := m.fees(cctx)
	if err != nil {
		return nil, err
	}
	est, err := m.backend.EstimateGas(cctx, ethereum.CallMsg{From: m.from, To: to, Value: value, Data: data,
		GasFeeCap: feeCap, GasTipCap: tip})
	if err != nil {
		return nil, fmt.Errorf("txmgr: estimate gas: %w", contracts.DecodeError(err))
	}
	gas := est + est*m.cfg.GasMarginPercent/100

	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return nil, ErrClosed
	}
	if m.nonce == nil {
		n, err := m.backend.PendingNonceAt(cctx, m.from)
		if err != nil {
			return nil, fmt.Errorf("txmgr: nonce: %w", err)
		}
		m.nonce = &n
	}
	tx, err := types.SignNewTx(m.key, m.signer, &types.DynamicFeeTx{ChainID: m.chainID, Nonce: *m.nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data})
	if err != nil {
		return nil, fmt.Errorf("txmgr: sign: %w", err)
	}
	if err := m.backend.SendTransaction(cctx, tx); err != nil {
		m.nonce = nil // re-read from the chain next time
		return nil, fmt.Errorf("txmgr: send: %w", contracts.DecodeError(err))
	}
	*m.nonce++
	m.log.Debug("sent", "tx", tx.Hash(), "nonce", tx.Nonce(), "gas", gas)
	return tx, nil
}

// ResetNonce forgets the next nonce the manager counted: the next Send
// reads it from the node's pool again. Call it when a transaction this
// manager sent is known to be lost (a reorganisation dropped it and no
// pool kept it): else every later one waits behind its nonce.
func (m *Manager) ResetNonce() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.nonce = nil
}

// fees returns the tip (suggested, or 1 gwei if the node has none) and a fee
// cap of twice the base fee plus the tip, bounded by MaxFeeCap.
func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = m.backend.SuggestGasTipCap(ctx)
	if err != nil || tip.Sign() == 0 {
		tip = big.NewInt(1_000_000_000)
	}
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: head: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if m.cfg.MaxFeeCap != nil && feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
	}
	return tip, feeCap, nil
}

// Bump replaces tx (same nonce, same call) with fees raised by BumpPercent,
// and at least the current market's.
func (m *Manager) Bump(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	cctx, cancel := m.rpc(ctx)
	defer cancel()
	tip, feeCap, err := m.fees(cctx)
	if err != nil {
		return nil, err
	}
	raise := func(old, market *big.Int) *big.Int {
		b := new(big.Int).Mul(old, big.NewInt(int64(100+m.cfg.BumpPercent)))
		b.Div(b, big.NewInt(100))
		b.Add(b, big.NewInt(1))
		if market.Cmp(b) > 0 {
			return market
		}
		return b
	}
	newTip, newCap := raise(tx.GasTipCap(), tip), raise(tx.GasFeeCap(), feeCap)
	if newTip.Cmp(newCap) > 0 {
		newCap = new(big.Int).Set(newTip)
	}
	if m.cfg.MaxFeeCap != nil && newCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return nil, fmt.Errorf("%w: %s wei", ErrFeeCapExceeded, m.cfg.MaxFeeCap)
	}
	replacement, err := types.SignNewTx(m.key, m.signer, &types.DynamicFeeTx{ChainID: m.chainID, Nonce: tx.Nonce(),
		GasTipCap: newTip, GasFeeCap: newCap, Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data()})
	if err != nil {
		return nil, fmt.Errorf("txmgr: sign: %w", err)
	}
	if err := m.backend.SendTransaction(cctx, replacement); err != nil {
		return nil, fmt.Errorf("txmgr: send replacement: %w", err)
	}
	m.log.Info("bumped stuck transaction", "old", tx.Hash(), "new", replacement.Hash(), "nonce", tx.Nonce(), "fee_cap", newCap)
	return replacement, nil
}

// Wait waits until tx, or a replacement Wait made for it, has Confirmations
// blocks, bumping its fees each time it stays unmined for StuckAfter. A
// failed transaction returns its receipt and an error wrapping ErrTxReverted
// (and, where the node lets the call be replayed, the decoded reason).
func (m *Manager) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	sent := []*types.Transaction{tx}
	lastSent := time.Now()
	ticker := time.NewTicker(m.cfg.PollInterval)
	defer ticker.Stop()
	for {
		rcpt, deep, err := m.confirmed(ctx, sent)
		if err != nil {
			return nil, err
		}
		if rcpt != nil && deep {
			if rcpt.Status != types.ReceiptStatusSuccessful {
				return rcpt, m.revertReason(ctx, sent[len(sent)-1], rcpt)
			}
			return rcpt, nil
		}
		if rcpt == nil && time.Since(lastSent) >= m.cfg.StuckAfter {
			replacement, err := m.Bump(ctx, sent[len(sent)-1])
			switch {
			case err == nil:
				sent = append(sent, replacement)
			case errors.Is(err, ErrFeeCapExceeded):
				m.log.Warn("transaction stuck at the fee cap", "tx", tx.Hash(), "err", err)
			default:
				// The original may have been mined meanwhile ("nonce too low"): keep polling.
				m.log.Debug("bump failed", "tx", tx.Hash(), "err", err)
			}
			lastSent = time.Now()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-ticker.C:
		}
	}
}

// confirmed returns the receipt of whichever of sent is mined, and whether it
// has enough confirmations.
func (m *Manager) confirmed(ctx context.Context, sent []*types.Transaction) (*types.Receipt, bool, error) {
	cctx, cancel := m.rpc(ctx)
	defer cancel()
	for _, tx := range sent {
		rcpt, err := m.backend.TransactionReceipt(cctx, tx.Hash())
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, false, ctx.Err()
			}
			m.log.Debug("receipt lookup failed", "tx", tx.Hash(), "err", err)
			continue
		}
		head, err := m.backend.BlockNumber(cctx)
		if err != nil {
			return rcpt, false, nil
		}
		return rcpt, head+1 >= rcpt.BlockNumber.Uint64()+m.cfg.Confirmations, nil
	}
	return nil, false, nil
}

// revertReason replays a failed transaction at its block to recover the revert data.
func (m *Manager) revertReason(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) error {
	cctx, cancel := m.rpc(ctx)
	defer cancel()
	msg := ethereum.CallMsg{From: m.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data(),
		GasFeeCap: tx.GasFeeCap(), GasTipCap: tx.GasTipCap()}
	parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	_, err := m.backend.CallContract(cctx, msg, parent)
	if err == nil {
		return fmt.Errorf("%w: %s (no reason: it succeeds when replayed at block %s)", ErrTxReverted, tx.Hash(), parent)
	}
	return fmt.Errorf("%w: %s: %w", ErrTxReverted, tx.Hash(), contracts.DecodeError(err))
}

// Transact sends and waits.
func (m *Manager) Transact(ctx context.Context, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	tx, err := m.Send(ctx, to, value, data)
	if err != nil {
		return nil, err
	}
	return m.Wait(ctx, tx)
}
