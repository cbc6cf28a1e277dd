package contracts_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	bnfr "github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/contracts/testcontracts"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/protocol/eip712"
)

// fixtureSegment is one proven segment of testdata/receipts.json.
type fixtureSegment struct {
	StateIn  common.Hash    `json:"stateIn"`
	StateOut common.Hash    `json:"stateOut"`
	InputIn  common.Hash    `json:"inputIn"`
	InputOut common.Hash    `json:"inputOut"`
	Prover   common.Address `json:"prover"`
	Price    *hexutil.Big   `json:"price"`
	Binding  common.Hash    `json:"binding"`
	Proof    []*hexutil.Big `json:"proof"`
	// Commitment holds the words of the seal's commitments (see words).
	Commitment []*hexutil.Big `json:"commitment"`
	Pok        []*hexutil.Big `json:"commitmentPok"`
}

// words copies a fixture list into dst. A list may be shorter than dst:
// the key and commitment layouts put the words of a second commitment
// last, and a fixture whose seals have at most one may leave out those
// zero words.
func words(t testing.TB, what string, dst []*big.Int, src []*hexutil.Big) {
	t.Helper()
	if len(src) > len(dst) {
		t.Fatalf("fixture: %s of %d words, the contract takes %d", what, len(src), len(dst))
	}
	for i := range dst {
		dst[i] = new(big.Int)
		if i < len(src) {
			dst[i].Set(src[i].ToInt())
		}
	}
}

// receiptFixture is testdata/receipts.json: real composite receipts, each
// proven for the task of its quote on the chain this harness makes (chain
// id, Aoraki and ReceiptVerifier addresses), as words. It is written and
// checked by node/receiptverifier's TestChainFixture: this package may not
// import the prover.
type receiptFixture struct {
	ChainID  uint64         `json:"chainId"`
	Aoraki   common.Address `json:"aoraki"`
	Verifier common.Address `json:"verifier"`
	Families []struct {
		Name         string         `json:"name"`
		FixedInitial bool           `json:"fixedInitial"`
		ProgramID    common.Hash    `json:"programId"`
		InitialState common.Hash    `json:"initialState"`
		InitialInput common.Hash    `json:"initialInput"`
		Key          []*hexutil.Big `json:"key"`
		// VK is the gnark verifying key (its binary encoding, hex).
		VK    string `json:"gnarkVerifyingKey"`
		Quote struct {
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
		} `json:"quote"`
		TaskID   common.Hash      `json:"taskId"`
		Segments []fixtureSegment `json:"segments"`
		// OtherInput is the last segment proven for the same task on
		// another input (dtree only).
		OtherInput *struct {
			Segment    fixtureSegment `json:"segment"`
			FinalState common.Hash    `json:"finalState"`
		} `json:"otherInput"`
	} `json:"families"`
}

// fr is the BN254 scalar field's order.
var fr, _ = new(big.Int).SetString("30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", 16)

// Verdicts of ReceiptVerifier.check.
const (
	verdictValid               = 0
	verdictMalformed           = 1
	verdictInitialStateUnknown = 7
	verdictWrongInitialState   = 8
	verdictBrokenChain         = 9
	verdictWrongFinalState     = 10
	verdictInvalidSeal         = 11
	verdictWrongInput          = 12
)

// Fixture families.
const (
	famDtree     = 0
	famHashchain = 1
)

func loadReceiptFixture(t testing.TB) *receiptFixture {
	t.Helper()
	b, err := os.ReadFile("testdata/receipts.json")
	if err != nil {
		t.Fatal(err)
	}
	var rf receiptFixture
	if err := json.Unmarshal(b, &rf); err != nil {
		t.Fatal(err)
	}
	if len(rf.Families) != 2 || !rf.Families[famDtree].FixedInitial || rf.Families[famHashchain].FixedInitial ||
		rf.Families[famDtree].OtherInput == nil || len(rf.Families[famDtree].Segments) < 3 {
		t.Fatal("fixture: want a dtree family (fixed initial state, a receipt on another input), then a hashchain one")
	}
	return &rf
}

// binding is the sixth public input of a seal, computed here from its
// definition (keccak256(abi.encode(bytes32 taskId, address prover, uint96
// price)) mod r), independently of the prover's Go code and of the contract.
func binding(task common.Hash, prover common.Address, price *big.Int) *big.Int {
	h := crypto.Keccak256(task[:], common.LeftPadBytes(prover[:], 32), common.LeftPadBytes(price.Bytes(), 32))
	return new(big.Int).Mod(new(big.Int).SetBytes(h), fr)
}

// rv is a ReceiptVerifier on the fixture's chain with the fixture's families registered.
type rv struct {
	f    *fixture
	rf   *receiptFixture
	ab   *contracts.ReceiptVerifier
	addr common.Address
	// gas of the deployment and of each family's registration
	deployGas   uint64
	registerGas []uint64
	pinGas      uint64 // of the last pinInitialState
}

