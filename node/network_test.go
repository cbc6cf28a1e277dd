package node_test

import (
	"context"
	"encoding/csv"
	"errors"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/nodetest"
	"github.com/zkpool/aoraki/node/pricing"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/prover/daemon"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"
)

const irisDir = "../prover/tree/testdata/smartcore-iris/"

// testnet is the shared in-process network (node/nodetest) and the task
// input of the test.
type testnet struct {
	*nodetest.Network
	input []byte
}

func irisInput(t testing.TB, segSize int) []byte {
	t.Helper()
	m, err := tree.LoadModel(irisDir + "tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	in, err := tree.LoadInputs(irisDir+"iris_input_data.csv", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	b, err := task.NewDtree(m, in, segSize)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func expected(t testing.TB) []int {
	f, err := os.Open(irisDir + "expected_predictions.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rec, _ := csv.NewReader(f).Read()
	out := make([]int, len(rec))
	for i, v := range rec {
		out[i], _ = strconv.Atoi(strings.TrimSpace(v))
	}
	return out
}

func startNet(t testing.TB, input []byte) *testnet { return startNetWith(t, input, nil) }

// startNetWith is startNet on a chain whose config edit changes, with
// started (if not nil) called once the chain runs, before anything is sent
// to it (a chain that does not mine by itself needs its miner by then).
// The network trusts the family of the task: a sized task's, or for a task
// that leaves the size to the node, the family at 16, 32 and 64 samples
// per segment, and at 75, a size the node must never choose (verifiers
// resolve a node-chosen size among powers of two only).
func startNetWith(t testing.TB, input []byte, edit func(*devchain.Config), started ...func(*testnet)) *testnet {
	t.Helper()
	tn := &testnet{input: input}
	opts := []nodetest.Option{nodetest.WithChain(edit)}
	for _, f := range started {
		opts = append(opts, nodetest.Started(func(n *nodetest.Network) { tn.Network = n; f(tn) }))
	}
	n := nodetest.New(t, opts...)
	if tn.Network == nil { // else set by a started callback, whose goroutines may read it now
		tn.Network = n
	}
	tk, err := task.Open(input, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	sizes := []int{int(tk.Input.SegmentSize)}
	if !tk.Sized() {
		sizes = []int{16, 32, 64, 75}
	}
	for _, seg := range sizes {
		sized, err := tk.WithSegmentSize(seg)
		if err != nil {
			t.Fatal(err)
		}
		tn.Trust(sized.Dtree.Shape)
	}
	return tn
}

func (tn *testnet) addNodes(k int) { tn.AddNodes(k, nil) }

func (tn *testnet) addNodesWith(k int, edit func(*node.Config)) { tn.AddNodes(k, edit) }

func (tn *testnet) addProvers(k int, misbehave string) {
	tn.AddProvers(k, func(c *daemon.Config) { c.Peer.Misbehave = misbehave })
}

func (tn *testnet) addProversWith(k int, edit func(*daemon.Config)) { tn.AddProvers(k, edit) }

func (tn *testnet) waitMesh() { tn.WaitMesh() }

func (tn *testnet) requester(key int) *requester.Client { return tn.Requester(key, nil) }

func (tn *testnet) requesterWith(key int, edit func(*requester.Config)) *requester.Client {
	return tn.Requester(key, edit)
}

func TestNetworkProvesIris(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	tn.addNodes(3)
	tn.addProvers(4, "")
	tn.waitMesh()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	// Every node's task states, in the order its event stream tells them.
	var mu sync.Mutex
	states := map[common.Address][]string{}
	told := make(chan struct{}, 1) // a state was told
	for _, n := range tn.Nodes {
		evs, stop := n.Subscribe()
		defer stop()
		go func() {
			for ev := range evs {
				if d, ok := ev.Data.(*events.Task); ok {
					mu.Lock()
					states[n.Address()] = append(states[n.Address()], d.State)
					mu.Unlock()
					select {
					case told <- struct{}{}:
					default:
					}
				}
			}
		}()
	}
	stages := map[string]int{}
	res, err := tn.requester(9).Prove(ctx, tn.input, func(stage string, _ map[string]any) {
		mu.Lock()
		stages[stage]++
		mu.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	if stages["quote"] != 3 || stages["paid"] != 1 || stages["awarded"] == 0 || stages["verified"] != 1 {
		t.Errorf("progress reported %v: want 3 quotes, the payment, awards and the verification", stages)
	}
	mu.Unlock()
	want := expected(t)
	if len(res.Journal.Predictions) != len(want) {
		t.Fatalf("%d predictions", len(res.Journal.Predictions))
	}
	for i := range want {
		if res.Journal.Predictions[i] != want[i] {
			t.Fatalf("sample %d: %d, want %d", i+1, res.Journal.Predictions[i], want[i])
		}
	}
	if !res.Verified || len(res.Receipt.Segments) < 4 {
		t.Fatalf("verified %v, %d segments", res.Verified, len(res.Receipt.Segments))
	}
	// The result names the fulfill transaction, mined and successful.
	if r, err := tn.Eth.TransactionReceipt(ctx, res.FulfilTx); err != nil || r.Status != 1 || r.GasUsed == 0 {
		t.Fatalf("fulfil tx %s: receipt %+v, %v", res.FulfilTx, r, err)
	} else {
		t.Logf("fulfil without a verifier, %d segments: %d gas", len(res.Receipt.Segments), r.GasUsed)
	}
	distinct := map[common.Address]bool{}
	for _, p := range res.Provers {
		distinct[p] = true
	}
	if len(distinct) < 2 {
		t.Fatalf("all segments proven by %v", res.Provers)
	}
	// Every prover that proved a segment was credited its awards.
	var paid big.Int
	for p := range distinct {
		b := tn.Balance(p)
		if b.Sign() <= 0 {
			t.Fatalf("prover %s proved a segment and has balance %s", p, b)
		}
		paid.Add(&paid, b)
	}
	nodeBal := tn.Balance(res.Node)
	if total := new(big.Int).Add(&paid, nodeBal); total.Cmp(res.Price) != 0 {
		t.Fatalf("provers %s + node %s != price %s", &paid, nodeBal, res.Price)
	}
	// The node records the task as fulfilled (its own write may land just
	// after the requester saw the event).
	for _, n := range tn.Nodes {
		if n.Address() == res.Node {
			waitState(t, n, res.TaskID, store.TaskFulfilled)
		}
	}
	// Its event stream told every stage, submitting included (the chaos
	// suite kills the node there: before, that stage had no event). A
	// proposal republished while the quorum is short tells attesting again.
	wantStates := "published executing proving attesting submitting fulfilled"
	timeout := time.After(time.Minute)
	for {
		mu.Lock()
		got := strings.Join(slices.Compact(slices.Clone(states[res.Node])), " ")
		mu.Unlock()
		if got == wantStates {
			break
		}
		select {
		case <-told:
			continue
		case <-timeout:
			t.Fatalf("the task's node told states %q, want %q", got, wantStates)
		}
	}
}

// waitState waits until node n's store shows task id in state want.
func waitState(t testing.TB, n *node.Node, id common.Hash, want store.TaskState) {
	t.Helper()
	events, stop := n.Subscribe()
	defer stop()
	timeout := time.After(time.Minute)
	for {
		var st store.TaskState
		n.Store().View(func(x *store.Tx) error {
			if tk, err := x.Task(store.TaskID(id)); err == nil {
				st = tk.State
			}
			return nil
		})
		if st == want {
			return
		}
		select {
		case <-events:
		case <-timeout:
			t.Fatalf("task %s is %q, want %q", id, st, want)
		}
	}
}

func TestNetworkSurvivesBadProvers(t *testing.T) {
	if raceDetector {
		// Its honest newcomers must deliver within leashes sized from
		// their calibrated speed; under the race detector a proof can
		// take several times longer and an honest prover be banned.
		t.Skip("timing: honest newcomers' leashes are not sized for the race detector (the test runs without -race in make test)")
	}
	tn := startNet(t, irisInput(t, 32))
	tn.addNodes(3)
	// The bad provers undercut the honest ones, so they win awards first.
	tn.addProversWith(1, func(c *daemon.Config) {
		c.Peer.Misbehave = "invalid-proof"
		c.Peer.PricePerMConstraint = big.NewInt(1e11)
	})
	tn.addProversWith(1, func(c *daemon.Config) { c.Peer.Misbehave = "silent"; c.Peer.PricePerMConstraint = big.NewInt(1e11) })
	tn.addProvers(2, "")
	tn.waitMesh()
	bad := map[common.Address]string{
		common.Address(tn.Provers[0].Engine().Address()): "invalid-proof",
		common.Address(tn.Provers[1].Engine().Address()): "silent",
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	res, err := tn.requester(9).Prove(ctx, tn.input, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Provers {
		if mode, ok := bad[p]; ok {
			t.Fatalf("a segment in the receipt was proven by the %s prover", mode)
		}
	}
	for a, mode := range bad {
		if b := tn.Balance(a); b.Sign() != 0 {
			t.Fatalf("the %s prover was paid %s", mode, b)
		}
	}
	// Both lost standing with the node that ran the market.
	var agg *node.Node
	for _, n := range tn.Nodes {
		if n.Address() == res.Node {
			agg = n
		}
	}
	agg.Store().View(func(x *store.Tx) error {
		for a, mode := range bad {
			p, _ := x.Prover(store.Address(a))
			if p.Invalid+p.Failed == 0 {
				t.Errorf("the %s prover kept a clean record: %+v", mode, p)
			}
			// A newcomer is banned at its first failure.
			if !time.Now().Before(p.BannedUntil) {
				t.Errorf("the %s prover is not banned: %+v", mode, p)
			}
		}
		// The honest provers were newcomers too: their short first
		// deadlines did not get them banned.
		for _, d := range tn.Provers[2:] {
			if p, _ := x.Prover(store.Address(d.Engine().Address())); time.Now().Before(p.BannedUntil) || p.Failed != 0 {
				t.Errorf("an honest prover lost standing: %+v", p)
			}
		}
		return nil
	})
}

func TestNodeRestartMidTask(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	tn.addNodes(1)
	tn.addProvers(2, "")
	tn.waitMesh()
	agg := tn.Nodes[0]
	cfg := tn.NodeConfigs[0]
	// Restart on the same addresses, so provers can deliver to it again.
	cfg.Host.ListenAddrs = nil
	for _, a := range agg.PeerInfo().Addrs {
		cfg.Host.ListenAddrs = append(cfg.Host.ListenAddrs, a.String())
	}
	evs, stop := agg.Subscribe()
	type result struct {
		res *requester.Result
		err error
	}
	done := make(chan result, 1)
	r := tn.requester(9)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
		defer cancel()
		res, err := r.Prove(ctx, tn.input, nil)
		done <- result{res, err}
	}()
	// Kill the node as soon as the first segment is proven.
	for ev := range evs {
		if d, ok := ev.Data.(*events.Segment); ok && d.State == string(store.SegmentProven) {
			break
		}
	}
	stop()
	if err := agg.Close(); err != nil {
		t.Fatal(err)
	}
	tn.Nodes[0] = tn.StartNode(cfg, 1)
	out := <-done
	if out.err != nil {
		t.Fatal(out.err)
	}
	waitState(t, tn.Nodes[0], out.res.TaskID, store.TaskFulfilled)
	// Each segment paid once: provers and node together hold exactly the price.
	total := tn.Balance(out.res.Node)
	seen := map[common.Address]bool{}
	for _, p := range out.res.Provers {
		if !seen[p] {
			total.Add(total, tn.Balance(p))
			seen[p] = true
		}
	}
	if total.Cmp(out.res.Price) != 0 {
		t.Fatalf("credited %s in all for a price of %s", total, out.res.Price)
	}
	// A node restarted on its data dir quotes from the clearing price its
	// awards set, not from the floor.
	before := tn.Nodes[0].Clearing()
	if floor := pricing.DefaultConfig().FloorPerMConstraint; before.Cmp(floor) == 0 {
		t.Fatalf("the awards left the clearing price at the floor %s: nothing to rebuild", floor)
	}
	if err := tn.Nodes[0].Close(); err != nil {
		t.Fatal(err)
	}
	tn.Nodes[0] = tn.StartNode(cfg, 1)
	if after := tn.Nodes[0].Clearing(); after.Cmp(before) != 0 {
		t.Fatalf("clearing price %s after a restart, %s before", after, before)
	}
}

func TestUnservedTaskIsRefunded(t *testing.T) {
	tn := startNet(t, irisInput(t, 32))
	tn.addNodesWith(1, func(c *node.Config) { c.MinDeadline, c.Limits.AttestMargin = time.Second, 0 })
	// No provers: nobody can prove it. The chain keeps producing blocks, as
	// a live chain does, so that its clock passes the deadline.
	live, stopLive := context.WithCancel(context.Background())
	defer stopLive()
	go func() {
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-live.Done():
				return
			case <-tick.C:
				tn.Chain.Commit()
			}
		}
	}()
	r := tn.requesterWith(9, func(c *requester.Config) { c.Deadline = 3 * time.Second })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	stakeBefore := tn.Stake(tn.Nodes[0].Address())
	_, err := r.Prove(ctx, tn.input, nil)
	if !errors.Is(err, requester.ErrRefunded) {
		t.Fatalf("err = %v, want a refund", err)
	}
	requesterAddr := crypto.PubkeyToAddress(devchain.DevKey(9).PublicKey)
	bal := tn.Balance(requesterAddr)
	slashed := new(big.Int).Sub(stakeBefore, tn.Stake(tn.Nodes[0].Address()))
	if slashed.Sign() <= 0 {
		t.Fatalf("node stake not slashed (%s before)", stakeBefore)
	}
	if bal.Cmp(slashed) <= 0 {
		t.Fatalf("requester credited %s: not the price plus the slashed %s", bal, slashed)
	}
}

func TestNodeSizesSegmentsToProvers(t *testing.T) {
	// The requester leaves the segment size to the node; the network trusts
	// 16, 32 and 64 samples per segment (10, 5 or 3 segments of Iris).
	tn := startNet(t, irisInput(t, 0))
	tn.addNodes(1)
	tn.addProvers(2, "")
	tn.waitMesh()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	res, err := tn.requester(9).Prove(ctx, tn.input, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Two provers online: 3 segments of 64 is the count closest to 2 among
	// the sizes the node may choose (2 segments of 75 would be closer, but
	// verifiers could not find that size's program id: the task would be
	// refunded).
	if n := len(res.Receipt.Segments); n != 3 || res.Receipt.Segments[0].Claim.Family != "dtree/v2/d6-n32-f4-s64" {
		t.Fatalf("%d segments of %s, want 3 of dtree/v2/d6-n32-f4-s64", n, res.Receipt.Segments[0].Claim.Family)
	}
	want := expected(t)
	for i := range want {
		if res.Journal.Predictions[i] != want[i] {
			t.Fatalf("sample %d: %d, want %d", i+1, res.Journal.Predictions[i], want[i])
		}
	}
}
