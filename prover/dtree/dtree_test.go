package dtree

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkpool/aoraki/prover/tree"
)

func irisModel(t testing.TB) *tree.Model {
	t.Helper()
	m, err := tree.LoadModel("../tree/testdata/smartcore-iris/tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func irisInputs(t testing.TB) [][]float64 {
	t.Helper()
	in, err := tree.LoadInputs("../tree/testdata/smartcore-iris/iris_input_data.csv", 4)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func TestShapeFor(t *testing.T) {
	m := irisModel(t)
	s, err := ShapeFor(m, 64)
	if err != nil {
		t.Fatal(err)
	}
	if s.Name() != "dtree/v2/d6-n32-f4-s64" {
		t.Fatalf("iris family %s", s.Name())
	}
	back, err := ParseShape(s.Name())
	if err != nil || back != s {
		t.Fatalf("ParseShape(%q) = %v, %v", s.Name(), back, err)
	}
	h := s
	h.Hashed = true
	if back, err := ParseShape("dtree/v1/d6-n32-f4-s64"); err != nil || back != h {
		t.Fatalf("ParseShape(v1) = %v, %v", back, err)
	}
	for _, bad := range []int{-1, 0, 7, 4097, 8192} {
		if _, err := ShapeFor(m, bad); !errors.Is(err, ErrShape) {
			t.Errorf("segment size %d: err = %v", bad, err)
		}
	}
	for _, bad := range []string{"dtree/v2/d8-n32-f4", "hashchain/v1/s4", "dtree/v2/d08-n32-f4-s64", "dtree/v3/d6-n32-f4-s64", "dtree/v0/d6-n32-f4-s64"} {
		if _, err := ParseShape(bad); !errors.Is(err, ErrShape) {
			t.Errorf("ParseShape(%q): err = %v", bad, err)
		}
	}
}

func TestDeepWideTreeMapsToLargestFamily(t *testing.T) {
	// A chain of 16 splits over 32 features: depth 16, 33 nodes.
	m := &tree.Model{NumFeatures: 32, NumClasses: 17}
	// Split i sends x <= i left to split i+1 and the rest right to a leaf.
	for d := 0; d < 16; d++ {
		split := len(m.Nodes)
		m.Nodes = append(m.Nodes, tree.Node{Feature: d * 2 % 32, Threshold: float64(d)}, tree.Node{Leaf: true, Class: d})
		m.Nodes[split].Right = split + 1
		m.Nodes[split].Left = split + 2
	}
	m.Nodes = append(m.Nodes, tree.Node{Leaf: true, Class: 16})
	p := bound(t, m, 8)
	if p.Shape.Name() != "dtree/v2/d16-n64-f32-s8" {
		t.Fatalf("family %s", p.Shape.Name())
	}
	x := make([]float64, 32)
	for i := range x {
		x[i] = 100 // right at the root: class 0
	}
	y := make([]float64, 32) // always left: class 16
	for i := range y {
		y[i] = -1
	}
	sess, err := p.Execute([][]float64{x, y})
	if err != nil {
		t.Fatal(err)
	}
	if sess.Predictions[0] != 0 || sess.Predictions[1] != 16 {
		t.Fatalf("predictions %v", sess.Predictions)
	}
	solve(t, p.Shape, sess.Segments[0].Witness)
}

// solve solves s's circuit on wit as an honest prover would: the model's
// commitment comes out as the program id the witness states.
func solve(t *testing.T, s Shape, wit []byte) error {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newCircuit(s))
	if err != nil {
		t.Fatal(err)
	}
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.UnmarshalBinary(wit); err != nil {
		t.Fatal(err)
	}
	id := w.Vector().(fr.Vector)[0]
	_, err = ccs.Solve(w, commitAs(id.BigInt(new(big.Int))))
	return err
}

// testBasis is a basis of distinct points for s's model values, for tests
// that solve but never prove (TestModelCommitment proves with a real
// setup's basis).
func testBasis(s Shape) []bn254.G1Affine {
	_, _, g, _ := bn254.Generators()
	out := make([]bn254.G1Affine, ModelWords(s))
	for i := range out {
		out[i].ScalarMultiplication(&g, big.NewInt(int64(i+2)))
	}
	return out
}

// bound is New bound to testBasis.
func bound(t testing.TB, m *tree.Model, seg int) *Program {
	t.Helper()
	p, err := New(m, seg)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Bind(testBasis(p.Shape)); err != nil {
		t.Fatal(err)
	}
	return p
}

// commitAs stands in for the prover's computation of the model commitment
// (it needs the proving key), which the solver alone cannot do: the first
// commitment's hash comes out as id, as an honest prover's does; the
// lookups' stays gnark's test placeholder (random).
func commitAs(id *big.Int) solver.Option {
	return solver.OverrideHint(solver.GetHintID(cs.Bsb22CommitmentComputePlaceholder), func(mod *big.Int, in, out []*big.Int) error {
		if in[0].Sign() == 0 {
			out[0].Set(id)
			return nil
		}
		return cs.Bsb22CommitmentComputePlaceholder(mod, in, out)
	})
}

func TestCircuitRejectsWrongPrediction(t *testing.T) {
	m := irisModel(t)
	in := irisInputs(t)[45:55] // classes 0 and 1
	p := bound(t, m, 16)
	sess, err := p.Execute(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, p.Shape, sess.Segments[0].Witness); err != nil {
		t.Fatalf("honest witness: %v", err)
	}
	// A witness whose StateOut commits to a changed prediction.
	xq, _ := p.Quantise(in)
	pv := make([]uint64, len(in))
	for i := range pv {
		pv[i] = uint64(sess.Predictions[i]) + 1
	}
	pv[7] = 3 // class 2 for a class-1 sample
	forged := p.Shape.segmentState(InitialState(), pv)
	honestIn := receiptState(t, sess.Segments[0].Claim.InputOut)
	id := sess.Segments[0].Claim.ProgramID
	wit, err := p.witness(chainEnds{id, InitialState(), forged, InitialState(), honestIn}, xq, len(in))
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, p.Shape, wit); err == nil {
		t.Fatal("a witness claiming a wrong prediction solved the circuit")
	}
	// Marking a real sample as padding changes its record: not the honest
	// input chain (nor, as its prediction drops to 0, the honest state).
	wit, err = p.witness(chainEnds{id, InitialState(), receiptState(t, sess.Segments[0].Claim.StateOut), InitialState(), honestIn}, xq, len(in)-1)
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, p.Shape, wit); err == nil {
		t.Fatal("dropping a sample to padding solved the circuit")
	}
}

