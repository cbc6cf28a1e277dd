package tree

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

func accuracy(m *Model, X [][]float64, y []int) float64 {
	right := 0
	for i, x := range X {
		if m.Predict(x) == y[i] {
			right++
		}
	}
	return float64(right) / float64(len(X))
}

func TestLoadLabelledIris(t *testing.T) {
	X, y, classes, features, err := LoadLabelledCSV(irisLabelled, "species")
	if err != nil {
		t.Fatal(err)
	}
	if len(X) != 150 || len(X[0]) != 4 {
		t.Fatalf("X is %d×%d, want 150×4", len(X), len(X[0]))
	}
	if !reflect.DeepEqual(classes, []string{"setosa", "versicolor", "virginica"}) {
		t.Fatalf("classes %v", classes)
	}
	if !reflect.DeepEqual(features, []string{"sepal.length", "sepal.width", "petal.length", "petal.width"}) {
		t.Fatalf("features %v", features)
	}
	if !reflect.DeepEqual(y, expectedIris(t)) {
		t.Fatal("labels differ from the species in expected_predictions.csv")
	}
	inputs, err := LoadInputs(irisInputCSV, 4)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(X, inputs) {
		t.Fatal("features differ from iris_input_data.csv")
	}
	// The label column by index, and by a differently cased name.
	for _, label := range []string{"4", "", "SPECIES"} {
		X2, y2, c2, f2, err := LoadLabelledCSV(irisLabelled, label)
		if err != nil {
			t.Fatalf("label %q: %v", label, err)
		}
		if !reflect.DeepEqual(X2, X) || !reflect.DeepEqual(y2, y) || !reflect.DeepEqual(c2, classes) || !reflect.DeepEqual(f2, features) {
			t.Fatalf("label %q reads differently", label)
		}
	}
}

