package node_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/contracts/testcontracts"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/nodetest"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/task"
)

// deployTestContract deploys one of chain/contracts/testcontracts from key.
func (tn *testnet) deployTestContract(key int, bin string) common.Address {
	tn.T.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	m, err := txmgr.New(ctx, tn.Eth, devchain.DevKey(key), txmgr.DefaultConfig(), nil)
	if err != nil {
		tn.T.Fatal(err)
	}
	defer m.Close()
	r, err := m.Transact(ctx, nil, nil, common.FromHex(bin))
	if err != nil {
		tn.T.Fatal(err)
	}
	return r.ContractAddress
}

// offerFrom is node n's answer among offers: its quote (nil error) or why
// it refused.
func offerFrom(t *testing.T, offers []requester.Offer, n *node.Node) error {
	t.Helper()
	for _, o := range offers {
		if o.Peer == n.PeerInfo().ID {
			return o.Err
		}
	}
	t.Fatalf("no answer from node %s among %+v", n.Address(), offers)
	return nil
}

// A requester names a verifier contract that refuses every proof: the task
// could never be fulfilled and the node would be slashed at the refund.
// The node quotes only tasks naming the verifier its network trusts.
func TestNodeRefusesUntrustedVerifier(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	v := tn.deployVerifier()
	rejecting := tn.deployTestContract(8, testcontracts.RejectingVerifierMetaData.Bin)
	tn.addNodesWith(1, func(c *node.Config) { c.TrustedVerifiers = []common.Address{v.Address()} })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	offers, err := tn.requesterWith(9, func(c *requester.Config) { c.Verifier = rejecting }).Quotes(ctx, tn.input)
	if err != nil {
		t.Fatal(err)
	}
	err = offerFrom(t, offers, tn.Nodes[0])
	if err == nil || !strings.Contains(err.Error(), "not one this node trusts") || !strings.Contains(err.Error(), v.Address().Hex()) {
		t.Fatalf("quote naming a rejecting verifier: %v; want a refusal naming the trusted one", err)
	}
	// The network's own verifier is taken.
	offers, err = tn.requesterWith(7, func(c *requester.Config) { c.Verifier = v.Address() }).Quotes(ctx, tn.input)
	if err != nil || offerFrom(t, offers, tn.Nodes[0]) != nil {
		t.Fatalf("quote naming the trusted verifier: %+v, %v", offers, err)
	}
}

