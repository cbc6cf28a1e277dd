package devchain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// Config configures the embedded chain.
type Config struct {
	// DataDir keeps the chain across restarts; empty runs in memory.
	DataDir string `toml:"data_dir"`
	// ChainID of the chain.
	ChainID uint64 `toml:"chain_id"`
	// Period is the block period in seconds; 0 seals a block for each transaction.
	Period uint64 `toml:"period"`
	// Host is the address JSON-RPC (HTTP and WebSocket) listens on: a
	// loopback address, or a private one (RFC 1918, such as a testnet's
	// own network namespace, package testnet). The dev keys are public,
	// so never a public or unspecified address.
	Host string `toml:"host"`
	// Port for HTTP and WebSocket (shared); 0 picks a free port.
	Port int `toml:"port"`
	// DevAccounts is how many DevKey accounts are funded at genesis.
	DevAccounts int `toml:"dev_accounts"`
	// Admin serves the fault hooks (AdminNamespace: reorganise the chain,
	// hold transactions in the pool by the miner's tip) to whoever reaches
	// the RPC port: for fault tests only.
	Admin bool `toml:"admin"`
}

// DefaultConfig is an in-memory chain on 127.0.0.1 with a free port, mining on
// each transaction, with 10 funded dev accounts.
func DefaultConfig() Config {
	return Config{ChainID: DefaultChainID, Host: "127.0.0.1", DevAccounts: 10}
}

// Validate checks the config.
func (c Config) Validate() error {
	if c.ChainID == 0 {
		return fmt.Errorf("%w: chain id must be positive", ErrInvalidConfig)
	}
	ip := net.ParseIP(c.Host)
	if c.Host != "localhost" && (ip == nil || !ip.IsLoopback() && !ip.IsPrivate()) {
		return fmt.Errorf("%w: host %q is not a loopback or private address (the dev keys are public)", ErrInvalidConfig, c.Host)
	}
	if c.Port < 0 || c.Port > 65535 {
		return fmt.Errorf("%w: port %d out of range", ErrInvalidConfig, c.Port)
	}
	if c.DevAccounts < 0 || c.DevAccounts > 1000 {
		return fmt.Errorf("%w: dev accounts %d not in [0, 1000]", ErrInvalidConfig, c.DevAccounts)
	}
	if c.Period > 3600 {
		return fmt.Errorf("%w: period %ds above one hour", ErrInvalidConfig, c.Period)
	}
	return nil
}

// Chain is a running embedded development chain.
type Chain struct {
	cfg Config
	log *slog.Logger

	mu      sync.Mutex
	stack   *node.Node
	backend *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	closed  bool
	// minerTip is the least priority fee sealed (SetMinerTip).
	minerTip *big.Int

	// sealMu serialises every block the beacon seals: go-ethereum's
	// SimulatedBeacon is not safe for concurrent sealing, so the chain runs
	// its own mining loop instead of the beacon's.
	sealMu sync.Mutex
	// reorgHook (tests only) runs in a losing Reorg between the pool's
	// clearing and the new branch's seal.
	reorgHook  func()
	stopMining context.CancelFunc
	miningDone chan struct{}
}

// New validates cfg and returns a chain ready to Start.
func New(cfg Config, log *slog.Logger) (*Chain, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Chain{cfg: cfg, log: log.With("subsystem", "devchain")}, nil
}

// Start opens (or creates) the chain and starts serving JSON-RPC. ctx bounds
// start-up only.
func (c *Chain) Start(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack != nil {
		return ErrAlreadyStarted
	}
	if c.closed {
		return fmt.Errorf("devchain: start after close")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "zkpool-devchain"
	nodeCfg.DataDir = c.cfg.DataDir
	nodeCfg.IPCPath = ""
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeCfg.HTTPHost, nodeCfg.HTTPPort = c.cfg.Host, c.cfg.Port
	nodeCfg.WSHost, nodeCfg.WSPort = c.cfg.Host, c.cfg.Port
	nodeCfg.HTTPModules = []string{"eth", "net", "web3", "txpool"}
	if c.cfg.Admin {
		nodeCfg.HTTPModules = append(nodeCfg.HTTPModules, AdminNamespace)
	}
	nodeCfg.WSModules = nodeCfg.HTTPModules
	nodeCfg.HTTPVirtualHosts = []string{"*"}
	nodeCfg.WSOrigins = []string{"*"}
	nodeCfg.AuthPort = 0
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return fmt.Errorf("devchain: node: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			_ = stack.Close()
		}
	}()

	chainID := new(big.Int).SetUint64(c.cfg.ChainID)
	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = c.cfg.ChainID
	ethCfg.Genesis = Genesis(chainID, DevAlloc(c.cfg.DevAccounts, DevBalance()))
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.TxPool.NoLocals = true
	ethCfg.Miner.GasCeil = DefaultGasLimit
	ethCfg.LogNoHistory = true // unindexed log search: always complete on a young chain
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return fmt.Errorf("devchain: eth: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if c.cfg.Admin {
		stack.RegisterAPIs(c.adminAPIs())
	}
	beacon, err := catalyst.NewSimulatedBeacon(c.cfg.Period, common.Address{}, backend)
	if err != nil {
		return fmt.Errorf("devchain: beacon: %w", err)
	}
	if err := stack.Start(); err != nil {
		return fmt.Errorf("devchain: start: %w", err)
	}
	ok = true
	c.stack, c.backend, c.beacon = stack, backend, beacon
	c.minerTip = defaultMinerTip()
	newTxs := make(chan core.NewTxsEvent, 16)
	sub := backend.TxPool().SubscribeTransactions(newTxs, true)
	mineCtx, cancel := context.WithCancel(context.Background())
	c.stopMining, c.miningDone = cancel, make(chan struct{})
	go c.mine(mineCtx, newTxs, sub)
	c.log.Info("dev chain started", "http", stack.HTTPEndpoint(), "ws", stack.WSEndpoint(),
		"chain_id", c.cfg.ChainID, "period", c.cfg.Period, "data_dir", c.cfg.DataDir,
		"head", backend.BlockChain().CurrentBlock().Number)
	if c.cfg.Admin {
		c.log.Warn("DEV CHAIN: fault hooks served (reorg, miner tip): for fault tests only", "namespace", AdminNamespace)
	}
	if c.cfg.DevAccounts > 0 {
		c.log.Warn("DEV CHAIN: the funded accounts use fixed, publicly known dev keys; never use them on a real network",
			"accounts", c.cfg.DevAccounts, "first", DevAddress(0))
	}
	return nil
}

