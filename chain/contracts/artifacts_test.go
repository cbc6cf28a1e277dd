package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// TestArtifactsMatchSources recompiles src/ with the pinned solc (Node.js and
// node_modules from `npm ci` in this folder are required; make test installs
// them) and regenerates the bindings, and fails when anything committed
// differs. Fix a failure with `make contracts`.
func TestArtifactsMatchSources(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node not found in PATH: the artifact drift check needs Node.js (make tools installs it)")
	}
	if _, err := os.Stat(filepath.Join("node_modules", "solc", "package.json")); err != nil {
		t.Fatal("chain/contracts/node_modules/solc missing: run `npm ci` in chain/contracts (make tools does)")
	}
	out := t.TempDir()
	cmd := exec.Command(node, "compile.js", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile.js: %v\n%s", err, msg)
	}
	fresh, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadDir("build")
	if err != nil {
		t.Fatal(err)
	}
	if len(fresh) != len(committed) {
		t.Errorf("build/ has %d files, a fresh compile %d: run make contracts", len(committed), len(fresh))
	}
	for _, e := range fresh {
		want, _ := os.ReadFile(filepath.Join(out, e.Name()))
		got, err := os.ReadFile(filepath.Join("build", e.Name()))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("build/%s differs from a fresh compile of src/: run make contracts", e.Name())
		}
	}

	// Every abigen line of generate.go must reproduce its committed binding.
	gen, err := os.ReadFile("generate.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi (\S+) --bin (\S+) --pkg (\S+) --type (\S+) --out (\S+)$`)
	lines := re.FindAllStringSubmatch(string(gen), -1)
	if len(lines) != len(fresh)/3 {
		t.Fatalf("generate.go has %d abigen lines for %d contracts", len(lines), len(fresh)/3)
	}
	for _, m := range lines {
		abiFile, binFile, pkg, typ, outFile := m[1], m[2], m[3], m[4], m[5]
		abiJSON, err := os.ReadFile(filepath.Join(out, strings.TrimPrefix(abiFile, "build/")))
		if err != nil {
			t.Fatal(err)
		}
		bin, err := os.ReadFile(filepath.Join(out, strings.TrimPrefix(binFile, "build/")))
		if err != nil {
			t.Fatal(err)
		}
		// The same call cmd/abigen makes for --v2 with one --abi/--bin pair.
		code, err := abigen.BindV2([]string{typ}, []string{string(abiJSON)}, []string{string(bin)}, pkg, map[string]string{}, map[string]string{})
		if err != nil {
			t.Fatalf("bind %s: %v", typ, err)
		}
		got, err := os.ReadFile(outFile)
		if err != nil || !bytes.Equal(got, []byte(code)) {
			t.Errorf("%s differs from fresh bindings of %s: run make contracts", outFile, typ)
		}
	}
}
