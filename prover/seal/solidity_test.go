package seal_test

import (
	"bytes"
	"context"
	"errors"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"regexp"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

func prove(t *testing.T, sess *program.Session) *local.Result {
	t.Helper()
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := (&local.Prover{Store: st, Workers: 1}).Prove(context.Background(), sess)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// proveHashchain proves 3 steps in segments of 2: a circuit without a commitment.
func proveHashchain(t *testing.T) *local.Result {
	t.Helper()
	sess, err := hashchain.Execute(hashchain.Task{Seed: fr.NewElement(7), Steps: 3}, 2)
	if err != nil {
		t.Fatal(err)
	}
	return prove(t, &sess.Session)
}

// proveIris proves 9 Iris samples in segments of 8: a dtree/v2 circuit,
// whose seals carry two commitments (the model's, then the lookups', over
// the first's output).
func proveIris(t *testing.T) *local.Result {
	t.Helper()
	const dir = "../tree/testdata/smartcore-iris/"
	m, err := tree.LoadModel(dir + "tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	in, err := tree.LoadInputs(dir+"input_data.msgpack", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	p, err := dtree.Open(m, 8, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	sess, err := p.Execute(in[:9])
	if err != nil {
		t.Fatal(err)
	}
	return prove(t, &sess.Session)
}

// SolidityKey writes exactly the constants gnark's exported verifier holds,
// in the verifier contract's order; SolidityProof the words of MarshalSolidity.
func TestSolidityWordsMatchGnarkExport(t *testing.T) {
	seals := func(res *local.Result) (out [][]byte) {
		for _, s := range res.Receipt.Segments {
			out = append(out, s.Seal)
		}
		return out
	}
	t.Run("hashchain", func(t *testing.T) {
		res := proveHashchain(t)
		checkWords(t, res.Artifacts.VK, seals(res), 0)
	})
	t.Run("dtree", func(t *testing.T) {
		res := proveIris(t)
		checkWords(t, res.Artifacts.VK, seals(res), 2)
	})
	t.Run("one commitment", func(t *testing.T) {
		p := proveShape(t, oneCommitment)
		checkWords(t, p.vk, [][]byte{p.seal}, 1)
	})
	// Two commitments, the second over the first's output, as dtree's
	// committed model has them (checkWords checks the second's G·(-sigma)
	// against the key itself).
	t.Run("two commitments", func(t *testing.T) {
		p := proveShape(t, twoChained)
		checkWords(t, p.vk, [][]byte{p.seal}, 2)
		k := p.vk.(*groth16bn254.VerifyingKey)
		if k.CommitmentKeys[1].GSigmaNeg.Equal(&k.CommitmentKeys[0].GSigmaNeg) || !k.CommitmentKeys[1].G.Equal(&k.CommitmentKeys[0].G) {
			t.Fatal("gnark's setup should draw one G and a sigma per commitment")
		}
	})
}

// checkWords compares SolidityKey's words of vk, a key with nc
// commitments, with gnark's export, and SolidityProof's words of each seal
// with its MarshalSolidity.
func checkWords(t *testing.T, vk groth16.VerifyingKey, seals [][]byte, nc int) {
	t.Helper()
	key, err := seal.SolidityKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := vk.ExportSolidity(&src); err != nil {
		t.Fatal(err)
	}
	// "" marks a word that must be zero (a commitment the key does not
	// have), "-" one gnark's export has no constant for.
	names := []string{"ALPHA_X", "ALPHA_Y"}
	for _, p := range []string{"BETA_NEG", "GAMMA_NEG", "DELTA_NEG", "PEDERSEN_G", "PEDERSEN_GSIGMANEG"} {
		if nc == 0 && strings.HasPrefix(p, "PEDERSEN") {
			names = append(names, "", "", "", "")
			continue
		}
		names = append(names, p+"_X_1", p+"_X_0", p+"_Y_1", p+"_Y_0")
	}
	names = append(names, "CONSTANT_X", "CONSTANT_Y")
	for i := 0; i < receipt.Publics+receipt.MaxCommitments; i++ {
		if i >= receipt.Publics+nc {
			names = append(names, "", "")
			continue
		}
		names = append(names, "PUB_"+string(rune('0'+i))+"_X", "PUB_"+string(rune('0'+i))+"_Y")
	}
	if nc == 2 {
		names = append(names, "-", "-", "-", "-")
	} else {
		names = append(names, "", "", "", "")
	}
	if len(names) != seal.KeyWords {
		t.Fatalf("%d names", len(names))
	}
	if nc == 2 {
		// gnark's export writes the first commitment's G·(-sigma) only: the
		// second's is checked against the key itself.
		g := vk.(*groth16bn254.VerifyingKey).CommitmentKeys[1].GSigmaNeg
		for i, e := range []fp.Element{g.X.A1, g.X.A0, g.Y.A1, g.Y.A0} {
			if key[40+i].Cmp(e.BigInt(new(big.Int))) != 0 {
				t.Errorf("word %d is not the second commitment's G·(-sigma)", 40+i)
			}
		}
	}
	for i, n := range names {
		if n == "-" {
			continue
		}
		if n == "" {
			if key[i].Sign() != 0 {
				t.Errorf("word %d = %v, want 0 for a key with %d commitments", i, key[i], nc)
			}
			continue
		}
		m := regexp.MustCompile(`uint256 constant ` + n + ` = (\d+);`).FindSubmatch(src.Bytes())
		if m == nil {
			t.Fatalf("%s not in the exported verifier", n)
		}
		want, _ := new(big.Int).SetString(string(m[1]), 10)
		if key[i].Cmp(want) != 0 {
			t.Errorf("word %d (%s) = %v, gnark exports %v", i, n, key[i], want)
		}
	}

	for _, s := range seals {
		w, err := seal.SolidityProof(s)
		if err != nil {
			t.Fatal(err)
		}
		p := groth16.NewProof(ecc.BN254)
		if _, err := p.ReadFrom(bytes.NewReader(s)); err != nil {
			t.Fatal(err)
		}
		raw := p.(*groth16bn254.Proof).MarshalSolidity()
		if len(p.(*groth16bn254.Proof).Commitments) != nc || w.N != nc {
			t.Fatalf("seal with %d commitments, SolidityProof says %d, want %d", len(p.(*groth16bn254.Proof).Commitments), w.N, nc)
		}
		// MarshalSolidity: A, B, C, then (with commitments) each commitment and the proof of knowledge.
		want := raw[:256]
		if nc > 0 {
			want = append(append(append(want[:256:256], raw[256:256+64*nc]...), make([]byte, 64*(2-nc))...), raw[256+64*nc:]...)
		}
		want = append(want, make([]byte, 14*32-len(want))...)
		words := append(append(w.Proof[:], w.Commitments[:]...), w.Pok[:]...)
		for i, x := range words {
			if !bytes.Equal(x.FillBytes(make([]byte, 32)), want[32*i:32*i+32]) {
				t.Fatalf("word %d differs from MarshalSolidity", i)
			}
		}
	}
}

// Shapes of commitCircuit.
const (
	oneCommitment = iota
	twoChained    // the second commits the first's output, as dtree's committed model
	twoApart      // two commitments over private wires alone
	threeChained
	overPublic // a commitment over a public input
)

// commitCircuit has the public inputs of every program circuit, in the
// receipt's order, and BSB22 commitments of the given shape.
type commitCircuit struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`
	W         [3]frontend.Variable

	shape int
}

func (c *commitCircuit) Define(api frontend.API) error {
	cm := api.(frontend.Committer)
	commit := func(v ...frontend.Variable) frontend.Variable {
		out, err := cm.Commit(v...)
		if err != nil {
			panic(err)
		}
		api.AssertIsDifferent(out, 0)
		return out
	}
	switch c.shape {
	case oneCommitment:
		commit(c.W[0])
	case twoChained:
		commit(c.W[1], commit(c.W[0]))
	case twoApart:
		commit(c.W[0])
		commit(c.W[1])
	case threeChained:
		commit(c.W[2], commit(c.W[1], commit(c.W[0])))
	case overPublic:
		commit(c.W[0], c.ProgramID)
	}
	for _, v := range []frontend.Variable{c.ProgramID, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding} {
		api.AssertIsEqual(api.Mul(v, c.W[2]), api.Mul(c.W[2], v))
	}
	return nil
}

type shapeProof struct {
	vk    groth16.VerifyingKey
	claim receipt.Claim
	bind  receipt.Digest
	seal  []byte
}

// proveShape sets up commitCircuit of the shape and proves it, for the
// Solidity verifier, for a fixed claim and binding; the seal verifies off
// chain.
func proveShape(t *testing.T, shape int) shapeProof {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &commitCircuit{shape: shape})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	c := receipt.Claim{Family: "test/commitments", ProgramID: receipt.Digest{31: 1}, StateIn: receipt.Digest{31: 2},
		StateOut: receipt.Digest{31: 3}, InputIn: receipt.Digest{31: 4}, InputOut: receipt.Digest{31: 5}}
	b, err := receipt.Binding([32]byte{1}, [20]byte{2}, big.NewInt(700))
	if err != nil {
		t.Fatal(err)
	}
	vals, err := receipt.PublicValues(c, b)
	if err != nil {
		t.Fatal(err)
	}
	a := &commitCircuit{W: [3]frontend.Variable{7, 8, 9}}
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
	p := shapeProof{vk: vk, claim: c, bind: b, seal: sb.Bytes()}
	if shape != threeChained { // DecodeSeal takes at most receipt.MaxCommitments
		if err := receipt.VerifySeal(vk, c, b, p.seal); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

type noCommit struct {
	A, B frontend.Variable `gnark:",public"`
	C    frontend.Variable `gnark:",public"`
	D    frontend.Variable `gnark:",public"`
	X    frontend.Variable
}

func (c *noCommit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.A), api.Add(c.B, c.C, c.D))
	return nil
}

func TestSolidityRefusesOtherShapes(t *testing.T) {
	res := proveIris(t)
	good := res.Receipt.Segments[0].Seal
	for name, s := range map[string][]byte{
		"empty":     nil,
		"truncated": good[:len(good)-10],
		"trailing":  append(append([]byte{}, good...), 0),
		"garbage":   bytes.Repeat([]byte{0xff}, len(good)),
		"too long":  make([]byte, 5000),
	} {
		if _, err := seal.SolidityProof(s); !errors.Is(err, seal.ErrSolidity) {
			t.Errorf("%s: %v, want ErrSolidity", name, err)
		}
	}

	// A circuit with other public inputs: its key does not fit.
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &noCommit{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seal.SolidityKey(vk); !errors.Is(err, seal.ErrSolidity) {
		t.Fatalf("key without commitment: %v", err)
	}
	w, err := frontend.NewWitness(&noCommit{A: 2, B: 3, C: 4, D: 1, X: 4}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	p, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := p.WriteRawTo(&b); err != nil {
		t.Fatal(err)
	}
	if w, err := seal.SolidityProof(b.Bytes()); err != nil || w.N != 0 || w.Commitments[0].Sign() != 0 || w.Pok[1].Sign() != 0 {
		t.Fatalf("proof without commitment: %v, %v", w, err)
	}
	if _, err := seal.SolidityKey(groth16.NewVerifyingKey(ecc.BLS12_381)); !errors.Is(err, seal.ErrSolidity) {
		t.Fatalf("BLS12-381 key: %v", err)
	}

	// Commitment shapes the receipt verifier does not take: each key is
	// refused with a reason; a seal of three commitments too.
	for _, c := range []struct {
		name  string
		shape int
		says  string
	}{
		{"three commitments", threeChained, "3 commitments"},
		{"two commitments, the second not over the first's output", twoApart, "the second commitment"},
		{"a commitment over a public input", overPublic, "public values [1]"},
	} {
		p := proveShape(t, c.shape)
		_, err := seal.SolidityKey(p.vk)
		if !errors.Is(err, seal.ErrSolidity) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v", c.name, err)
		}
		if c.shape == threeChained {
			if _, err := seal.SolidityProof(p.seal); !errors.Is(err, seal.ErrSolidity) || len(p.seal) != receipt.SealLen(3) {
				t.Errorf("seal of %d bytes with three commitments: %v", len(p.seal), err)
			}
		}
	}
	// The shapes it takes: one commitment, and two with the second over the first's output.
	for _, shape := range []int{oneCommitment, twoChained} {
		p := proveShape(t, shape)
		if _, err := seal.SolidityKey(p.vk); err != nil {
			t.Errorf("shape %d: %v", shape, err)
		}
		w, err := seal.SolidityProof(p.seal)
		if err != nil || w.N != shape+1 {
			t.Errorf("shape %d: seal with %d commitments, %v", shape, w.N, err)
		}
	}
}
