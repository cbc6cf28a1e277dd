package receiptverifier_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
)

// The chain package's tests and gas benchmark verify real receipts without
// importing prover/: they read this fixture, written here from receipts
// proven by prover/local (go test ./node/receiptverifier -run TestChainFixture -update-fixture),
// and compare ReceiptVerifier with gnark's own exported verifiers of the
// fixture's keys, also written here (then run make contracts).
const fixturePath = "../../chain/contracts/testdata/receipts.json"

// gnarkExports are the Solidity files of gnark's exported verifier for each
// fixture family, in fixture order, and the contract name each gets.
var gnarkExports = []struct{ path, contract string }{
	{"../../chain/contracts/src/GnarkDtreeVerifier.sol", "GnarkDtreeVerifier"},
	{"../../chain/contracts/src/GnarkHashchainVerifier.sol", "GnarkHashchainVerifier"},
}

// gnarkExport is vk.ExportSolidity with the contract renamed, so that both
// exports compile side by side.
func gnarkExport(t *testing.T, vkb []byte, contract string) []byte {
	t.Helper()
	vk, err := setup.DecodeVerifyingKey(vkb) // a fresh copy: the export swaps fields while it runs
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := vk.ExportSolidity(&b); err != nil {
		t.Fatal(err)
	}
	const decl = "\ncontract Verifier {"
	if bytes.Count(b.Bytes(), []byte(decl)) != 1 {
		t.Fatal("gnark's export no longer declares contract Verifier")
	}
	return bytes.Replace(b.Bytes(), []byte(decl), []byte("\ncontract "+contract+" {"), 1)
}

var updateFixture = flag.Bool("update-fixture", false, "rewrite "+fixturePath+" from freshly proven receipts")

type fixtureFile struct {
	Origin   string          `json:"origin"`
	Families []fixtureFamily `json:"families"`
}

type fixtureFamily struct {
	Name         string           `json:"name"`
	FixedInitial bool             `json:"fixedInitial"`
	ProgramID    string           `json:"programId"`
	InitialState string           `json:"initialState"`
	Key          []*hexutil.Big   `json:"key"`
	VK           string           `json:"gnarkVerifyingKey"`
	Segments     []fixtureSegment `json:"segments"`
}

type fixtureSegment struct {
	StateIn    string         `json:"stateIn"`
	StateOut   string         `json:"stateOut"`
	Proof      []*hexutil.Big `json:"proof"`
	Commitment []*hexutil.Big `json:"commitment"`
	Pok        []*hexutil.Big `json:"commitmentPok"`
	Seal       string         `json:"seal"`
}

func hexBigs(xs []*big.Int) []*hexutil.Big {
	out := make([]*hexutil.Big, len(xs))
	for i, x := range xs {
		out[i] = (*hexutil.Big)(x)
	}
	return out
}

func buildFixture(t *testing.T, fx *fixtures) fixtureFile {
	out := fixtureFile{Origin: "Receipts proven by prover/local with this machine's development setup " +
		"(dtree: 17 Iris samples, segments of 8; hashchain: 5 steps from seed 42, segments of 2). Written by " +
		"`go test ./node/receiptverifier -run TestChainFixture -update-fixture`, which also checks, on every run, " +
		"that the words are seal.SolidityKey/SolidityProof of the gnark key and seals and that the seals verify."}
	for _, p := range []proven{fx.iris, fx.chain} {
		vk, err := fx.store.VerifyingKey(p.expect.Family)
		if err != nil {
			t.Fatal(err)
		}
		var vkb bytes.Buffer
		if _, err := vk.WriteTo(&vkb); err != nil {
			t.Fatal(err)
		}
		key, err := seal.SolidityKey(vk)
		if err != nil {
			t.Fatal(err)
		}
		_, fixed := receiptverifier.FixedInitialState(p.expect.Family)
		f := fixtureFamily{Name: p.expect.Family, FixedInitial: fixed, ProgramID: p.expect.ProgramID.String(),
			InitialState: p.expect.Initial.String(), Key: hexBigs(key[:]), VK: hex.EncodeToString(vkb.Bytes())}
		for _, s := range p.receipt.Segments {
			w, err := seal.SolidityProof(s.Seal)
			if err != nil {
				t.Fatal(err)
			}
			f.Segments = append(f.Segments, fixtureSegment{StateIn: s.Claim.StateIn.String(), StateOut: s.Claim.StateOut.String(),
				Proof: hexBigs(w.Proof[:]), Commitment: hexBigs(w.Commitment[:]), Pok: hexBigs(w.Pok[:]), Seal: hex.EncodeToString(s.Seal)})
		}
		out.Families = append(out.Families, f)
	}
	return out
}

