package tree_test

import (
	"encoding/json"
	"fmt"

	"github.com/zkpool/aoraki/prover/tree"
)

// Train a classifier on the Iris data, save it in the project's JSON
// format, load it back and predict.
func Example() {
	X, y, classes, features, err := tree.LoadLabelledCSV("testdata/iris.csv", "species")
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := tree.Train(X, y, len(classes), tree.DefaultTrainConfig())
	if err != nil {
		fmt.Println(err)
		return
	}
	m.FeatureNames, m.ClassLabels = features, classes
	data, err := json.Marshal(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	loaded, err := tree.ParseModel(data, "iris-model.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	sample := []float64{6.1, 2.8, 4.7, 1.2}
	fmt.Printf("%d nodes, depth %d\n", len(loaded.Nodes), loaded.Depth())
	fmt.Println("root:", loaded.FeatureNames[loaded.Nodes[0].Feature], "<=", loaded.Nodes[0].Threshold)
	fmt.Println("predicted:", loaded.ClassLabels[loaded.Predict(sample)], "via nodes", loaded.Path(sample))
	// Output:
	// 17 nodes, depth 5
	// root: petal.length <= 2.45
	// predicted: versicolor via nodes [0 2 3 4 5]
}
