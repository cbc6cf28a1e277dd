package tree

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/vmihailenco/msgpack/v5"
)

const (
	irisModel    = "testdata/smartcore-iris/tree_model.msgpack"
	irisMatrix   = "testdata/smartcore-iris/input_data.msgpack"
	irisInputCSV = "testdata/smartcore-iris/iris_input_data.csv"
	irisExpected = "testdata/smartcore-iris/expected_predictions.csv"
	irisLabelled = "testdata/iris.csv"
)

func expectedIris(t testing.TB) []int {
	t.Helper()
	data, err := os.ReadFile(irisExpected)
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for _, s := range strings.Split(strings.TrimSpace(string(data)), ",") {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("%s: %v", irisExpected, err)
		}
		out = append(out, v)
	}
	return out
}

func loadModel(t testing.TB, path string) *Model {
	t.Helper()
	m, err := LoadModel(path)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSmartcoreIrisVector(t *testing.T) {
	m := loadModel(t, irisModel)
	want := expectedIris(t)
	if len(want) != 150 {
		t.Fatalf("%d expected predictions, want 150", len(want))
	}
	var perClass [3]int
	for _, c := range want {
		perClass[c]++
	}
	if perClass != [3]int{50, 50, 50} {
		t.Fatalf("expected predictions per class %v, want 50 each", perClass)
	}
	if m.NumFeatures != 4 || m.NumClasses != 3 || len(m.Nodes) != 17 || m.Depth() != 5 { // smartcore's depth field counts levels: 6
		t.Fatalf("model: %d features, %d classes, %d nodes, depth %d; want 4, 3, 17, 5", m.NumFeatures, m.NumClasses, len(m.Nodes), m.Depth())
	}
	if root := m.Nodes[0]; root.Leaf || root.Feature != 2 || root.Threshold != 2.45 || root.Left != 1 || root.Right != 2 {
		t.Fatalf("root = %+v, want split on feature 2 at 2.45 to 1 and 2", root)
	}
	for _, path := range []string{irisMatrix, irisInputCSV} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			xs, err := LoadInputs(path, m.NumFeatures)
			if err != nil {
				t.Fatal(err)
			}
			if got := m.PredictAll(xs); !reflect.DeepEqual(got, want) {
				t.Fatalf("predictions differ from smartcore's:\n got %v\nwant %v", got, want)
			}
		})
	}
	// The two input files hold the same samples.
	a, err := LoadInputs(irisMatrix, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadInputs(irisInputCSV, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("DenseMatrix and CSV inputs differ")
	}
}

func TestPathAndPredictAgree(t *testing.T) {
	m := loadModel(t, irisModel)
	xs, err := LoadInputs(irisInputCSV, 4)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Path(xs[0]); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Fatalf("path of sample 1 = %v, want [0 1]", got)
	}
	for i, x := range xs {
		p := m.Path(x)
		if p[0] != 0 {
			t.Fatalf("sample %d: path starts at %d", i, p[0])
		}
		for k := 0; k+1 < len(p); k++ {
			n := m.Nodes[p[k]]
			next := n.Right
			if x[n.Feature] <= n.Threshold {
				next = n.Left
			}
			if n.Leaf || p[k+1] != next {
				t.Fatalf("sample %d: path %v does not follow the splits at step %d", i, p, k)
			}
		}
		last := m.Nodes[p[len(p)-1]]
		if !last.Leaf || last.Class != m.Predict(x) {
			t.Fatalf("sample %d: path %v ends at %+v, Predict says %d", i, p, last, m.Predict(x))
		}
	}
}

func TestThresholdIsInclusive(t *testing.T) {
	m := &Model{NumFeatures: 1, NumClasses: 2, Nodes: []Node{
		{Feature: 0, Threshold: 2.5, Left: 1, Right: 2},
		{Leaf: true, Class: 0},
		{Leaf: true, Class: 1},
	}}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	for x, want := range map[float64]int{2.4: 0, 2.5: 0, math.Nextafter(2.5, 3): 1, -1e300: 0, 1e300: 1} {
		if got := m.Predict([]float64{x}); got != want {
			t.Errorf("Predict(%v) = %d, want %d", x, got, want)
		}
	}
}