// newRV deploys the verifier on f, whose deployer must have deployed only
// Aoraki: the fixture's task ids are for that chain.
func newRV(t testing.TB, f *fixture) *rv {
	t.Helper()
	r := &rv{f: f, rf: loadReceiptFixture(t), ab: contracts.NewReceiptVerifier()}
	rcpt, err := f.send(keyDeployer, nil, nil, append(common.FromHex(contracts.ReceiptVerifierMetaData.Bin), r.ab.PackConstructor(f.addr)...))
	if err != nil {
		t.Fatal(err)
	}
	r.addr, r.deployGas = rcpt.ContractAddress, rcpt.GasUsed
	// The fixture's quotes (their digests are the task ids its seals are
	// bound to) have a fixed proving deadline; Aoraki takes none further than
	// MAX_PROVING_WINDOW away, so the chain's clock moves to a day before it.
	if dl := r.rf.Families[0].Quote.ProvingDeadline; dl > f.now()+86400 {
		f.advance(dl - 86400 - f.now())
	}
	if f.chainID.Uint64() != r.rf.ChainID || f.addr != r.rf.Aoraki || r.addr != r.rf.Verifier {
		t.Fatalf("chain %s, Aoraki %s, verifier %s: the fixture's task ids are for chain %d, %s, %s",
			f.chainID, f.addr, r.addr, r.rf.ChainID, r.rf.Aoraki, r.rf.Verifier)
	}
	for _, fam := range r.rf.Families {
		var key [44]*big.Int
		words(t, fam.Name+" key", key[:], fam.Key)
		init := common.Hash{}
		if fam.FixedInitial {
			init = fam.InitialState
		}
		rcpt := f.mustSend(keyDeployer, r.addr, nil, r.ab.PackRegisterFamily(fam.Name, init, fam.InitialInput, key))
		r.registerGas = append(r.registerGas, rcpt.GasUsed)
	}
	return r
}

func toSegment(t testing.TB, familyID, programID common.Hash, s fixtureSegment) contracts.ReceiptSegment {
	seg := contracts.ReceiptSegment{Family: familyID, ProgramId: programID, StateIn: s.StateIn, StateOut: s.StateOut,
		InputIn: s.InputIn, InputOut: s.InputOut, Prover: s.Prover, Price: new(big.Int).Set(s.Price.ToInt())}
	words(t, "proof", seg.Proof[:], s.Proof)
	words(t, "commitments", seg.Commitments[:], s.Commitment)
	words(t, "proof of knowledge", seg.CommitmentPok[:], s.Pok)
	return seg
}

// segments are fresh copies of the first n segments of family i.
func (r *rv) segments(i, n int) []contracts.ReceiptSegment {
	fam := r.rf.Families[i]
	id := crypto.Keccak256Hash([]byte(fam.Name))
	out := make([]contracts.ReceiptSegment, n)
	for k := 0; k < n; k++ {
		out[k] = toSegment(r.f.t, id, fam.ProgramID, fam.Segments[k])
	}
	return out
}

// all is every segment of family i, and the final state.
func (r *rv) all(i int) ([]contracts.ReceiptSegment, common.Hash) {
	segs := r.rf.Families[i].Segments
	return r.segments(i, len(segs)), segs[len(segs)-1].StateOut
}

func (r *rv) taskQuote(q eip712.Quote) contracts.TaskQuote {
	return contracts.TaskQuote{Node: q.Node, Requester: q.Requester, ProgramId: q.ProgramID, InputDigest: q.InputDigest,
		Price: q.Price, ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry, Nonce: q.Nonce, Verifier: q.Verifier,
		Callback: q.Callback}
}

func (r *rv) proof(q eip712.Quote, segs []contracts.ReceiptSegment) []byte {
	r.f.t.Helper()
	call, err := r.ab.TryPackEncodeProof(r.taskQuote(q), segs)
	if err != nil {
		r.f.t.Fatal(err)
	}
	return call[4:]
}

// fixtureQuote is the quote family i's receipt was proven for.
func (r *rv) fixtureQuote(i int) eip712.Quote {
	fq := r.rf.Families[i].Quote
	return eip712.Quote{Node: fq.Node, Requester: fq.Requester, ProgramID: fq.ProgramID, InputDigest: fq.InputDigest,
		Price: fq.Price.ToInt(), ProvingDeadline: fq.ProvingDeadline, Expiry: fq.Expiry, Nonce: fq.Nonce.ToInt(),
		Verifier: fq.Verifier, Callback: fq.Callback}
}

