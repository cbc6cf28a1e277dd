package aoraki_test

import (
	"bufio"
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/zkpool/aoraki"

// allowed lists, for each top-level package tree, the trees of this module
// it may import (besides itself). Arrows point one way: protocol at the
// bottom, cmd and testnet at the top (DESIGN.md §3).
var allowed = map[string][]string{
	"protocol": {},
	"prover":   {"protocol"},
	"p2p":      {"protocol"},
	"chain":    {"protocol"},
	"node":     {"protocol", "prover", "p2p", "chain"},
	"testnet":  {"protocol", "prover", "p2p", "chain", "node"},
	"cmd":      {"protocol", "prover", "p2p", "chain", "node", "testnet"},
}

func tree(importPath string) (string, bool) {
	rest, ok := strings.CutPrefix(importPath, module+"/")
	if !ok {
		return "", false
	}
	top, _, _ := strings.Cut(rest, "/")
	return top, true
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
			permitted := false
			for _, a := range ok2 {
				if a == to {
					permitted = true
				}
			}
			if !permitted {
				t.Errorf("%s imports %s: %s may import only %v", fields[0], imp, from, ok2)
			}
		}
	}
	if checked == 0 {
		t.Fatal("go list reported no packages of this module")
	}
}