func receiptState(t *testing.T, d [32]byte) fr.Element {
	var e fr.Element
	if err := e.SetBytesCanonical(d[:]); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestQuantisationRefusesAmbiguousSample(t *testing.T) {
	// A second threshold far away widens the fixed-point step.
	m := &tree.Model{NumFeatures: 1, NumClasses: 2, FeatureNames: []string{"dose"}}
	m.Nodes = []tree.Node{
		{Feature: 0, Threshold: 0.5, Left: 1, Right: 2},
		{Leaf: true, Class: 0},
		{Feature: 0, Threshold: 1e6, Left: 3, Right: 4},
		{Leaf: true, Class: 1}, {Leaf: true, Class: 0},
	}
	p := bound(t, m, 8)
	// Step is 1e6/65000 ≈ 15: 0.5 and 0.6 share a step but sit on either side.
	_, err := p.Execute([][]float64{{0.1}, {0.6}})
	if !errors.Is(err, ErrQuantisation) {
		t.Fatalf("err = %v, want ErrQuantisation", err)
	}
	for _, w := range []string{"sample 2", `"dose"`, "0.6", "0.5"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not mention %s", err, w)
		}
	}
	// Far from the threshold it proves.
	if _, err := p.Execute([][]float64{{0.1}, {100}}); err != nil {
		t.Fatal(err)
	}
}

