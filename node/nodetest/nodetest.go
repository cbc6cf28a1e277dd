// Package nodetest runs a whole network in one test process, on loopback,
// with nothing mocked (like celestia-node's swamp): the embedded dev chain
// with the Aoraki contract, Aoraki nodes, prover daemons and requesters.
// The node, API and receipt-verifier tests share it.
//
//	net := nodetest.New(t)             // chain, contract
//	net.Trust(shape)                   // a circuit family the network trusts
//	net.AddNodes(3, nil)               // dev keys 1..
//	net.AddProvers(4, nil)             // dev keys 10..
//	net.WaitMesh()
//	res, err := net.Requester(9, nil).Prove(ctx, input, nil)
//
// Every component logs into one file, printed only when the test fails.
// Everything started is closed when the test ends, and the test then fails
// if a goroutine of ours (or of the libraries our services start) is
// still running: every service stops what it started.
package nodetest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/p2p/service/servicetest"
	"github.com/zkpool/aoraki/protocol/status"
	"github.com/zkpool/aoraki/prover/daemon"
	"github.com/zkpool/aoraki/prover/setup"
)

// NetworkName is the libp2p network every participant joins.
const NetworkName = "itest"

// Dev keys: 0 deploys the contract, nodes take 1.., requesters 9, provers
// 10.. (devchain funds them all).
const (
	KeyDeployer    = 0
	KeyFirstNode   = 1
	KeyRequester   = 9
	KeyFirstProver = 10
)

// Network is an in-process network.
type Network struct {
	T     testing.TB
	Chain *devchain.Chain
	Eth   *ethclient.Client
	// Contract is the Aoraki contract, deployed at Block.
	Contract common.Address
	Block    uint64
	// Setup holds the artifacts of the families in Artifacts, which the
	// network trusts.
	Setup     *setup.Store
	Artifacts map[string]setup.Manifest

	Nodes       []*node.Node
	NodeConfigs []node.Config
	Provers     []*daemon.Daemon

	logs *os.File
}

// Option changes how New starts the chain.
type Option func(*options)

type options struct {
	chain   func(*devchain.Config)
	started []func(*Network)
}

// WithChain edits the dev chain's config.
func WithChain(edit func(*devchain.Config)) Option { return func(o *options) { o.chain = edit } }

// Started calls f once the chain runs, before anything is sent to it (a
// chain that does not mine by itself needs its miner by then).
func Started(f func(*Network)) Option { return func(o *options) { o.started = append(o.started, f) } }

// New starts the embedded chain and deploys the Aoraki contract.
func New(t testing.TB, opts ...Option) *Network {
	t.Helper()
	// Registered first, so that it runs after every other cleanup: once
	// everything is closed.
	servicetest.CheckGoroutines(t, 15*time.Second)
	var o options
	for _, f := range opts {
		f(&o)
	}
	n := &Network{T: t, Artifacts: map[string]setup.Manifest{}}
	n.openLogs()
	ctx := context.Background()
	ccfg := devchain.DefaultConfig()
	if o.chain != nil {
		o.chain(&ccfg)
	}
	var err error
	if n.Chain, err = devchain.Start(ctx, ccfg, n.Logger("chain")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Chain.Close() })
	if n.Eth, err = n.Chain.Client(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Eth.Close)
	for _, f := range o.started {
		f(n)
	}
	m, err := txmgr.New(ctx, n.Eth, devchain.DevKey(KeyDeployer), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := deploy.Aoraki(ctx, m, deploy.DefaultParams())
	m.Close()
	if err != nil {
		t.Fatal(err)
	}
	n.Contract, n.Block = res.Address, res.Block
	if n.Setup, err = setup.Open(setup.DefaultDir(), nil); err != nil {
		t.Fatal(err)
	}
	return n
}

