package tree

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

func BenchmarkPredictIris(b *testing.B) {
	m := loadModel(b, irisModel)
	xs, err := LoadInputs(irisInputCSV, m.NumFeatures)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		m.Predict(xs[i%len(xs)])
	}
}

func BenchmarkTrainIris(b *testing.B) {
	X, y, classes, _, err := LoadLabelledCSV(irisLabelled, "species")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Train(X, y, len(classes), DefaultTrainConfig()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPredictRandom predicts with random trees of the depths the
// dtree circuits are sized for.
func BenchmarkPredictRandom(b *testing.B) {
	for _, depth := range []int{6, 8, 12, 16} {
		b.Run(fmt.Sprintf("depth=%d", depth), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(uint64(depth), 1))
			m := GenerateRandom(rng, depth, 8, 4)
			xs := RandomInputs(rng, 1024, 8)
			for i := 0; b.Loop(); i++ {
				m.Predict(xs[i%len(xs)])
			}
			// After the loop: b.Loop's timer reset drops earlier metrics.
			b.ReportMetric(float64(len(m.Nodes)), "nodes")
		})
	}
}

// BenchmarkTrainRandom fits 10,000 samples labelled by a random depth-8
// tree.
func BenchmarkTrainRandom(b *testing.B) {
	rng := rand.New(rand.NewPCG(8, 8))
	truth := GenerateRandom(rng, 8, 8, 4)
	X := RandomInputs(rng, 10000, 8)
	y := truth.PredictAll(X)
	cfg := DefaultTrainConfig()
	cfg.MaxDepth = MaxDepth
	var m *Model
	for b.Loop() {
		var err error
		if m, err = Train(X, y, 4, cfg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(m.Nodes)), "nodes")
	b.ReportMetric(float64(m.Depth()), "depth")
}