func TestQuantiserIsMonotoneAndClamps(t *testing.T) {
	q := NewQuantizer(irisModel(t))
	prev := uint16(0)
	for x := -100.0; x < 100; x += 0.01 {
		v := q.Q(2, x)
		if v < prev {
			t.Fatalf("not monotone at %v", x)
		}
		prev = v
	}
	if q.Q(2, math.Inf(-1)) != 0 || q.Q(2, 1e300) != qMax {
		t.Fatal("does not clamp")
	}
}

func TestExecuteRejectsBadInput(t *testing.T) {
	p := bound(t, irisModel(t), 8)
	for name, in := range map[string][][]float64{
		"empty":          nil,
		"short row":      {{1, 2, 3}},
		"NaN":            {{1, math.NaN(), 3, 4}},
		"infinite value": {{1, 2, math.Inf(1), 4}},
	} {
		if _, err := p.Execute(in); !errors.Is(err, ErrInput) {
			t.Errorf("%s: err = %v, want ErrInput", name, err)
		}
	}
	if _, err := p.Expect([][]float64{{1, 2, 3, 4}}, []int{0, 1}); !errors.Is(err, ErrInput) {
		t.Errorf("prediction count mismatch: err = %v", err)
	}
}

// TestProgramIDBindsModel: the program id is a function of the model and
// the basis: a changed threshold, or another family's basis, gives
// another; an unbound program neither executes nor has an id.
func TestProgramIDBindsModel(t *testing.T) {
	m := irisModel(t)
	a := bound(t, m, 64)
	m2 := *m
	m2.Nodes = append([]tree.Node(nil), m.Nodes...)
	for i := range m2.Nodes {
		if !m2.Nodes[i].Leaf {
			m2.Nodes[i].Threshold += 0.05
			break
		}
	}
	b := bound(t, &m2, 64)
	c := bound(t, m, 64)
	ida, _ := a.ID()
	idb, _ := b.ID()
	idc, _ := c.ID()
	if ida == idb {
		t.Fatal("a changed threshold kept the program id")
	}
	if ida != idc {
		t.Fatal("the program id is not deterministic")
	}
	other := testBasis(a.Shape)
	other[3], other[4] = other[4], other[3]
	d, _ := New(m, 64)
	if err := d.Bind(other); err != nil {
		t.Fatal(err)
	}
	if idd, _ := d.ID(); idd == ida {
		t.Fatal("another basis kept the program id")
	}
	u, _ := New(m, 64)
	if _, err := u.ID(); !errors.Is(err, ErrUnbound) {
		t.Fatalf("unbound ID: %v", err)
	}
	if _, err := u.Execute(irisInputs(t)[:4]); !errors.Is(err, ErrUnbound) {
		t.Fatalf("unbound Execute: %v", err)
	}
	if _, err := u.Expect(irisInputs(t)[:1], []int{0}); !errors.Is(err, ErrUnbound) {
		t.Fatalf("unbound Expect: %v", err)
	}
	if err := u.Bind(other[:5]); !errors.Is(err, ErrBasis) {
		t.Fatalf("short basis: %v", err)
	}
}

func TestSecretsMatchCircuit(t *testing.T) {
	for _, s := range []Shape{{Depth: 4, Nodes: 32, Features: 4, SegmentSize: 8}, {Depth: 6, Nodes: 64, Features: 8, SegmentSize: 16},
		{Depth: 6, Nodes: 64, Features: 8, SegmentSize: 16, Hashed: true}} {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, s.Circuit())
		if err != nil {
			t.Fatal(err)
		}
		if got := ccs.GetNbSecretVariables(); got != s.Secrets() {
			t.Errorf("%s: %d secret values, Secrets says %d", s.Name(), got, s.Secrets())
		}
	}
}