// quote is a fresh quote from node for the program and input of family i's
// task, naming the verifier: another task the same receipt would fit.
func (r *rv) quote(i, node int) eip712.Quote {
	q := r.f.quote(node)
	q.ProgramID = r.rf.Families[i].ProgramID
	q.InputDigest = r.rf.Families[i].Quote.InputDigest
	q.Verifier = r.addr
	return q
}

// submit submits q for family i, pinning its initial state first when the family has none fixed.
func (r *rv) submit(i int, q eip712.Quote) common.Hash {
	r.f.t.Helper()
	if !r.rf.Families[i].FixedInitial {
		rcpt := r.f.mustSend(keyRequester, r.addr, nil, r.ab.PackPinInitialState(r.taskQuote(q), r.rf.Families[i].InitialState))
		r.pinGas = rcpt.GasUsed
	}
	return r.f.mustSubmit(q)
}

// open submits the task family i's receipt was proven for.
func (r *rv) open(i int) (eip712.Quote, common.Hash) {
	r.f.t.Helper()
	q := r.fixtureQuote(i)
	id := r.submit(i, q)
	if id != r.rf.Families[i].TaskID {
		r.f.t.Fatalf("%s: task %s, the fixture's seals are bound to %s", r.rf.Families[i].Name, id, r.rf.Families[i].TaskID)
	}
	return q, id
}

func (r *rv) check(id, result common.Hash, proof []byte) (uint8, uint64) {
	r.f.t.Helper()
	out, err := r.f.client.CallContract(context.Background(), ethereum.CallMsg{To: &r.addr, Data: r.ab.PackCheck(id, result, proof)}, nil)
	if err != nil {
		r.f.t.Fatal(err)
	}
	res, err := r.ab.UnpackCheck(out)
	if err != nil {
		r.f.t.Fatal(err)
	}
	return res.Verdict, res.Segment.Uint64()
}

// expect checks the verdict on proof, and that verifyReceipt agrees.
func (r *rv) expect(what string, id, result common.Hash, proof []byte, verdict uint8, segment uint64) {
	r.f.t.Helper()
	if v, seg := r.check(id, result, proof); v != verdict || seg != segment {
		r.f.t.Errorf("%s: verdict %d at segment %d, want %d at %d", what, v, seg, verdict, segment)
	}
	out, err := r.f.client.CallContract(context.Background(), ethereum.CallMsg{To: &r.addr, Data: r.ab.PackVerifyReceipt(id, result, proof)}, nil)
	if err != nil {
		r.f.t.Fatal(err)
	}
	if ok, err := r.ab.UnpackVerifyReceipt(out); err != nil || ok != (verdict == verdictValid) {
		r.f.t.Errorf("%s: verifyReceipt %v (%v)", what, ok, err)
	}
}

// refusedAtFulfill checks fulfill reverts VerifierRejected with proof and result, and the task stays open.
func (r *rv) refusedAtFulfill(id, result common.Hash, proof []byte) {
	r.f.t.Helper()
	res := r.f.newResult(id, standardPayouts(r.f.task(id).Node))
	res.resultDigest, res.proof = result, proof
	_, err := r.f.fulfill(keyNode0, res, r.f.sorted(res, r.others(id)...))
	expectRevert(r.f.t, err, "VerifierRejected")
	if st := r.f.task(id).Status; st != 1 {
		r.f.t.Fatalf("task status %d after a refused fulfill, want open", st)
	}
}

// fulfilled fulfils the task with proof and result.
func (r *rv) fulfilled(id, result common.Hash, proof []byte) {
	r.f.t.Helper()
	res := r.f.newResult(id, standardPayouts(r.f.task(id).Node))
	res.resultDigest, res.proof = result, proof
	if _, err := r.f.fulfill(keyNode0, res, r.f.sorted(res, r.others(id)...)); err != nil {
		r.f.t.Fatalf("fulfill: %v", err)
	}
}

// others are the keys of the fixture's three nodes but the task's own: its
// attesters (the task's node is not its own witness).
func (r *rv) others(id common.Hash) []int {
	node := r.f.task(id).Node
	var out []int
	for k := keyNode0; k < keyNode0+3; k++ {
		if devchain.DevAddress(k) != node {
			out = append(out, k)
		}
	}
	return out
}

// verifyGas sends verifyReceipt as a transaction, after checking that the
// receipt is valid, and returns its gas (21000 and calldata included).
func (r *rv) verifyGas(id, result common.Hash, proof []byte) uint64 {
	r.f.t.Helper()
	if v, seg := r.check(id, result, proof); v != verdictValid {
		r.f.t.Fatalf("verdict %d at segment %d, want valid", v, seg)
	}
	rcpt, err := r.f.sendGas(keyRequester, &r.addr, nil, r.ab.PackVerifyReceipt(id, result, proof), 8_000_000)
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		r.f.t.Fatalf("verifyReceipt transaction: %v", err)
	}
	return rcpt.GasUsed
}

