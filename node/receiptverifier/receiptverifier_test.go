package receiptverifier_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
)

func segments(t *testing.T, r *receipt.CompositeReceipt) []contracts.ReceiptSegment {
	t.Helper()
	s, err := receiptverifier.Segments(r)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// clone copies segments deeply, so a case can tamper with its copy.
func clone(in []contracts.ReceiptSegment) []contracts.ReceiptSegment {
	out := make([]contracts.ReceiptSegment, len(in))
	cp := func(dst, src []*big.Int) {
		for i := range src {
			dst[i] = new(big.Int).Set(src[i])
		}
	}
	for i, s := range in {
		out[i] = s
		cp(out[i].Proof[:], s.Proof[:])
		cp(out[i].Commitment[:], s.Commitment[:])
		cp(out[i].CommitmentPok[:], s.CommitmentPok[:])
	}
	return out
}

func encode(t *testing.T, q eip712.Quote, segs []contracts.ReceiptSegment) []byte {
	t.Helper()
	p, err := receiptverifier.EncodeSegments(q, segs)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

type verdictCase struct {
	name    string
	quote   func(q eip712.Quote) eip712.Quote
	segs    func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment
	result  func(r common.Hash) common.Hash
	raw     func(p []byte) []byte
	want    receiptverifier.Verdict
	segment int
}

// runCases checks each tampered variant of an honest receipt for task id
// (opened by q) gets its verdict from the contract, and that verifyReceipt
// returns false for it.
func runCases(t *testing.T, v *receiptverifier.Client, id common.Hash, q eip712.Quote, honest []contracts.ReceiptSegment,
	final receipt.Digest, cases []verdictCase) {
	t.Helper()
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qq, segs, res := q, clone(honest), common.Hash(final)
			if c.quote != nil {
				qq = c.quote(qq)
			}
			if c.segs != nil {
				segs = c.segs(segs)
			}
			if c.result != nil {
				res = c.result(res)
			}
			proof := encode(t, qq, segs)
			if c.raw != nil {
				proof = c.raw(proof)
			}
			got, seg, err := v.Check(ctx, id, res, proof)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want || seg != c.segment {
				t.Fatalf("verdict %q at segment %d, want %q at %d", got, seg, c.want, c.segment)
			}
			ok, err := v.Verify(ctx, id, res, proof)
			if err != nil || ok != (c.want == receiptverifier.Valid) {
				t.Fatalf("verifyReceipt = %v, %v", ok, err)
			}
		})
	}
}

func bump(x *big.Int) *big.Int { return new(big.Int).Add(x, big.NewInt(1)) }

