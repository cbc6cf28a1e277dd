package receiptverifier_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
)

// The chain package's tests and gas benchmark verify real receipts without
// importing prover/: they read this fixture, written here from receipts
// proven by the fixtures of env_test.go (go test ./node/receiptverifier -run TestChainFixture -update-fixture),
// and compare ReceiptVerifier with gnark's verifiers of the fixture's keys:
// its exported Solidity verifier, also written here (then run go generate
// ./chain/contracts/), for keys of no commitment or one, and its Go
// verifier for keys of two (see gnarkExports).
const fixturePath = "../../chain/contracts/testdata/receipts.json"

// gnarkExports are the Solidity files of gnark's exported verifier for each
// fixture family, in fixture order, and the contract name each gets; none
// for dtree/v2, whose key has two commitments: gnark v0.16's export gets
// two wrong (it checks the folded proof of knowledge against the first
// commitment and its G·(-sigma) alone, and reads the first commitment's
// hash, which the second hashes, from calldata past the six public inputs:
// the proof's length word), so it refuses every honest two-commitment seal
// (CommitmentInvalid). chain/contracts compares ReceiptVerifier with gnark's
// Go verifier (groth16.Verify for the Solidity target) of such a key
// instead, and TestChainFixture fails when gnark's export of it changes
// shape, so that the comparison with the export can come back.
var gnarkExports = []struct{ path, contract string }{
	{}, // dtree/v2: two commitments
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
	Origin string `json:"origin"`
	// The chain the quotes' task ids are for: its id, and the addresses of
	// Aoraki and the ReceiptVerifier (the deployer's first two contracts).
	ChainID  uint64          `json:"chainId"`
	Aoraki   common.Address  `json:"aoraki"`
	Verifier common.Address  `json:"verifier"`
	Families []fixtureFamily `json:"families"`
}

type fixtureFamily struct {
	Name         string `json:"name"`
	FixedInitial bool   `json:"fixedInitial"`
	ProgramID    string `json:"programId"`
	InitialState string `json:"initialState"`
	// InitialInput is registered with the family: the start of every input
	// chain, zero when the chain is the quote's input digest throughout.
	InitialInput string         `json:"initialInput"`
	Key          []*hexutil.Big `json:"key"`
	VK           string         `json:"gnarkVerifyingKey"`
	// Quote opens the task every seal is bound to; TaskID is its digest.
	Quote    fixtureQuoteJSON `json:"quote"`
	TaskID   common.Hash      `json:"taskId"`
	Segments []fixtureSegment `json:"segments"`
	// OtherInput, when present, is the last segment proven for the same
	// task on another input (the last sample replaced): it links to the
	// segments before it, and its input chain ends elsewhere.
	OtherInput *fixtureOther `json:"otherInput,omitempty"`
}

type fixtureOther struct {
	Segment    fixtureSegment `json:"segment"`
	FinalState string         `json:"finalState"`
}

type fixtureQuoteJSON struct {
	Node            common.Address `json:"node"`
	Requester       common.Address `json:"requester"`
	ProgramID       common.Hash    `json:"programId"`
	InputDigest     common.Hash    `json:"inputDigest"`
	Price           *hexutil.Big   `json:"price"`
	ProvingDeadline uint64         `json:"provingDeadline"`
	Expiry          uint64         `json:"expiry"`
	Nonce           *hexutil.Big   `json:"nonce"`
	Verifier        common.Address `json:"verifier"`
	Callback        common.Address `json:"callback"`
}

func (q fixtureQuoteJSON) quote() eip712.Quote {
	return eip712.Quote{Node: q.Node, Requester: q.Requester, ProgramID: q.ProgramID, InputDigest: q.InputDigest,
		Price: q.Price.ToInt(), ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry, Nonce: q.Nonce.ToInt(),
		Verifier: q.Verifier, Callback: q.Callback}
}

func toFixtureQuote(q eip712.Quote) fixtureQuoteJSON {
	return fixtureQuoteJSON{Node: q.Node, Requester: q.Requester, ProgramID: q.ProgramID, InputDigest: q.InputDigest,
		Price: (*hexutil.Big)(q.Price), ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry, Nonce: (*hexutil.Big)(q.Nonce),
		Verifier: q.Verifier, Callback: q.Callback}
}