func bumped(h common.Hash) common.Hash {
	return common.BigToHash(new(big.Int).Add(h.Big(), big.NewInt(1)))
}

// Real receipts verify on chain for the task they were proven for, with
// bindings that are exactly keccak256(abi.encode(taskId, prover, price))
// mod r; tampering and a missing pin are caught; fulfill goes through only
// with a receipt that verifies.
func TestReceiptVerifierWithRealProofs(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	for i, fam := range r.rf.Families {
		for k, s := range fam.Segments {
			if b := binding(fam.TaskID, s.Prover, s.Price.ToInt()); b.Cmp(s.Binding.Big()) != 0 {
				t.Fatalf("%s segment %d: binding %s, keccak256(abi.encode(task, prover, price)) mod r is %x", fam.Name, k, s.Binding, b)
			}
		}
		q, id := r.open(i)
		all, final := r.all(i)
		n := len(all)
		r.expect(fam.Name+": honest", id, final, r.proof(q, all), verdictValid, 0)
		r.expect(fam.Name+": wrong final state", id, fam.Segments[0].StateOut, r.proof(q, all), verdictWrongFinalState, uint64(n-1))
		for w := 0; w < 8; w++ {
			segs := r.segments(i, n)
			segs[n-1].Proof[w] = new(big.Int).Add(segs[n-1].Proof[w], big.NewInt(1))
			r.expect(fmt.Sprintf("%s: proof word %d tampered", fam.Name, w), id, final, r.proof(q, segs), verdictInvalidSeal, uint64(n-1))
		}
		if !fam.FixedInitial {
			q2 := r.quote(i, 0)
			id2 := f.mustSubmit(q2)
			r.expect(fam.Name+": unpinned task", id2, final, r.proof(q2, all), verdictInitialStateUnknown, 0)
		}
		bad := r.segments(i, n)
		bad[0].Proof[6], bad[0].Proof[7] = bad[1].Proof[6], bad[1].Proof[7]
		r.refusedAtFulfill(id, final, r.proof(q, bad))
		r.fulfilled(id, final, r.proof(q, all))
	}
}

// Attack (review finding): the verifier ignored the input, and a 150-sample
// task was fulfilled through it with a receipt covering 8 samples. Here the
// node fulfils the 150-sample Iris task with a prefix of its own receipt (1
// to 4 of its 5 segments: 32 to 128 samples), ending at the state the
// prefix ends at: real seals bound to the task, the right initial state, a
// state chain to the result — all the verifier checked before (so the
// prefix was Valid). The input chain ends short of the quote's input
// digest: WrongInput, and fulfill reverts. (node/receiptverifier's
// TestFulfillRefusesAReceiptOfEightOf150Samples proves 8 of 150.)
func TestReceiptVerifierRefusesAReceiptOfFewerSamples(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	fam := r.rf.Families[famDtree]
	q, id := r.open(famDtree)
	all, final := r.all(famDtree)
	for k := 1; k < len(all); k++ {
		prefix := r.proof(q, all[:k])
		r.expect(fmt.Sprintf("%d-segment prefix", k), id, fam.Segments[k-1].StateOut, prefix, verdictWrongInput, uint64(k-1))
		r.expect(fmt.Sprintf("%d-segment prefix with the task's result", k), id, final, prefix, verdictWrongFinalState, uint64(k-1))
	}
	r.refusedAtFulfill(id, fam.Segments[0].StateOut, r.proof(q, all[:1]))
	r.fulfilled(id, final, r.proof(q, all))
}

// Attack: the node computes on another input than the requester's (the
// last sample replaced), reusing the honest seals of the segments whose
// samples agree and having the last segment proven for the task on its
// input: every seal is real and bound to the task, both chains link, the
// result is what was computed; the input chain ends at another digest than
// the quote's: WrongInput. Relabelling the last inputOut to the quote's
// digest breaks its seal instead.
func TestReceiptVerifierRefusesAReceiptOfAnotherInput(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	fam := r.rf.Families[famDtree]
	q, id := r.open(famDtree)
	all, final := r.all(famDtree)
	n := len(all)
	other := fam.OtherInput
	segs := append(r.segments(famDtree, n-1), toSegment(t, all[0].Family, fam.ProgramID, other.Segment))
	if segs[n-1].InputOut == q.InputDigest || segs[n-1].InputIn != all[n-1].InputIn {
		t.Fatal("fixture: the other input's last segment should continue the input chain and end elsewhere")
	}
	r.expect("another input", id, other.FinalState, r.proof(q, segs), verdictWrongInput, uint64(n-1))
	r.refusedAtFulfill(id, other.FinalState, r.proof(q, segs))
	segs[n-1].InputOut = q.InputDigest
	r.expect("another input relabelled as the quote's", id, other.FinalState, r.proof(q, segs), verdictInvalidSeal, uint64(n-1))
	r.refusedAtFulfill(id, other.FinalState, r.proof(q, segs))
	// A quote naming another input digest is another task: the receipt's input chain ends elsewhere.
	q2 := r.quote(famDtree, 0)
	q2.InputDigest = bumped(q2.InputDigest)
	id2 := f.mustSubmit(q2)
	r.expect("task of another input", id2, final, r.proof(q2, all), verdictWrongInput, uint64(n-1))
	r.fulfilled(id, final, r.proof(q, all))
}