// openLogs keeps every component's log in one file, printed only if the
// test fails.
func (n *Network) openLogs() {
	f, err := os.Create(filepath.Join(n.T.TempDir(), "net.log"))
	if err != nil {
		n.T.Fatal(err)
	}
	n.logs = f
	n.T.Cleanup(func() {
		if n.T.Failed() {
			f.Seek(0, io.SeekStart)
			b, _ := io.ReadAll(f)
			n.T.Logf("network log:\n%s", b)
		}
		f.Close()
	})
}

// Logger is a logger into the network's log, its lines tagged with who.
func (n *Network) Logger(who string) *slog.Logger {
	return slog.New(slog.NewTextHandler(n.logs, &slog.HandlerOptions{Level: slog.LevelInfo})).With("who", who)
}

// Trust makes the network trust the family f (the shared development
// setup), and returns its family name.
func (n *Network) Trust(f setup.Family) string {
	n.T.Helper()
	a, err := n.Setup.Ensure(f)
	if err != nil {
		n.T.Fatal(err)
	}
	n.Artifacts[a.Manifest.Family] = a.Manifest
	return a.Manifest.Family
}

// Addrs are the multiaddrs (with /p2p/) of every node started.
func (n *Network) Addrs() []string {
	var out []string
	for _, nd := range n.Nodes {
		out = append(out, Addrs(nd)...)
	}
	return out
}

// Addrs are a node's multiaddrs with /p2p/.
func Addrs(nd *node.Node) []string {
	ai := nd.PeerInfo()
	var out []string
	for _, a := range ai.Addrs {
		out = append(out, fmt.Sprintf("%s/p2p/%s", a, ai.ID))
	}
	return out
}

// NodeConfig is the config of the i-th node: the network's contract and
// artifacts, short market timings, the nodes started so far as bootstrap
// peers.
func (n *Network) NodeConfig(i int) node.Config {
	cfg := node.DefaultConfig(NetworkName, filepath.Join(n.T.TempDir(), fmt.Sprintf("node%d", i)))
	cfg.Gossip.ScoreWhitelist = []string{"127.0.0.0/8"}
	cfg.Contract, cfg.DeployBlock, cfg.Artifacts = n.Contract, n.Block, n.Artifacts
	cfg.Market.BidWindow = 300 * time.Millisecond
	cfg.Market.ProvingBase = 5 * time.Second
	if raceDetector {
		// An honest newcomer's first proof under -race came after its
		// leash (2 × promise + grace) and got it banned, stalling the
		// task (TestVerifierRemembersAttestations in CI): the leash is
		// then the proving time.
		cfg.Market.ProvingBase = 20 * time.Second
		cfg.Market.NewcomerGrace = cfg.Market.ProvingBase
	}
	cfg.Bootstrap = n.Addrs()
	return cfg
}

// StartNode starts a node with dev key key, closed when the test ends.
func (n *Network) StartNode(cfg node.Config, key int) *node.Node {
	n.T.Helper()
	nd, err := node.New(cfg, n.Eth, devchain.DevKey(key), n.Logger(fmt.Sprintf("node%d", key)))
	if err != nil {
		n.T.Fatal(err)
	}
	if err := nd.Start(context.Background()); err != nil {
		n.T.Fatal(err)
	}
	n.T.Cleanup(func() {
		if err := nd.Close(); err != nil {
			n.T.Errorf("node %d: close: %v", key, err)
		}
	})
	return nd
}

// AddNodes starts k more nodes (edit, when not nil, changes each config).
func (n *Network) AddNodes(k int, edit func(*node.Config)) {
	n.T.Helper()
	for i := 0; i < k; i++ {
		cfg := n.NodeConfig(len(n.Nodes))
		if edit != nil {
			edit(&cfg)
		}
		n.NodeConfigs = append(n.NodeConfigs, cfg)
		n.Nodes = append(n.Nodes, n.StartNode(cfg, KeyFirstNode+len(n.Nodes)))
	}
}