// A requester asks for work a node cannot finish: 65,537 segments (no
// verifier takes a receipt that long), 2^32 hashchain steps (a day of
// execution and hundreds of GiB of witnesses), more proving than fits
// before the deadline, more witness memory than the node allows. Each is
// refused at quote time with the reason.
func TestNodeRefusesInfeasibleTasks(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	a, err := tn.Setup.Ensure(hashchain.Shape{Steps: 4})
	if err != nil {
		t.Fatal(err)
	}
	tn.Artifacts[a.Manifest.Family] = a.Manifest
	tn.addNodes(1)                                                                   // default limits
	tn.addNodesWith(1, func(c *node.Config) { c.Limits.ProverRate = 1 })             // slow provers assumed
	tn.addNodesWith(1, func(c *node.Config) { c.Limits.MaxWitnessBytes = 16 << 10 }) // little memory
	r := tn.requester(9)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	hc := func(steps uint64) []byte {
		in, err := task.NewHashchain(fr.NewElement(1), steps, 4)
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	for _, c := range []struct {
		name  string
		input []byte
		want  [3]string // per node: "" for a quote, else what the refusal says
	}{
		{"65,537 segments", hc(4 * 65537), [3]string{"65537 segments", "65537 segments", "65537 segments"}},
		{"4,097 segments", hc(4*4096 + 1), [3]string{"4097 segments", "4097 segments", "4097 segments"}},
		{"2^32 steps", hc(1 << 32), [3]string{"4294967296 hashchain steps", "4294967296 hashchain steps", "4294967296 hashchain steps"}},
		{"Iris", tn.input, [3]string{"", "DEADLINE_TOO_SHORT", "bytes of witnesses"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			offers, err := r.Quotes(ctx, c.input)
			if err != nil {
				t.Fatal(err)
			}
			for i, n := range tn.Nodes {
				err := offerFrom(t, offers, n)
				switch {
				case c.want[i] == "" && err != nil:
					t.Errorf("node %d refused: %v", i, err)
				case c.want[i] != "" && (err == nil || !strings.Contains(err.Error(), c.want[i])):
					t.Errorf("node %d: %v; want a refusal saying %q", i, err, c.want[i])
				}
			}
		})
	}
}

// frontRunner mines a chain that does not mine by itself (period of an
// hour) and plays a requester's accomplice: when the victim node's fulfil
// is pending it closes the task's SwitchableVerifier in the same block,
// ahead of the fulfil (a higher tip), and opens it again in the next
// block. The fulfil passed its simulation and reverts when mined.
type frontRunner struct {
	tn       *testnet
	owner    *ecdsa.PrivateKey
	verifier atomic.Pointer[common.Address]
	victim   atomic.Pointer[common.Address]
	fulfill  []byte // selector

	mu     sync.Mutex
	mined  []time.Time // when each front-run fulfil was mined
	failed error
}

type pendingTx struct {
	Hash  common.Hash     `json:"hash"`
	Tip   *hexutil.Big    `json:"maxPriorityFeePerGas"`
	From  common.Address  `json:"from"`
	To    *common.Address `json:"to"`
	Input hexutil.Bytes   `json:"input"`
}

func (f *frontRunner) run(ctx context.Context) {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		pending, err := f.pending(ctx)
		if err != nil || len(pending) == 0 {
			continue
		}
		victim, verifier := f.victim.Load(), f.verifier.Load()
		var target common.Hash
		var tip *big.Int
		for h, tx := range pending {
			if victim != nil && tx.From == *victim && tx.To != nil && *tx.To == f.tn.Contract && len(tx.Input) >= 4 && string(tx.Input[:4]) == string(f.fulfill) {
				target, tip = h, (*big.Int)(tx.Tip)
			}
		}
		if target == (common.Hash{}) || verifier == nil || tip == nil {
			f.tn.Chain.Commit()
			continue
		}
		// Outbid the fulfil, so that the block runs the closing call first.
		tip = new(big.Int).Add(new(big.Int).Mul(tip, big.NewInt(2)), big.NewInt(params.GWei))
		if err := f.frontRun(ctx, *verifier, target, tip); err != nil {
			f.fail(err)
			return
		}
	}
}

// frontRun seals the fulfil target in a block that closes the verifier
// first, then opens it again in the next block.
func (f *frontRunner) frontRun(ctx context.Context, verifier common.Address, target common.Hash, tip *big.Int) error {
	closing, err := f.setAccepting(ctx, verifier, false, tip)
	if err != nil {
		return err
	}
	if err := f.waitPending(ctx, closing); err != nil {
		return err
	}
	f.tn.Chain.Commit()
	r, err := f.tn.Eth.TransactionReceipt(ctx, target)
	if err != nil {
		return fmt.Errorf("front-run: fulfil %s not sealed with the closing call: %w", target, err)
	}
	rc, err := f.tn.Eth.TransactionReceipt(ctx, closing)
	if err != nil || rc.BlockNumber.Cmp(r.BlockNumber) != 0 || rc.TransactionIndex > r.TransactionIndex {
		return fmt.Errorf("front-run missed: the closing call (%v) is not ahead of fulfil %s in block %s", err, target, r.BlockNumber)
	}
	f.mu.Lock()
	f.mined = append(f.mined, time.Now())
	f.mu.Unlock()
	opening, err := f.setAccepting(ctx, verifier, true, big.NewInt(params.GWei))
	if err != nil {
		return err
	}
	if err := f.waitPending(ctx, opening); err != nil {
		return err
	}
	f.tn.Chain.Commit()
	return nil
}

