package contracts_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/contracts/testcontracts"
	"github.com/zkpool/aoraki/protocol/eip712"
)

// receiptFixture is testdata/receipts.json: real composite receipts proven
// by prover/local, as words (written and checked by node/receiptverifier's
// TestChainFixture; this package may not import the prover).
type receiptFixture struct {
	Families []struct {
		Name         string         `json:"name"`
		FixedInitial bool           `json:"fixedInitial"`
		ProgramID    common.Hash    `json:"programId"`
		InitialState common.Hash    `json:"initialState"`
		Key          []*hexutil.Big `json:"key"`
		Segments     []struct {
			StateIn    common.Hash    `json:"stateIn"`
			StateOut   common.Hash    `json:"stateOut"`
			Proof      []*hexutil.Big `json:"proof"`
			Commitment []*hexutil.Big `json:"commitment"`
			Pok        []*hexutil.Big `json:"commitmentPok"`
		} `json:"segments"`
	} `json:"families"`
}

// fr is the BN254 scalar field's order.
var fr, _ = new(big.Int).SetString("30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", 16)

// Verdicts of ReceiptVerifier.check.
const (
	verdictValid               = 0
	verdictInitialStateUnknown = 7
	verdictWrongFinalState     = 10
	verdictInvalidSeal         = 11
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
	if len(rf.Families) != 2 || !rf.Families[0].FixedInitial || rf.Families[1].FixedInitial {
		t.Fatal("fixture: want a dtree family (fixed initial state), then a hashchain one")
	}
	return &rf
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

func newRV(t testing.TB, f *fixture) *rv {
	t.Helper()
	r := &rv{f: f, rf: loadReceiptFixture(t), ab: contracts.NewReceiptVerifier()}
	rcpt, err := f.send(keyDeployer, nil, nil, append(common.FromHex(contracts.ReceiptVerifierMetaData.Bin), r.ab.PackConstructor(f.addr)...))
	if err != nil {
		t.Fatal(err)
	}
	r.addr, r.deployGas = rcpt.ContractAddress, rcpt.GasUsed
	for _, fam := range r.rf.Families {
		var key [32]*big.Int
		for i, w := range fam.Key {
			key[i] = w.ToInt()
		}
		init := common.Hash{}
		if fam.FixedInitial {
			init = fam.InitialState
		}
		rcpt := f.mustSend(keyDeployer, r.addr, nil, r.ab.PackRegisterFamily(fam.Name, init, key))
		r.registerGas = append(r.registerGas, rcpt.GasUsed)
	}
	return r
}

// segments are the first n segments of family i.
func (r *rv) segments(i, n int) []contracts.ReceiptSegment {
	fam := r.rf.Families[i]
	id := crypto.Keccak256Hash([]byte(fam.Name))
	out := make([]contracts.ReceiptSegment, n)
	for k := 0; k < n; k++ {
		s := fam.Segments[k]
		seg := contracts.ReceiptSegment{Family: id, ProgramId: fam.ProgramID, StateIn: s.StateIn, StateOut: s.StateOut}
		for j := range seg.Proof {
			seg.Proof[j] = new(big.Int).Set(s.Proof[j].ToInt())
		}
		seg.Commitment = [2]*big.Int{new(big.Int).Set(s.Commitment[0].ToInt()), new(big.Int).Set(s.Commitment[1].ToInt())}
		seg.CommitmentPok = [2]*big.Int{new(big.Int).Set(s.Pok[0].ToInt()), new(big.Int).Set(s.Pok[1].ToInt())}
		out[k] = seg
	}
	return out
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

// quote is a quote for family i's program naming the verifier.
func (r *rv) quote(i int) eip712.Quote {
	q := r.f.quote(0)
	q.ProgramID = r.rf.Families[i].ProgramID
	q.Verifier = r.addr
	return q
}

// open submits a task for family i, pinning its initial state first when the family has none fixed.
func (r *rv) open(i int) (eip712.Quote, common.Hash) {
	r.f.t.Helper()
	q := r.quote(i)
	if !r.rf.Families[i].FixedInitial {
		rcpt := r.f.mustSend(keyRequester, r.addr, nil, r.ab.PackPinInitialState(r.taskQuote(q), r.rf.Families[i].InitialState))
		r.pinGas = rcpt.GasUsed
	}
	return q, r.f.mustSubmit(q)
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

// verifyGas sends verifyReceipt as a transaction, after checking that the
// receipt is valid, and returns its gas (21000 and calldata included).
func (r *rv) verifyGas(id, result common.Hash, proof []byte) uint64 {
	r.f.t.Helper()
	if v, seg := r.check(id, result, proof); v != verdictValid {
		r.f.t.Fatalf("verdict %d at segment %d, want valid", v, seg)
	}
	rcpt, err := r.f.sendGas(keyRequester, &r.addr, nil, r.ab.PackVerifyReceipt(id, result, proof), 5_000_000)
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		r.f.t.Fatalf("verifyReceipt transaction: %v", err)
	}
	return rcpt.GasUsed
}

// Real receipts verify on chain, prefixes included; tampering and a missing
// pin are caught; fulfill goes through only with a receipt that verifies.
func TestReceiptVerifierWithRealProofs(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	for i, fam := range r.rf.Families {
		q, id := r.open(i)
		n := len(fam.Segments)
		for k := 1; k <= n; k++ {
			if v, seg := r.check(id, fam.Segments[k-1].StateOut, r.proof(q, r.segments(i, k))); v != verdictValid {
				t.Fatalf("%s: %d-segment prefix: verdict %d at %d", fam.Name, k, v, seg)
			}
		}
		final := fam.Segments[n-1].StateOut
		if v, _ := r.check(id, fam.Segments[0].StateOut, r.proof(q, r.segments(i, n))); v != verdictWrongFinalState {
			t.Fatalf("%s: wrong final state: verdict %d", fam.Name, v)
		}
		for w := 0; w < 8; w++ {
			segs := r.segments(i, n)
			segs[n-1].Proof[w] = new(big.Int).Add(segs[n-1].Proof[w], big.NewInt(1))
			if v, seg := r.check(id, final, r.proof(q, segs)); v != verdictInvalidSeal || seg != uint64(n-1) {
				t.Fatalf("%s: proof word %d tampered: verdict %d at %d", fam.Name, w, v, seg)
			}
		}
		if !fam.FixedInitial {
			q2 := r.quote(i)
			id2 := f.mustSubmit(q2)
			if v, _ := r.check(id2, final, r.proof(q2, r.segments(i, n))); v != verdictInitialStateUnknown {
				t.Fatalf("%s: unpinned task: verdict %d", fam.Name, v)
			}
		}

		res := f.newResult(id, standardPayouts(q.Node))
		res.resultDigest = final
		bad := r.segments(i, n)
		bad[0].Proof[6], bad[0].Proof[7] = bad[1].Proof[6], bad[1].Proof[7]
		res.proof = r.proof(q, bad)
		_, err := f.fulfill(keyNode0, res, f.sorted(res, keyNode0+1, keyNode0+2))
		expectRevert(t, err, "VerifierRejected")
		res.proof = r.proof(q, r.segments(i, n))
		if _, err := f.fulfill(keyNode0, res, f.sorted(res, keyNode0+1, keyNode0+2)); err != nil {
			t.Fatalf("%s: fulfill: %v", fam.Name, err)
		}
	}
}

// gnarkVerifier is gnark's own exported verifier of fixture family i
// (src/Gnark*Verifier.sol, checked by node/receiptverifier's TestChainFixture
// to be ExportSolidity's output for the fixture's key).
type gnarkVerifier struct {
	addr common.Address
	pack func(proof []byte, input [3]*big.Int) []byte
}

func deployGnark(f *fixture, i int) gnarkVerifier {
	if i == 0 {
		ab := testcontracts.NewGnarkDtreeVerifier()
		return gnarkVerifier{f.deploy(keyDeployer, common.FromHex(testcontracts.GnarkDtreeVerifierMetaData.Bin), nil), ab.PackVerifyProof}
	}
	ab := testcontracts.NewGnarkHashchainVerifier()
	return gnarkVerifier{f.deploy(keyDeployer, common.FromHex(testcontracts.GnarkHashchainVerifierMetaData.Bin), nil), ab.PackVerifyProof}
}

// gnarkCall is the calldata of gnark's verifyProof for a segment: the
// MarshalSolidity bytes (without commitment words when there is none).
func (g gnarkVerifier) gnarkCall(s contracts.ReceiptSegment) []byte {
	var proof []byte
	words := append(append(append([]*big.Int{}, s.Proof[:]...), s.Commitment[:]...), s.CommitmentPok[:]...)
	if s.Commitment[0].Sign() == 0 && s.Commitment[1].Sign() == 0 && s.CommitmentPok[0].Sign() == 0 && s.CommitmentPok[1].Sign() == 0 {
		words = words[:8]
	}
	for _, w := range words {
		proof = append(proof, common.BigToHash(w).Bytes()...)
	}
	return g.pack(proof, [3]*big.Int{new(big.Int).SetBytes(s.ProgramId[:]), new(big.Int).SetBytes(s.StateIn[:]), new(big.Int).SetBytes(s.StateOut[:])})
}

func (g gnarkVerifier) accepts(f *fixture, s contracts.ReceiptSegment) bool {
	_, err := f.client.CallContract(context.Background(), ethereum.CallMsg{To: &g.addr, Data: g.gnarkCall(s)}, nil)
	return err == nil
}

// ReceiptVerifier accepts exactly the seals gnark's exported verifier of
// the same key accepts: the honest ones, and none of their tampered variants.
func TestReceiptVerifierAgreesWithGnarkExport(t *testing.T) {
	f := newFixture(t, 3)
	r := newRV(t, f)
	for i, fam := range r.rf.Families {
		g := deployGnark(f, i)
		q, id := r.open(i)
		all := r.segments(i, len(fam.Segments))
		type variant struct {
			name string
			mut  func(s *contracts.ReceiptSegment)
		}
		variants := []variant{{"honest", func(*contracts.ReceiptSegment) {}}}
		for w := 0; w < 12; w++ {
			if w >= 8 && !fam.FixedInitial {
				break // hashchain seals carry no commitment words for gnark to read
			}
			variants = append(variants, variant{fmt.Sprintf("word %d + 1", w), func(s *contracts.ReceiptSegment) {
				p := append(append(append([]*big.Int{}, s.Proof[:]...), s.Commitment[:]...), s.CommitmentPok[:]...)
				p[w].Add(p[w], big.NewInt(1)) // segments are fresh copies: the fixture stays intact
			}})
		}
		variants = append(variants,
			variant{"C of another seal", func(s *contracts.ReceiptSegment) { s.Proof[6], s.Proof[7] = all[1].Proof[6], all[1].Proof[7] }},
			variant{"B of another seal", func(s *contracts.ReceiptSegment) { copy(s.Proof[2:6], all[1].Proof[2:6]) }},
			variant{"another StateOut", func(s *contracts.ReceiptSegment) { s.StateOut = all[1].StateOut }},
			variant{"StateOut + r", func(s *contracts.ReceiptSegment) {
				s.StateOut = common.BigToHash(new(big.Int).Add(new(big.Int).SetBytes(s.StateOut[:]), fr))
			}},
		)
		if fam.FixedInitial {
			variants = append(variants,
				variant{"commitment of another seal", func(s *contracts.ReceiptSegment) { s.Commitment = all[1].Commitment }},
				variant{"commitment and PoK of another seal", func(s *contracts.ReceiptSegment) {
					s.Commitment, s.CommitmentPok = all[1].Commitment, all[1].CommitmentPok
				}})
		}
		for _, v := range variants {
			seg := r.segments(i, 1)
			v.mut(&seg[0])
			verdict, _ := r.check(id, seg[0].StateOut, r.proof(q, seg))
			ours, theirs := verdict == verdictValid, g.accepts(f, seg[0])
			if ours != theirs || ours != (v.name == "honest") {
				t.Errorf("%s, %s: ReceiptVerifier %v (verdict %d), gnark's verifier %v", fam.Name, v.name, ours, verdict, theirs)
			}
		}
		for k, s := range all {
			if !g.accepts(f, s) {
				t.Errorf("%s: gnark's verifier refuses segment %d", fam.Name, k)
			}
		}
	}
}

// Whatever bytes arrive as the proof, check answers (it never reverts) and
// only the honest receipt is valid.
func FuzzReceiptVerifierCheck(f *testing.F) {
	fx := newFixture(f, 3)
	r := newRV(f, fx)
	q, id := r.open(0)
	fam := r.rf.Families[0]
	final := fam.Segments[len(fam.Segments)-1].StateOut
	honest := r.proof(q, r.segments(0, len(fam.Segments)))
	f.Add(honest, uint16(0), byte(0))
	f.Add(honest[:32*12], uint16(32*11+31), byte(1))
	f.Add([]byte{}, uint16(0), byte(0))
	f.Add(honest, uint16(32*11+31), byte(0xff))
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
