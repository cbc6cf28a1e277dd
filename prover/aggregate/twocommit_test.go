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
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

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

// TestLeafJoinOverTwoCommitments builds the leaf join of a dtree/v2
// family (its segment key has two commitments: gnark's in-circuit
// verifier refuses to build it) and solves it with real consecutive
// seals, whose statement names the program as the task does; the same
// refusals as a one-commitment leaf's hold (seals of another task among
// them), and a child whose binding,
// commitments, folded proof of knowledge or Groth16 part is changed fails.
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
	// Seals of another task: the statement names the task, and each
	// seal's binding must be that task's (keccak in the circuit).
	otherTask := in(&segs[0], &segs[1])
	otherTask.Task = [32]byte{0xc3}
	if solve(otherTask) == nil {
		t.Error("seals of another task: the leaf circuit accepts them")
	}

	// The second child's proof changed where the two commitments are
	// checked: each must fail the circuit.
	proof, err := receipt.DecodeSeal(segs[1].Seal, a.VK)
	if err != nil {
		t.Fatal(err)
	}
	double := func(p bn254.G1Affine) bn254.G1Affine {
		var out bn254.G1Affine
		out.Double(&p)
		return out
	}
	for name, tamper := range map[string]func(p *groth16bn254.Proof, c *SegmentChild){
		"another binding": func(_ *groth16bn254.Proof, c *SegmentChild) {
			c.Binding = new(big.Int).Add(c.Binding.(*big.Int), big.NewInt(1))
		},
		"the model commitment doubled":  func(p *groth16bn254.Proof, _ *SegmentChild) { p.Commitments[0] = double(p.Commitments[0]) },
		"the lookup commitment doubled": func(p *groth16bn254.Proof, _ *SegmentChild) { p.Commitments[1] = double(p.Commitments[1]) },
		"the commitments swapped": func(p *groth16bn254.Proof, _ *SegmentChild) {
			p.Commitments[0], p.Commitments[1] = p.Commitments[1], p.Commitments[0]
		},
		"the proof of knowledge doubled": func(p *groth16bn254.Proof, _ *SegmentChild) { p.CommitmentPok = double(p.CommitmentPok) },
		"Krs doubled":                    func(p *groth16bn254.Proof, _ *SegmentChild) { p.Krs = double(p.Krs) },
	} {
		as, _, err := leafCircuit(in(&segs[0], &segs[1]))
		if err != nil {
			t.Fatal(err)
		}
		p := *proof
		p.Commitments = append([]bn254.G1Affine(nil), proof.Commitments...)
		tamper(&p, &as.Children[1])
		if as.Children[1].Proof, err = stdgroth16.ValueOfProof[g1, g2](groth16.Proof(&p)); err != nil {
			t.Fatal(err)
		}
		w, err := frontend.NewWitness(as, bn254Fr)
		if err != nil {
			t.Fatal(err)
		}
		if ccs.IsSolved(w) == nil {
			t.Errorf("%s: the leaf circuit accepts it", name)
		}
	}
}
