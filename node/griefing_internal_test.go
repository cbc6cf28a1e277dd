package node

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"github.com/zkpool/aoraki/prover/programs"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/blob"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"
)

// startNode starts one node on a fresh dev chain, trusting the hashchain
// family of 4 steps per segment.
func startNode(t *testing.T, edit func(*Config)) *Node {
	t.Helper()
	n, _ := startNodeOn(t, edit)
	return n
}

// startNodeOn is startNode, returning the chain too.
func startNodeOn(t *testing.T, edit func(*Config)) (*Node, *devchain.Chain) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
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
	a, err := st.Ensure(hashchain.Shape{Steps: 4})
	if err != nil {
		t.Fatal(err)
	}
	logs, err := os.Create(filepath.Join(t.TempDir(), "node.log"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			logs.Seek(0, io.SeekStart)
			b, _ := io.ReadAll(logs)
			t.Logf("node log:\n%s", b)
		}
		logs.Close()
	})
	cfg := DefaultConfig("itest", filepath.Join(t.TempDir(), "node"))
	cfg.Contract, cfg.DeployBlock = res.Address, res.Block
	cfg.Artifacts = map[string]setup.Manifest{a.Manifest.Family: a.Manifest}
	if edit != nil {
		edit(&cfg)
	}
	n, err := New(cfg, eth, devchain.DevKey(1), slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(ctx); err != nil {
		n.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n, c
}

// putTask stores input and a published task of it, as onLog records one.
func putTask(t *testing.T, n *Node, id byte, input []byte, deadline time.Time) store.TaskID {
	t.Helper()
	c, err := n.net.Blobs().Store().PutBytes(input)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Open(input, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	tid := store.TaskID{id}
	now := time.Now()
	err = n.st.Update(func(x *store.Tx) error {
		return x.PutTask(&store.Task{ID: tid, State: store.TaskPublished, ProgramID: [32]byte(tk.ProgramID()), InputCID: c.String(),
			Deadline: deadline, Created: now, Updated: now})
	})
	if err != nil {
		t.Fatal(err)
	}
	return tid
}

func hashchainInput(t *testing.T, steps uint64) []byte {
	t.Helper()
	in, err := task.NewHashchain(fr.NewElement(5), steps, 4)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// A task that takes seconds to execute runs on an executor, off the work
// loop: while it runs, the work loop goes on with the other tasks' steps
// (here it fails a task past its deadline), and a second execution waits
// for the executor (one, configured) instead of running beside it.
// Before, execute ran inline on the work loop and every other task's
// steps waited for it.
func TestExecutionRunsOffTheWorkLoop(t *testing.T) {
	n := startNode(t, func(c *Config) {
		c.Limits.MaxSegments = receipt.MaxSegments
		c.Executors = 1
	})
	evs, stop := n.Subscribe()
	defer stop()
	// 2^18 steps in 65,536 segments: seconds of native execution. Its
	// deadline passes while it runs, so that it fails after the run
	// instead of storing 65,536 witnesses.
	big := putTask(t, n, 1, hashchainInput(t, 1<<18), time.Now().Add(300*time.Millisecond))
	small := putTask(t, n, 2, hashchainInput(t, 8), time.Now().Add(time.Hour))
	late := putTask(t, n, 3, hashchainInput(t, 8), time.Now().Add(-time.Second))
	state := func(id store.TaskID) store.TaskState {
		var st store.TaskState
		n.st.View(func(x *store.Tx) error {
			tk, err := x.Task(id)
			if err == nil {
				st = tk.State
			}
			return nil
		})
		return st
	}
	timeout := time.After(2 * time.Minute)
	next := func() events.Event {
		t.Helper()
		select {
		case ev := <-evs:
			return ev
		case <-timeout:
			t.Fatal("timed out waiting for node events")
		}
		return events.Event{}
	}
	is := func(ev events.Event, id store.TaskID, st string) bool {
		d, ok := ev.Data.(*events.Task)
		return ok && d.Task == common.Hash(id) && d.State == st
	}
	n.enqueue(big)
	for ev := next(); !is(ev, big, "executing"); ev = next() {
	}
	n.enqueue(small) // waits for the executor
	n.enqueue(late)  // the work loop fails it at once
	for ev := next(); !is(ev, late, string(store.TaskFailed)); ev = next() {
		if is(ev, big, string(store.TaskFailed)) || is(ev, small, "executing") {
			t.Fatalf("event %+v before the work loop failed the late task: the work loop waited for the execution", ev)
		}
	}
	if st := state(big); st != store.TaskPublished {
		t.Fatalf("the long task is %q once the late one failed; want it still executing", st)
	}
	// The long task ends (its deadline passed while it ran); only then
	// does the small one execute, and it reaches the market.
	for ev := next(); !is(ev, big, string(store.TaskFailed)); ev = next() {
		if is(ev, small, "executing") {
			t.Fatal("a second execution ran beside the first with one executor")
		}
	}
	for ev := next(); !is(ev, small, string(store.TaskProving)); ev = next() {
	}
	var bigErr string
	n.st.View(func(x *store.Tx) error {
		tk, _ := x.Task(big)
		bigErr = tk.Error
		return nil
	})
	if bigErr == "" {
		t.Fatal("the long task failed without a reason")
	}
	t.Logf("long task: %s", bigErr)
}

// Uploaded inputs that no task refers to are deleted once their clock (the
// upload, or the expiry of the latest quote for them) is UploadTTL old;
// an input a task refers to stays, however old.
func TestUnusedUploadsExpire(t *testing.T) {
	n := startNode(t, func(c *Config) { c.UploadTTL = time.Hour })
	bs := n.net.Blobs().Store()
	put := func() [32]byte {
		b := make([]byte, 1<<20)
		rand.Read(b)
		if _, err := bs.PutBytes(b); err != nil {
			t.Fatal(err)
		}
		return sha256.Sum256(b)
	}
	old := time.Now().Add(-2 * time.Hour)
	stale, used, fresh := put(), put(), put()
	for _, d := range [][32]byte{stale, used} {
		if err := n.keepUpload(d, 1<<20, old); err != nil {
			t.Fatal(err)
		}
	}
	err := n.st.Update(func(x *store.Tx) error {
		return x.PutTask(&store.Task{ID: store.TaskID{9}, State: store.TaskFulfilled, InputCID: cids.OfDigest(used).String()})
	})
	if err != nil {
		t.Fatal(err)
	}
	// The next upload prunes.
	if err := n.keepUpload(fresh, 1<<20, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		d    [32]byte
		want bool
	}{{"unused, two hours old", stale, false}, {"used by a task", used, true}, {"fresh", fresh, true}} {
		if got := bs.Has(cids.OfDigest(c.d)); got != c.want {
			t.Errorf("%s: blob kept %v, want %v", c.name, got, c.want)
		}
		var rec bool
		n.st.View(func(x *store.Tx) error {
			_, err := x.Upload(c.d)
			rec = err == nil
			return nil
		})
		if rec != c.want {
			t.Errorf("%s: record kept %v, want %v", c.name, rec, c.want)
		}
	}
}

// A proposing node points verifiers at a "receipt" far larger than its
// task's segments allow (up to MaxSegments × a seal each, 285 MB, before):
// the fetch stops at the task's own bound, and nothing is stored.
func TestReceiptFetchBoundedByTaskSegments(t *testing.T) {
	dir := t.TempDir()
	mk := func(name string) (*p2phost.Host, *blob.Exchange) {
		h, err := p2phost.New(p2phost.LocalConfig("itest", p2phost.RoleNode, filepath.Join(dir, name)), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		bs, err := blob.OpenStore(filepath.Join(dir, name, "blobs"))
		if err != nil {
			t.Fatal(err)
		}
		e, err := blob.New(h, bs, nil, blob.DefaultConfig(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.Close() })
		return h, e
	}
	liarHost, liar := mk("liar")
	verifierHost, verifier := mk("verifier")
	m, err := tree.LoadModel("../prover/tree/testdata/smartcore-iris/tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	x, err := tree.LoadInputs("../prover/tree/testdata/smartcore-iris/iris_input_data.csv", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	input, err := task.NewDtree(m, x, 32) // 150 samples: 5 segments
	if err != nil {
		t.Fatal(err)
	}
	huge := bytes.Repeat([]byte("not a receipt "), 200_000) // 2.8 MB
	inCID, _ := liar.Store().PutBytes(input)
	recCID, _ := liar.Store().PutBytes(huge)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := verifierHost.Connect(ctx, peer.AddrInfo{ID: liarHost.ID(), Addrs: liarHost.Addrs()}); err != nil {
		t.Fatal(err)
	}
	f := &fetcher{blobs: verifier, from: liarHost.ID(), input: inCID, receipt: recCID}
	maxAny := int64(receipt.MaxSegments * (receipt.MaxSealLen + 256)) // what consensus asks for
	if _, err := f.Fetch(ctx, inCID, task.MaxInputSize); err != nil {
		t.Fatal(err)
	}
	if want := 5*int64(receiptSegmentBytes) + 16; f.receiptMax != want {
		t.Fatalf("receipt bound %d, want %d (5 segments)", f.receiptMax, want)
	}
	_, err = f.Fetch(ctx, recCID, maxAny)
	if err == nil {
		t.Fatalf("fetched a %d-byte receipt for a 5-segment task", len(huge))
	}
	if verifier.Store().Has(recCID) {
		t.Fatal("the oversized receipt was stored")
	}
	t.Logf("refused: %v", err)
	// Unknown programs and garbage keep the caller's bound.
	if l := receiptLimit([]byte("garbage")); l != 0 {
		t.Fatalf("limit of garbage: %d", l)
	}
	for _, steps := range []uint64{1, 4, 5, 1 << 18} {
		in := hashchainInput(t, steps)
		if got, want := receiptLimit(in), int64((steps+3)/4)*receiptSegmentBytes+16; got != want {
			t.Fatalf("%d steps: limit %d, want %d", steps, got, want)
		}
	}
}

// The quote-time memory bound is what execution really holds: the
// witness size formula matches gnark's encoding for both programs.
func TestWitnessSizeMatchesExecution(t *testing.T) {
	m, err := tree.LoadModel("../prover/tree/testdata/smartcore-iris/tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	x, err := tree.LoadInputs("../prover/tree/testdata/smartcore-iris/iris_input_data.csv", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	iris, err := task.NewDtree(m, x, 32)
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string][]byte{"iris": iris, "hashchain": hashchainInput(t, 37)} {
		tk, err := task.Open(in, programs.Bases{})
		if err != nil {
			t.Fatal(err)
		}
		sess, _, err := tk.Execute()
		if err != nil {
			t.Fatal(err)
		}
		var total int64
		for _, s := range sess.Segments {
			if int64(len(s.Witness)) != witnessSize(tk) {
				t.Fatalf("%s: segment %d witness of %d bytes, estimated %d", name, s.Index, len(s.Witness), witnessSize(tk))
			}
			total += int64(len(s.Witness))
		}
		if total != WitnessBytes(tk) {
			t.Fatalf("%s: %d witness bytes, estimated %d", name, total, WitnessBytes(tk))
		}
	}
}

func TestConfigValidation(t *testing.T) {
	for name, edit := range map[string]func(*Config){
		"segments above a receipt's": func(c *Config) { c.Limits.MaxSegments = receipt.MaxSegments + 1 },
		"no segments":                func(c *Config) { c.Limits.MaxSegments = 0 },
		"no prover rate":             func(c *Config) { c.Limits.ProverRate = 0 },
		"negative margin":            func(c *Config) { c.Limits.AttestMargin = -time.Second },
		"no reverts":                 func(c *Config) { c.Fulfil.MaxReverts = 0 },
		"backoff above its max":      func(c *Config) { c.Fulfil.Backoff = time.Hour },
		"no executor":                func(c *Config) { c.Executors = 0 },
		"no upload TTL":              func(c *Config) { c.UploadTTL = 0 },
	} {
		c := DefaultConfig("x", t.TempDir())
		edit(&c)
		if err := c.validate(); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: %v, want ErrConfig", name, err)
		}
	}
	if err := DefaultConfig("x", t.TempDir()).validate(); err != nil {
		t.Fatal(err)
	}
	p := FulfilPolicy{MaxReverts: 3, Backoff: time.Second, MaxBackoff: 5 * time.Second}
	for i, want := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second} {
		if got := p.delay(i + 1); got != want {
			t.Errorf("delay after %d failures: %s, want %s", i+1, got, want)
		}
	}
}
