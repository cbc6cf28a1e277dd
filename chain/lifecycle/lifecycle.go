package lifecycle

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/chain/watcher"
	"github.com/zkpool/aoraki/protocol/eip712"
)

// Keys are the actors: all must hold some ether.
type Keys struct {
	Deployer  *ecdsa.PrivateKey
	Requester *ecdsa.PrivateKey
	Nodes     [3]*ecdsa.PrivateKey
}

// Report is what the scenario observed.
type Report struct {
	Contract    common.Address
	Fulfilled   common.Hash
	Refunded    common.Hash
	Events      []string // event names in delivery order
	GasFulfill  uint64
	GasSubmit   uint64
	RevertError error // the decoded TaskNotOpen of a second refund
	SelfAttest  error // the decoded AttesterIsTaskNode of the node attesting its own task
	Slashed     *big.Int
}

// Run plays the scenario on client, whose chain must mine the transactions it is sent.
func Run(ctx context.Context, backend *ethclient.Client, keys Keys, log *slog.Logger) (*Report, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var rep Report
	tcfg := txmgr.DefaultConfig()
	tcfg.PollInterval = 50 * time.Millisecond
	managers := map[common.Address]*txmgr.Manager{}
	mgr := func(k *ecdsa.PrivateKey) (*txmgr.Manager, error) {
		a := crypto.PubkeyToAddress(k.PublicKey)
		if m, ok := managers[a]; ok {
			return m, nil
		}
		m, err := txmgr.New(ctx, backend, k, tcfg, log)
		if err != nil {
			return nil, err
		}
		managers[a] = m
		return m, nil
	}
	defer func() {
		for _, m := range managers {
			_ = m.Close()
		}
	}()
	deployer, err := mgr(keys.Deployer)
	if err != nil {
		return nil, err
	}
	p := deploy.DefaultParams()
	p.DeregistrationDelay = 60
	res, err := deploy.Aoraki(ctx, deployer, p)
	if err != nil {
		return nil, err
	}
	rep.Contract = res.Address
	chainID := deployer.ChainID()
	domain := eip712.AorakiDomain(chainID, res.Address)
	ab := contracts.NewAoraki()

	// Watch every Aoraki event from the deploy block.
	var evMu sync.Mutex
	events := make(chan string, 64)
	wcfg := watcher.DefaultConfig()
	wcfg.Addresses = []common.Address{res.Address}
	wcfg.FromBlock = res.Block
	wcfg.Confirmations = 1
	wcfg.PollInterval = 50 * time.Millisecond
	names := map[common.Hash]string{}
	for name, ev := range ab.GetABI().Events {
		names[ev.ID] = name
	}
	w, err := watcher.New(backend, &watcher.MemoryCursor{}, func(_ context.Context, ev watcher.Event) error {
		if ev.Removed {
			return nil
		}
		evMu.Lock()
		defer evMu.Unlock()
		name := names[ev.Log.Topics[0]]
		rep.Events = append(rep.Events, name)
		events <- name
		return nil
	}, wcfg, log)
	if err != nil {
		return nil, err
	}
	if err := w.Start(ctx); err != nil {
		return nil, err
	}
	defer w.Close()
	waitEvent := func(name string) error {
		for {
			select {
			case got := <-events:
				if got == name {
					return nil
				}
			case <-ctx.Done():
				return fmt.Errorf("lifecycle: no %s event: %w", name, ctx.Err())
			}
		}
	}

	client := func(k *ecdsa.PrivateKey) (*aoraki.Client, error) {
		m, err := mgr(k)
		if err != nil {
			return nil, err
		}
		return aoraki.New(backend, m, res.Address, chainID)
	}
	for _, k := range keys.Nodes {
		c, err := client(k)
		if err != nil {
			return nil, err
		}
		if _, err := c.RegisterNode(ctx, p.MinStake); err != nil {
			return nil, fmt.Errorf("lifecycle: register: %w", err)
		}
	}
	requester, err := client(keys.Requester)
	if err != nil {
		return nil, err
	}
	node0, err := client(keys.Nodes[0])
	if err != nil {
		return nil, err
	}
	node0Addr := crypto.PubkeyToAddress(keys.Nodes[0].PublicKey)

	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	price := big.NewInt(params.Ether / 100)
	quote := func(nonce int64, deadline uint64) eip712.Quote {
		return eip712.Quote{Node: node0Addr, Requester: crypto.PubkeyToAddress(keys.Requester.PublicKey), ProgramID: crypto.Keccak256Hash([]byte("dtree")),
			InputDigest: crypto.Keccak256Hash([]byte("iris"), big.NewInt(nonce).Bytes()), Price: price,
			ProvingDeadline: deadline, Expiry: head.Time + 3600, Nonce: big.NewInt(nonce)}
	}
	submit := func(q eip712.Quote) (common.Hash, error) {
		id, sig, err := q.Sign(domain, keys.Nodes[0])
		if err != nil {
			return common.Hash{}, err
		}
		_, rcpt, err := requester.SubmitTask(ctx, q, sig)
		if err != nil {
			return common.Hash{}, fmt.Errorf("lifecycle: submit: %w", err)
		}
		rep.GasSubmit = rcpt.GasUsed
		for _, l := range rcpt.Logs {
			if ev, err := ab.UnpackTaskPublishedEvent(l); err == nil && ev.TaskId != id {
				return common.Hash{}, fmt.Errorf("lifecycle: contract task id %x, Go digest %x", ev.TaskId, id)
			}
		}
		return id, waitEvent("TaskPublished")
	}

	// Task 1: fulfilled by a quorum of the two nodes other than its own
	// (ceil(2·2/3) = 2); the node's own attestation does not count.
	id, err := submit(quote(1, head.Time+3600))
	if err != nil {
		return nil, err
	}
	if th, _, _, err := node0.TaskQuorum(ctx, id); err != nil || th != 2 {
		return nil, fmt.Errorf("lifecycle: task quorum %d, %v; want 2", th, err)
	}
	if ok, err := node0.CanAttest(ctx, id, node0Addr); err != nil || ok {
		return nil, fmt.Errorf("lifecycle: canAttest(own node) = %v, %v", ok, err)
	}
	payouts := []eip712.Payout{
		{To: common.HexToAddress("0xB1"), Amount: big.NewInt(params.Ether / 1000 * 3)},
		{To: common.HexToAddress("0xB2"), Amount: big.NewInt(params.Ether / 1000 * 3)},
		{To: common.HexToAddress("0xB3"), Amount: big.NewInt(params.Ether / 1000 * 2)},
		{To: node0Addr, Amount: big.NewInt(params.Ether / 1000 * 2)},
	}
	ph, err := eip712.PayoutsHash(payouts)
	if err != nil {
		return nil, err
	}
	att := eip712.Attestation{TaskID: id, ResultDigest: crypto.Keccak256Hash([]byte("predictions")), ReceiptDigest: crypto.Keccak256Hash([]byte("receipt")), PayoutsHash: ph}
	digest, err := att.Digest(domain)
	if err != nil {
		return nil, err
	}
	pack := func(signers []*ecdsa.PrivateKey) ([]byte, error) {
		var sigs [][]byte
		for _, k := range signers {
			s, err := eip712.Sign(digest, k)
			if err != nil {
				return nil, err
			}
			sigs = append(sigs, s)
		}
		packed, _, err := eip712.PackAttestations(digest, sigs)
		return packed, err
	}
	own, err := pack(keys.Nodes[:2])
	if err != nil {
		return nil, err
	}
	_, err = node0.Fulfill(ctx, aoraki.Fulfillment{TaskID: id, ResultDigest: att.ResultDigest, ReceiptDigest: att.ReceiptDigest,
		Payouts: payouts, Attestations: own})
	if !contracts.IsRevert(err, "AttesterIsTaskNode") {
		return nil, fmt.Errorf("lifecycle: fulfill with the node's own attestation: got %v, want AttesterIsTaskNode", err)
	}
	rep.SelfAttest = err
	packed, err := pack(keys.Nodes[1:])
	if err != nil {
		return nil, err
	}
	rcpt, err := node0.Fulfill(ctx, aoraki.Fulfillment{TaskID: id, ResultDigest: att.ResultDigest, ReceiptDigest: att.ReceiptDigest,
		Payouts: payouts, Attestations: packed})
	if err != nil {
		return nil, fmt.Errorf("lifecycle: fulfill: %w", err)
	}
	rep.GasFulfill = rcpt.GasUsed
	if err := waitEvent("TaskFulfilled"); err != nil {
		return nil, err
	}
	rep.Fulfilled = id
	for _, p := range payouts {
		bal, err := node0.Balance(ctx, p.To)
		if err != nil {
			return nil, err
		}
		if bal.Cmp(p.Amount) != 0 {
			return nil, fmt.Errorf("lifecycle: %s credited %s, want %s", p.To, bal, p.Amount)
		}
	}
	if _, err := node0.Withdraw(ctx); err != nil {
		return nil, fmt.Errorf("lifecycle: withdraw: %w", err)
	}
	if err := waitEvent("Withdrawn"); err != nil {
		return nil, err
	}

	// Task 2: nobody proves it; after its deadline the requester is refunded.
	head, err = backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	deadline := head.Time + 5
	id2, err := submit(quote(2, deadline))
	if err != nil {
		return nil, err
	}
	_, err = requester.Refund(ctx, id2)
	if !contracts.IsRevert(err, "DeadlineNotPassed") {
		return nil, fmt.Errorf("lifecycle: early refund: got %v, want DeadlineNotPassed", err)
	}
	if err := advancePast(ctx, backend, deployer, deadline); err != nil {
		return nil, err
	}
	if _, err := requester.Refund(ctx, id2); err != nil {
		return nil, fmt.Errorf("lifecycle: refund: %w", err)
	}
	if err := waitEvent("TaskRefunded"); err != nil {
		return nil, err
	}
	// The slash is the price × slashBps / 10000 (the default: the price);
	// it takes node 0 below the minimum stake, out of the verifier set.
	n0, err := node0.Node(ctx, node0Addr)
	if err != nil {
		return nil, err
	}
	rep.Slashed = new(big.Int).Sub(p.MinStake, n0.Stake)
	if want := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(int64(p.SlashBps))), big.NewInt(10_000)); rep.Slashed.Cmp(want) != 0 {
		return nil, fmt.Errorf("lifecycle: slashed %s, want %s", rep.Slashed, want)
	}
	if vc, err := node0.VerifierCount(ctx); err != nil || vc != 2 || n0.LeftSeq == 0 {
		return nil, fmt.Errorf("lifecycle: after a slash below the minimum: verifier count %d, %v, node %+v", vc, err, n0)
	}
	rep.Refunded = id2
	_, err = requester.Refund(ctx, id2)
	if !contracts.IsRevert(err, "TaskNotOpen") {
		return nil, fmt.Errorf("lifecycle: second refund: got %v, want TaskNotOpen", err)
	}
	rep.RevertError = err
	if _, err := requester.Withdraw(ctx); err != nil {
		return nil, fmt.Errorf("lifecycle: requester withdraw: %w", err)
	}
	if err := waitEvent("Withdrawn"); err != nil {
		return nil, err
	}
	_, err = requester.Withdraw(ctx)
	if !contracts.IsRevert(err, "NothingToWithdraw") {
		return nil, fmt.Errorf("lifecycle: double withdraw: got %v, want NothingToWithdraw", err)
	}
	evMu.Lock()
	rep.Events = append([]string(nil), rep.Events...)
	evMu.Unlock()
	return &rep, nil
}

// advancePast moves chain time beyond ts by sending self-transfers: each
// block's timestamp exceeds its parent's, so the chain's clock advances
// without waiting on the wall clock.
func advancePast(ctx context.Context, client *ethclient.Client, m *txmgr.Manager, ts uint64) error {
	self := m.From()
	for i := 0; i < 1000; i++ {
		h, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if h.Time > ts {
			return nil
		}
		if _, err := m.Transact(ctx, &self, big.NewInt(1), nil); err != nil {
			return err
		}
	}
	return errors.New("lifecycle: chain time did not advance")
}