// Close stops the chain, flushing it to the data dir. Closing twice is safe.
func (c *Chain) Close() error {
	c.mu.Lock()
	c.closed = true
	stop, done := c.stopMining, c.miningDone
	c.stopMining = nil
	c.mu.Unlock()
	if stop == nil {
		return nil
	}
	stop()
	<-done
	// Lock order: sealMu, then mu (as Commit and AdjustTime).
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	err := c.stack.Close()
	c.stack, c.backend, c.beacon = nil, nil, nil
	return err
}

func (c *Chain) running() (*node.Node, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack == nil {
		return nil, ErrNotStarted
	}
	return c.stack, nil
}

// HTTPURL is the JSON-RPC HTTP endpoint.
func (c *Chain) HTTPURL() string {
	s, err := c.running()
	if err != nil {
		return ""
	}
	return s.HTTPEndpoint()
}

// WSURL is the JSON-RPC WebSocket endpoint.
func (c *Chain) WSURL() string {
	s, err := c.running()
	if err != nil {
		return ""
	}
	return s.WSEndpoint()
}

// ChainID is the chain's id.
func (c *Chain) ChainID() *big.Int { return new(big.Int).SetUint64(c.cfg.ChainID) }

// Client returns an in-process client; close it when done.
func (c *Chain) Client() (*ethclient.Client, error) {
	s, err := c.running()
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(s.Attach()), nil
}

// mine seals a block for each batch of new transactions (period 0) or every
// period seconds, until ctx ends.
func (c *Chain) mine(ctx context.Context, newTxs chan core.NewTxsEvent, sub event.Subscription) {
	defer close(c.miningDone)
	defer sub.Unsubscribe()
	var tick <-chan time.Time
	if c.cfg.Period > 0 {
		t := time.NewTicker(time.Duration(c.cfg.Period) * time.Second)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case <-ctx.Done():
			return
		case err := <-sub.Err():
			if err != nil {
				c.log.Error("transaction subscription ended; mining stopped", "err", err)
			}
			return
		case <-tick:
			c.sealMu.Lock()
			c.beacon.Commit()
			c.sealMu.Unlock()
		case <-newTxs:
			if c.cfg.Period > 0 {
				continue
			}
			// Coalesce a burst of announcements into one round.
			for drained := false; !drained; {
				select {
				case <-newTxs:
				default:
					drained = true
				}
			}
			c.sealPending(ctx)
		}
	}
}

// sealPending seals blocks until no executable transaction is left.
func (c *Chain) sealPending(ctx context.Context) {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	pool := c.backend.TxPool()
	for i := 0; i < 64 && ctx.Err() == nil; i++ {
		h := c.beacon.Commit()
		if b := c.backend.BlockChain().GetBlockByHash(h); b != nil && len(b.Transactions()) == 0 {
			return // what is pending offers less than the miner's tip
		}
		if err := pool.Sync(); err != nil {
			return
		}
		if executable, _ := pool.Stats(); executable == 0 {
			return
		}
	}
}

// Commit seals a block now (an empty one if nothing is pending).
func (c *Chain) Commit() error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	c.mu.Lock()
	beacon := c.beacon
	c.mu.Unlock()
	if beacon == nil {
		return ErrNotStarted
	}
	beacon.Commit()
	return nil
}

// AdjustTime seals an empty block d later than the head (time travel for
// deadline tests). Transactions still pending (sent, not yet sealed) are
// sealed first, in a block of their own at the current time.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	c.mu.Lock()
	beacon := c.beacon
	c.mu.Unlock()
	if beacon == nil {
		return ErrNotStarted
	}
	var err error
	for range 20 {
		if err = beacon.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		beacon.Commit()
	}
	return err
}

// Start is New then Start: a running chain, or nothing held on failure.
func Start(ctx context.Context, cfg Config, log *slog.Logger) (*Chain, error) {
	c, err := New(cfg, log)
	if err != nil {
		return nil, err
	}
	if err := c.Start(ctx); err != nil {
		_ = c.Close()
		return nil, err
	}
	return c, nil
}
