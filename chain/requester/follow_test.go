package requester_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/node/roguenode"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/setup"
)

// TestRequesterReportsOnlyWhatTheRightPartySigned: a stranger on the
// market's gossip forges an award of the requester's task (as if the node
// had given a segment to it) and attestations (as if a verifier had
// signed), over and over while the task is open; it also bids, which any
// prover may. The requester reports the bids and neither forgery: awards
// count only from the task's node, attestations only from a verifier the
// contract counts for the task. (The node here takes the payment and
// never fulfils, so the task stays open until its deadline and is
// refunded.)
func TestRequesterReportsOnlyWhatTheRightPartySigned(t *testing.T) {
	cn := startChain(t)
	in, tk := irisTask(t, nil)
	node := cn.rogue(t, 1, func(c *roguenode.Config) { c.Lie = roguenode.Silent })

	// The forger: a host and router of its own, listed to the requester as
	// a node, so that the requester connects to it while asking for quotes
	// (it answers none).
	fh, err := p2phost.New(p2phost.LocalConfig("rtest", p2phost.RoleProver, filepath.Join(t.TempDir(), "forger")), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fh.Close() })
	fkey, _ := crypto.GenerateKey()
	gcfg := gossip.DefaultConfig("rtest")
	gcfg.ScoreWhitelist = []string{"127.0.0.0/8"}
	fr, err := gossip.New(fh, fkey, gcfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fr.Close() })
	awards, err := gossip.Join(fr, netproto.Awards())
	if err != nil {
		t.Fatal(err)
	}
	atts, err := gossip.Join(fr, netproto.Attestations())
	if err != nil {
		t.Fatal(err)
	}
	bids, err := gossip.Join(fr, netproto.Bids())
	if err != nil {
		t.Fatal(err)
	}
	forger := crypto.PubkeyToAddress(fkey.PublicKey)

	cfg := requester.DefaultConfig("rtest", filepath.Join(t.TempDir(), "requester"))
	cfg.Gossip.ScoreWhitelist = []string{"127.0.0.0/8"}
	cfg.Contract, cfg.DeployBlock = cn.contract, cn.block
	cfg.Lookup, cfg.Deadline, cfg.Poll = 300*time.Millisecond, 4*time.Second, 50*time.Millisecond
	a, err := cn.setup.Ensure(tk.Dtree.Shape)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Artifacts = map[string]setup.Manifest{a.Manifest.Family: a.Manifest}
	cfg.Nodes = node.Addrs()
	for _, addr := range fh.Addrs() {
		cfg.Nodes = append(cfg.Nodes, fmt.Sprintf("%s/p2p/%s", addr, fh.ID()))
	}
	r, err := requester.New(cfg, cn.eth, devchain.DevKey(9), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })

	// The chain keeps producing blocks, so that its clock passes the deadline.
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var wg sync.WaitGroup
	defer wg.Wait()
	defer stop()
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				cn.chain.Commit()
			}
		}
	}()

	var mu sync.Mutex
	seen := map[string]int{}
	forge := func(id common.Hash) {
		defer wg.Done()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			awards.Publish(pctx, &pb.Award{TaskId: id[:], Index: 0, Attempt: 1, Prover: forger[:], Price: big.NewInt(5).Bytes()})
			atts.Publish(pctx, &pb.Attestation{TaskId: id[:], ResultDigest: make([]byte, 32), ReceiptDigest: make([]byte, 32),
				PayoutsHash: make([]byte, 32), Signature: make([]byte, 65)})
			bids.Publish(pctx, &pb.Bid{TaskId: id[:], Index: 0, Attempt: 1, Price: big.NewInt(5).Bytes(), ProverPeer: []byte(fh.ID())})
			cancel()
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}
	pctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	_, err = r.Prove(pctx, in, func(stage string, d map[string]any) {
		mu.Lock()
		defer mu.Unlock()
		seen[stage]++
		if stage == "paid" {
			wg.Add(1)
			go forge(common.HexToHash(d["task"].(string)))
		}
	})
	if !errors.Is(err, requester.ErrRefunded) {
		t.Fatalf("err = %v, want a refund", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if seen["bid"] == 0 || seen["awarded"] != 0 || seen["attestation"] != 0 || seen["paid"] != 1 {
		t.Fatalf("reported %v: want the stranger's bids and neither its award nor its attestations", seen)
	}
	t.Logf("reported %v", seen)
}
