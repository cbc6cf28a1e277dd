package receiptverifier_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/aggregate"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
)

// twoCommit has the public inputs of every program circuit, in the
// receipt's order, and two BSB22 commitments shaped as dtree's committed
// model has them: the first over private wires alone (the model's words),
// the second over a private wire and the first's output (the lookups',
// which commit the model's words again, so that gnark commits the first
// commitment instead). Its public inputs are free: any claim has a seal.
type twoCommit struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`
	Model     [2]frontend.Variable
	X         frontend.Variable
}

func (c *twoCommit) Define(api frontend.API) error {
	cm := api.(frontend.Committer)
	model, err := cm.Commit(c.Model[:]...)
	if err != nil {
		return err
	}
	lookups, err := cm.Commit(model, c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(model, 0)
	api.AssertIsDifferent(lookups, 0)
	for _, v := range []frontend.Variable{c.ProgramID, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding} {
		api.AssertIsEqual(api.Mul(v, c.X), api.Mul(c.X, v))
	}
	return nil
}

// twoFamily is the registered family of twoCommit's circuit.
const twoFamily = "test/two-commitments/v1"

var two struct {
	once sync.Once
	ccs  constraint.ConstraintSystem
	pk   groth16.ProvingKey
	vk   groth16.VerifyingKey
	err  error
}

// twoKeys sets twoCommit's circuit up once.
func twoKeys(t *testing.T) (constraint.ConstraintSystem, groth16.ProvingKey, groth16.VerifyingKey) {
	t.Helper()
	two.once.Do(func() {
		if two.ccs, two.err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &twoCommit{}); two.err != nil {
			return
		}
		two.pk, two.vk, two.err = groth16.Setup(two.ccs)
	})
	if two.err != nil {
		t.Fatal(two.err)
	}
	return two.ccs, two.pk, two.vk
}

// twoChain is a receipt of twoCommit's family: n segments whose state and
// input chains start at the family's fixed initial state and input.
type twoChain struct {
	initial, initialInput receipt.Digest
	claims                []receipt.Claim
	program, final, input receipt.Digest
}

func newTwoChain(n int) twoChain {
	d := func(tag, k int) receipt.Digest { return receipt.Digest{0: 0x0a, 30: byte(tag), 31: byte(k)} }
	c := twoChain{initial: d(1, 0), initialInput: d(2, 0), program: d(3, 0)}
	for k := 0; k < n; k++ {
		c.claims = append(c.claims, receipt.Claim{Family: twoFamily, Index: uint32(k), ProgramID: c.program,
			StateIn: d(1, k), StateOut: d(1, k+1), InputIn: d(2, k), InputOut: d(2, k+1)})
	}
	c.final, c.input = d(1, n), d(2, n)
	return c
}

// prove proves every segment of the chain for task, segment k by
// segmentProver(k) at segmentPrice(k), for the Solidity verifier, and
// checks the composite receipt off chain.
func (c twoChain) prove(t *testing.T, task common.Hash) *receipt.CompositeReceipt {
	t.Helper()
	ccs, pk, vk := twoKeys(t)
	out := &receipt.CompositeReceipt{Task: task}
	for k, cl := range c.claims {
		r := receipt.SegmentReceipt{Claim: cl, Task: task, Prover: segmentProver(k), Price: segmentPrice(k)}
		b, err := r.Binding()
		if err != nil {
			t.Fatal(err)
		}
		vals, err := receipt.PublicValues(cl, b)
		if err != nil {
			t.Fatal(err)
		}
		a := &twoCommit{Model: [2]frontend.Variable{11 + k, 12}, X: 5 + k}
		for i, dst := range []*frontend.Variable{&a.ProgramID, &a.StateIn, &a.StateOut, &a.InputIn, &a.InputOut, &a.Binding} {
			*dst = vals[i]
		}
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
		if err != nil {
			t.Fatal(err)
		}
		var sb bytes.Buffer
		if _, err := proof.WriteRawTo(&sb); err != nil {
			t.Fatal(err)
		}
		r.Seal = sb.Bytes()
		if len(r.Seal) != receipt.SealLen(2) {
			t.Fatalf("seal of %d bytes, want two commitments", len(r.Seal))
		}
		out.Segments = append(out.Segments, r)
	}
	want := receipt.Expect{Task: task, Family: twoFamily, ProgramID: c.program, Initial: c.initial, Final: c.final,
		InputInitial: c.initialInput, InputFinal: c.input, Segments: len(c.claims)}
	if err := out.Verify(vk2keys{twoFamily, vk}, want); err != nil {
		t.Fatalf("off chain: %v", err)
	}
	return out
}

// registerTwo registers twoCommit's family with the chain's fixed ends.
func (e *env) registerTwo(c twoChain) {
	e.t.Helper()
	_, _, vk := twoKeys(e.t)
	if _, err := e.verifier.Register(context.Background(), receiptverifier.Family{Name: twoFamily, Initial: c.initial,
		InitialInput: c.initialInput, VK: vk}); err != nil {
		e.t.Fatal(err)
	}
}

// point reads the G1 point at words w[i], w[i+1].
func point(t *testing.T, w []*big.Int, i int) bn254.G1Affine {
	t.Helper()
	var p bn254.G1Affine
	p.X.SetBigInt(w[i])
	p.Y.SetBigInt(w[i+1])
	if !p.IsOnCurve() {
		t.Fatalf("words %d..%d are not a point", i, i+1)
	}
	return p
}

func setPoint(w []*big.Int, i int, p bn254.G1Affine) {
	w[i], w[i+1] = p.X.BigInt(new(big.Int)), p.Y.BigInt(new(big.Int))
}

// A receipt whose seals carry two commitments (dtree's committed model:
// the model's, then the lookups', over the first's output) verifies on
// chain, and every way of tampering with its commitments is refused; a
// family's seals carry exactly its key's count of commitments, so a seal
// of one count never passes for a family of another; fulfill goes through
// with the honest receipt after every refusal.
func TestTwoCommitmentReceiptOnChain(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	chain := newTwoChain(3)
	e.registerTwo(chain)
	q := e.quote(chain.program, chain.input)
	id := e.submit(q)
	rc := chain.prove(t, id)
	honest := segments(t, rc)
	for k, s := range honest {
		if s.Commitments[0].Sign() == 0 || s.Commitments[2].Sign() == 0 || s.CommitmentPok[0].Sign() == 0 {
			t.Fatalf("segment %d: commitment words missing", k)
		}
	}
	iris := segments(t, e.fix.iris.receipt) // seals with one commitment
	p := new(big.Int).Set(fp.Modulus())
	g := bn254.G1Affine{}
	g.X.SetOne()
	g.Y.SetUint64(2) // the generator: on the curve, not a commitment
	cases := []verdictCase{
		{name: "honest", want: receiptverifier.Valid},
		{name: "first commitment of another seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Commitments[0], s[1].Commitments[1] = s[0].Commitments[0], s[0].Commitments[1]
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "second commitment of another seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].Commitments[2], s[2].Commitments[3] = s[0].Commitments[2], s[0].Commitments[3]
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "first commitment doubled", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			c := point(t, s[0].Commitments[:], 0)
			c.Double(&c)
			setPoint(s[0].Commitments[:], 0, c)
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "second commitment the generator", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			setPoint(s[1].Commitments[:], 2, g)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "commitments exchanged", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			c := s[1].Commitments
			s[1].Commitments = [4]*big.Int{c[2], c[3], c[0], c[1]}
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "proof of knowledge of another seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].CommitmentPok = s[1].CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "proof of knowledge the generator", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			setPoint(s[2].CommitmentPok[:], 0, g)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "commitments and proof of knowledge of another seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			// A consistent triple (its proof of knowledge holds), under A, B, C made for other commitments.
			s[1].Commitments, s[1].CommitmentPok = s[0].Commitments, s[0].CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "second commitment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Commitments[2], s[1].Commitments[3] = new(big.Int), new(big.Int)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "first commitment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Commitments[0], s[1].Commitments[1] = new(big.Int), new(big.Int)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "proof of knowledge dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].CommitmentPok = [2]*big.Int{new(big.Int), new(big.Int)}
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "a one-commitment seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Proof, s[1].Commitments, s[1].CommitmentPok = iris[1].Proof, iris[1].Commitments, iris[1].CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "first commitment off the curve", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Commitments[1] = bump(s[0].Commitments[1])
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "second commitment off the curve", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].Commitments[3] = bump(s[2].Commitments[3])
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "first commitment's x not reduced", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Commitments[0] = new(big.Int).Add(s[0].Commitments[0], p)
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "second commitment's y not reduced", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Commitments[3] = new(big.Int).Add(s[1].Commitments[3], p)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "proof of knowledge's x not reduced", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].CommitmentPok[0] = new(big.Int).Add(s[2].CommitmentPok[0], p)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "prover relabelled", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Prover = q.Node
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "last segment dropped", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment { return s[:2] },
			want: receiptverifier.WrongFinalState, segment: 1},
	}
	runCases(t, e.verifier, id, q, honest, chain.final, cases)

	// Fulfil: refused with a tampered commitment or a one-commitment seal, then the honest receipt goes through.
	swapped := clone(honest)
	c := swapped[0].Commitments
	swapped[0].Commitments = [4]*big.Int{c[2], c[3], c[0], c[1]}
	e.refused(id, chain.final, encode(t, q, swapped), receiptverifier.InvalidSeal, 0)
	one := clone(honest)
	one[2].Proof, one[2].Commitments, one[2].CommitmentPok = iris[0].Proof, iris[0].Commitments, iris[0].CommitmentPok
	e.refused(id, chain.final, encode(t, q, one), receiptverifier.InvalidSeal, 2)
	proof, err := receiptverifier.EncodeProof(q, rc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.fulfill(id, chain.final, proof); err != nil {
		t.Fatal(err)
	}
	if res, err := e.as(keyNode).Result(ctx, id); err != nil || res != common.Hash(chain.final) {
		t.Fatalf("result %x, %v", res, err)
	}
}

// Families of one commitment (today's dtree) and none (hashchain) refuse a
// seal with a second commitment: smuggled into one of their own seals, or
// a whole two-commitment seal.
func TestOneCommitmentFamiliesRefuseASecond(t *testing.T) {
	e := newEnv(t)
	chain := newTwoChain(1)
	twoSeal := segments(t, chain.prove(t, common.Hash{1}))[0]
	ir, hc := e.fix.iris, e.fix.chain
	idIris := e.open(ir)
	runCases(t, e.verifier, idIris, ir.quote, segments(t, ir.receipt), ir.expect.Final, []verdictCase{
		{name: "dtree honest", want: receiptverifier.Valid},
		{name: "dtree: a second commitment smuggled in", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].Commitments[2], s[2].Commitments[3] = s[1].Commitments[0], s[1].Commitments[1]
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "dtree: its own commitment repeated as a second", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Commitments[2], s[0].Commitments[3] = s[0].Commitments[0], s[0].Commitments[1]
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "dtree: a two-commitment seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[3].Proof, s[3].Commitments, s[3].CommitmentPok = twoSeal.Proof, twoSeal.Commitments, twoSeal.CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal, segment: 3},
	})
	idChain := e.open(hc)
	runCases(t, e.verifier, idChain, hc.quote, segments(t, hc.receipt), hc.expect.Final, []verdictCase{
		{name: "hashchain honest", want: receiptverifier.Valid},
		{name: "hashchain: second commitment words set", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Commitments[2], s[1].Commitments[3] = big.NewInt(1), big.NewInt(2)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "hashchain: a two-commitment seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Proof, s[0].Commitments, s[0].CommitmentPok = twoSeal.Proof, twoSeal.Commitments, twoSeal.CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal},
	})
	bad := segments(t, ir.receipt)
	bad[4].Commitments[2], bad[4].Commitments[3] = bad[4].Commitments[0], bad[4].Commitments[1]
	e.refused(idIris, ir.expect.Final, encode(t, ir.quote, bad), receiptverifier.InvalidSeal, 4)
	if _, err := e.fulfill(idIris, ir.expect.Final, encode(t, ir.quote, segments(t, ir.receipt))); err != nil {
		t.Fatalf("the honest receipt after the attempt: %v", err)
	}
}

// The gas of one seal check with two commitments against one (the Iris
// seals) on the same chain: (gas of the valid receipt − gas of the same
// receipt failing at its first seal) / (n − 1), as BenchmarkGas measures
// it (go test ./node/receiptverifier -run TestSealGasByCommitments -v).
func TestSealGasByCommitments(t *testing.T) {
	e := newEnv(t)
	chain := newTwoChain(3)
	e.registerTwo(chain)
	q := e.quote(chain.program, chain.input)
	id := e.submit(q)
	twoSegs := segments(t, chain.prove(t, id))
	ir := e.fix.iris
	idIris := e.open(ir)
	perSeal := func(id common.Hash, q eip712.Quote, final receipt.Digest, honest []contracts.ReceiptSegment) (uint64, uint64) {
		t.Helper()
		gas := func(segs []contracts.ReceiptSegment, want receiptverifier.Verdict) uint64 {
			t.Helper()
			proof := encode(t, q, segs)
			if v, _, err := e.verifier.Check(context.Background(), id, common.Hash(final), proof); err != nil || v != want {
				t.Fatalf("verdict %q (%v), want %q", v, err, want)
			}
			addr := e.verifier.Address()
			r, err := e.manager(keyRequester).Transact(context.Background(), &addr, nil,
				contracts.NewReceiptVerifier().PackVerifyReceipt(id, common.Hash(final), proof))
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("verifyReceipt transaction: %v", err)
			}
			return r.GasUsed
		}
		valid := gas(honest, receiptverifier.Valid)
		swapped := clone(honest)
		swapped[0].Prover, swapped[1].Prover = swapped[1].Prover, swapped[0].Prover
		return valid, (valid - gas(swapped, receiptverifier.InvalidSeal)) / uint64(len(honest)-1)
	}
	twoAll, two := perSeal(id, q, chain.final, twoSegs)
	oneAll, one := perSeal(idIris, ir.quote, ir.expect.Final, segments(t, ir.receipt))
	t.Logf("seal check: %d gas with two commitments, %d with one (+%d); verifyReceipt: %d gas for %d two-commitment segments, %d for %d one-commitment segments",
		two, one, int64(two)-int64(one), twoAll, len(twoSegs), oneAll, len(ir.receipt.Segments))
	// One more pair in the proof-of-knowledge pairing (34k), c·C1 and K8·h1 (12k), the challenge and additions.
	if two < one || two > one+60_000 {
		t.Fatalf("a two-commitment seal check costs %d gas, one-commitment %d", two, one)
	}
}

// The encoders take seals of the counts their contracts verify: a
// receipt's segment seals of 0, 1 or 2 commitments (a seal of 3 is
// refused), a succinct receipt's join seal of exactly 1.
func TestEncodersRefuseOtherCommitmentCounts(t *testing.T) {
	fx := loadFixtures(t)
	chain := newTwoChain(1)
	rc := chain.prove(t, common.Hash{1})
	q := fx.iris.quote
	three := append(append([]byte{}, rc.Segments[0].Seal...), rc.Segments[0].Seal[len(rc.Segments[0].Seal)-64:]...)
	bad := *rc
	bad.Segments = []receipt.SegmentReceipt{rc.Segments[0]}
	bad.Segments[0].Seal = three
	if _, err := receiptverifier.EncodeProof(q, &bad); !errors.Is(err, receiptverifier.ErrInput) || !errors.Is(err, seal.ErrSolidity) {
		t.Fatalf("a seal of %d bytes (three commitments): %v", len(three), err)
	}
	if _, err := receiptverifier.EncodeProof(q, rc); err != nil {
		t.Fatalf("two commitments: %v", err)
	}
	for _, s := range [][]byte{rc.Segments[0].Seal, fx.chain.receipt.Segments[0].Seal} {
		r := &aggregate.Receipt{Task: rc.Task, Family: "join", Payees: []aggregate.Payee{{Prover: [20]byte{1}, Price: big.NewInt(1)}}, Seal: s}
		if _, _, _, err := receiptverifier.SuccinctParts(r); !errors.Is(err, receiptverifier.ErrInput) {
			t.Fatalf("a join seal of %d bytes: %v", len(s), err)
		}
	}
}
