package aggregate

import (
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// FullEnv names the environment variable that chooses which tests set up
// and prove the real join circuits. Unset or 0: no join setup at all
// (TestJoinCircuits compiles both real circuits and checks them against
// real proofs, with no setup, in every case). "leaf": TestSuccinctLeafRoot
// sets up the leaf join and the wrap (about 20 CPU-minutes each, once per
// machine; later runs load them from the shared setup store) and proves
// one of each.
// 1 (`make test-aggregate`): that, and the three-segment tests
// (TestSuccinctReceipt, TestSuccinctSoundness, ...) that also set up the
// node join (4.7M constraints), and BenchmarkJoin.
const FullEnv = "ZKPOOL_AGGREGATE_FULL"

func needLeafSetup(t testing.TB) {
	t.Helper()
	if v := os.Getenv(FullEnv); testing.Short() || (v != "1" && v != "leaf") {
		t.Skipf("sets up (once per machine, ~40 CPU-minutes) and proves the leaf join and wrap circuits: set %s=leaf or 1 (make test-aggregate)", FullEnv)
	}
}

func needFull(t testing.TB) {
	t.Helper()
	if os.Getenv(FullEnv) != "1" {
		t.Skipf("sets up the real join circuits (tens of minutes on a clean machine): set %s=1", FullEnv)
	}
}

// statementToy has a join's public shape (one public input, one
// commitment over no public input) and proves any statement digest: it
// stands in for a join key in the node circuit, which takes its children's
// keys as witnesses.
type statementToy struct {
	Statement frontend.Variable `gnark:",public"`
	X         frontend.Variable
}

func (c *statementToy) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	api.AssertIsEqual(c.X, c.Statement)
	return nil
}

type toyKey struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

func (k *toyKey) join(t *testing.T, kind Kind, st Statement) *Join {
	t.Helper()
	d, err := st.Digest()
	if err != nil {
		t.Fatal(err)
	}
	seal, err := Prove(k.ccs, k.pk, &statementToy{Statement: digestInt(d), X: digestInt(d)})
	if err != nil {
		t.Fatal(err)
	}
	return &Join{Kind: kind, Statement: st, Seal: seal}
}

// toyTree is three join-shaped stand-in keys (the leaf key, the node key
// and one outside the tree), the digests of the first two and their key
// set.
func toyTree(t *testing.T) (toys [3]*toyKey, leafD, nodeD, keys receipt.Digest) {
	t.Helper()
	for i := range toys {
		ccs, pk, vk := toySetup(t, &statementToy{})
		toys[i] = &toyKey{ccs, pk, vk}
	}
	var err error
	if leafD, nodeD, keys, err = treeKeys(toys[0].vk, toys[1].vk); err != nil {
		t.Fatal(err)
	}
	return
}