// Attack: the node re-labels a prover's seal (pays the segment to itself
// or to another prover) or underpays it, in the receipt it fulfils with:
// the prover and price are bound into the seal, so each change is an
// InvalidSeal at that segment, and fulfill reverts. Words that are no
// address or uint96 are Malformed.
func TestReceiptVerifierRefusesARelabelledProverOrPrice(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	for i, fam := range r.rf.Families {
		q, id := r.open(i)
		all, final := r.all(i)
		n := len(all)
		for k := 0; k < n; k++ {
			for _, c := range []struct {
				name string
				mut  func(s []contracts.ReceiptSegment)
			}{
				{"prover relabelled to the node", func(s []contracts.ReceiptSegment) { s[k].Prover = q.Node }},
				{"prover relabelled to the next segment's", func(s []contracts.ReceiptSegment) { s[k].Prover = s[(k+1)%n].Prover }},
				{"price lowered by 1 wei", func(s []contracts.ReceiptSegment) { s[k].Price.Sub(s[k].Price, big.NewInt(1)) }},
				{"price zeroed", func(s []contracts.ReceiptSegment) { s[k].Price.SetInt64(0) }},
				{"price raised", func(s []contracts.ReceiptSegment) { s[k].Price.Add(s[k].Price, s[k].Price) }},
			} {
				segs := r.segments(i, n)
				c.mut(segs)
				r.expect(fmt.Sprintf("%s: segment %d: %s", fam.Name, k, c.name), id, final, r.proof(q, segs), verdictInvalidSeal, uint64(k))
			}
		}
		segs := r.segments(i, n)
		segs[n-1].Prover = q.Node
		r.refusedAtFulfill(id, final, r.proof(q, segs))
		at := func(k, w int) int { return 32 * (12 + 22*k + w) }
		p := r.proof(q, all)
		p[at(n-1, 6)] = 0x01 // above the address's 20 bytes
		r.expect(fam.Name+": prover word not an address", id, final, p, verdictMalformed, uint64(n-1))
		p = r.proof(q, all)
		p[at(0, 7)+32-13] = 0x01 // above the uint96's 12 bytes
		r.expect(fam.Name+": price word over uint96", id, final, p, verdictMalformed, 0)
		r.fulfilled(id, final, r.proof(q, all))
	}
}

// Attack: the node replays the seals of one task in another task on the
// same program and input (its own next task, or another node's): every
// seal is bound to the first task id, InvalidSeal at the first segment, and
// fulfill reverts.
func TestReceiptVerifierRefusesASealReplayedInAnotherTask(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	for i, fam := range r.rf.Families {
		q, id := r.open(i)
		all, final := r.all(i)
		for _, node := range []int{0, 1} {
			q2 := r.quote(i, node)
			id2 := r.submit(i, q2)
			r.expect(fmt.Sprintf("%s: replayed in a task of node %d", fam.Name, node), id2, final, r.proof(q2, all), verdictInvalidSeal, 0)
			r.refusedAtFulfill(id2, final, r.proof(q2, all))
		}
		r.fulfilled(id, final, r.proof(q, all))
	}
}

// Attack: the input chain does not link: a segment reads from another
// input state than the one the previous segment ended at (BrokenChain), or
// the first segment does not start where the family's input chain starts
// (WrongInitialState); relabelling both ends consistently breaks the seal.
func TestReceiptVerifierRefusesABrokenInputChain(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	for i, fam := range r.rf.Families {
		q, id := r.open(i)
		all, final := r.all(i)
		n := len(all)
		segs := r.segments(i, n)
		segs[0].InputIn = bumped(segs[0].InputIn)
		r.expect(fam.Name+": first input state", id, final, r.proof(q, segs), verdictWrongInitialState, 0)
		for k := 1; k < n; k++ {
			segs := r.segments(i, n)
			segs[k].InputIn = bumped(segs[k].InputIn)
			r.expect(fmt.Sprintf("%s: segment %d's input state", fam.Name, k), id, final, r.proof(q, segs), verdictBrokenChain, uint64(k))
			segs = r.segments(i, n)
			segs[k-1].InputOut = bumped(segs[k-1].InputOut)
			segs[k].InputIn = segs[k-1].InputOut
			r.expect(fmt.Sprintf("%s: input state %d relabelled", fam.Name, k), id, final, r.proof(q, segs), verdictInvalidSeal, uint64(k-1))
		}
		segs = r.segments(i, n)
		segs[1].InputIn = bumped(segs[1].InputIn)
		r.refusedAtFulfill(id, final, r.proof(q, segs))
		r.fulfilled(id, final, r.proof(q, all))
	}
}