// ProverConfig is the config of the i-th prover: no calibration, quick
// retries, the network's chain, contract and artifacts, every node started
// so far as a bootstrap peer.
func (n *Network) ProverConfig(i int) daemon.Config {
	cfg := daemon.DefaultConfig(NetworkName, filepath.Join(n.T.TempDir(), fmt.Sprintf("prover%d", i)))
	cfg.Gossip.ScoreWhitelist = []string{"127.0.0.0/8"}
	cfg.Calibrate = false
	cfg.Peer.RetryDelay = 50 * time.Millisecond
	cfg.RPCURL, cfg.Contract, cfg.ChainID = n.Chain.WSURL(), n.Contract, n.Chain.ChainID().Uint64()
	cfg.Artifacts = n.Artifacts
	cfg.Bootstrap = n.Addrs()
	return cfg
}

// AddProvers starts k more provers (edit, when not nil, changes each
// config), each assumed to prove 50,000 constraints a second.
func (n *Network) AddProvers(k int, edit func(*daemon.Config)) {
	n.T.Helper()
	for i := 0; i < k; i++ {
		idx := len(n.Provers)
		cfg := n.ProverConfig(idx)
		if edit != nil {
			edit(&cfg)
		}
		d, err := daemon.New(cfg, devchain.DevKey(KeyFirstProver+idx), n.Logger(fmt.Sprintf("prover%d", idx)))
		if err != nil {
			n.T.Fatal(err)
		}
		d.Engine().SetRate(50_000)
		if err := d.Start(context.Background()); err != nil {
			n.T.Fatal(err)
		}
		n.T.Cleanup(func() {
			if err := d.Close(); err != nil {
				n.T.Errorf("prover %d: close: %v", idx, err)
			}
		})
		n.Provers = append(n.Provers, d)
	}
}

// WaitMesh waits until every node shares the segment topic with every
// prover and the attestation topic with every other node, as their status
// says.
func (n *Network) WaitMesh() {
	n.T.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for _, nd := range n.Nodes {
		for p := nd.Peers(); p[status.PeersProvers] < len(n.Provers) || p[status.PeersNodes] < len(n.Nodes)-1; p = nd.Peers() {
			if time.Now().After(deadline) {
				n.T.Fatalf("node sees peers %v; want %d provers and %d nodes", p, len(n.Provers), len(n.Nodes)-1)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// Requester is a requester with dev key key that asks every node started
// so far (edit, when not nil, changes its config), closed when the test
// ends.
func (n *Network) Requester(key int, edit func(*requester.Config)) *requester.Client {
	n.T.Helper()
	cfg := requester.DefaultConfig(NetworkName, filepath.Join(n.T.TempDir(), "requester"))
	cfg.Gossip.ScoreWhitelist = []string{"127.0.0.0/8"}
	cfg.Contract, cfg.DeployBlock, cfg.Artifacts = n.Contract, n.Block, n.Artifacts
	cfg.Nodes = n.Addrs()
	if edit != nil {
		edit(&cfg)
	}
	r, err := requester.New(cfg, n.Eth, devchain.DevKey(key), n.Logger("requester"))
	if err != nil {
		n.T.Fatal(err)
	}
	n.T.Cleanup(func() {
		if err := r.Close(); err != nil {
			n.T.Errorf("requester: close: %v", err)
		}
	})
	return r
}

// Reader is a read-only client of the contract.
func (n *Network) Reader() *aoraki.Client {
	c, err := aoraki.New(n.Eth, nil, n.Contract, n.Chain.ChainID())
	if err != nil {
		n.T.Fatal(err)
	}
	return c
}

// Stake is a's stake with the contract.
func (n *Network) Stake(a common.Address) *big.Int {
	n.T.Helper()
	nd, err := n.Reader().Node(context.Background(), a)
	if err != nil {
		n.T.Fatal(err)
	}
	return nd.Stake
}

// Balance is a's withdrawable balance with the contract.
func (n *Network) Balance(a common.Address) *big.Int {
	n.T.Helper()
	b, err := n.Reader().Balance(context.Background(), a)
	if err != nil {
		n.T.Fatal(err)
	}
	return b
}
