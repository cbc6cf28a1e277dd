package chaos

import (
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