// pending is the chain's pool of executable transactions, by hash.
func (f *frontRunner) pending(ctx context.Context) (map[common.Hash]pendingTx, error) {
	var pool struct {
		Pending map[common.Address]map[string]pendingTx `json:"pending"`
	}
	if err := f.tn.Eth.Client().CallContext(ctx, &pool, "txpool_content"); err != nil {
		return nil, err
	}
	out := map[common.Hash]pendingTx{}
	for _, txs := range pool.Pending {
		for _, tx := range txs {
			out[tx.Hash] = tx
		}
	}
	return out, nil
}

// waitPending waits until the pool holds h as executable (the pool
// promotes new transactions asynchronously).
func (f *frontRunner) waitPending(ctx context.Context, h common.Hash) error {
	for {
		p, err := f.pending(ctx)
		if err != nil {
			return err
		}
		if _, ok := p[h]; ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func (f *frontRunner) fail(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failed = err
}

// setAccepting sends the owner's call with the given tip.
func (f *frontRunner) setAccepting(ctx context.Context, verifier common.Address, on bool, tip *big.Int) (common.Hash, error) {
	data, err := testcontracts.NewSwitchableVerifier().TryPackSetAccepting(on)
	if err != nil {
		return common.Hash{}, err
	}
	from := devchain.DevAddress(8)
	nonce, err := f.tn.Eth.PendingNonceAt(ctx, from)
	if err != nil {
		return common.Hash{}, err
	}
	head, err := f.tn.Eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	tx, err := types.SignNewTx(f.owner, types.LatestSignerForChainID(f.tn.Chain.ChainID()), &types.DynamicFeeTx{ChainID: f.tn.Chain.ChainID(),
		Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip), Gas: 100_000,
		To: &verifier, Data: data})
	if err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), f.tn.Eth.SendTransaction(ctx, tx)
}

