package aoraki_test

import (
	"bufio"
	"bytes"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/zkpool/aoraki"

// allowed lists, for each tree of this module, the trees it may import
// (besides itself). Arrows point one way: protocol at the bottom, cmd and
// testnet at the top (DESIGN.md §3). A tree is a top-level folder, or one
// of the roles below, which sit inside the tree named for them and assemble
// the layers under them as the node does.
var allowed = map[string][]string{
	"protocol": {},
	"prover":   {"protocol"},
	"p2p":      {"protocol"},
	"chain":    {"protocol"},
	"node":     {"protocol", "prover", "p2p", "chain"},
	"testnet":  {"protocol", "prover", "p2p", "chain", "node"},
	"cmd":      {"protocol", "prover", "p2p", "chain", "node", "testnet"},

	// The network's other roles: the prover daemon (the proving engine
	// on the network) and the requester (a client that pays the contract
	// for a proof). Like node/, each imports the layers below; neither
	// imports node/ nor the other.
	"prover/daemon":   {"protocol", "prover", "p2p", "chain"},
	"chain/requester": {"protocol", "prover", "p2p", "chain"},
}

// roles are imported only from the top (cmd, testnet) and by the test
// harnesses that run a whole network (packages named *test).
var roles = []string{"prover/daemon", "chain/requester"}

// tree is the tree of importPath: the longest key of allowed it lies in.
func tree(importPath string) (string, bool) {
	rest, ok := strings.CutPrefix(importPath, module+"/")
	if !ok {
		return "", false
	}
	best := ""
	for t := range allowed {
		if (rest == t || strings.HasPrefix(rest, t+"/")) && len(t) > len(best) {
			best = t
		}
	}
	if best == "" {
		top, _, _ := strings.Cut(rest, "/")
		return top, true
	}
	return best, true
}

func TestImportArrows(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	checked := 0
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		from, ok := tree(fields[0])
		if !ok {
			continue
		}
		ok2, known := allowed[from]
		if !known {
			t.Errorf("package %s lives in an unknown top-level tree %q: add it to DESIGN.md §3 and this test", fields[0], from)
			continue
		}
		checked++
		for _, imp := range fields[1:] {
			to, ours := tree(imp)
			if !ours || to == from {
				continue
			}
			if slices.Contains(roles, to) {
				top, _, _ := strings.Cut(from, "/")
				if top != "cmd" && top != "testnet" && !strings.HasSuffix(fields[0], "test") {
					t.Errorf("%s imports the role %s: roles are assembled only by cmd/, testnet/ and test harnesses", fields[0], imp)
				}
				continue
			}
			if !slices.Contains(ok2, to) {
				t.Errorf("%s imports %s: %s may import only %v", fields[0], imp, from, ok2)
			}
		}
	}
	if checked == 0 {
		t.Fatal("go list reported no packages of this module")
	}
}