// commitments is the count of BSB22 commitments of fixture family i's
// key: words 36..37 (K7) are set with one, and 38..39 (K8) with two.
func (r *rv) commitments(i int) int {
	n := 0
	for _, w := range []int{36, 38} {
		if r.rf.Families[i].Key[w].ToInt().Sign() != 0 {
			n++
		}
	}
	return n
}

// gnarkVerifier is gnark's verifier of fixture family i's key, for seals
// of its commitment count: its own exported Solidity verifier
// (src/Gnark*Verifier.sol, checked by node/receiptverifier's
// TestChainFixture to be ExportSolidity's output for the fixture's key) for
// keys of no commitment or one, its Go verifier for keys of two (dtree/v2),
// for which gnark v0.16's export is wrong: it checks the folded proof of
// knowledge against the first commitment and its G·(-sigma) alone, and
// reads the first commitment's hash, which the second's hashes, from past
// its six inputs, so it refuses every honest seal (CommitmentInvalid).
// TestChainFixture fails when that export changes shape.
type gnarkVerifier struct {
	commitments int
	addr        common.Address // the exported verifier
	pack        func(proof []byte, input [6]*big.Int) []byte
	vk          *groth16bn254.VerifyingKey // the Go verifier's key
}

func gnarkFor(t testing.TB, f *fixture, r *rv, i int) gnarkVerifier {
	t.Helper()
	g := gnarkVerifier{commitments: r.commitments(i)}
	switch {
	case g.commitments == 2:
		b, err := hex.DecodeString(r.rf.Families[i].VK)
		if err != nil {
			t.Fatal(err)
		}
		g.vk = new(groth16bn254.VerifyingKey)
		if _, err := g.vk.ReadFrom(bytes.NewReader(b)); err != nil {
			t.Fatal(err)
		}
		if len(g.vk.CommitmentKeys) != 2 {
			t.Fatalf("%s: the gnark key has %d commitments, its words 2", r.rf.Families[i].Name, len(g.vk.CommitmentKeys))
		}
	case i == famHashchain:
		ab := testcontracts.NewGnarkHashchainVerifier()
		g.addr, g.pack = f.deploy(keyDeployer, common.FromHex(testcontracts.GnarkHashchainVerifierMetaData.Bin), nil), ab.PackVerifyProof
	default:
		t.Fatalf("%s: no gnark export of its key of %d commitments", r.rf.Families[i].Name, g.commitments)
	}
	return g
}

// marshalSolidity is a segment's seal, of n commitments, as the words of
// gnark's Proof.MarshalSolidity: A, B, C, then, with commitments, the n
// commitments and the proof of knowledge. The words are the segment's own
// (big.Int pointers), so changing one changes the segment.
func marshalSolidity(s contracts.ReceiptSegment, n int) []*big.Int {
	w := append([]*big.Int{}, s.Proof[:]...)
	if n == 0 {
		return w
	}
	return append(append(w, s.Commitments[:2*n]...), s.CommitmentPok[:]...)
}

// publics are a segment's six public inputs for task, the binding
// computed from the task and the segment's prover and price.
func publics(task common.Hash, s contracts.ReceiptSegment) [6]*big.Int {
	h := func(d [32]byte) *big.Int { return new(big.Int).SetBytes(d[:]) }
	return [6]*big.Int{h(s.ProgramId), h(s.StateIn), h(s.StateOut), h(s.InputIn), h(s.InputOut), binding(task, s.Prover, s.Price)}
}

// gnarkCall is the calldata of the exported verifier's verifyProof for a
// segment of task: the MarshalSolidity bytes and the six public inputs.
func (g gnarkVerifier) gnarkCall(task common.Hash, s contracts.ReceiptSegment) []byte {
	var proof []byte
	for _, w := range marshalSolidity(s, g.commitments) {
		proof = append(proof, common.BigToHash(w).Bytes()...)
	}
	return g.pack(proof, publics(task, s))
}

func (g gnarkVerifier) accepts(f *fixture, task common.Hash, s contracts.ReceiptSegment) bool {
	if g.vk != nil {
		return g.goAccepts(task, s)
	}
	_, err := f.client.CallContract(context.Background(), ethereum.CallMsg{To: &g.addr, Data: g.gnarkCall(task, s)}, nil)
	return err == nil
}