// A requester (with an accomplice that front-runs the node) makes every
// fulfil pass its simulation and revert once mined. The node does not
// resend at once (it backs off, doubling) and after MaxReverts mined
// reverts it stops paying gas: it fails the task with a clear error, in its
// store and on its API's event stream. Before, it resent every 2 s until
// the deadline, paying for each revert.
func TestFulfilRevertsAreBounded(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	fr := &frontRunner{owner: devchain.DevKey(8), fulfill: contracts.NewAoraki().GetABI().Methods["fulfill"].ID}
	tn := startNetWith(t, irisInput(t, 32), func(c *devchain.Config) { c.Period = 3600 }, func(tn *testnet) {
		fr.tn = tn
		mineCtx, stop := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); fr.run(mineCtx) }()
		tn.T.Cleanup(func() { stop(); <-done })
	})
	sw := tn.deployTestContract(8, testcontracts.SwitchableVerifierMetaData.Bin)
	fr.verifier.Store(&sw)
	policy := node.FulfilPolicy{MaxReverts: 3, Backoff: 300 * time.Millisecond, MaxBackoff: 5 * time.Second}
	tn.addNodesWith(1, func(c *node.Config) { c.TrustedVerifiers, c.Fulfil = []common.Address{sw}, policy })
	tn.addProvers(2, "")
	tn.waitMesh()
	victim := tn.Nodes[0].Address()
	fr.victim.Store(&victim)
	evs, stop := tn.Nodes[0].Subscribe()
	defer stop()
	proveCtx, stopProve := context.WithCancel(ctx)
	proved := make(chan struct{})
	var proveErr error
	r := tn.requesterWith(9, func(c *requester.Config) { c.Verifier = sw })
	go func() { defer close(proved); _, proveErr = r.Prove(proveCtx, tn.input, nil) }()
	defer func() { stopProve(); <-proved }()
	var id common.Hash
	for id == (common.Hash{}) {
		select {
		case ev := <-evs:
			if d, ok := ev.Data.(*events.Task); ok && d.State == string(store.TaskFailed) {
				id = d.Task
				if !strings.Contains(d.Error, "stopped spending gas") {
					t.Fatalf("failed event says %q", d.Error)
				}
			}
		case <-proved:
			fr.mu.Lock()
			ferr := fr.failed
			fr.mu.Unlock()
			t.Fatalf("Prove returned before the node gave up: %v (front-runner: %v)", proveErr, ferr)
		case <-ctx.Done():
			t.Fatal("the node never gave the task up")
		}
	}
	var tk *store.Task
	tn.Nodes[0].Store().View(func(x *store.Tx) error {
		var err error
		tk, err = x.Task(store.TaskID(id))
		return err
	})
	if tk == nil || tk.State != store.TaskFailed || tk.FulfilReverts != policy.MaxReverts || !strings.Contains(tk.Error, node.ErrFulfilStopped.Error()) {
		t.Fatalf("task in the store: %+v", tk)
	}
	fr.mu.Lock()
	mined, ferr := append([]time.Time(nil), fr.mined...), fr.failed
	fr.mu.Unlock()
	if ferr != nil {
		t.Fatal(ferr)
	}
	if len(mined) != policy.MaxReverts {
		t.Fatalf("%d fulfils mined and reverted; the node should stop at %d", len(mined), policy.MaxReverts)
	}
	// The node waited before each resend, longer each time.
	for i := 1; i < len(mined); i++ {
		if gap, min := mined[i].Sub(mined[i-1]), policy.Backoff<<(i-1); gap < min {
			t.Errorf("fulfil %d was sent %s after the revert before it; want at least %s", i+1, gap, min)
		}
	}
	// Every one of them reverted on chain: the node's mined transactions
	// since registering are exactly these.
	head, err := tn.Eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reverted := 0
	for b := uint64(1); b <= head; b++ {
		blk, err := tn.Eth.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != tn.Contract || len(tx.Data()) < 4 || string(tx.Data()[:4]) != string(fr.fulfill) {
				continue
			}
			r, err := tn.Eth.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != types.ReceiptStatusFailed {
				t.Fatalf("fulfil %s succeeded", tx.Hash())
			}
			reverted++
		}
	}
	if reverted != policy.MaxReverts {
		t.Fatalf("%d fulfil transactions on chain, want %d", reverted, policy.MaxReverts)
	}
}

// The proposing node republishes its attestation request every 2 s until
// it has a quorum. A verifier that attested a proposal answers the same
// proposal again with the attestation it signed, without fetching and
// verifying every seal again. Before, each republication cost a full check.
func TestVerifierRemembersAttestations(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	tn.addNodes(4) // quorum: 3 of 4
	tn.addProvers(2, "")
	tn.waitMesh()
	// Two verifiers go away, registered still: the proposal cannot reach
	// its quorum and is republished until the deadline.
	for _, n := range tn.Nodes[2:] {
		n.Close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	r := tn.requesterWith(9, func(c *requester.Config) { c.Nodes, c.Lookup = nodetest.Addrs(tn.Nodes[0]), time.Millisecond })
	proveCtx, stopProve := context.WithCancel(ctx)
	proved := make(chan struct{})
	var proveErr error
	go func() { defer close(proved); _, proveErr = r.Prove(proveCtx, tn.input, nil) }()
	defer func() { stopProve(); <-proved }()
	evs, stop := tn.Nodes[1].Subscribe()
	defer stop()
	const republished = 4
	start := time.Now()
	for tn.Nodes[1].VerifierStats().Reused < republished {
		select {
		case <-evs:
		case <-time.After(time.Second):
		case <-proved:
			t.Fatalf("Prove returned: %v", proveErr)
		case <-ctx.Done():
			t.Fatalf("verifier stats %+v", tn.Nodes[1].VerifierStats())
		}
	}
	s := tn.Nodes[1].VerifierStats()
	t.Logf("verifier after %s of republished proposals: %+v", time.Since(start).Round(time.Second), s)
	if s.Checked != 1 {
		t.Fatalf("the verifier checked the one proposal %d times", s.Checked)
	}
}