func TestJSONRoundTripExact(t *testing.T) {
	smart := loadModel(t, irisModel)
	smart.FeatureNames = []string{"sepal.length", "sepal.width", "petal.length", "petal.width"}
	smart.ClassLabels = []string{"setosa", "versicolor", "virginica"}
	models := map[string]*Model{
		"smartcore-iris": smart,
		"single-leaf":    {NumFeatures: 1, NumClasses: 1, Nodes: []Node{{Leaf: true}}},
		"odd-floats": {NumFeatures: 2, NumClasses: 2, Nodes: []Node{
			{Feature: 1, Threshold: math.Copysign(0, -1), Left: 1, Right: 2},
			{Leaf: true, Class: 1},
			{Feature: 0, Threshold: 0.1 + 0.2, Left: 3, Right: 4},
			{Leaf: true, Class: 0},
			{Feature: 1, Threshold: -math.MaxFloat64, Left: 5, Right: 6},
			{Leaf: true, Class: 1},
			{Leaf: true, Class: 0},
		}},
	}
	for i, depth := range []int{0, 3, 8, 16} {
		models["random-depth-"+strconv.Itoa(depth)] = GenerateRandom(rand.New(rand.NewPCG(uint64(i), 1)), depth, 7, 5)
	}
	for name, m := range models {
		t.Run(name, func(t *testing.T) {
			data, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseModel(data, name+".json")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, m) {
				t.Fatalf("round trip changed the model:\n got %+v\nwant %+v", got, m)
			}
			for i := range m.Nodes {
				if math.Float64bits(got.Nodes[i].Threshold) != math.Float64bits(m.Nodes[i].Threshold) {
					t.Fatalf("node %d threshold bits changed", i)
				}
			}
			again, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, data) {
				t.Fatalf("second encoding differs:\n%s\n%s", again, data)
			}
		})
	}
}

func TestJSONDocumentedExample(t *testing.T) {
	const doc = `{
	  "format": "aoraki-dtree/v1",
	  "num_features": 4,
	  "num_classes": 3,
	  "feature_names": ["sepal.length", "sepal.width", "petal.length", "petal.width"],
	  "class_labels": ["setosa", "versicolor", "virginica"],
	  "nodes": [
	    {"feature": 2, "threshold": 2.45, "left": 1, "right": 2},
	    {"class": 0},
	    {"class": 1}
	  ]
	}`
	m, err := ParseModel([]byte(doc), "doc.json")
	if err != nil {
		t.Fatal(err)
	}
	want := &Model{
		NumFeatures: 4, NumClasses: 3,
		FeatureNames: []string{"sepal.length", "sepal.width", "petal.length", "petal.width"},
		ClassLabels:  []string{"setosa", "versicolor", "virginica"},
		Nodes: []Node{
			{Feature: 2, Threshold: 2.45, Left: 1, Right: 2},
			{Leaf: true, Class: 0},
			{Leaf: true, Class: 1},
		},
	}
	if !reflect.DeepEqual(m, want) {
		t.Fatalf("got %+v, want %+v", m, want)
	}
}

func TestMarshalRefusesInvalidModel(t *testing.T) {
	m := &Model{NumFeatures: 1, NumClasses: 1, Nodes: []Node{{Leaf: true, Class: 3}}}
	if _, err := json.Marshal(m); err == nil || !strings.Contains(err.Error(), "class 3 out of range") {
		t.Fatalf("Marshal of invalid model: err = %v", err)
	}
}