// goAccepts is gnark's Go verifier's answer for the segment of task: its
// words are read back as gnark's raw proof encoding (with its subgroup
// checks, as a node decodes a seal) and checked by groth16.Verify for the
// Solidity target. Two rules of the EVM come first, as gnark's exported
// verifier and ReceiptVerifier apply them: a coordinate is below p (the
// precompiles refuse others; gnark's decoder would read the top bits of a
// word as flags) and a public input below r (PublicInputNotInField; gnark's
// Go verifier takes field elements, reduced).
func (g gnarkVerifier) goAccepts(task common.Hash, s contracts.ReceiptSegment) bool {
	words := marshalSolidity(s, g.commitments)
	var raw bytes.Buffer
	for k, w := range words {
		if w.Sign() < 0 || w.Cmp(fp.Modulus()) >= 0 {
			return false
		}
		if k == 8 { // gnark writes the commitments as a slice: its length first
			raw.Write(binary.BigEndian.AppendUint32(nil, uint32(g.commitments)))
		}
		raw.Write(common.BigToHash(w).Bytes())
	}
	var proof groth16bn254.Proof
	if n, err := proof.ReadFrom(bytes.NewReader(raw.Bytes())); err != nil || n != int64(raw.Len()) {
		return false
	}
	var pub bnfr.Vector
	for _, x := range publics(task, s) {
		if x.Cmp(fr) >= 0 {
			return false
		}
		var e bnfr.Element
		e.SetBigInt(x)
		pub = append(pub, e)
	}
	return groth16bn254.Verify(&proof, g.vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)) == nil
}

// ReceiptVerifier accepts exactly the seals gnark's verifier of the same
// key accepts (its exported Solidity verifier for hashchain's key, its Go
// verifier for dtree/v2's key of two commitments, see gnarkVerifier): the
// honest ones, and none of their tampered variants. Ours computes each
// binding from the task id and the segment's prover and price; gnark's
// takes it as its sixth input (computed here). Each variant tampers with
// segment t of the full receipt, relabelling the neighbouring segment
// where a chain would otherwise break, so that both verifiers judge the
// seals: ours must find the receipt valid exactly when gnark's accepts
// every segment, and otherwise fail at the first segment gnark's refuses.
func TestReceiptVerifierAgreesWithGnark(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	for i, fam := range r.rf.Families {
		g := gnarkFor(t, f, r, i)
		q, id := r.open(i)
		q2 := r.quote(i, 1) // another task of the same program and input
		id2 := r.submit(i, q2)
		all, final := r.all(i)
		const t1 = 1 // the segment tampered with
		other := all[0]
		type variant struct {
			name    string
			replay  bool // judged in task id2
			mut     func(s []contracts.ReceiptSegment)
			invalid []int // segments whose seal no longer verifies
		}
		one := []int{t1}
		variants := []variant{{"honest", false, func([]contracts.ReceiptSegment) {}, nil}}
		for w := range marshalSolidity(other, g.commitments) { // hashchain seals carry no commitment words for gnark to read
			variants = append(variants, variant{fmt.Sprintf("word %d + 1", w), false, func(s []contracts.ReceiptSegment) {
				p := marshalSolidity(s[t1], g.commitments)
				p[w].Add(p[w], big.NewInt(1)) // segments are fresh copies: the fixture stays intact
			}, one})
		}
		relabel := func(name string, set func(s []contracts.ReceiptSegment, v common.Hash), get func(s contracts.ReceiptSegment) common.Hash, plusR bool) variant {
			return variant{name, false, func(s []contracts.ReceiptSegment) {
				v := bumped(get(s[t1]))
				if plusR {
					v = common.BigToHash(new(big.Int).Add(get(s[t1]).Big(), fr))
				}
				set(s, v)
			}, []int{t1, t1 + 1}}
		}
		variants = append(variants,
			variant{"C of another seal", false, func(s []contracts.ReceiptSegment) { s[t1].Proof[6], s[t1].Proof[7] = other.Proof[6], other.Proof[7] }, one},
			variant{"B of another seal", false, func(s []contracts.ReceiptSegment) { copy(s[t1].Proof[2:6], other.Proof[2:6]) }, one},
			relabel("StateOut relabelled", func(s []contracts.ReceiptSegment, v common.Hash) { s[t1].StateOut, s[t1+1].StateIn = v, v },
				func(s contracts.ReceiptSegment) common.Hash { return s.StateOut }, false),
			relabel("StateOut + r", func(s []contracts.ReceiptSegment, v common.Hash) { s[t1].StateOut, s[t1+1].StateIn = v, v },
				func(s contracts.ReceiptSegment) common.Hash { return s.StateOut }, true),
			relabel("InputOut relabelled", func(s []contracts.ReceiptSegment, v common.Hash) { s[t1].InputOut, s[t1+1].InputIn = v, v },
				func(s contracts.ReceiptSegment) common.Hash { return s.InputOut }, false),
			relabel("InputOut + r", func(s []contracts.ReceiptSegment, v common.Hash) { s[t1].InputOut, s[t1+1].InputIn = v, v },
				func(s contracts.ReceiptSegment) common.Hash { return s.InputOut }, true),
			variant{"prover relabelled", false, func(s []contracts.ReceiptSegment) { s[t1].Prover = q.Node }, one},
			variant{"provers swapped", false, func(s []contracts.ReceiptSegment) {
				s[t1].Prover, s[t1+1].Prover = s[t1+1].Prover, s[t1].Prover
			}, []int{t1, t1 + 1}},
			variant{"price + 1", false, func(s []contracts.ReceiptSegment) { s[t1].Price.Add(s[t1].Price, big.NewInt(1)) }, one},
			variant{"price zero", false, func(s []contracts.ReceiptSegment) { s[t1].Price.SetInt64(0) }, one},
			variant{"replayed in another task", true, func([]contracts.ReceiptSegment) {}, nil},
		)
		if g.commitments > 0 {
			variants = append(variants,
				variant{"commitment of another seal", false, func(s []contracts.ReceiptSegment) { s[t1].Commitments = other.Commitments }, one},
				variant{"commitment and PoK of another seal", false, func(s []contracts.ReceiptSegment) {
					s[t1].Commitments, s[t1].CommitmentPok = other.Commitments, other.CommitmentPok
				}, one})
		}
		if g.commitments == 2 {
			variants = append(variants,
				variant{"commitments exchanged", false, func(s []contracts.ReceiptSegment) {
					c := s[t1].Commitments
					s[t1].Commitments = [4]*big.Int{c[2], c[3], c[0], c[1]}
				}, one},
				variant{"second commitment of another seal", false, func(s []contracts.ReceiptSegment) {
					s[t1].Commitments[2], s[t1].Commitments[3] = other.Commitments[2], other.Commitments[3]
				}, one},
				// The first (the model's) is the same point in every seal of the task.
				variant{"first commitment of another seal", false, func(s []contracts.ReceiptSegment) {
					s[t1].Commitments[0], s[t1].Commitments[1] = other.Commitments[0], other.Commitments[1]
				}, nil})
		}
		for _, v := range variants {
			segs := r.segments(i, len(all))
			v.mut(segs)
			task, quote := id, q
			if v.replay {
				task, quote = id2, q2
			}
			verdict, at := r.check(task, final, r.proof(quote, segs))
			firstRefused := -1
			for k, s := range segs {
				ok := g.accepts(f, task, s)
				want := !v.replay // a replayed seal is bound to another task
				for _, bad := range v.invalid {
					want = want && bad != k
				}
				if ok != want {
					t.Errorf("%s, %s: gnark's verifier accepts segment %d: %v", fam.Name, v.name, k, ok)
				}
				if !ok && firstRefused < 0 {
					firstRefused = k
				}
			}
			switch {
			case firstRefused < 0 && verdict != verdictValid:
				t.Errorf("%s, %s: gnark's verifier accepts every seal, ReceiptVerifier says %d at %d", fam.Name, v.name, verdict, at)
			case firstRefused >= 0 && (verdict != verdictInvalidSeal || at != uint64(firstRefused)):
				t.Errorf("%s, %s: gnark's verifier refuses segment %d first, ReceiptVerifier says %d at %d", fam.Name, v.name, firstRefused, verdict, at)
			}
		}
	}
}