// The dtree receipt (BSB22 commitment in every seal) verifies on-chain as
// it does off-chain, and every kind of tampering is caught with its reason.
func TestDtreeReceiptOnChain(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ir := e.fix.iris
	if err := ir.receipt.Verify(e.fix.store, ir.expect); err != nil {
		t.Fatal(err)
	}
	q := e.quote(ir.expect.ProgramID)
	id := e.submit(q)
	honest := segments(t, ir.receipt)
	if len(honest) != 3 || honest[0].Commitment[0].Sign() == 0 {
		t.Fatalf("want 3 segments with commitments, got %d", len(honest))
	}

	// The Go encoder and the contract's own abi.encode agree.
	proof, err := receiptverifier.EncodeProof(q, ir.receipt)
	if err != nil {
		t.Fatal(err)
	}
	out, err := e.cl.CallContract(ctx, callMsg(e.verifier.Address(),
		contracts.NewReceiptVerifier().PackEncodeProof(receiptverifier.QuoteArgs(q), honest)), nil)
	if err != nil {
		t.Fatal(err)
	}
	onchain, err := contracts.NewReceiptVerifier().UnpackEncodeProof(out)
	if err != nil || !bytes.Equal(onchain, proof) {
		t.Fatalf("encodeProof on chain differs from EncodeProof (%v)", err)
	}
	if len(proof) != 32*(12+16*3) {
		t.Fatalf("proof of %d bytes", len(proof))
	}

	other := e.quote(ir.expect.ProgramID)
	hashchainProgram := common.Hash(e.fix.chain.expect.ProgramID)
	runCases(t, e.verifier, id, q, honest, ir.expect.Final, []verdictCase{
		{name: "honest", want: receiptverifier.Valid},
		{name: "tampered A", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Proof[1] = bump(s[1].Proof[1])
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "tampered C", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].Proof[6], s[2].Proof[7] = s[1].Proof[6], s[1].Proof[7]
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "tampered commitment", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Commitment = s[1].Commitment
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "tampered proof of knowledge", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].CommitmentPok = s[1].CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "commitment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Commitment = [2]*big.Int{new(big.Int), new(big.Int)}
			s[0].CommitmentPok = [2]*big.Int{new(big.Int), new(big.Int)}
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "seals swapped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Proof, s[2].Proof = s[2].Proof, s[1].Proof
			s[1].Commitment, s[2].Commitment = s[2].Commitment, s[1].Commitment
			s[1].CommitmentPok, s[2].CommitmentPok = s[2].CommitmentPok, s[1].CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "segments swapped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1], s[2] = s[2], s[1]
			return s
		}, want: receiptverifier.BrokenChain, segment: 1},
		{name: "first segment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment { return s[1:] },
			want: receiptverifier.WrongInitialState},
		{name: "middle segment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			return append(s[:1], s[2])
		}, want: receiptverifier.BrokenChain, segment: 1},
		{name: "last segment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment { return s[:2] },
			want: receiptverifier.WrongFinalState, segment: 1},
		{name: "segment repeated", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			return append(s, s[2])
		}, want: receiptverifier.BrokenChain, segment: 3},
		{name: "wrong final state", result: func(r common.Hash) common.Hash { return common.BigToHash(bump(r.Big())) },
			want: receiptverifier.WrongFinalState, segment: 2},
		{name: "state relabelled", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			// A consistent chain whose middle state is not what the seals prove.
			x := common.BigToHash(bump(new(big.Int).SetBytes(s[0].StateOut[:])))
			s[0].StateOut, s[1].StateIn = x, x
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "task of another program", quote: func(q eip712.Quote) eip712.Quote {
			q.ProgramID = hashchainProgram
			return q
		}, want: receiptverifier.WrongTask},
		{name: "claims relabelled to another program", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			for i := range s {
				s[i].ProgramId = hashchainProgram
			}
			return s
		}, want: receiptverifier.WrongProgram},
		{name: "one claim of another program", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].ProgramId = hashchainProgram
			return s
		}, want: receiptverifier.WrongProgram, segment: 2},
		{name: "quote of another task", quote: func(eip712.Quote) eip712.Quote { return other },
			want: receiptverifier.WrongTask},
		{name: "labelled as a family without fixed initial state", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			for i := range s {
				s[i].Family = receiptverifier.FamilyID(e.fix.chain.expect.Family)
			}
			return s
		}, want: receiptverifier.InitialStateUnknown},
		{name: "unknown family", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			for i := range s {
				s[i].Family = receiptverifier.FamilyID("dtree/v0/nothing")
			}
			return s
		}, want: receiptverifier.UnknownFamily},
		{name: "no segments", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment { return nil },
			want: receiptverifier.Empty},
		{name: "truncated", raw: func(p []byte) []byte { return p[:len(p)-1] }, want: receiptverifier.Malformed},
		{name: "trailing byte", raw: func(p []byte) []byte { return append(p, 0) }, want: receiptverifier.Malformed},
		{name: "empty bytes", raw: func(p []byte) []byte { return nil }, want: receiptverifier.Malformed},
		{name: "non-canonical offset", raw: func(p []byte) []byte {
			p[32*10+31] = 0x40
			return p
		}, want: receiptverifier.Malformed},
		{name: "count larger than the data", raw: func(p []byte) []byte {
			p[32*11+31] = 4
			return p
		}, want: receiptverifier.Malformed},
		{name: "count overflows", raw: func(p []byte) []byte {
			p[32*11] = 0xff
			return p
		}, want: receiptverifier.Malformed},
	})
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// Hashchain circuits have no commitment; their initial state (the seed's
// commitment) is pinned per task by the requester.
func TestHashchainReceiptOnChain(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	hc, hc3 := e.fix.chain, e.fix.chain3
	honest := segments(t, hc.receipt)
	if len(honest) != 3 || honest[0].Commitment[0].Sign() != 0 {
		t.Fatalf("want 3 segments without commitment, got %d", len(honest))
	}
	requester := e.verifierAs(keyRequester)
	// A task submitted without a pin cannot be verified, nor pinned any more.
	q0 := e.quote(hc.expect.ProgramID)
	id0 := e.submit(q0)
	if v, _, err := e.verifier.Check(ctx, id0, common.Hash(hc.expect.Final), encode(t, q0, honest)); err != nil || v != receiptverifier.InitialStateUnknown {
		t.Fatalf("without a pin: %v, %v", v, err)
	}
	if _, err := requester.PinInitialState(ctx, q0, hc.expect.Initial); !errors.Is(err, receiptverifier.ErrReverted) ||
		!strings.Contains(err.Error(), "TaskAlreadySubmitted") {
		t.Fatalf("pin after submit: %v", err)
	}

	q := e.quote(hc.expect.ProgramID)
	// Only the quote's requester may pin, and only once.
	if _, err := e.verifierAs(keyNode).PinInitialState(ctx, q, hc.expect.Initial); !errors.Is(err, receiptverifier.ErrReverted) ||
		!strings.Contains(err.Error(), "NotQuoteRequester") {
		t.Fatalf("node pins: %v", err)
	}
	if _, err := requester.PinInitialState(ctx, q, receipt.Digest{}); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("zero pin: %v", err)
	}
	if _, err := requester.PinInitialState(ctx, q, hc.expect.Initial); err != nil {
		t.Fatal(err)
	}
	if _, err := requester.PinInitialState(ctx, q, hc.expect.Initial); !errors.Is(err, receiptverifier.ErrReverted) ||
		!strings.Contains(err.Error(), "AlreadyPinned") {
		t.Fatalf("second pin: %v", err)
	}
	id := e.submit(q)
	if pin, err := e.verifier.PinnedInitialState(ctx, id); err != nil || pin != hc.expect.Initial {
		t.Fatalf("pinned %s, %v", pin, err)
	}
	if pin, err := e.verifier.PinnedInitialState(ctx, id0); err != nil || pin != (receipt.Digest{}) {
		t.Fatalf("unpinned task: %s, %v", pin, err)
	}

	// A task pinned to another seed's state.
	q2 := e.quote(hc.expect.ProgramID)
	if _, err := requester.PinInitialState(ctx, q2, honest[1].StateIn); err != nil {
		t.Fatal(err)
	}
	id2 := e.submit(q2)
	if v, seg, err := e.verifier.Check(ctx, id2, common.Hash(hc.expect.Final), encode(t, q2, honest)); err != nil ||
		v != receiptverifier.WrongInitialState || seg != 0 {
		t.Fatalf("other pin: %v at %d, %v", v, seg, err)
	}

	other3 := segments(t, hc3.receipt)
	s2 := receiptverifier.FamilyID(hc.expect.Family)
	runCases(t, e.verifier, id, q, honest, hc.expect.Final, []verdictCase{
		{name: "honest", want: receiptverifier.Valid},
		{name: "tampered B", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].Proof[3] = bump(s[2].Proof[3])
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "commitment words set", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Commitment = [2]*big.Int{big.NewInt(1), big.NewInt(2)}
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "first segment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment { return s[1:] },
			want: receiptverifier.WrongInitialState},
		{name: "segments swapped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0], s[1] = s[1], s[0]
			return s
		}, want: receiptverifier.WrongInitialState},
		{name: "wrong final state", result: func(common.Hash) common.Hash { return honest[1].StateOut },
			want: receiptverifier.WrongFinalState, segment: 2},
		{name: "receipt of an unregistered family", segs: func([]contracts.ReceiptSegment) []contracts.ReceiptSegment {
			return clone(other3)
		}, want: receiptverifier.UnknownFamily},
		{name: "seals of another family", segs: func([]contracts.ReceiptSegment) []contracts.ReceiptSegment {
			// The s3 chain (same program, same states at its ends) presented as s2.
			s := clone(other3)
			for i := range s {
				s[i].Family = s2
			}
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "families mixed", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Family = other3[0].Family
			return s
		}, want: receiptverifier.MixedFamilies, segment: 1},
		{name: "dtree seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			d := segments(t, e.fix.iris.receipt)[0]
			s[0].Proof, s[0].Commitment, s[0].CommitmentPok = d.Proof, d.Commitment, d.CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal},
	})
	if hc3.expect.Final != hc.expect.Final || other3[0].StateIn != honest[0].StateIn {
		t.Fatal("the s3 and s2 chains should share their end states")
	}
}

