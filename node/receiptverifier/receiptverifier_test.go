package receiptverifier_test

import (
	"bytes"
	"context"
	"errors"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/dtree"
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
		out[i].Price = new(big.Int).Set(s.Price)
		cp(out[i].Proof[:], s.Proof[:])
		cp(out[i].Commitments[:], s.Commitments[:])
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

// segWord is the byte offset of word w of segment k in the proof bytes:
// 10 quote words, the offset and the count, then 22 words a segment.
func segWord(k, w int) int { return 32 * (12 + 22*k + w) }

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

func bumpHash(h [32]byte) [32]byte { return common.BigToHash(bump(new(big.Int).SetBytes(h[:]))) }

// The dtree/v2 receipt (two BSB22 commitments in every seal: the model's,
// then the lookups', over the first's output) verifies on-chain as it does
// off-chain, and every kind of tampering is caught with its reason.
func TestDtreeReceiptOnChain(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ir := e.fix.iris
	if err := ir.receipt.Verify(e.fix.store, ir.expect); err != nil {
		t.Fatal(err)
	}
	id := e.open(ir)
	q := ir.quote
	honest := segments(t, ir.receipt)
	if len(honest) != 5 {
		t.Fatalf("want 5 segments, got %d", len(honest))
	}
	// The model commitment (mask 0) is a function of the model and the
	// family: the same point in every seal, and the program id is its
	// keccak256, mod r (prover/dtree's doc, "Model commitment").
	model := crypto.Keccak256(common.BigToHash(honest[0].Commitments[0]).Bytes(), common.BigToHash(honest[0].Commitments[1]).Bytes())
	if id := new(big.Int).Mod(new(big.Int).SetBytes(model), ecc.BN254.ScalarField()); common.BigToHash(id) != common.Hash(ir.expect.ProgramID) {
		t.Fatalf("program id %s, the model commitment hashes to %x", ir.expect.ProgramID, id)
	}
	for k, s := range honest {
		if s.Commitments[0].Sign() == 0 || s.Commitments[2].Sign() == 0 || s.CommitmentPok[0].Sign() == 0 {
			t.Fatalf("segment %d: want two commitments and their proof of knowledge", k)
		}
		if s.Commitments[0].Cmp(honest[0].Commitments[0]) != 0 || s.Commitments[1].Cmp(honest[0].Commitments[1]) != 0 {
			t.Fatalf("segment %d commits another model point", k)
		}
	}
	g := bn254.G1Affine{}
	g.X.SetOne()
	g.Y.SetUint64(2) // the generator: on the curve, not the model's commitment

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
	if len(proof) != segWord(5, 0) {
		t.Fatalf("proof of %d bytes", len(proof))
	}
	if got := common.BytesToAddress(proof[segWord(3, 6) : segWord(3, 6)+32]); got != common.Address(segmentProver(3)) {
		t.Fatalf("segment 3's prover word is %s", got)
	}

	other := e.quote(ir.expect.ProgramID, ir.expect.InputFinal)
	hashchainProgram := common.Hash(e.fix.chain.expect.ProgramID)
	node := devchain.DevAddress(keyNode)
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
		{name: "tampered commitments", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Commitments = s[1].Commitments
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "model commitment doubled", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			c := point(t, s[3].Commitments[:], 0)
			c.Double(&c)
			setPoint(s[3].Commitments[:], 0, c)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 3},
		{name: "model commitment the generator", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			setPoint(s[0].Commitments[:], 0, g)
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "lookup commitment of another segment", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].Commitments[2], s[2].Commitments[3] = s[3].Commitments[2], s[3].Commitments[3]
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "commitments exchanged", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			c := s[1].Commitments
			s[1].Commitments = [4]*big.Int{c[2], c[3], c[0], c[1]}
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "lookup commitment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[4].Commitments[2], s[4].Commitments[3] = new(big.Int), new(big.Int)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 4},
		{name: "tampered proof of knowledge", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].CommitmentPok = s[1].CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "commitment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Commitments = [4]*big.Int{new(big.Int), new(big.Int), new(big.Int), new(big.Int)}
			s[0].CommitmentPok = [2]*big.Int{new(big.Int), new(big.Int)}
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "seals swapped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Proof, s[2].Proof = s[2].Proof, s[1].Proof
			s[1].Commitments, s[2].Commitments = s[2].Commitments, s[1].Commitments
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
			return append(s[:2], s[3:]...)
		}, want: receiptverifier.BrokenChain, segment: 2},
		{name: "last segment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment { return s[:4] },
			want: receiptverifier.WrongFinalState, segment: 3},
		{name: "segment repeated", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			return append(s, s[4])
		}, want: receiptverifier.BrokenChain, segment: 5},
		{name: "wrong final state", result: func(r common.Hash) common.Hash { return common.BigToHash(bump(r.Big())) },
			want: receiptverifier.WrongFinalState, segment: 4},
		{name: "state relabelled", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			// A consistent chain whose middle state is not what the seals prove.
			x := bumpHash(s[0].StateOut)
			s[0].StateOut, s[1].StateIn = x, x
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		// The input chain: it starts at the family's initial input, links, and ends at the quote's input digest.
		{name: "prefix ending at its own state", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment { return s[:2] },
			result: func(common.Hash) common.Hash { return honest[1].StateOut }, want: receiptverifier.WrongInput, segment: 1},
		{name: "input chain broken", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[3].InputIn = bumpHash(s[3].InputIn)
			return s
		}, want: receiptverifier.BrokenChain, segment: 3},
		{name: "input chain not at the family's start", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].InputIn = bumpHash(s[0].InputIn)
			return s
		}, want: receiptverifier.WrongInitialState},
		{name: "input chain relabelled consistently", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			x := bumpHash(s[1].InputOut)
			s[1].InputOut, s[2].InputIn = x, x
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "input chain relabelled to end elsewhere", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[4].InputOut = bumpHash(s[4].InputOut)
			return s
		}, want: receiptverifier.WrongInput, segment: 4},
		{name: "input digest out of the field", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			// inputOut + r is the same field element: gnark's verifier refuses it, so does ours.
			x := common.BigToHash(new(big.Int).Add(new(big.Int).SetBytes(s[2].InputOut[:]), ecc.BN254.ScalarField()))
			s[2].InputOut, s[3].InputIn = x, x
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		// The binding: task, prover and price are inside every seal.
		{name: "prover relabelled to the node", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].Prover = node
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "provers swapped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Prover, s[1].Prover = s[1].Prover, s[0].Prover
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "price lowered", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[3].Price = new(big.Int).Sub(s[3].Price, big.NewInt(1))
			return s
		}, want: receiptverifier.InvalidSeal, segment: 3},
		{name: "price zeroed", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[4].Price = new(big.Int)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 4},
		{name: "prover word not an address", raw: func(p []byte) []byte {
			p[segWord(1, 6)] = 0x01
			return p
		}, want: receiptverifier.Malformed, segment: 1},
		{name: "price word over uint96", raw: func(p []byte) []byte {
			p[segWord(2, 7)+32-13] = 0x01
			return p
		}, want: receiptverifier.Malformed, segment: 2},
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
			p[32*11+31] = 6
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
// commitment) is pinned per task by the requester, and their input chain is
// the quote's input digest throughout.
func TestHashchainReceiptOnChain(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	hc, hc3 := e.fix.chain, e.fix.chain3
	honest := segments(t, hc.receipt)
	if len(honest) != 3 || honest[0].Commitments[0].Sign() != 0 {
		t.Fatalf("want 3 segments without commitment, got %d", len(honest))
	}
	requester := e.verifierAs(keyRequester)
	// A task submitted without a pin cannot be verified, nor pinned any more.
	q0 := e.quote(hc.expect.ProgramID, hc.expect.InputFinal)
	id0 := e.submit(q0)
	if v, _, err := e.verifier.Check(ctx, id0, common.Hash(hc.expect.Final), encode(t, q0, honest)); err != nil || v != receiptverifier.InitialStateUnknown {
		t.Fatalf("without a pin: %v, %v", v, err)
	}
	if _, err := requester.PinInitialState(ctx, q0, hc.expect.Initial); !errors.Is(err, receiptverifier.ErrReverted) ||
		!strings.Contains(err.Error(), "TaskAlreadySubmitted") {
		t.Fatalf("pin after submit: %v", err)
	}

	q := hc.quote
	// Only the quote's requester may pin, and only once.
	if _, err := e.verifierAs(keyNode).PinInitialState(ctx, q, hc.expect.Initial); !errors.Is(err, receiptverifier.ErrReverted) ||
		!strings.Contains(err.Error(), "NotQuoteRequester") {
		t.Fatalf("node pins: %v", err)
	}
	if _, err := requester.PinInitialState(ctx, q, receipt.Digest{}); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("zero pin: %v", err)
	}
	id := e.open(hc)
	if _, err := requester.PinInitialState(ctx, q, hc.expect.Initial); !errors.Is(err, receiptverifier.ErrReverted) ||
		!strings.Contains(err.Error(), "AlreadyPinned") {
		t.Fatalf("second pin: %v", err)
	}
	if pin, err := e.verifier.PinnedInitialState(ctx, id); err != nil || pin != hc.expect.Initial {
		t.Fatalf("pinned %s, %v", pin, err)
	}
	if pin, err := e.verifier.PinnedInitialState(ctx, id0); err != nil || pin != (receipt.Digest{}) {
		t.Fatalf("unpinned task: %s, %v", pin, err)
	}

	// A task pinned to another seed's state.
	q2 := e.quote(hc.expect.ProgramID, hc.expect.InputFinal)
	if _, err := requester.PinInitialState(ctx, q2, receipt.Digest(honest[1].StateIn)); err != nil {
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
			s[1].Commitments[0], s[1].Commitments[1] = big.NewInt(1), big.NewInt(2)
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
		{name: "input chain not the quote's input digest", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			for i := range s {
				s[i].InputIn, s[i].InputOut = bumpHash(s[i].InputIn), bumpHash(s[i].InputOut)
			}
			return s
		}, want: receiptverifier.WrongInitialState},
		{name: "input chain broken", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].InputIn = bumpHash(s[2].InputIn)
			return s
		}, want: receiptverifier.BrokenChain, segment: 2},
		{name: "prover relabelled", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Prover = devchain.DevAddress(keyNode)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "price raised", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Price = new(big.Int).Mul(s[0].Price, big.NewInt(2))
			return s
		}, want: receiptverifier.InvalidSeal, segment: 0},
		{name: "receipt of an unregistered family", segs: func([]contracts.ReceiptSegment) []contracts.ReceiptSegment {
			return clone(other3)
		}, want: receiptverifier.UnknownFamily},
		{name: "seals of another family", segs: func([]contracts.ReceiptSegment) []contracts.ReceiptSegment {
			// The s3 chain (same program, task and input, same states at its ends) presented as s2.
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
			s[0].Proof, s[0].Commitments, s[0].CommitmentPok = d.Proof, d.Commitments, d.CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal},
	})
	if hc3.expect.Final != hc.expect.Final || other3[0].StateIn != honest[0].StateIn || hc3.task != hc.task {
		t.Fatal("the s3 and s2 chains should share their task and end states")
	}
}