// Whatever bytes arrive as the proof, check answers (it never reverts) and
// only the honest receipt is valid.
func FuzzReceiptVerifierCheck(f *testing.F) {
	fx := newFixture(f, 3)
	r := newRV(f, fx)
	q, id := r.open(famDtree)
	all, final := r.all(famDtree)
	honest := r.proof(q, all)
	f.Add(honest, uint16(0), byte(0))
	f.Add(honest[:32*12], uint16(32*11+31), byte(1))
	f.Add([]byte{}, uint16(0), byte(0))
	f.Add(honest, uint16(32*11+31), byte(0xff))
	f.Add(honest, uint16(32*(12+6)), byte(1))    // segment 0's prover word
	f.Add(honest, uint16(32*(12+22+7)), byte(1)) // segment 1's price word
	f.Fuzz(func(t *testing.T, base []byte, at uint16, xor byte) {
		proof := append([]byte{}, base...)
		if int(at) < len(proof) {
			proof[at] ^= xor
		}
		out, err := fx.client.CallContract(context.Background(), ethereum.CallMsg{To: &r.addr, Data: r.ab.PackCheck(id, final, proof)}, nil)
		if err != nil {
			t.Fatalf("check reverted: %v", err)
		}
		res, err := r.ab.UnpackCheck(out)
		if err != nil {
			t.Fatal(err)
		}
		if (res.Verdict == verdictValid) != bytes.Equal(proof, honest) {
			t.Fatalf("verdict %d for a proof that is honest: %v", res.Verdict, bytes.Equal(proof, honest))
		}
	})
}
