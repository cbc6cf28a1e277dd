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

// commitCircuit has the public inputs of every program circuit, in the
// receipt's order, and count (1 or 2) BSB22 commitments: the first over
// private wires alone (the model's words) and, with two, the second over a
// private wire and the first's output, shaped as dtree's committed model
// has them (the lookups', which commit the model's words again, so that
// gnark commits the first commitment instead). With one it is a key of
// dtree/v1's shape, which no shipped segment family has any more. Its
// public inputs are free: any claim has a seal.
type commitCircuit struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`
	Model     [2]frontend.Variable
	X         frontend.Variable

	count int
}

func (c *commitCircuit) Define(api frontend.API) error {
	cm := api.(frontend.Committer)
	model, err := cm.Commit(c.Model[:]...)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(model, 0)
	if c.count == 2 {
		lookups, err := cm.Commit(model, c.X)
		if err != nil {
			return err
		}
		api.AssertIsDifferent(lookups, 0)
	}
	for _, v := range []frontend.Variable{c.ProgramID, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding} {
		api.AssertIsEqual(api.Mul(v, c.X), api.Mul(c.X, v))
	}
	return nil
}

// The registered families of commitCircuit's circuits, by commitment count.
const (
	oneFamily = "test/one-commitment/v1"
	twoFamily = "test/two-commitments/v1"
)

func commitFamily(count int) string {
	if count == 1 {
		return oneFamily
	}
	return twoFamily
}

// commitSetups are commitCircuit's circuits, set up once each, by count.
var commitSetups [3]struct {
	once sync.Once
	ccs  constraint.ConstraintSystem
	pk   groth16.ProvingKey
	vk   groth16.VerifyingKey
	err  error
}

// commitKeys sets up commitCircuit with count commitments, once.
func commitKeys(t *testing.T, count int) (constraint.ConstraintSystem, groth16.ProvingKey, groth16.VerifyingKey) {
	t.Helper()
	s := &commitSetups[count]
	s.once.Do(func() {
		if s.ccs, s.err = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &commitCircuit{count: count}); s.err != nil {
			return
		}
		s.pk, s.vk, s.err = groth16.Setup(s.ccs)
	})
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.ccs, s.pk, s.vk
}

// commitChain is a receipt of the family of commitCircuit with count
// commitments: n segments whose state and input chains start at the
// family's fixed initial state and input. Chains of the same length make
// the same statements (program, states, inputs) whatever their count, so
// a seal of one count proves a segment of the other's chain under the
// other key.
type commitChain struct {
	count                 int
	initial, initialInput receipt.Digest
	claims                []receipt.Claim
	program, final, input receipt.Digest
}

func newCommitChain(count, n int) commitChain {
	d := func(tag, k int) receipt.Digest { return receipt.Digest{0: 0x0a, 30: byte(tag), 31: byte(k)} }
	c := commitChain{count: count, initial: d(1, 0), initialInput: d(2, 0), program: d(3, 0)}
	for k := 0; k < n; k++ {
		c.claims = append(c.claims, receipt.Claim{Family: commitFamily(count), Index: uint32(k), ProgramID: c.program,
			StateIn: d(1, k), StateOut: d(1, k+1), InputIn: d(2, k), InputOut: d(2, k+1)})
	}
	c.final, c.input = d(1, n), d(2, n)
	return c
}

// prove proves every segment of the chain for task, segment k by
// segmentProver(k) at segmentPrice(k), for the Solidity verifier, and
// checks the composite receipt off chain.
func (c commitChain) prove(t *testing.T, task common.Hash) *receipt.CompositeReceipt {
	t.Helper()
	ccs, pk, vk := commitKeys(t, c.count)
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
		a := &commitCircuit{Model: [2]frontend.Variable{11 + k, 12}, X: 5 + k}
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
		if len(r.Seal) != receipt.SealLen(c.count) {
			t.Fatalf("seal of %d bytes, want %d commitments", len(r.Seal), c.count)
		}
		out.Segments = append(out.Segments, r)
	}
	fam := commitFamily(c.count)
	want := receipt.Expect{Task: task, Family: fam, ProgramID: c.program, Initial: c.initial, Final: c.final,
		InputInitial: c.initialInput, InputFinal: c.input, Segments: len(c.claims)}
	if err := out.Verify(vk2keys{fam, vk}, want); err != nil {
		t.Fatalf("off chain: %v", err)
	}
	return out
}

// register registers the chain's family with the chain's fixed ends.
func (e *env) register(c commitChain) {
	e.t.Helper()
	_, _, vk := commitKeys(e.t, c.count)
	if _, err := e.verifier.Register(context.Background(), receiptverifier.Family{Name: commitFamily(c.count), Initial: c.initial,
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
	chain := newCommitChain(2, 3)
	e.register(chain)
	q := e.quote(chain.program, chain.input)
	id := e.submit(q)
	rc := chain.prove(t, id)
	honest := segments(t, rc)
	for k, s := range honest {
		if s.Commitments[0].Sign() == 0 || s.Commitments[2].Sign() == 0 || s.CommitmentPok[0].Sign() == 0 {
			t.Fatalf("segment %d: commitment words missing", k)
		}
	}
	// Seals of one commitment proving the same statements for the same
	// task, under the one-commitment key.
	one := segments(t, newCommitChain(1, 3).prove(t, id))
	if one[1].Commitments[0].Sign() == 0 || one[1].Commitments[2].Sign() != 0 {
		t.Fatal("want one-commitment seals")
	}
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
		{name: "a one-commitment seal of the same statement", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Proof, s[1].Commitments, s[1].CommitmentPok = one[1].Proof, one[1].Commitments, one[1].CommitmentPok
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
	withOne := clone(honest)
	withOne[2].Proof, withOne[2].Commitments, withOne[2].CommitmentPok = one[2].Proof, one[2].Commitments, one[2].CommitmentPok
	e.refused(id, chain.final, encode(t, q, withOne), receiptverifier.InvalidSeal, 2)
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

// Families of one commitment (dtree/v1's shape: commitCircuit with one)
// and none (hashchain) refuse a seal with a second commitment: smuggled
// into one of their own seals, or a whole two-commitment seal (for the
// one-commitment family, one proving the very same statement for the same
// task under the two-commitment key).
func TestOneCommitmentFamiliesRefuseASecond(t *testing.T) {
	e := newEnv(t)
	chain := newCommitChain(1, 3)
	e.register(chain)
	q := e.quote(chain.program, chain.input)
	id := e.submit(q)
	rc := chain.prove(t, id)
	honest := segments(t, rc)
	twoSeals := segments(t, newCommitChain(2, 3).prove(t, id))
	if honest[0].Commitments[2].Sign() != 0 || twoSeals[0].Commitments[2].Sign() == 0 {
		t.Fatal("want seals of one commitment and of two")
	}
	runCases(t, e.verifier, id, q, honest, chain.final, []verdictCase{
		{name: "one commitment honest", want: receiptverifier.Valid},
		{name: "one commitment: a second commitment smuggled in", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[2].Commitments[2], s[2].Commitments[3] = s[1].Commitments[0], s[1].Commitments[1]
			return s
		}, want: receiptverifier.InvalidSeal, segment: 2},
		{name: "one commitment: its own commitment repeated as a second", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Commitments[2], s[0].Commitments[3] = s[0].Commitments[0], s[0].Commitments[1]
			return s
		}, want: receiptverifier.InvalidSeal},
		{name: "one commitment: a two-commitment seal of the same statement", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Proof, s[1].Commitments, s[1].CommitmentPok = twoSeals[1].Proof, twoSeals[1].Commitments, twoSeals[1].CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
	})
	hc := e.fix.chain
	idChain := e.open(hc)
	runCases(t, e.verifier, idChain, hc.quote, segments(t, hc.receipt), hc.expect.Final, []verdictCase{
		{name: "hashchain honest", want: receiptverifier.Valid},
		{name: "hashchain: second commitment words set", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[1].Commitments[2], s[1].Commitments[3] = big.NewInt(1), big.NewInt(2)
			return s
		}, want: receiptverifier.InvalidSeal, segment: 1},
		{name: "hashchain: a two-commitment seal", segs: func(s []contracts.ReceiptSegment) []contracts.ReceiptSegment {
			s[0].Proof, s[0].Commitments, s[0].CommitmentPok = twoSeals[0].Proof, twoSeals[0].Commitments, twoSeals[0].CommitmentPok
			return s
		}, want: receiptverifier.InvalidSeal},
	})
	bad := clone(honest)
	bad[2].Commitments[2], bad[2].Commitments[3] = bad[2].Commitments[0], bad[2].Commitments[1]
	e.refused(id, chain.final, encode(t, q, bad), receiptverifier.InvalidSeal, 2)
	if _, err := e.fulfill(id, chain.final, encode(t, q, honest)); err != nil {
		t.Fatalf("the honest receipt after the attempt: %v", err)
	}
}

// The gas of one seal check by commitment count on the same chain: with
// two commitments (commitCircuit, and the real Iris receipt of dtree/v2)
// and with one (commitCircuit): (gas of the valid receipt − gas of the
// same receipt failing at its first seal) / (n − 1), as BenchmarkGas
// measures it (go test ./node/receiptverifier -run TestSealGasByCommitments -v).
func TestSealGasByCommitments(t *testing.T) {
	e := newEnv(t)
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
	var all, per [3]uint64
	for _, count := range []int{1, 2} {
		chain := newCommitChain(count, 3)
		e.register(chain)
		q := e.quote(chain.program, chain.input)
		id := e.submit(q)
		all[count], per[count] = perSeal(id, q, chain.final, segments(t, chain.prove(t, id)))
	}
	ir := e.fix.iris
	irisAll, iris := perSeal(e.open(ir), ir.quote, ir.expect.Final, segments(t, ir.receipt))
	t.Logf("seal check: %d gas with two commitments (%d for the Iris dtree/v2 seals), %d with one (+%d); "+
		"verifyReceipt: %d gas for 3 two-commitment segments, %d for 3 one-commitment segments, %d for the %d Iris segments",
		per[2], iris, per[1], int64(per[2])-int64(per[1]), all[2], all[1], irisAll, len(ir.receipt.Segments))
	// One more pair in the proof-of-knowledge pairing (34k), c·C1 and K8·h1 (12k), the challenge and additions.
	if per[2] < per[1] || per[2] > per[1]+60_000 {
		t.Fatalf("a two-commitment seal check costs %d gas, one-commitment %d", per[2], per[1])
	}
	// The seal check depends on the commitment count, not on the circuit.
	if d := int64(iris) - int64(per[2]); d < -1_000 || d > 1_000 {
		t.Fatalf("an Iris seal check costs %d gas, the small two-commitment circuit's %d", iris, per[2])
	}
}

// The encoders take seals of the counts their contracts verify: a
// receipt's segment seals of 0, 1 or 2 commitments (a seal of 3 is
// refused), a succinct receipt's join seal of exactly 1.
func TestEncodersRefuseOtherCommitmentCounts(t *testing.T) {
	fx := loadFixtures(t)
	chain := newCommitChain(2, 1)
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
		if _, _, _, _, err := receiptverifier.SuccinctParts(r); !errors.Is(err, receiptverifier.ErrInput) {
			t.Fatalf("a join seal of %d bytes: %v", len(s), err)
		}
	}
}
