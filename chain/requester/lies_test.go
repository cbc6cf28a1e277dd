package requester_test

import (
	"context"
	"errors"
	"github.com/zkpool/aoraki/prover/programs"
	"log/slog"
	"math"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/roguenode"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"
)

const irisDir = "../../prover/tree/testdata/smartcore-iris/"

// chainNet is a dev chain with the contract deployed and the setup store.
type chainNet struct {
	chain    *devchain.Chain
	eth      *ethclient.Client
	contract common.Address
	block    uint64
	setup    *setup.Store
}

func startChain(t *testing.T) *chainNet {
	t.Helper()
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	eth, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	m, err := txmgr.New(ctx, eth, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := deploy.Aoraki(ctx, m, deploy.DefaultParams())
	m.Close()
	if err != nil {
		t.Fatal(err)
	}
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return &chainNet{chain: c, eth: eth, contract: res.Address, block: res.Block, setup: st}
}

// rogue starts a rogue node with dev key key.
func (cn *chainNet) rogue(t *testing.T, key int, edit func(*roguenode.Config)) *roguenode.Node {
	t.Helper()
	cfg := roguenode.Config{Network: "rtest", DataDir: filepath.Join(t.TempDir(), "rogue"), Contract: cn.contract, DeployBlock: cn.block,
		Key: devchain.DevKey(key), Stake: big.NewInt(1e18), Setup: cn.setup, Price: big.NewInt(1e12)}
	if edit != nil {
		edit(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := roguenode.Start(ctx, cfg, cn.eth, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// requester is a client asking the given nodes (and no others: the DHT
// lookup finds none).
func (cn *chainNet) requester(t *testing.T, key int, tk *task.Task, nodes ...*roguenode.Node) *requester.Client {
	t.Helper()
	cfg := requester.DefaultConfig("rtest", filepath.Join(t.TempDir(), "requester"))
	cfg.Gossip.ScoreWhitelist = []string{"127.0.0.0/8"}
	cfg.Contract, cfg.DeployBlock = cn.contract, cn.block
	cfg.Lookup, cfg.Deadline, cfg.Poll = 300*time.Millisecond, time.Minute, 50*time.Millisecond
	a, err := cn.setup.Ensure(tk.Dtree.Shape)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Artifacts = map[string]setup.Manifest{a.Manifest.Family: a.Manifest}
	for _, n := range nodes {
		cfg.Nodes = append(cfg.Nodes, n.Addrs()...)
	}
	r, err := requester.New(cfg, cn.eth, devchain.DevKey(key), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

func (cn *chainNet) nonce(t *testing.T, key int) uint64 {
	t.Helper()
	n, err := cn.eth.NonceAt(context.Background(), devchain.DevAddress(key), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// irisTask is 8 Iris samples in one segment; edit may change them.
func irisTask(t *testing.T, edit func(m *tree.Model, x [][]float64)) ([]byte, *task.Task) {
	t.Helper()
	m, err := tree.LoadModel(irisDir + "tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	all, err := tree.LoadInputs(irisDir+"iris_input_data.csv", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	x := make([][]float64, 8)
	for i := range x {
		x[i] = append([]float64(nil), all[i*19]...)
	}
	if edit != nil {
		edit(m, x)
	}
	in, err := task.NewDtree(m, x, 8)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Open(in, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	return in, tk
}

// A node that signs the cheapest quote with a deadline a century away
// would lock the price in escrow, unrefundable, for that long: the
// requester refuses its quote and takes another, or pays nothing.
func TestRequesterRefusesLateDeadline(t *testing.T) {
	cn := startChain(t)
	in, tk := irisTask(t, nil)
	far := cn.rogue(t, 1, func(c *roguenode.Config) {
		c.Deadline, c.Price = time.Now().AddDate(100, 0, 0), big.NewInt(1)
	})
	fair := cn.rogue(t, 2, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	offers, err := cn.requester(t, 9, tk, far, fair).Quotes(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	got := map[common.Address]error{}
	for _, o := range offers {
		got[o.Node] = o.Err
		if o.Err != nil && !errors.Is(o.Err, requester.ErrLateDeadline) {
			t.Fatalf("offer %+v refused for another reason", o)
		}
	}
	if len(offers) != 2 || got[fair.Address()] != nil {
		t.Fatalf("offers %+v: want the fair node's quote taken", offers)
	}
	if _, ok := got[far.Address()]; ok {
		t.Fatalf("the far deadline's quote was accepted: %+v", offers)
	}

	// Asked alone, the far node gets nothing: Prove fails before paying.
	before := cn.nonce(t, 8)
	_, err = cn.requester(t, 8, tk, far).Prove(ctx, in, nil)
	if !errors.Is(err, requester.ErrNoQuote) || !strings.Contains(err.Error(), "later than") {
		t.Fatalf("Prove: %v; want no acceptable quote, naming the deadline", err)
	}
	if after := cn.nonce(t, 8); after != before {
		t.Fatalf("the requester sent %d transactions", after-before)
	}
}

// A node alone in the verifier set (its own attestation is the quorum)
// fulfils with a lie: the requester's own checks refuse the result, and
// Prove returns no Result (Result.Verified is never false: there is none).
func TestRequesterDetectsLyingNode(t *testing.T) {
	cn := startChain(t)
	in, tk := irisTask(t, nil)
	rogue := cn.rogue(t, 1, nil)
	r := cn.requester(t, 9, tk, rogue)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Honest first: the harness fulfils what the requester accepts.
	res, err := r.Prove(ctx, in, nil)
	if err != nil || !res.Verified {
		t.Fatalf("honest rogue: %+v, %v", res, err)
	}
	for _, c := range []struct {
		lie  roguenode.Lie
		want string
	}{
		{roguenode.WrongResult, "result on chain is not what"},
		{roguenode.TamperedReceipt, "receipt does not verify"},
		{roguenode.WrongClaim, "last state"},
	} {
		t.Run(string(c.lie), func(t *testing.T) {
			rogue.SetLie(c.lie)
			res, err := r.Prove(ctx, in, nil)
			if !errors.Is(err, requester.ErrNotVerified) || !strings.Contains(err.Error(), c.want) || res != nil {
				t.Fatalf("Prove: %+v, %v; want ErrNotVerified saying %q", res, err, c.want)
			}
		})
	}
	if done, errs := rogue.WaitFulfilled(ctx, 4); len(done) != 4 || len(errs) != 0 {
		t.Fatalf("the rogue fulfilled %d tasks, errors %v: the lies were not all told", len(done), errs)
	}
}

// A sample one float step above a threshold, where fixed point predicts
// another class than the model: the requester refuses the task before it
// asks or pays anyone, as the executor does.
func TestRequesterRefusesBoundarySample(t *testing.T) {
	cn := startChain(t)
	in, tk := irisTask(t, func(m *tree.Model, x [][]float64) {
		x[0][m.Nodes[0].Feature] = math.Nextafter(m.Nodes[0].Threshold, math.Inf(1))
	})
	rogue := cn.rogue(t, 1, nil)
	before := cn.nonce(t, 9)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err := cn.requester(t, 9, tk, rogue).Prove(ctx, in, nil)
	if !errors.Is(err, dtree.ErrQuantisation) {
		t.Fatalf("Prove: %v; want the quantisation refusal", err)
	}
	if after := cn.nonce(t, 9); after != before {
		t.Fatalf("the requester sent %d transactions", after-before)
	}
}