// TestJoinCircuits runs in every `go test`: it compiles the real leaf join
// of hashchain/v1/s1 and the real node join (no setup) and checks that
// their constraints hold for honest children and fail for hostile ones: a
// leaf over segments whose states do not chain, out of order, of another
// family, with a seal of another claim, with seals of another task, or
// naming a prover or price other than the seal binds; a node over joins
// out of order, duplicated, whose chains do not link, whose programs or
// tasks differ, under a key outside the tree's key set, or with a proof of
// another statement; a wrap over a root with a proof of another statement
// or under a key outside the set, or stating the join digest where the
// chain digest is due. The
// segment seals are real proofs made with seal.ForRecursion; the node's
// children are real Groth16 proofs under join-shaped stand-in keys (the
// node circuit takes its children's keys as witnesses, bound to the
// statement by their digests).
func TestJoinCircuits(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles two circuits of 2.5M constraints")
	}
	st, err := setup.Open(setup.DefaultDir(), os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var seed fr.Element
	seed.SetUint64(9)
	sess, err := hashchain.Execute(hashchain.Task{Seed: seed, Steps: 3}, 1)
	if err != nil {
		t.Fatal(err)
	}
	seg, err := st.Ensure(sess.Family)
	if err != nil {
		t.Fatal(err)
	}
	task := [32]byte{0xc1}
	var segs []receipt.SegmentReceipt
	for i, s := range sess.Segments {
		r := receipt.SegmentReceipt{Claim: s.Claim, Task: task, Prover: [20]byte{0xb1, byte(i)}, Price: big.NewInt(int64(7 + i))}
		if r.Seal, err = proveSegment(seg, &r, s.Witness); err != nil {
			t.Fatal(err)
		}
		segs = append(segs, r)
	}
	other, err := hashchain.Execute(hashchain.Task{Seed: seed, Steps: 3}, 2)
	if err != nil {
		t.Fatal(err)
	}
	otherSeg, err := st.Ensure(other.Family)
	if err != nil {
		t.Fatal(err)
	}
	foreign := receipt.SegmentReceipt{Claim: other.Segments[0].Claim, Task: task, Prover: [20]byte{0xb1}, Price: big.NewInt(7)}
	if foreign.Seal, err = proveSegment(otherSeg, &foreign, other.Segments[0].Witness); err != nil {
		t.Fatal(err)
	}

	t.Run("leaf", func(t *testing.T) {
		f, err := NewLeaf(seg.Manifest.Family, seg.VK)
		if err != nil {
			t.Fatal(err)
		}
		ccs, err := frontend.Compile(bn254Fr, r1cs.NewBuilder, f.Circuit())
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("leaf join of %s: %d constraints", seg.Manifest.Family, ccs.GetNbConstraints())
		keys := digestOf(5)
		in := func(a, b *receipt.SegmentReceipt) LeafInput {
			return LeafInput{Task: task, Family: seg.Manifest.Family, SegmentKey: seg.VK, Keys: keys, First: a, Second: b}
		}
		solveWith := func(li LeafInput, edit func(*LeafCircuit)) error {
			a, _, err := leafCircuit(li)
			if err != nil {
				t.Fatal(err)
			}
			edit(a)
			w, err := frontend.NewWitness(a, bn254Fr)
			if err != nil {
				t.Fatal(err)
			}
			return ccs.IsSolved(w)
		}
		solve := func(li LeafInput) error { return solveWith(li, func(*LeafCircuit) {}) }
		if _, _, err := LeafAssignment(in(&segs[0], &segs[1])); err != nil {
			t.Fatal(err)
		}
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
			a, b *receipt.SegmentReceipt
		}{
			{"states do not chain (0 then 2)", &segs[0], &segs[2]},
			{"out of order", &segs[1], &segs[0]},
			{"another family's seal", &foreign, &segs[2]},
			{"a seal of another claim", &segs[0], &tampered},
		} {
			if solve(in(tc.a, tc.b)) == nil {
				t.Errorf("%s: the leaf circuit accepts it", tc.name)
			}
		}
		// The statement names the task, and every seal's binding must be
		// the task's binding of its prover and price: seals of another
		// task, or a payee other than the one the seal binds, do not
		// solve.
		otherTask := in(&segs[0], &segs[1])
		otherTask.Task = [32]byte{0xc2}
		if _, _, err := LeafAssignment(otherTask); err == nil {
			t.Error("seals of another task: the honest builder accepts them")
		}
		if solve(otherTask) == nil {
			t.Error("seals of another task: the leaf circuit accepts them")
		}
		if solveWith(in(&segs[0], &segs[1]), func(a *LeafCircuit) { a.Children[1].Prover = big.NewInt(0xb1ff) }) == nil {
			t.Error("a prover other than the one the seal binds: the leaf circuit accepts it")
		}
		if solveWith(in(&segs[0], &segs[1]), func(a *LeafCircuit) { a.Children[0].Price = big.NewInt(8) }) == nil {
			t.Error("a price other than the one the seal binds: the leaf circuit accepts it")
		}
		if solveWith(in(&segs[0], &segs[1]), func(a *LeafCircuit) { a.Children[0].Price = new(big.Int).Lsh(big.NewInt(1), 96) }) == nil {
			t.Error("a price of 97 bits: the leaf circuit accepts it")
		}
		if solveWith(in(&segs[0], &segs[1]), func(a *LeafCircuit) { a.Own = big.NewInt(77) }) == nil {
			t.Error("another own binding than the statement's Jobs: the leaf circuit accepts it")
		}
	})

	t.Run("node", func(t *testing.T) {
		toys, leafD, nodeD, keys := toyTree(t)
		ccs, err := frontend.Compile(bn254Fr, r1cs.NewBuilder, Node{}.Circuit())
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("node join: %d constraints", ccs.GetNbConstraints())
		left := Statement{Keys: keys, ProgramID: digestOf(1), Task: digestOf(11), StateIn: digestOf(2), StateOut: digestOf(3), InputIn: digestOf(4), InputOut: digestOf(5), BindOut: digestOf(6), Count: 2}
		right := Statement{Keys: keys, ProgramID: digestOf(1), Task: digestOf(11), StateIn: digestOf(3), StateOut: digestOf(7), InputIn: digestOf(5), InputOut: digestOf(8), BindIn: digestOf(6), BindOut: digestOf(9), Count: 1}
		l := toys[1].join(t, KindNode, left)
		r := toys[0].join(t, KindLeaf, right)
		task := [32]byte{31: 11} // TaskElement: digestOf(11)
		in := NodeInput{LeafKey: toys[0].vk, NodeKey: toys[1].vk, Task: task, Aggregator: Payee{Prover: [20]byte{0xa1}, Price: big.NewInt(3)}}
		solve := func(a, b *Join) error {
			in.Left, in.Right = a, b
			asg, _, err := nodeCircuit(in, leafD, nodeD)
			if err != nil {
				t.Fatal(err)
			}
			w, err := frontend.NewWitness(asg, bn254Fr)
			if err != nil {
				t.Fatal(err)
			}
			return ccs.IsSolved(w)
		}
		in.Left, in.Right = l, r
		if _, st, err := NodeAssignment(in); err != nil || st.Count != 3 || st.StateIn != left.StateIn || st.StateOut != right.StateOut || st.BindOut != right.BindOut || st.Task != left.Task {
			t.Fatalf("honest node: %+v %v", st, err)
		}
		if err := solve(l, r); err != nil {
			t.Fatalf("honest node: %v", err)
		}
		broken := right
		broken.StateIn = digestOf(33)
		otherProgram := right
		otherProgram.ProgramID = digestOf(34)
		otherTask := right
		otherTask.Task = digestOf(36)
		forged := *r
		forged.Statement.StateOut = digestOf(35) // the proof is of the original statement
		outside := toys[2].join(t, KindLeaf, right)
		for _, tc := range []struct {
			name string
			a, b *Join
		}{
			{"out of order", r, l},
			{"duplicated", l, l},
			{"states do not chain", l, toys[0].join(t, KindLeaf, broken)},
			{"another program", l, toys[0].join(t, KindLeaf, otherProgram)},
			{"another task", l, toys[0].join(t, KindLeaf, otherTask)},
			{"a proof of another statement", l, &forged},
		} {
			in.Left, in.Right = tc.a, tc.b
			if _, _, err := NodeAssignment(in); err == nil {
				t.Errorf("%s: the honest builder accepts it", tc.name)
			}
			if solve(tc.a, tc.b) == nil {
				t.Errorf("%s: the node circuit accepts it", tc.name)
			}
		}
		// A child under a key outside the tree's set: the assignment
		// carries that key (as a dishonest prover would).
		in.LeafKey = toys[2].vk
		in.Left, in.Right = l, outside
		asg, _, err := nodeCircuit(in, leafD, nodeD)
		if err != nil {
			t.Fatal(err)
		}
		w, err := frontend.NewWitness(asg, bn254Fr)
		if err != nil {
			t.Fatal(err)
		}
		if ccs.IsSolved(w) == nil {
			t.Error("a child under a key outside the key set: the node circuit accepts it")
		}
	})

	t.Run("wrap", func(t *testing.T) {
		toys, leafD, nodeD, keys := toyTree(t)
		ccs, err := frontend.Compile(bn254Fr, r1cs.NewBuilder, Wrap{}.Circuit())
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("wrap: %d constraints", ccs.GetNbConstraints())
		st := Statement{Keys: keys, ProgramID: digestOf(1), Task: digestOf(11), StateIn: digestOf(2), StateOut: digestOf(7), InputIn: digestOf(4), InputOut: digestOf(8), BindOut: digestOf(9), Count: 3}
		root := toys[1].join(t, KindNode, st)
		solve := func(in WrapInput, edit func(*WrapCircuit)) error {
			a, _, err := wrapCircuit(in, leafD, nodeD)
			if err != nil {
				t.Fatal(err)
			}
			edit(a)
			w, err := frontend.NewWitness(a, bn254Fr)
			if err != nil {
				t.Fatal(err)
			}
			return ccs.IsSolved(w)
		}
		task := [32]byte{31: 11} // TaskElement: digestOf(11)
		agg := Payee{Prover: [20]byte{0xa2}, Price: big.NewInt(4)}
		in := WrapInput{LeafKey: toys[0].vk, NodeKey: toys[1].vk, Root: root, Task: task, Aggregator: agg}
		_, wst, err := WrapAssignment(in)
		pay, perr := PayWord(task, st.BindOut, st.Jobs, agg)
		want := st
		want.BindOut, want.Jobs = pay, receipt.Digest{}
		if err != nil || perr != nil || wst != want {
			t.Fatalf("honest wrap: %+v %v %v", wst, err, perr)
		}
		if err := solve(in, func(*WrapCircuit) {}); err != nil {
			t.Fatalf("honest wrap: %v", err)
		}
		forged := *root
		forged.Statement.StateOut = digestOf(35) // the proof is of the original statement
		other, err := st.Digest()
		if err != nil {
			t.Fatal(err)
		}
		for name, tc := range map[string]struct {
			in   WrapInput
			edit func(*WrapCircuit)
		}{
			"a root proof of another statement": {WrapInput{LeafKey: toys[0].vk, NodeKey: toys[1].vk, Root: &forged, Task: task, Aggregator: agg}, func(*WrapCircuit) {}},
			// The wrap states its own prover's binding: another value in
			// the circuit than the one the digest was computed with.
			"another own binding": {in, func(a *WrapCircuit) { a.Own = big.NewInt(77) }},
			// The join digest (Poseidon2) where the chain digest is due.
			"the join digest as the public input": {in, func(a *WrapCircuit) { a.Digest = digestInt(other) }},
			"a root under a key outside the set":  {WrapInput{LeafKey: toys[2].vk, NodeKey: toys[1].vk, Root: toys[2].join(t, KindLeaf, st)}, func(*WrapCircuit) {}},
		} {
			if solve(tc.in, tc.edit) == nil {
				t.Errorf("%s: the wrap circuit accepts it", name)
			}
		}
		if _, _, err := WrapAssignment(WrapInput{LeafKey: toys[0].vk, NodeKey: toys[1].vk, Root: &forged, Task: task, Aggregator: agg}); !errors.Is(err, ErrChild) {
			t.Errorf("a forged root: honest builder: %v, want ErrChild", err)
		}
	})
}