func digest(t *testing.T, s string) receipt.Digest {
	t.Helper()
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		t.Fatalf("digest %q: %v", s, err)
	}
	return receipt.Digest(b)
}

func sameWords(t *testing.T, what string, got []*hexutil.Big, want []*big.Int) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d words, want %d", what, len(got), len(want))
	}
	for i := range want {
		if (*big.Int)(got[i]).Cmp(want[i]) != 0 {
			t.Fatalf("%s: word %d differs", what, i)
		}
	}
}

// The committed fixture holds real gnark seals: its words are what
// SolidityKey and SolidityProof make of its key and seals, each seal
// verifies under the key, and the states chain.
func TestChainFixture(t *testing.T) {
	if *updateFixture {
		b, err := json.MarshalIndent(buildFixture(t, loadFixtures(t)), "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(fixturePath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	defer func() {
		if t.Failed() {
			t.Log("regenerate with: go test ./node/receiptverifier -run TestChainFixture -update-fixture && make contracts")
		}
	}()
	b, err := os.ReadFile(fixturePath)
	if err != nil {
		t.Fatal(err)
	}
	var ff fixtureFile
	if err := json.Unmarshal(b, &ff); err != nil {
		t.Fatal(err)
	}
	if len(ff.Families) != len(gnarkExports) {
		t.Fatalf("%d families", len(ff.Families))
	}
	for i, f := range ff.Families {
		vkb, err := hex.DecodeString(f.VK)
		if err != nil {
			t.Fatal(err)
		}
		sol := gnarkExport(t, vkb, gnarkExports[i].contract)
		if *updateFixture {
			if err := os.WriteFile(gnarkExports[i].path, sol, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := os.ReadFile(gnarkExports[i].path); err != nil || !bytes.Equal(got, sol) {
			t.Fatalf("%s is not gnark's export of the fixture's %s key (%v)", gnarkExports[i].path, f.Name, err)
		}
		vk, err := setup.DecodeVerifyingKey(vkb)
		if err != nil {
			t.Fatal(err)
		}
		key, err := seal.SolidityKey(vk)
		if err != nil {
			t.Fatal(err)
		}
		sameWords(t, f.Name+" key", f.Key, key[:])
		if init, fixed := receiptverifier.FixedInitialState(f.Name); fixed != f.FixedInitial || (fixed && init != digest(t, f.InitialState)) {
			t.Fatalf("%s: fixed initial state %v %s, fixture says %v %s", f.Name, fixed, init, f.FixedInitial, f.InitialState)
		}
		state := digest(t, f.InitialState)
		for i, s := range f.Segments {
			c := receipt.Claim{Family: f.Name, Index: uint32(i), ProgramID: digest(t, f.ProgramID),
				StateIn: digest(t, s.StateIn), StateOut: digest(t, s.StateOut)}
			if c.StateIn != state {
				t.Fatalf("%s segment %d does not chain", f.Name, i)
			}
			state = c.StateOut
			sb, err := hex.DecodeString(s.Seal)
			if err != nil {
				t.Fatal(err)
			}
			if err := receipt.VerifySeal(vk, c, sb); err != nil {
				t.Fatalf("%s segment %d: %v", f.Name, i, err)
			}
			w, err := seal.SolidityProof(sb)
			if err != nil {
				t.Fatal(err)
			}
			sameWords(t, "proof", s.Proof, w.Proof[:])
			sameWords(t, "commitment", s.Commitment, w.Commitment[:])
			sameWords(t, "pok", s.Pok, w.Pok[:])
		}
	}
}
