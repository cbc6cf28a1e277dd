package aggregate

import (
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/math/emulated"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

// oneSeal verifies one proof under a constant key with two commitments.
type oneSeal struct {
	Public [receipt.Publics]frontend.Variable
	Proof  proofVar
	Key    verifyingKey `gnark:"-"`
}

func (c *oneSeal) Define(api frontend.API) error {
	f, err := emulated.NewField[scalar](api)
	if err != nil {
		return err
	}
	t, err := newTwoCommit(api, f)
	if err != nil {
		return err
	}
	return t.assertProof(c.Key, c.Proof, c.Public[:])
}

// irisV2Seal proves the first segment of Iris in its dtree/v2 s16 family
// (two commitments: the model, the lookups) for recursion.
func irisV2Seal(t *testing.T) (*setup.Artifacts, *receipt.SegmentReceipt) {
	a, segs, _ := irisV2Seals(t, 1)
	return a, &segs[0]
}

// irisV2Seals proves the first n segments of Iris in its dtree/v2 s16
// family for recursion, each verified natively, and the program id a
// Solidity-target seal of the same model states (the task's).
func irisV2Seals(t *testing.T, n int) (*setup.Artifacts, []receipt.SegmentReceipt, receipt.Digest) {
	t.Helper()
	m, err := tree.LoadModel("../../examples/iris/tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	in, err := tree.LoadInputs("../../examples/iris/iris_input_data.csv", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := dtree.New(m, 16)
	if err != nil {
		t.Fatal(err)
	}
	st, err := setup.Open(setup.DefaultDir(), os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Ensure(prog.Shape)
	if err != nil {
		t.Fatal(err)
	}
	if err := prog.BindFor(a.Basis, dtree.ForRecursion); err != nil {
		t.Fatal(err)
	}
	sess, err := prog.Execute(in[:16*n])
	if err != nil {
		t.Fatal(err)
	}
	var out []receipt.SegmentReceipt
	for i, s := range sess.Segments {
		r := receipt.SegmentReceipt{Claim: s.Claim, Task: [32]byte{0xc2}, Prover: [20]byte{0xb2, byte(i)}, Price: big.NewInt(int64(9 + i))}
		if r.Seal, err = proveSegment(a, &r, s.Witness); err != nil {
			t.Fatal(err)
		}
		if err := VerifySegment(a.VK, &r); err != nil {
			t.Fatalf("segment %d: the seal does not verify natively: %v", i, err)
		}
		out = append(out, r)
	}
	d, err := prog.ModelCommitment(a.Basis)
	if err != nil {
		t.Fatal(err)
	}
	return a, out, dtree.IDOf(d)
}

// TestTwoCommitmentVerifier verifies a real dtree/v2 seal (two
// commitments) in a circuit, the check gnark's in-circuit verifier refuses
// to build, and refuses it tampered: a public value changed, either
// commitment or the folded proof of knowledge replaced, the commitments
// swapped, the Groth16 part broken. Compile and solve only, no setup.
func TestTwoCommitmentVerifier(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a circuit of about 2M constraints")
	}
	a, r := irisV2Seal(t)
	vk := a.VK.(*groth16bn254.VerifyingKey)
	if len(vk.CommitmentKeys) != 2 {
		t.Fatalf("the dtree/v2 key has %d commitments, want 2", len(vk.CommitmentKeys))
	}
	key, err := stdgroth16.ValueOfVerifyingKeyFixed[g1, g2, gt](a.VK)
	if err != nil {
		t.Fatal(err)
	}
	circuit := &oneSeal{Key: key, Proof: proofPlaceholder(2)}
	ccs, err := frontend.Compile(bn254Fr, r1cs.NewBuilder, circuit)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("one two-commitment seal verified in a circuit: %d constraints", ccs.GetNbConstraints())

	proof, err := receipt.DecodeSeal(r.Seal, a.VK)
	if err != nil {
		t.Fatal(err)
	}
	honest := *proof
	solve := func(p *groth16bn254.Proof, change func(*SegmentChild)) error {
		t.Helper()
		rr := *r
		c, err := segmentChild(a.VK, &rr)
		if err != nil {
			t.Fatal(err)
		}
		if c.Proof, err = stdgroth16.ValueOfProof[g1, g2](groth16.Proof(p)); err != nil {
			t.Fatal(err)
		}
		if change != nil {
			change(&c)
		}
		as := &oneSeal{Public: [receipt.Publics]frontend.Variable{c.ProgramID, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding}, Proof: c.Proof}
		w, err := frontend.NewWitness(as, bn254Fr)
		if err != nil {
			t.Fatal(err)
		}
		return ccs.IsSolved(w)
	}
	if err := solve(&honest, nil); err != nil {
		t.Fatalf("the honest seal is refused: %v", err)
	}
	double := func(p bn254.G1Affine) bn254.G1Affine {
		var out bn254.G1Affine
		out.Double(&p)
		return out
	}
	bad := map[string]func(p *groth16bn254.Proof) func(*SegmentChild){
		"another binding": func(*groth16bn254.Proof) func(*SegmentChild) {
			return func(c *SegmentChild) { c.Binding = new(big.Int).Add(c.Binding.(*big.Int), big.NewInt(1)) }
		},
		"another program id": func(*groth16bn254.Proof) func(*SegmentChild) {
			return func(c *SegmentChild) { c.ProgramID = big.NewInt(5) }
		},
		"the model commitment doubled": func(p *groth16bn254.Proof) func(*SegmentChild) {
			p.Commitments[0] = double(p.Commitments[0])
			return nil
		},
		"the lookup commitment doubled": func(p *groth16bn254.Proof) func(*SegmentChild) {
			p.Commitments[1] = double(p.Commitments[1])
			return nil
		},
		"the commitments swapped": func(p *groth16bn254.Proof) func(*SegmentChild) {
			p.Commitments[0], p.Commitments[1] = p.Commitments[1], p.Commitments[0]
			return nil
		},
		"the proof of knowledge doubled": func(p *groth16bn254.Proof) func(*SegmentChild) {
			p.CommitmentPok = double(p.CommitmentPok)
			return nil
		},
		"Krs doubled": func(p *groth16bn254.Proof) func(*SegmentChild) {
			p.Krs = double(p.Krs)
			return nil
		},
	}
	for name, tamper := range bad {
		p := honest
		p.Commitments = append([]bn254.G1Affine(nil), honest.Commitments...)
		change := tamper(&p)
		if err := solve(&p, change); err == nil {
			t.Errorf("%s: the circuit accepts it", name)
		}
	}
}

// TestLeafJoinOverTwoCommitments builds the leaf join of a dtree/v2
// family (its segment key has two commitments) and solves it with real
// consecutive seals; the same refusals as a one-commitment leaf's hold.
// Compile and solve only, no setup.
func TestLeafJoinOverTwoCommitments(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a circuit of about 5M constraints")
	}
	a, segs, taskProgram := irisV2Seals(t, 3)
	f, err := NewLeaf(a.Manifest.Family, a.VK)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(bn254Fr, r1cs.NewBuilder, f.Circuit())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("leaf join of %s: %d constraints", a.Manifest.Family, ccs.GetNbConstraints())
	in := func(x, y *receipt.SegmentReceipt) LeafInput {
		return LeafInput{Task: segs[0].Task, Family: a.Manifest.Family, SegmentKey: a.VK, Keys: digestOf(6), First: x, Second: y}
	}
	solve := func(li LeafInput) error {
		as, _, err := leafCircuit(li)
		if err != nil {
			t.Fatal(err)
		}
		w, err := frontend.NewWitness(as, bn254Fr)
		if err != nil {
			t.Fatal(err)
		}
		return ccs.IsSolved(w)
	}
	_, st, err := LeafAssignment(in(&segs[0], &segs[1]))
	if err != nil {
		t.Fatal(err)
	}
	// The statement names the program as the task does (the keccak hash
	// of the model commitment), not as the seals for recursion state it.
	if st.ProgramID != taskProgram || st.ProgramID == segs[0].Claim.ProgramID {
		t.Fatalf("the leaf states program %s; the task names %s, the seals %s", st.ProgramID, taskProgram, segs[0].Claim.ProgramID)
	}
	// The circuit computes it (keccak in the circuit): its statement
	// digest is the one computed from st, or the pair would not solve.
	if err := solve(in(&segs[0], &segs[1])); err != nil {
		t.Fatalf("honest pair: %v", err)
	}
	if err := solve(in(&segs[2], nil)); err != nil {
		t.Fatalf("honest single: %v", err)
	}
	tampered := segs[1]
	tampered.Seal = segs[2].Seal
	for _, tc := range []struct {
		name string
		x, y *receipt.SegmentReceipt
	}{
		{"states do not chain (0 then 2)", &segs[0], &segs[2]},
		{"out of order", &segs[1], &segs[0]},
		{"a seal of another claim", &segs[0], &tampered},
	} {
		if solve(in(tc.x, tc.y)) == nil {
			t.Errorf("%s: the leaf circuit accepts it", tc.name)
		}
	}
}