type fixtureSegment struct {
	StateIn  string         `json:"stateIn"`
	StateOut string         `json:"stateOut"`
	InputIn  string         `json:"inputIn"`
	InputOut string         `json:"inputOut"`
	Prover   common.Address `json:"prover"`
	Price    *hexutil.Big   `json:"price"`
	// Binding is receipt.Binding(taskId, prover, price): the sixth public
	// input, which gnark's exported verifier takes as an argument.
	Binding    string         `json:"binding"`
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

func toFixtureSegment(t *testing.T, s receipt.SegmentReceipt) fixtureSegment {
	t.Helper()
	w, err := seal.SolidityProof(s.Seal)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Binding()
	if err != nil {
		t.Fatal(err)
	}
	return fixtureSegment{StateIn: s.Claim.StateIn.String(), StateOut: s.Claim.StateOut.String(),
		InputIn: s.Claim.InputIn.String(), InputOut: s.Claim.InputOut.String(), Prover: s.Prover,
		Price: (*hexutil.Big)(s.Price), Binding: b.String(), Proof: hexBigs(w.Proof[:]),
		Commitment: hexBigs(w.Commitments[:]), Pok: hexBigs(w.Pok[:]), Seal: hex.EncodeToString(s.Seal)}
}

func buildFixture(t *testing.T, fx *fixtures) fixtureFile {
	out := fixtureFile{Origin: "Receipts proven with this machine's development setup for the tasks of the quotes below " +
		"(dtree: the 150 Iris samples in segments of 32, and the last segment proven on another input, sample 150 " +
		"replaced by sample 1; hashchain: 5 steps from seed 42, segments of 2), every segment by one of three provers " +
		"at its own price. Written by `go test ./node/receiptverifier -run TestChainFixture -update-fixture`, which also " +
		"checks, on every run, that the words are seal.SolidityKey/SolidityProof of the gnark key and seals, that the " +
		"bindings are receipt.Binding's, that the task ids are the quotes' digests and that the receipts verify.",
		ChainID: devchain.DefaultChainID, Aoraki: fixtureAoraki, Verifier: fixtureVerifier}
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
		input, _ := receiptverifier.FixedInitialInput(p.expect.Family)
		f := fixtureFamily{Name: p.expect.Family, FixedInitial: fixed, ProgramID: p.expect.ProgramID.String(),
			InitialState: p.expect.Initial.String(), InitialInput: input.String(), Key: hexBigs(key[:]),
			VK: hex.EncodeToString(vkb.Bytes()), Quote: toFixtureQuote(p.quote), TaskID: p.task}
		for _, s := range p.receipt.Segments {
			f.Segments = append(f.Segments, toFixtureSegment(t, s))
		}
		if p.expect.Family == fx.iris.expect.Family {
			f.OtherInput = &fixtureOther{Segment: toFixtureSegment(t, fx.irisOther), FinalState: fx.irisOtherFinal.String()}
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

// sameWords checks the fixture's words got are want. got may be shorter
// than want when want's last words are zero: the key and commitment layouts
// put a second commitment's words last, and a fixture whose seals have at
// most one may leave them out (chain/contracts' reader pads them back).
func sameWords(t *testing.T, what string, got []*hexutil.Big, want []*big.Int) {
	t.Helper()
	if len(got) > len(want) {
		t.Fatalf("%s: %d words, want %d", what, len(got), len(want))
	}
	for i := range want {
		g := new(big.Int)
		if i < len(got) {
			g = (*big.Int)(got[i])
		}
		if g.Cmp(want[i]) != 0 {
			t.Fatalf("%s: word %d differs", what, i)
		}
	}
}

// segmentReceipt rebuilds segment index of family f from the fixture and
// checks its words and binding are what SolidityProof and Binding make.
func segmentReceipt(t *testing.T, f *fixtureFamily, index int, s fixtureSegment) receipt.SegmentReceipt {
	t.Helper()
	sb, err := hex.DecodeString(s.Seal)
	if err != nil {
		t.Fatal(err)
	}
	r := receipt.SegmentReceipt{Claim: receipt.Claim{Family: f.Name, Index: uint32(index), ProgramID: digest(t, f.ProgramID),
		StateIn: digest(t, s.StateIn), StateOut: digest(t, s.StateOut), InputIn: digest(t, s.InputIn), InputOut: digest(t, s.InputOut)},
		Task: f.TaskID, Prover: s.Prover, Price: s.Price.ToInt(), Seal: sb}
	b, err := r.Binding()
	if err != nil {
		t.Fatal(err)
	}
	if b != digest(t, s.Binding) {
		t.Fatalf("%s segment %d: binding %s, receipt.Binding says %s", f.Name, index, s.Binding, b)
	}
	w, err := seal.SolidityProof(sb)
	if err != nil {
		t.Fatal(err)
	}
	sameWords(t, "proof", s.Proof, w.Proof[:])
	sameWords(t, "commitment", s.Commitment, w.Commitments[:])
	sameWords(t, "pok", s.Pok, w.Pok[:])
	return r
}

// The committed fixture holds real gnark seals: its words are what
// SolidityKey and SolidityProof make of its key and seals, its bindings are
// receipt.Binding's, its task ids are its quotes' digests on the chain the
// chain package's harness makes, and each receipt verifies off chain for its
// task, its input digest and its final state.
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
			t.Log("regenerate with: go test ./node/receiptverifier -run TestChainFixture -update-fixture && go generate ./chain/contracts/")
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
	if ff.ChainID != devchain.DefaultChainID || ff.Aoraki != fixtureAoraki || ff.Verifier != fixtureVerifier {
		t.Fatalf("fixture for chain %d, Aoraki %s, verifier %s", ff.ChainID, ff.Aoraki, ff.Verifier)
	}
	if len(ff.Families) != len(gnarkExports) {
		t.Fatalf("%d families", len(ff.Families))
	}
	for i := range ff.Families {
		f := &ff.Families[i]
		vkb, err := hex.DecodeString(f.VK)
		if err != nil {
			t.Fatal(err)
		}
		vk, err := setup.DecodeVerifyingKey(vkb)
		if err != nil {
			t.Fatal(err)
		}
		ex := gnarkExports[i]
		switch commitments := len(vk.(*groth16bn254.VerifyingKey).CommitmentKeys); {
		case commitments == 2:
			if ex.path != "" {
				t.Fatalf("%s: a gnark export of a two-commitment key", f.Name)
			}
			// The export still declares one G·(-sigma) and reads the first
			// commitment's hash from past its inputs; when this fails,
			// check whether gnark's export now verifies two commitments.
			sol := gnarkExport(t, vkb, "Verifier")
			if n := bytes.Count(sol, []byte("uint256 constant PEDERSEN_GSIGMANEG_X_0 =")); n != 1 ||
				!bytes.Contains(sol, []byte(fmt.Sprintf("add(input, %d)", 32*receipt.Publics))) {
				t.Fatalf("%s: gnark's export of a two-commitment key has changed (%d G·(-sigma)): "+
					"compare ReceiptVerifier with it again (chain/contracts)", f.Name, n)
			}
		case ex.path == "":
			t.Fatalf("%s: no gnark export for a key of %d commitments", f.Name, commitments)
		default:
			sol := gnarkExport(t, vkb, ex.contract)
			if *updateFixture {
				if err := os.WriteFile(ex.path, sol, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if got, err := os.ReadFile(ex.path); err != nil || !bytes.Equal(got, sol) {
				t.Fatalf("%s is not gnark's export of the fixture's %s key (%v)", ex.path, f.Name, err)
			}
		}
		key, err := seal.SolidityKey(vk)
		if err != nil {
			t.Fatal(err)
		}
		sameWords(t, f.Name+" key", f.Key, key[:])
		if init, fixed := receiptverifier.FixedInitialState(f.Name); fixed != f.FixedInitial || (fixed && init != digest(t, f.InitialState)) {
			t.Fatalf("%s: fixed initial state %v %s, fixture says %v %s", f.Name, fixed, init, f.FixedInitial, f.InitialState)
		}
		if input, _ := receiptverifier.FixedInitialInput(f.Name); input != digest(t, f.InitialInput) {
			t.Fatalf("%s: initial input %s, fixture says %s", f.Name, input, f.InitialInput)
		}
		q := f.Quote.quote()
		if id, err := q.Digest(fixtureDomain); err != nil || id != f.TaskID {
			t.Fatalf("%s: task id %s is not the quote's digest %s (%v)", f.Name, f.TaskID, id, err)
		}
		if q.ProgramID != common.Hash(digest(t, f.ProgramID)) || q.Verifier != ff.Verifier {
			t.Fatalf("%s: the quote names program %s and verifier %s", f.Name, q.ProgramID, q.Verifier)
		}
		c := &receipt.CompositeReceipt{Task: f.TaskID}
		for k, s := range f.Segments {
			c.Segments = append(c.Segments, segmentReceipt(t, f, k, s))
		}
		startInput := digest(t, f.InitialInput)
		if startInput == (receipt.Digest{}) {
			startInput = receipt.Digest(q.InputDigest)
		}
		n := len(c.Segments)
		want := receipt.Expect{Task: f.TaskID, Family: f.Name, ProgramID: digest(t, f.ProgramID),
			Initial: digest(t, f.InitialState), Final: c.Segments[n-1].Claim.StateOut,
			InputInitial: startInput, InputFinal: receipt.Digest(q.InputDigest), Segments: n}
		if err := c.Verify(vk2keys{f.Name, vk}, want); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if o := f.OtherInput; o != nil {
			r := segmentReceipt(t, f, n-1, o.Segment)
			if err := r.Verify(vk2keys{f.Name, vk}); err != nil {
				t.Fatalf("%s: the other input's segment: %v", f.Name, err)
			}
			last := c.Segments[n-1].Claim
			if r.Claim.StateIn != last.StateIn || r.Claim.InputIn != last.InputIn || r.Claim.InputOut == last.InputOut ||
				r.Claim.StateOut != digest(t, o.FinalState) {
				t.Fatalf("%s: the other input's segment does not replace the last one on another input", f.Name)
			}
		}
	}
}

// vk2keys is one family's key, as receipt.Keys.
type vk2keys struct {
	name string
	vk   groth16.VerifyingKey
}

func (k vk2keys) VerifyingKey(family string) (groth16.VerifyingKey, error) {
	if family != k.name {
		return nil, fmt.Errorf("no key for %q", family)
	}
	return k.vk, nil
}