// fulfill succeeds with an honest receipt and reverts VerifierRejected with a bad one.
func TestFulfillChecksTheReceipt(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ir, hc := e.fix.iris, e.fix.chain
	honest := segments(t, ir.receipt)

	q := e.quote(ir.expect.ProgramID)
	id := e.submit(q)
	bad := clone(honest)
	bad[1].Proof[0] = bump(bad[1].Proof[0])
	_, err := e.fulfill(id, ir.expect.Final, encode(t, q, bad))
	if !contracts.IsRevert(err, "VerifierRejected") {
		t.Fatalf("fulfill with a tampered seal: %v", err)
	}
	_, err = e.fulfill(id, ir.expect.Final, encode(t, q, honest[:2]))
	if !contracts.IsRevert(err, "VerifierRejected") {
		t.Fatalf("fulfill with a dropped segment: %v", err)
	}
	_, err = e.fulfill(id, hc.expect.Final, encode(t, q, honest))
	if !contracts.IsRevert(err, "VerifierRejected") {
		t.Fatalf("fulfill with another result: %v", err)
	}
	if _, err := e.fulfill(id, ir.expect.Final, nil); !contracts.IsRevert(err, "VerifierRejected") {
		t.Fatalf("fulfill without proof: %v", err)
	}
	proof, err := receiptverifier.EncodeProof(q, ir.receipt)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := e.fulfill(id, ir.expect.Final, proof)
	if err != nil {
		t.Fatal(err)
	}
	if res, err := e.as(keyNode).Result(ctx, id); err != nil || res != common.Hash(ir.expect.Final) {
		t.Fatalf("result %x, %v", res, err)
	}
	t.Logf("fulfill with a 3-segment dtree receipt: %d gas", rcpt.GasUsed)

	// A hashchain task: the requester pins the seed's state before submitting.
	q2 := e.quote(hc.expect.ProgramID)
	if _, err := e.verifierAs(keyRequester).PinInitialState(ctx, q2, hc.expect.Initial); err != nil {
		t.Fatal(err)
	}
	id2 := e.submit(q2)
	proof2, err := receiptverifier.EncodeProof(q2, hc.receipt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.fulfill(id2, hc.expect.Final, proof2); err != nil {
		t.Fatal(err)
	}
}

// Registration: owner only, once per family, and only keys whose points lie on their curves.
func TestRegistration(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	irisFam, chainFam, chain3Fam := e.fix.iris.expect.Family, e.fix.chain.expect.Family, e.fix.chain3.expect.Family
	for _, f := range []string{irisFam, chainFam} {
		ok, init, err := e.verifier.Registered(ctx, f)
		want, _ := receiptverifier.FixedInitialState(f)
		if err != nil || !ok || init != want {
			t.Fatalf("%s: registered %v, initial %s, %v", f, ok, init, err)
		}
	}
	if want, ok := receiptverifier.FixedInitialState(irisFam); !ok || want != e.fix.iris.expect.Initial {
		t.Fatalf("dtree's fixed initial state %s, receipt starts at %s", want, e.fix.iris.expect.Initial)
	}
	if _, ok := receiptverifier.FixedInitialState(chainFam); ok {
		t.Fatal("hashchain has no fixed initial state")
	}
	if ok, _, err := e.verifier.Registered(ctx, chain3Fam); err != nil || ok {
		t.Fatalf("s3 registered %v, %v", ok, err)
	}
	vk3, err := e.fix.store.VerifyingKey(chain3Fam)
	if err != nil {
		t.Fatal(err)
	}
	key3, err := seal.SolidityKey(vk3)
	if err != nil {
		t.Fatal(err)
	}
	vkIris, err := e.fix.store.VerifyingKey(irisFam)
	if err != nil {
		t.Fatal(err)
	}
	keyIris, err := seal.SolidityKey(vkIris)
	if err != nil {
		t.Fatal(err)
	}

	revert := func(err error, name string) {
		t.Helper()
		if !errors.Is(err, receiptverifier.ErrReverted) || !strings.Contains(err.Error(), name) {
			t.Fatalf("want a %s revert, got %v", name, err)
		}
	}
	_, err = e.verifierAs(keyRequester).Register(ctx, receiptverifier.Family{Name: chain3Fam, VK: vk3})
	revert(err, "NotOwner")
	_, err = e.verifier.Register(ctx, receiptverifier.Family{Name: chainFam, VK: vk3})
	revert(err, "FamilyExists")

	with := func(key [seal.KeyWords]*big.Int, w int, v *big.Int) [seal.KeyWords]*big.Int {
		key[w] = v
		return key
	}
	for _, c := range []struct {
		name string
		key  [seal.KeyWords]*big.Int
		word string
	}{
		{"alpha off the curve", with(key3, 1, bump(key3[1])), "Word:+0"},
		{"-beta off the curve", with(key3, 2, bump(key3[2])), "Word:+2"},
		{"-delta off the curve", with(key3, 13, bump(key3[13])), "Word:+10"},
		{"K3 off the curve", with(key3, 29, bump(key3[29])), "Word:+28"},
		{"K0 at infinity", with(with(key3, 22, new(big.Int)), 23, new(big.Int)), "Word:+22"},
		{"Pedersen word without commitment", with(key3, 15, big.NewInt(1)), "Word:+15"},
		{"Pedersen G off the curve", with(keyIris, 16, bump(keyIris[16])), "Word:+14"},
		{"K4 off the curve", with(keyIris, 31, bump(keyIris[31])), "Word:+30"},
	} {
		_, err := e.verifier.RegisterKey(ctx, "bad/"+c.name, receipt.Digest{}, c.key)
		revert(err, "InvalidKey")
		if !strings.Contains(err.Error(), c.word) {
			t.Errorf("%s: %v, want %s", c.name, err, c.word)
		}
	}

	if _, err := e.verifier.Register(ctx, receiptverifier.Family{Name: chain3Fam, VK: groth16.NewVerifyingKey(ecc.BLS12_381)}); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("BLS12-381 key: %v", err)
	}
	if _, err := e.verifier.Register(ctx, receiptverifier.Family{Name: "", VK: vk3}); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("empty name: %v", err)
	}
	var big1 receipt.Digest
	for i := range big1 {
		big1[i] = 0xff
	}
	if _, err := e.verifier.Register(ctx, receiptverifier.Family{Name: chain3Fam, Initial: big1, VK: vk3}); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("initial state out of the field: %v", err)
	}
	if _, err := e.verifier.Register(ctx, receiptverifier.Family{Name: chain3Fam, VK: vk3}); err != nil {
		t.Fatal(err)
	}
	if ok, _, err := e.verifier.Registered(ctx, chain3Fam); err != nil || !ok {
		t.Fatalf("s3 registered %v, %v", ok, err)
	}
	out, err := e.cl.CallContract(ctx, callMsg(e.verifier.Address(),
		contracts.NewReceiptVerifier().PackFamilyKey(receiptverifier.FamilyID(chain3Fam))), nil)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := contracts.NewReceiptVerifier().UnpackFamilyKey(out)
	if err != nil || len(stored) != seal.KeyWords {
		t.Fatalf("stored key of %d words, %v", len(stored), err)
	}
	for i := range stored {
		if stored[i].Cmp(key3[i]) != 0 {
			t.Fatalf("stored word %d differs", i)
		}
	}
}

func TestEncodeProofRefusesBadInput(t *testing.T) {
	fx := loadFixtures(t)
	q := eip712.Quote{Price: big.NewInt(1), Nonce: big.NewInt(1)}
	if _, err := receiptverifier.EncodeProof(q, &receipt.CompositeReceipt{}); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("empty receipt: %v", err)
	}
	r := *fx.iris.receipt
	r.Segments = append([]receipt.SegmentReceipt{}, r.Segments...)
	r.Segments[1].Seal = r.Segments[1].Seal[:100]
	if _, err := receiptverifier.EncodeProof(q, &r); !errors.Is(err, receiptverifier.ErrInput) || !errors.Is(err, seal.ErrSolidity) {
		t.Fatalf("truncated seal: %v", err)
	}
	q.Price = new(big.Int).Lsh(big.NewInt(1), 96)
	if _, err := receiptverifier.EncodeProof(q, fx.iris.receipt); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("price over 2^96: %v", err)
	}
}