func TestTrainedModelSavedAndLoaded(t *testing.T) {
	X, y, classes, features, err := LoadLabelledCSV(irisLabelled, "species")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(X, y, len(classes), DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	m.FeatureNames, m.ClassLabels = features, classes
	path := filepath.Join(t.TempDir(), "iris-model.json")
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadModel(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(loaded, m) {
		t.Fatal("loaded model differs from the saved one")
	}
	// Predictions agree on the training set and on a grid well beyond it.
	rng := rand.New(rand.NewPCG(7, 7))
	probe := append(X, RandomInputs(rng, 2000, 4)...)
	if a, b := m.PredictAll(probe), loaded.PredictAll(probe); !reflect.DeepEqual(a, b) {
		t.Fatal("saved and loaded models predict differently")
	}
}

func TestGenerateRandom(t *testing.T) {
	for depth := 0; depth <= MaxDepth; depth++ {
		m := GenerateRandom(rand.New(rand.NewPCG(uint64(depth), 42)), depth, 4, 3)
		if err := m.Validate(); err != nil {
			t.Fatalf("depth %d: %v", depth, err)
		}
		if m.Depth() != depth {
			t.Fatalf("asked depth %d, got %d", depth, m.Depth())
		}
		for _, n := range m.Nodes {
			if !n.Leaf && (n.Threshold < 0 || n.Threshold >= 10 || math.Abs(n.Threshold*1000-math.Round(n.Threshold*1000)) > 1e-6) {
				t.Fatalf("depth %d: threshold %v not on the 1e-3 grid in [0, 10)", depth, n.Threshold)
			}
		}
		again := GenerateRandom(rand.New(rand.NewPCG(uint64(depth), 42)), depth, 4, 3)
		if !reflect.DeepEqual(m, again) {
			t.Fatalf("depth %d: same seed, different model", depth)
		}
	}
	xs := RandomInputs(rand.New(rand.NewPCG(1, 2)), 100, 5)
	if len(xs) != 100 || len(xs[99]) != 5 {
		t.Fatalf("RandomInputs shape %d×%d", len(xs), len(xs[0]))
	}
}

// encodeSmartcore writes a smartcore-layout model, for cases the shipped
// vector does not cover.
func encodeSmartcore(t testing.TB, nodes [][6]any, classes []any, phantoms int) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := msgpack.NewEncoder(&buf)
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(enc.EncodeArrayLen(5 + phantoms))
	must(enc.EncodeArrayLen(len(nodes)))
	for _, n := range nodes {
		must(enc.Encode(n[:]))
	}
	must(enc.Encode([]any{"Gini", nil, 1, 2, nil}))
	must(enc.EncodeUint(uint64(len(classes))))
	must(enc.Encode(classes))
	must(enc.EncodeUint(1))
	for range phantoms {
		must(enc.EncodeArrayLen(0))
	}
	return buf.Bytes()
}

func TestSmartcoreClassMapping(t *testing.T) {
	stump := func(lo, hi int) [][6]any {
		return [][6]any{
			{0, 1, 0.5, 0.25, 1, 2},
			{lo, 0, nil, nil, nil, nil},
			{hi, 0, nil, nil, nil, nil},
		}
	}
	cases := []struct {
		name       string
		classes    []any
		phantoms   int
		numClasses int
		leaves     [2]int
		labels     []string
	}{
		{"identity", []any{0, 1}, 3, 2, [2]int{0, 1}, nil},
		{"sparse labels", []any{3, 5}, 3, 6, [2]int{3, 5}, nil},
		{"no phantoms", []any{3, 5}, 0, 6, [2]int{3, 5}, nil},
		{"negative labels", []any{-1, 1}, 3, 2, [2]int{0, 1}, []string{"-1", "1"}},
		{"integral floats", []any{0.0, 2.0}, 3, 3, [2]int{0, 2}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := ParseModel(encodeSmartcore(t, stump(0, 1), c.classes, c.phantoms), c.name)
			if err != nil {
				t.Fatal(err)
			}
			if m.NumFeatures != 2 || m.NumClasses != c.numClasses || !reflect.DeepEqual(m.ClassLabels, c.labels) {
				t.Fatalf("got %d features, %d classes, labels %v", m.NumFeatures, m.NumClasses, m.ClassLabels)
			}
			if a, b := m.Predict([]float64{9, 0.5}), m.Predict([]float64{-9, 0.6}); a != c.leaves[0] || b != c.leaves[1] {
				t.Fatalf("predictions %d, %d; want %v", a, b, c.leaves)
			}
		})
	}
}

func TestDenseMatrixLayouts(t *testing.T) {
	rows := [][]float64{{1, 2, 3}, {4, 5, 6}}
	encode := func(fields []any) []byte {
		data, err := msgpack.Marshal(fields)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	for name, data := range map[string][]byte{
		"row-major":          encode([]any{3, 2, []any{1.0, 2.0, 3.0, 4.0, 5.0, 6.0}, false}),
		"column-major":       encode([]any{3, 2, []any{1.0, 4.0, 2.0, 5.0, 3.0, 6.0}, true}),
		"smartcore 0.2":      encode([]any{3, 2, []any{1.0, 4.0, 2.0, 5.0, 3.0, 6.0}}),
		"integers, float32s": encode([]any{3, 2, []any{int8(1), uint16(2), float32(3), int64(4), 5, float32(6)}, false}),
	} {
		t.Run(name, func(t *testing.T) {
			got, err := ParseDenseMatrix(data, name, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, rows) {
				t.Fatalf("got %v, want %v", got, rows)
			}
		})
	}
}

func TestCSVInputsForms(t *testing.T) {
	want := [][]float64{{1, 2.5}, {-3, 4e2}}
	for name, text := range map[string]string{
		"no header":       "1,2.5\n-3,4e2\n",
		"header":          "a,b\n1,2.5\n-3,4e2\n",
		"spaces and CRLF": "  a , b \r\n 1 , 2.5\r\n\r\n-3,  4e2",
		"quoted and BOM":  "\ufeff\"a\",\"b\"\n\"1\",2.5\n-3,4e2\n",
	} {
		t.Run(name, func(t *testing.T) {
			got, err := ParseCSVInputs(strings.NewReader(text), name, 2)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("got %v, want %v", got, want)
			}
		})
	}
}
