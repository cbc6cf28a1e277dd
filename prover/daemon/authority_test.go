package daemon

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/protocol/eip712"
)

// counting is the real chain client, counting the contract calls made
// through it.
type counting struct {
	*ethclient.Client
	calls atomic.Int64
}

func (c *counting) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.calls.Add(1)
	return c.Client.CallContract(ctx, msg, block)
}

// TestAuthorityAnswersFromChain runs the authority against the embedded
// chain: registration and task holders as the contract has them, positive
// answers cached, the cache bounded, and a dead endpoint an error (never
// "trusted").
func TestAuthorityAnswersFromChain(t *testing.T) {
	ctx := context.Background()
	ch, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	eth, err := ch.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	mgr := func(k int) *txmgr.Manager {
		m, err := txmgr.New(ctx, eth, devchain.DevKey(k), txmgr.DefaultConfig(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { m.Close() })
		return m
	}
	res, err := deploy.Aoraki(ctx, mgr(0), deploy.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	as := func(k int) *aoraki.Client {
		c, err := aoraki.New(eth, mgr(k), res.Address, ch.ChainID())
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	node, exiting := as(1), as(2)
	for _, c := range []*aoraki.Client{node, exiting} {
		if _, err := c.RegisterNode(ctx, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := exiting.RequestDeregistration(ctx); err != nil {
		t.Fatal(err)
	}
	req := as(9)
	head, _ := eth.HeaderByNumber(ctx, nil)
	q := eip712.Quote{Node: devchain.DevAddress(1), Requester: devchain.DevAddress(9), Price: big.NewInt(1000),
		ProvingDeadline: head.Time + 3600, Expiry: head.Time + 3600, Nonce: big.NewInt(7)}
	_, sig, err := q.Sign(req.Domain(), devchain.DevKey(1))
	if err != nil {
		t.Fatal(err)
	}
	task, _, err := req.SubmitTask(ctx, q, sig)
	if err != nil {
		t.Fatal(err)
	}

	cb := &counting{Client: eth}
	view, err := aoraki.New(cb, nil, res.Address, ch.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	a := newAuthority(5 * time.Second)
	a.connect(view)
	for addr, want := range map[common.Address]bool{devchain.DevAddress(1): true, devchain.DevAddress(2): true, devchain.DevAddress(3): false} {
		if got, err := a.Registered(ctx, addr); err != nil || got != want {
			t.Errorf("Registered(%s) = %v, %v; want %v", addr, got, err, want)
		}
	}
	n, open, err := a.TaskNode(ctx, task)
	if err != nil || !open || common.Address(n) != devchain.DevAddress(1) {
		t.Fatalf("TaskNode = %x, %v, %v", n, open, err)
	}
	if n, open, err := a.TaskNode(ctx, common.HexToHash("0xbad")); err != nil || open || n != ([20]byte{}) {
		t.Fatalf("unknown task: %x, %v, %v", n, open, err)
	}
	// Cached: the same questions cost no call.
	before := cb.calls.Load()
	a.Registered(ctx, devchain.DevAddress(1))
	a.Registered(ctx, devchain.DevAddress(3))
	a.TaskNode(ctx, task)
	if after := cb.calls.Load(); after != before {
		t.Fatalf("%d contract calls for cached answers", after-before)
	}
	// Registration answers expire.
	a.now = func() time.Time { return time.Now().Add(registeredFor + time.Second) }
	a.Registered(ctx, devchain.DevAddress(1))
	if cb.calls.Load() == before {
		t.Fatal("a registration answer outlived its time")
	}
	// The cache is bounded.
	for i := 0; i < maxCachedNodes+10; i++ {
		a.Registered(ctx, common.BigToAddress(big.NewInt(int64(1000+i))))
	}
	if a.nodes.len() != maxCachedNodes {
		t.Fatalf("node cache holds %d entries, bound %d", a.nodes.len(), maxCachedNodes)
	}

	// A dead endpoint: errors, not answers.
	dead, err := chain.Dial(ctx, "http://127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	defer dead.Close()
	dv, _ := aoraki.New(dead, nil, res.Address, ch.ChainID())
	d := newAuthority(time.Second)
	d.connect(dv)
	if ok, err := d.Registered(ctx, devchain.DevAddress(1)); err == nil || ok {
		t.Fatalf("dead chain: registered %v, %v", ok, err)
	}
	if _, open, err := d.TaskNode(ctx, task); err == nil || open {
		t.Fatalf("dead chain: task open %v, %v", open, err)
	}
	// Not connected yet: an error too.
	if _, err := newAuthority(time.Second).Registered(ctx, devchain.DevAddress(1)); err == nil {
		t.Fatal("an unconnected authority answered")
	}
}

func TestFIFOForgetsOldest(t *testing.T) {
	f := newFIFO[int, int](3)
	for i := 0; i < 5; i++ {
		f.put(i, i)
	}
	f.put(4, 40) // an update does not evict
	if f.len() != 3 {
		t.Fatalf("len %d", f.len())
	}
	for i, want := range []bool{false, false, true, true, true} {
		if _, ok := f.get(i); ok != want {
			t.Errorf("key %d present %v", i, ok)
		}
	}
	if v, _ := f.get(4); v != 40 {
		t.Fatalf("updated value %d", v)
	}
}
