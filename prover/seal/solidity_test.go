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
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
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

// proveIris proves 9 Iris samples in segments of 8: a circuit with one commitment.
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
	t.Run("hashchain", func(t *testing.T) { checkWords(t, proveHashchain(t), false) })
	t.Run("dtree", func(t *testing.T) { checkWords(t, proveIris(t), true) })
}

func checkWords(t *testing.T, res *local.Result, commits bool) {
	key, err := seal.SolidityKey(res.Artifacts.VK)
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := res.Artifacts.VK.ExportSolidity(&src); err != nil {
		t.Fatal(err)
	}
	// "" marks a word that must be zero: no commitment.
	names := []string{"ALPHA_X", "ALPHA_Y"}
	for _, p := range []string{"BETA_NEG", "GAMMA_NEG", "DELTA_NEG", "PEDERSEN_G", "PEDERSEN_GSIGMANEG"} {
		if !commits && strings.HasPrefix(p, "PEDERSEN") {
			names = append(names, "", "", "", "")
			continue
		}
		names = append(names, p+"_X_1", p+"_X_0", p+"_Y_1", p+"_Y_0")
	}
	names = append(names, "CONSTANT_X", "CONSTANT_Y")
	for i := 0; i <= receipt.Publics; i++ {
		if i == receipt.Publics && !commits {
			names = append(names, "", "")
			continue
		}
		names = append(names, "PUB_"+string(rune('0'+i))+"_X", "PUB_"+string(rune('0'+i))+"_Y")
	}
	if len(names) != seal.KeyWords {
		t.Fatalf("%d names", len(names))
	}
	for i, n := range names {
		if n == "" {
			if key[i].Sign() != 0 {
				t.Errorf("word %d = %v, want 0 for a key without commitment", i, key[i])
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

	for _, s := range res.Receipt.Segments {
		w, err := seal.SolidityProof(s.Seal)
		if err != nil {
			t.Fatal(err)
		}
		p := groth16.NewProof(ecc.BN254)
		if _, err := p.ReadFrom(bytes.NewReader(s.Seal)); err != nil {
			t.Fatal(err)
		}
		raw := p.(*groth16bn254.Proof).MarshalSolidity()
		if want := 256 + 128*len(p.(*groth16bn254.Proof).Commitments); len(raw) != want || commits != (want > 256) {
			t.Fatalf("MarshalSolidity gave %d bytes", len(raw))
		}
		raw = append(raw, make([]byte, 384-len(raw))...)
		words := append(append(w.Proof[:], w.Commitment[:]...), w.Pok[:]...)
		for i, x := range words {
			if !bytes.Equal(x.FillBytes(make([]byte, 32)), raw[32*i:32*i+32]) {
				t.Fatalf("word %d differs from MarshalSolidity", i)
			}
		}
	}
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
	if w, err := seal.SolidityProof(b.Bytes()); err != nil || w.Commitment[0].Sign() != 0 || w.Pok[1].Sign() != 0 {
		t.Fatalf("proof without commitment: %v, %v", w, err)
	}
	if _, err := seal.SolidityKey(groth16.NewVerifyingKey(ecc.BLS12_381)); !errors.Is(err, seal.ErrSolidity) {
		t.Fatalf("BLS12-381 key: %v", err)
	}
}
