package chaos

import (
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/prover/receipt"
)

// TestPayoutErrors: the payouts invariant holds for a task that paid each
// prover its receipts' prices and the node the rest, and fails for every
// way of paying otherwise.
func TestPayoutErrors(t *testing.T) {
	id := common.HexToHash("0x01")
	node, p1, p2, cheat := common.HexToAddress("0xa0"), common.HexToAddress("0xb1"), common.HexToAddress("0xb2"), common.HexToAddress("0xc3")
	res := &requester.Result{TaskID: id, Node: node, Price: big.NewInt(100), Receipt: &receipt.CompositeReceipt{Segments: []receipt.SegmentReceipt{
		{Prover: p1, Price: big.NewInt(20)}, {Prover: p2, Price: big.NewInt(30)}, {Prover: p1, Price: big.NewInt(20)},
	}}}
	name := func(a common.Address) string { return a.Hex()[:6] }
	ledgerWith := func(credits map[common.Address]int64) *ledger {
		l := &ledger{fulfilled: map[common.Hash]bool{id: true}, credited: map[common.Hash]map[common.Address]*big.Int{id: {}}}
		for a, v := range credits {
			l.credited[id][a] = big.NewInt(v)
		}
		return l
	}
	bad := map[common.Address]string{cheat: "prover9"}
	if errs := payoutErrors([]*requester.Result{res}, ledgerWith(map[common.Address]int64{p1: 40, p2: 30, node: 30}), bad, name); len(errs) != 0 {
		t.Fatalf("an honest payout breaks the invariant: %v", errs)
	}
	for _, tc := range []struct {
		name    string
		credits map[common.Address]int64
		want    string
	}{
		{"segment paid twice", map[common.Address]int64{p1: 60, p2: 30, node: 10}, "credited"},
		{"prover left unpaid", map[common.Address]int64{p1: 40, node: 60}, "did not pay"},
		{"misbehaving prover paid", map[common.Address]int64{p1: 40, p2: 30, node: 20, cheat: 10}, "misbehaving"},
		{"stranger paid", map[common.Address]int64{p1: 40, p2: 20, node: 30, common.HexToAddress("0xd4"): 10}, "credited"},
	} {
		errs := payoutErrors([]*requester.Result{res}, ledgerWith(tc.credits), bad, name)
		if len(errs) == 0 || !strings.Contains(strings.Join(errs, ";"), tc.want) {
			t.Errorf("%s: %v, want an error saying %q", tc.name, errs, tc.want)
		}
	}
	// A task the requester verified but the chain never fulfilled.
	l := ledgerWith(nil)
	l.fulfilled = map[common.Hash]bool{}
	if errs := payoutErrors([]*requester.Result{res}, l, bad, name); len(errs) != 1 {
		t.Errorf("unfulfilled task: %v", errs)
	}
}

// TestTableAndUpdateFile: the table names every invariant, marks a broken
// one, and UpdateFile replaces only what lies between the markers.
func TestTableAndUpdateFile(t *testing.T) {
	results := []*Result{
		{Name: "baseline", Injected: "nothing", Submitted: 1, Completed: 1, Latency: 5 * time.Second, PeakRSS: map[string]uint64{"node1": 100 << 20}},
		{Name: "broken", Injected: "x", Err: ErrScenario, Submitted: 1, Completed: 1, Latency: 7 * time.Second, Checks: []Check{{Name: InvTasks, Held: true}, {Name: InvBalances, Held: false}}},
	}
	tab := Table(results)
	for _, w := range []string{"| memory |", "(5s)", "+2.0s", "| yes | **no** |", "| broken | x | **no** |", "100 / 0 / 0 MiB"} {
		if !strings.Contains(tab, w) {
			t.Errorf("table lacks %q:\n%s", w, tab)
		}
	}
	path := filepath.Join(t.TempDir(), "R.md")
	os.WriteFile(path, []byte("# R\n\ntext\n"), 0o644)
	for range 2 { // appended once, then replaced in place
		if err := UpdateFile(path, tab); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(path)
	if strings.Count(string(b), BeginMarker) != 1 || !strings.HasPrefix(string(b), "# R\n\ntext\n\n"+BeginMarker) || !strings.Contains(string(b), tab+EndMarker) {
		t.Fatalf("updated file:\n%s", b)
	}
}

// TestMeasureLoad: the load figures come from the node's events: execution
// from publication to the first announcement, award wait to the last award
// of a segment, proving to its receipt, and attempts per segment.
func TestMeasureLoad(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	r := &Run{log: newEventLog(io.Discard)}
	for _, e := range []Event{
		{Source: "node1", Stage: "task:published", At: at(0)},
		{Source: "node1", Stage: "segment:announced", At: at(300), Detail: map[string]any{"index": float64(0)}},
		{Source: "node1", Stage: "segment:announced", At: at(400), Detail: map[string]any{"index": float64(1)}},
		{Source: "node1", Stage: "segment:awarded", At: at(1300), Detail: map[string]any{"index": float64(0)}},
		{Source: "node1", Stage: "segment:announced", At: at(2400), Detail: map[string]any{"index": float64(1)}},
		{Source: "node1", Stage: "segment:awarded", At: at(3400), Detail: map[string]any{"index": float64(1)}},
		{Source: "node1", Stage: "segment:proven", At: at(1800), Detail: map[string]any{"index": float64(0)}},
		{Source: "node1", Stage: "segment:proven", At: at(4400), Detail: map[string]any{"index": float64(1)}},
		{Source: "node1", Stage: "task:fulfilled", At: at(5400)},
	} {
		if e.Detail == nil {
			e.Detail = map[string]any{}
		}
		e.Detail["task"] = "0x1"
		r.log.add(e)
	}
	var p LoadPoint
	r.measureLoad(&p)
	want := LoadPoint{Execute: 300 * time.Millisecond, AwardWait: 2 * time.Second, Prove: 750 * time.Millisecond, Finish: time.Second, Attempts: 1.5}
	if p.Execute != want.Execute || p.AwardWait != want.AwardWait || p.Prove != want.Prove || p.Finish != want.Finish || p.Attempts != want.Attempts {
		t.Fatalf("measured %+v, want %+v", p, want)
	}
}