// fulfill succeeds with an honest receipt and reverts VerifierRejected with a bad one.
func TestFulfillChecksTheReceipt(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ir, hc := e.fix.iris, e.fix.chain
	honest := segments(t, ir.receipt)

	id := e.open(ir)
	q := ir.quote
	bad := clone(honest)
	bad[1].Proof[0] = bump(bad[1].Proof[0])
	_, err := e.fulfill(id, ir.expect.Final, encode(t, q, bad))
	if !contracts.IsRevert(err, "VerifierRejected") {
		t.Fatalf("fulfill with a tampered seal: %v", err)
	}
	_, err = e.fulfill(id, ir.expect.Final, encode(t, q, honest[:4]))
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
	t.Logf("fulfill with the 5-segment Iris receipt: %d gas", rcpt.GasUsed)

	// A hashchain task: the requester pins the seed's state before submitting.
	id2 := e.open(hc)
	proof2, err := receiptverifier.EncodeProof(hc.quote, hc.receipt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.fulfill(id2, hc.expect.Final, proof2); err != nil {
		t.Fatal(err)
	}
}

// refused checks that fulfill reverts VerifierRejected for proof and
// result, that check's verdict is want at segment seg, and that the task
// is still open (no result recorded).
func (e *env) refused(id common.Hash, result receipt.Digest, proof []byte, want receiptverifier.Verdict, seg int) {
	e.t.Helper()
	ctx := context.Background()
	if _, err := e.fulfill(id, result, proof); !contracts.IsRevert(err, "VerifierRejected") {
		e.t.Fatalf("fulfill: %v, want VerifierRejected", err)
	}
	v, s, err := e.verifier.Check(ctx, id, common.Hash(result), proof)
	if err != nil || v != want || s != seg {
		e.t.Fatalf("verdict %q at segment %d (%v), want %q at %d", v, s, err, want, seg)
	}
	if res, err := e.as(keyNode).Result(ctx, id); err != nil || res != (common.Hash{}) {
		e.t.Fatalf("task has result %x (%v)", res, err)
	}
}

// Review finding: the on-chain receipt verifier ignored the input, and a
// 150-sample task was fulfilled through it with a receipt covering 8
// samples. Here a node has the first segment of a 150-sample Iris task
// (segments of 8) proven for the task and fulfils with it and the state it
// ends at: a real seal, the right initial state, a chain ending at the
// result — all the verifier used to check. Its input chain ends after 8
// samples, not at the quote's input digest: refused.
func TestFulfillRefusesAReceiptOfEightOf150Samples(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	p, err := dtree.Open(e.fix.model, 8, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := p.Execute(e.fix.samples)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Segments) != 19 || ds.Segments[0].Size != 8 {
		t.Fatalf("%d segments", len(ds.Segments))
	}
	art, err := e.fix.store.Ensure(ds.Family) // the key of the circuit as it compiles today
	if err != nil {
		t.Fatal(err)
	}
	vk := art.VK
	init, _ := receiptverifier.FixedInitialState(ds.Expect.Family)
	input, _ := receiptverifier.FixedInitialInput(ds.Expect.Family)
	if _, err := e.verifier.Register(ctx, receiptverifier.Family{Name: ds.Expect.Family, Initial: init, InitialInput: input, VK: vk}); err != nil {
		t.Fatal(err)
	}
	q := e.quote(ds.Expect.ProgramID, ds.Expect.InputFinal) // the requester pays for 150 samples
	id := e.submit(q)
	eight, err := proveSegments(e.fix.store, &ds.Session, id, 1)
	if err != nil {
		t.Fatal(err)
	}
	first := eight.Segments[0].Claim
	// What the verifier used to check holds: a valid seal for this task, from the initial state to the result.
	if err := eight.Verify(e.fix.store, receipt.Expect{Task: id, Family: first.Family, ProgramID: first.ProgramID,
		Initial: init, Final: first.StateOut, InputInitial: input, InputFinal: first.InputOut, Segments: 1}); err != nil {
		t.Fatal(err)
	}
	proof, err := receiptverifier.EncodeProof(q, eight)
	if err != nil {
		t.Fatal(err)
	}
	e.refused(id, first.StateOut, proof, receiptverifier.WrongInput, 0)
	// With the task's real result, the chain does not reach it.
	e.refused(id, ds.Expect.Final, proof, receiptverifier.WrongFinalState, 0)
}

// A node proves the task on another input than the requester's (the last
// sample replaced), reusing the four honest seals whose samples agree and
// having the last segment proven for the task: every seal is valid and
// bound to the task, the chains link, the result is what was computed, but
// the input chain ends at another input's digest: refused.
func TestFulfillRefusesAReceiptOfAnotherInput(t *testing.T) {
	e := newEnv(t)
	ir := e.fix.iris
	id := e.open(ir)
	c := &receipt.CompositeReceipt{Task: id, Segments: append(append([]receipt.SegmentReceipt{}, ir.receipt.Segments[:4]...), e.fix.irisOther)}
	for i := range c.Segments {
		if err := c.Segments[i].Verify(e.fix.store); err != nil {
			t.Fatalf("segment %d: %v", i, err)
		}
	}
	proof, err := receiptverifier.EncodeProof(ir.quote, c)
	if err != nil {
		t.Fatal(err)
	}
	e.refused(id, e.fix.irisOtherFinal, proof, receiptverifier.WrongInput, 4)
	if _, err := e.fulfill(id, ir.expect.Final, encode(t, ir.quote, segments(t, ir.receipt))); err != nil {
		t.Fatalf("the honest receipt after the attempt: %v", err)
	}
}

// A node re-labels a prover's seal to itself, or pays the prover less than
// it was awarded, in the receipt it fulfils with: the binding inside the
// seal no longer matches, refused.
func TestFulfillRefusesARelabelledProverOrPrice(t *testing.T) {
	e := newEnv(t)
	ir := e.fix.iris
	id := e.open(ir)
	honest := segments(t, ir.receipt)
	mine := clone(honest)
	mine[2].Prover = devchain.DevAddress(keyNode)
	e.refused(id, ir.expect.Final, encode(t, ir.quote, mine), receiptverifier.InvalidSeal, 2)
	cheap := clone(honest)
	cheap[4].Price = new(big.Int).Div(cheap[4].Price, big.NewInt(2))
	e.refused(id, ir.expect.Final, encode(t, ir.quote, cheap), receiptverifier.InvalidSeal, 4)
}

// A node replays the seals of one task in another task of the same program
// on the same input (its own second task, or another node's): the seals are
// bound to the first task, refused.
func TestFulfillRefusesASealReplayedInAnotherTask(t *testing.T) {
	e := newEnv(t)
	ir := e.fix.iris
	e.open(ir)
	q2 := e.quote(ir.expect.ProgramID, ir.expect.InputFinal)
	id2 := e.submit(q2)
	proof, err := receiptverifier.EncodeProof(q2, ir.receipt)
	if err != nil {
		t.Fatal(err)
	}
	e.refused(id2, ir.expect.Final, proof, receiptverifier.InvalidSeal, 0)
}

// Registration: owner only, once per family, and only keys whose points lie on their curves.
func TestRegistration(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	irisFam, chainFam, chain3Fam := e.fix.iris.expect.Family, e.fix.chain.expect.Family, e.fix.chain3.expect.Family
	for _, f := range []string{irisFam, chainFam} {
		reg, err := e.verifier.Registered(ctx, f)
		init, _ := receiptverifier.FixedInitialState(f)
		input, _ := receiptverifier.FixedInitialInput(f)
		if err != nil || !reg.Registered || reg.Initial != init || reg.InitialInput != input {
			t.Fatalf("%s: registered %+v, %v", f, reg, err)
		}
	}
	if want, ok := receiptverifier.FixedInitialState(irisFam); !ok || want != e.fix.iris.expect.Initial {
		t.Fatalf("dtree's fixed initial state %s, receipt starts at %s", want, e.fix.iris.expect.Initial)
	}
	if want, ok := receiptverifier.FixedInitialInput(irisFam); !ok || want != e.fix.iris.expect.InputInitial {
		t.Fatalf("dtree's fixed initial input %s, receipt starts at %s", want, e.fix.iris.expect.InputInitial)
	}
	if _, ok := receiptverifier.FixedInitialState(chainFam); ok {
		t.Fatal("hashchain has no fixed initial state")
	}
	if _, ok := receiptverifier.FixedInitialInput(chainFam); ok {
		t.Fatal("hashchain has no fixed initial input")
	}
	if reg, err := e.verifier.Registered(ctx, chain3Fam); err != nil || reg.Registered {
		t.Fatalf("s3 registered %v, %v", reg.Registered, err)
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
	_, _, vkOne := commitKeys(t, 1)
	keyOne, err := seal.SolidityKey(vkOne)
	if err != nil {
		t.Fatal(err)
	}
	_, _, vkTwo := commitKeys(t, 2)
	keyTwo, err := seal.SolidityKey(vkTwo)
	if err != nil {
		t.Fatal(err)
	}
	// The Iris key (dtree/v2) has two commitments, commitCircuit's keys one and two.
	for _, k := range []struct {
		name  string
		key   [seal.KeyWords]*big.Int
		count int
	}{{"Iris", keyIris, 2}, {"one-commitment", keyOne, 1}, {"two-commitment", keyTwo, 2}} {
		got := 0
		for _, w := range []int{36, 38} { // K7, K8
			if k.key[w].Sign() != 0 {
				got++
			}
		}
		if got != k.count {
			t.Fatalf("the %s key has %d commitments, want %d", k.name, got, k.count)
		}
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
	// Words: alpha 0..1, -beta 2..5, -gamma 6..9, -delta 10..13, Pedersen G 14..17, G·(-sigma0) 18..21,
	// K0 22..23, K1..K6 (programId, stateIn, stateOut, inputIn, inputOut, binding) 24..35, K7 36..37,
	// K8 38..39, G·(-sigma1) 40..43.
	for _, c := range []struct {
		name string
		key  [seal.KeyWords]*big.Int
		word string
	}{
		{"alpha off the curve", with(key3, 1, bump(key3[1])), "Word:+0"},
		{"-beta off the curve", with(key3, 2, bump(key3[2])), "Word:+2"},
		{"-delta off the curve", with(key3, 13, bump(key3[13])), "Word:+10"},
		{"K3 off the curve", with(key3, 29, bump(key3[29])), "Word:+28"},
		{"K6 (binding) off the curve", with(key3, 35, bump(key3[35])), "Word:+34"},
		{"K0 at infinity", with(with(key3, 22, new(big.Int)), 23, new(big.Int)), "Word:+22"},
		{"Pedersen word without commitment", with(key3, 15, big.NewInt(1)), "Word:+15"},
		{"Pedersen G off the curve", with(keyOne, 16, bump(keyOne[16])), "Word:+14"},
		{"G·(-sigma) off the curve", with(keyOne, 19, bump(keyOne[19])), "Word:+18"},
		{"K5 (inputOut) off the curve", with(keyOne, 33, bump(keyOne[33])), "Word:+32"},
		{"K7 off the curve", with(keyOne, 37, bump(keyOne[37])), "Word:+36"},
		{"Iris: Pedersen G off the curve", with(keyIris, 16, bump(keyIris[16])), "Word:+14"},
		{"Iris: K5 (inputOut) off the curve", with(keyIris, 33, bump(keyIris[33])), "Word:+32"},
		{"Iris: K7 off the curve", with(keyIris, 37, bump(keyIris[37])), "Word:+36"},
		{"Iris: K8 off the curve", with(keyIris, 39, bump(keyIris[39])), "Word:+38"},
		{"Iris: second G·(-sigma) off the curve", with(keyIris, 42, bump(keyIris[42])), "Word:+40"},
		{"K8 off the curve", with(keyTwo, 39, bump(keyTwo[39])), "Word:+38"},
		{"second G·(-sigma) off the curve", with(keyTwo, 41, bump(keyTwo[41])), "Word:+40"},
		{"second G·(-sigma) at infinity", with(with(with(with(keyTwo, 40, new(big.Int)), 41, new(big.Int)), 42, new(big.Int)), 43, new(big.Int)), "Word:+40"},
		{"K8 without K7", with(with(keyTwo, 36, new(big.Int)), 37, new(big.Int)), "Word:+36"},
		{"second G·(-sigma) word in a one-commitment key", with(keyOne, 42, big.NewInt(1)), "Word:+42"},
		{"a one-commitment key given a K8 but no second G·(-sigma)", with(with(keyOne, 38, keyTwo[38]), 39, keyTwo[39]), "Word:+40"},
		{"second G·(-sigma) word in a key without commitment", with(key3, 43, big.NewInt(1)), "Word:+43"},
	} {
		_, err := e.verifier.RegisterKey(ctx, "bad/"+c.name, receipt.Digest{}, receipt.Digest{}, c.key)
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
	if _, err := e.verifier.Register(ctx, receiptverifier.Family{Name: chain3Fam, InitialInput: big1, VK: vk3}); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("initial input out of the field: %v", err)
	}
	if _, err := e.verifier.Register(ctx, receiptverifier.Family{Name: chain3Fam, VK: vk3}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.verifier.RegisterKey(ctx, twoFamily, receipt.Digest{31: 1}, receipt.Digest{31: 2}, keyTwo); err != nil {
		t.Fatalf("two-commitment key: %v", err)
	}
	if _, err := e.verifier.RegisterKey(ctx, oneFamily, receipt.Digest{31: 1}, receipt.Digest{31: 2}, keyOne); err != nil {
		t.Fatalf("one-commitment key: %v", err)
	}
	if reg, err := e.verifier.Registered(ctx, chain3Fam); err != nil || !reg.Registered {
		t.Fatalf("s3 registered %v, %v", reg.Registered, err)
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
	q := fx.iris.quote
	if _, err := receiptverifier.EncodeProof(q, &receipt.CompositeReceipt{}); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("empty receipt: %v", err)
	}
	cp := func() *receipt.CompositeReceipt {
		r := *fx.iris.receipt
		r.Segments = append([]receipt.SegmentReceipt{}, r.Segments...)
		return &r
	}
	r := cp()
	r.Segments[1].Seal = r.Segments[1].Seal[:100]
	if _, err := receiptverifier.EncodeProof(q, r); !errors.Is(err, receiptverifier.ErrInput) || !errors.Is(err, seal.ErrSolidity) {
		t.Fatalf("truncated seal: %v", err)
	}
	r = cp()
	r.Segments[2].Task = bumpHash(r.Segments[2].Task)
	if _, err := receiptverifier.EncodeProof(q, r); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("segment of another task: %v", err)
	}
	for _, p := range []*big.Int{new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(-1)} {
		r = cp()
		r.Segments[3].Price = p
		if _, err := receiptverifier.EncodeProof(q, r); !errors.Is(err, receiptverifier.ErrInput) {
			t.Fatalf("segment price %s: %v", p, err)
		}
	}
	q.Price = new(big.Int).Lsh(big.NewInt(1), 96)
	if _, err := receiptverifier.EncodeProof(q, fx.iris.receipt); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("price over 2^96: %v", err)
	}
}