func TestTrainIris(t *testing.T) {
	X, y, classes, _, err := LoadLabelledCSV(irisLabelled, "species")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(X, y, len(classes), DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	acc := accuracy(m, X, y)
	t.Logf("iris: %d nodes, depth %d, training accuracy %.4f", len(m.Nodes), m.Depth(), acc)
	if acc < 0.97 {
		t.Fatalf("training accuracy %.4f < 0.97", acc)
	}
	if m.Depth() > DefaultTrainConfig().MaxDepth {
		t.Fatalf("depth %d beyond the configured %d", m.Depth(), DefaultTrainConfig().MaxDepth)
	}
	// Every depth limit is respected and accuracy never falls as it grows.
	prev := 0.0
	for depth := 0; depth <= 6; depth++ {
		cfg := DefaultTrainConfig()
		cfg.MaxDepth = depth
		m, err := Train(X, y, 3, cfg)
		if err != nil {
			t.Fatal(err)
		}
		acc := accuracy(m, X, y)
		if m.Depth() > depth || acc < prev {
			t.Fatalf("max depth %d: depth %d, accuracy %.4f after %.4f", depth, m.Depth(), acc, prev)
		}
		prev = acc
	}
	// The classic first split: petal length at 2.45 isolates setosa.
	if root := m.Nodes[0]; root.Feature != 2 || root.Threshold != 2.45 || !m.Nodes[root.Left].Leaf || m.Nodes[root.Left].Class != 0 {
		t.Fatalf("root split %+v, left %+v", root, m.Nodes[root.Left])
	}
}

func TestTrainDeterministic(t *testing.T) {
	X, y, _, _, err := LoadLabelledCSV(irisLabelled, "species")
	if err != nil {
		t.Fatal(err)
	}
	m1, err := Train(X, y, 3, DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	// Sample order does not matter: candidates depend only on values and
	// counts, and ties are broken by feature then threshold.
	perm := rand.New(rand.NewPCG(3, 4)).Perm(len(X))
	Xp, yp := make([][]float64, len(X)), make([]int, len(y))
	for i, p := range perm {
		Xp[i], yp[i] = X[p], y[p]
	}
	m2, err := Train(Xp, yp, 3, DefaultTrainConfig())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m1, m2) {
		t.Fatal("shuffling the samples changed the trained model")
	}
}

func TestTrainSmallCases(t *testing.T) {
	leaf := func(c int) Node { return Node{Leaf: true, Class: c} }
	next := math.Nextafter(1, 2)
	cases := []struct {
		name string
		X    [][]float64
		y    []int
		k    int
		cfg  TrainConfig
		want []Node
	}{
		{"one split at the midpoint", [][]float64{{1}, {2}, {3}, {4}}, []int{0, 0, 1, 1}, 2, DefaultTrainConfig(),
			[]Node{{Feature: 0, Threshold: 2.5, Left: 1, Right: 2}, leaf(0), leaf(1)}},
		{"pure node is a leaf", [][]float64{{1}, {2}}, []int{1, 1}, 2, DefaultTrainConfig(), []Node{leaf(1)}},
		{"max depth 0, tie to lower class", [][]float64{{1}, {2}}, []int{1, 0}, 2, TrainConfig{0, 2, 1}, []Node{leaf(0)}},
		{"constant feature cannot split", [][]float64{{5}, {5}, {5}}, []int{0, 1, 1}, 2, DefaultTrainConfig(), []Node{leaf(1)}},
		{"min samples per leaf", [][]float64{{1}, {2}, {3}, {4}, {5}}, []int{0, 1, 1, 1, 1}, 2, TrainConfig{8, 2, 2},
			[]Node{{Feature: 0, Threshold: 2.5, Left: 1, Right: 2}, leaf(0), leaf(1)}}, // 1.5 would leave one sample
		{"without min samples per leaf", [][]float64{{1}, {2}, {3}, {4}, {5}}, []int{0, 1, 1, 1, 1}, 2, DefaultTrainConfig(),
			[]Node{{Feature: 0, Threshold: 1.5, Left: 1, Right: 2}, leaf(0), leaf(1)}},
		{"min samples to split", [][]float64{{1}, {2}, {3}}, []int{0, 1, 1}, 2, TrainConfig{8, 4, 1}, []Node{leaf(1)}},
		{"adjacent floats", [][]float64{{1}, {next}}, []int{0, 1}, 2, DefaultTrainConfig(),
			[]Node{{Feature: 0, Threshold: 1, Left: 1, Right: 2}, leaf(0), leaf(1)}},
		{"tie goes to the first feature", [][]float64{{1, 1}, {2, 2}}, []int{0, 1}, 2, DefaultTrainConfig(),
			[]Node{{Feature: 0, Threshold: 1.5, Left: 1, Right: 2}, leaf(0), leaf(1)}},
		{"xor needs a zero-gain split", [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}, []int{0, 1, 1, 0}, 2, DefaultTrainConfig(),
			[]Node{
				{Feature: 0, Threshold: 0.5, Left: 1, Right: 4},
				{Feature: 1, Threshold: 0.5, Left: 2, Right: 3}, leaf(0), leaf(1),
				{Feature: 1, Threshold: 0.5, Left: 5, Right: 6}, leaf(1), leaf(0),
			}},
		{"same-class children fold into a leaf", [][]float64{{0}, {1}, {2}, {3}, {4}}, []int{0, 1, 0, 0, 0}, 2, TrainConfig{1, 2, 1},
			[]Node{leaf(0)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := Train(c.X, c.y, c.k, c.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m.Nodes, c.want) {
				t.Fatalf("nodes %+v\nwant  %+v", m.Nodes, c.want)
			}
		})
	}
}

// Labels that a tree computes are learnt back exactly.
func TestTrainRecoversRandomTree(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, depth := range []int{2, 4, 6} {
		truth := GenerateRandom(rng, depth, 5, 4)
		X := RandomInputs(rng, 3000, 5)
		y := truth.PredictAll(X)
		cfg := DefaultTrainConfig()
		cfg.MaxDepth = MaxDepth
		m, err := Train(X, y, 4, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if acc := accuracy(m, X, y); acc != 1 {
			t.Fatalf("depth %d: training accuracy %.4f, want 1", depth, acc)
		}
	}
}
