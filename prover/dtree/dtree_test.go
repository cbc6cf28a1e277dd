package dtree

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
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
	if s.Name() != "dtree/v1/d6-n32-f4-s64" {
		t.Fatalf("iris family %s", s.Name())
	}
	back, err := ParseShape(s.Name())
	if err != nil || back != s {
		t.Fatalf("ParseShape(%q) = %v, %v", s.Name(), back, err)
	}
	for _, bad := range []int{0, 7, 100, 8192} {
		if _, err := ShapeFor(m, bad); !errors.Is(err, ErrShape) {
			t.Errorf("segment size %d: err = %v", bad, err)
		}
	}
	for _, bad := range []string{"dtree/v1/d8-n32-f4", "hashchain/v1/s4", "dtree/v1/d08-n32-f4-s64"} {
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
	p, err := New(m, 8)
	if err != nil {
		t.Fatal(err)
	}
	if p.Shape.Name() != "dtree/v1/d16-n64-f32-s8" {
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
	_, err = ccs.Solve(w)
	return err
}

func TestCircuitRejectsWrongPrediction(t *testing.T) {
	m := irisModel(t)
	in := irisInputs(t)[45:55] // classes 0 and 1
	p, err := New(m, 16)
	if err != nil {
		t.Fatal(err)
	}
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
	wit, err := p.witness(chainEnds{InitialState(), forged, InitialState(), honestIn}, xq, len(in))
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, p.Shape, wit); err == nil {
		t.Fatal("a witness claiming a wrong prediction solved the circuit")
	}
	// Marking a real sample as padding changes its record: not the honest
	// input chain (nor, as its prediction drops to 0, the honest state).
	wit, err = p.witness(chainEnds{InitialState(), receiptState(t, sess.Segments[0].Claim.StateOut), InitialState(), honestIn}, xq, len(in)-1)
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
	p, err := New(m, 8)
	if err != nil {
		t.Fatal(err)
	}
	// Step is 1e6/65000 ≈ 15: 0.5 and 0.6 share a step but sit on either side.
	_, err = p.Execute([][]float64{{0.1}, {0.6}})
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
	p, err := New(irisModel(t), 8)
	if err != nil {
		t.Fatal(err)
	}
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

func TestModelHashBindsModel(t *testing.T) {
	m := irisModel(t)
	a, _ := New(m, 64)
	m2 := *m
	m2.Nodes = append([]tree.Node(nil), m.Nodes...)
	for i := range m2.Nodes {
		if !m2.Nodes[i].Leaf {
			m2.Nodes[i].Threshold += 0.05
			break
		}
	}
	b, _ := New(&m2, 64)
	if a.ModelHash == b.ModelHash {
		t.Fatal("a changed threshold kept the model hash")
	}
	c, _ := New(m, 64)
	if a.ModelHash != c.ModelHash {
		t.Fatal("model hash is not deterministic")
	}
}

func TestSecretsMatchCircuit(t *testing.T) {
	for _, s := range []Shape{{Depth: 4, Nodes: 32, Features: 4, SegmentSize: 8}, {Depth: 6, Nodes: 64, Features: 8, SegmentSize: 16}} {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, newCircuit(s))
		if err != nil {
			t.Fatal(err)
		}
		if got := ccs.GetNbSecretVariables(); got != s.Secrets() {
			t.Errorf("%s: %d secret values, Secrets says %d", s.Name(), got, s.Secrets())
		}
	}
}
