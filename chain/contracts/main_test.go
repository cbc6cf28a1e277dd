package contracts_test

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"

	"github.com/zkpool/aoraki/chain/contracts"
)

var (
	revertsSeenMu sync.Mutex
	revertsSeen   = map[string]bool{}
)

// TestMain fails a full run (no -run filter) in which some custom error of
// the contract was never provoked by a test: every revert has a test.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if code == 0 && flag.Lookup("test.run").Value.String() == "" && flag.Lookup("test.bench").Value.String() == "" {
		var missing []string
		for name := range contracts.NewAoraki().GetABI().Errors {
			if !revertsSeen[name] && name != "Reentrancy" { // provoked through the hook contracts, checked by selector
				missing = append(missing, name)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "FAIL: no test provokes these Aoraki errors: %v\n", missing)
			code = 1
		}
	}
	os.Exit(code)
}
