package setup_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/setup"
)

func TestCIDChecks(t *testing.T) {
	b := []byte("hello")
	c := cids.Of(b)
	if !strings.HasPrefix(c.String(), "bafkrei") {
		t.Fatalf("not CIDv1 raw sha2-256: %s", c)
	}
	if err := setup.CheckCID(c, b); err != nil {
		t.Fatal(err)
	}
	if err := setup.CheckCID(c, []byte("hellO")); !errors.Is(err, setup.ErrHashMismatch) {
		t.Fatalf("changed bytes: %v", err)
	}
	v0, _ := cid.Decode("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG")
	if err := setup.CheckCID(v0, b); !errors.Is(err, setup.ErrBadCID) {
		t.Fatalf("CIDv0: %v", err)
	}
}

func TestEnsureReusesAndChecks(t *testing.T) {
	var warn bytes.Buffer
	st, err := setup.Open(t.TempDir(), &warn)
	if err != nil {
		t.Fatal(err)
	}
	fam := hashchain.Shape{Steps: 2}
	a, err := st.Ensure(fam)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(warn.String(), "NOT a ceremony") {
		t.Fatalf("development setup did not warn: %q", warn.String())
	}
	// A second store on the same directory loads, without a new setup.
	warn.Reset()
	st2, _ := setup.Open(st.Dir(), &warn)
	b, err := st2.Ensure(fam)
	if err != nil {
		t.Fatal(err)
	}
	if warn.Len() != 0 || b.Manifest != a.Manifest {
		t.Fatalf("artifacts not reused: %q, %+v vs %+v", warn.String(), b.Manifest, a.Manifest)
	}
	// A corrupted proving key is refused by Load...
	c, _ := cid.Decode(a.Manifest.PK)
	blob, _ := st.Get(c)
	blob[len(blob)/2] ^= 1
	path := st.Dir() + "/blobs/" + c.String()
	if err := os.WriteFile(path, blob, 0o644); err != nil {
		t.Fatal(err)
	}
	st3, _ := setup.Open(st.Dir(), &warn)
	if _, err := st3.Load(a.Manifest); !errors.Is(err, setup.ErrHashMismatch) {
		t.Fatalf("corrupted key: err = %v", err)
	}
	// ...and Ensure repairs the store with a fresh setup.
	warn.Reset()
	if _, err := st3.Ensure(fam); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(warn.String(), "DEVELOPMENT setup") {
		t.Fatal("damaged store was not repaired by a new setup")
	}
	// Another family has its own artifacts.
	other, err := st3.Ensure(hashchain.Shape{Steps: 3})
	if err != nil {
		t.Fatal(err)
	}
	if other.Manifest.CCS == a.Manifest.CCS {
		t.Fatal("two families share a constraint system")
	}
	if _, err := st3.VerifyingKey("dtree/v1/nope"); !errors.Is(err, setup.ErrUnknownFamily) {
		t.Fatalf("unknown family: %v", err)
	}
}
